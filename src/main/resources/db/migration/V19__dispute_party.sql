-- The parties of a dispute (纠纷当事人, ADR 26). Portable SQL: runs unchanged on H2 2.x and PostgreSQL 15+.

-- Beside the case record: the respondent (被申请人) who came in with the report, and room for an
-- applicant (申请人) who is not the reporter. Without an APPLICANT row the applicant is the case's
-- reporter (case_record's reporter columns): the contact is kept once. Contact details live here and
-- in case_record only, never in process variables (ADR 22).
create table dispute_party (
  case_number   varchar(32)  not null references case_record (case_number),
  party_role    varchar(20)  not null,
  name          varchar(100) not null,
  phone         varchar(40),
  email         varchar(200),
  description   varchar(500),
  added_at      timestamp with time zone not null,
  primary key (case_number, party_role),
  constraint ck_dispute_party_role check (party_role in ('APPLICANT', 'RESPONDENT'))
);
