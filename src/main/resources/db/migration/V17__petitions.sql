-- Petitions 信访 (ADR 23). Portable SQL: runs unchanged on H2 2.x and PostgreSQL 15+.

-- One row per petition case: the acceptance decision (受理审查) with its written notice (书面告知),
-- the handling opinion (处理意见书) with its outcome class, and the review (复查). Kept apart from
-- case_record's status, outcome and satisfaction on purpose: a petition can be "resolved" by the
-- department and still be unreasonable (诉求无理), and a satisfied petitioner can still ask for a review.
create table petition (
  case_number             varchar(32) primary key references case_record (case_number),
  received_at             timestamp with time zone not null,
  acceptance_due_at       timestamp with time zone not null,
  accepted                boolean,
  not_accepted_reason     varchar(40),
  decided_at              timestamp with time zone,
  decided_by              varchar(64),
  acceptance_notice       varchar(2000),
  acceptance_overdue_at   timestamp with time zone,
  outcome_class           varchar(20),
  opinion                 varchar(2000),
  opinion_at              timestamp with time zone,
  opinion_by              varchar(64),
  opinion_notice          varchar(2000),
  review_request_due_at   timestamp with time zone,
  review_requested_at     timestamp with time zone,
  review_reason           varchar(2000),
  review_due_at           timestamp with time zone,
  review_result           varchar(20),
  review_note             varchar(2000),
  reviewed_at             timestamp with time zone,
  reviewed_by             varchar(64),
  constraint ck_petition_outcome_class check (outcome_class in ('REASONABLE', 'UNREASONABLE', 'UNLAWFUL')),
  constraint ck_petition_review_result check (review_result in ('UPHELD', 'CHANGED'))
);
create index ix_petition_acceptance_due on petition (acceptance_due_at);
