-- Deadlines per stage of a case (签收回复 ACCEPT, 提出方案 PLAN, 办结 DONE): the basis of the
-- supervisors' on-time figures. One row per stage and handling round (a reopen starts a round).
alter table case_record add column flagged boolean default false not null;

create table case_deadline (
  case_number   varchar(32) not null references case_record (case_number),
  stage         varchar(8)  not null,
  round         integer     not null,
  started_at    timestamp with time zone not null,
  due_at        timestamp with time zone not null,
  reminder_at   timestamp with time zone not null,
  escalate_at   timestamp with time zone not null,
  working_days  boolean     not null,
  met_at        timestamp with time zone,
  on_time       boolean,
  overdue_at    timestamp with time zone,
  escalated_at  timestamp with time zone,
  extensions    integer     not null,
  primary key (case_number, stage, round)
);
create index ix_case_deadline_open on case_deadline (met_at, due_at);
