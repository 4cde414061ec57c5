-- Duplicates (ADR 19). Portable SQL: runs unchanged on H2 2.x and PostgreSQL 15+.

-- A case closed as 重复件 (duplicate) and the case it was linked to (its master). The duplicate's
-- reporter is told the master's outcome when the master closes: notified_at marks that it was done.
create table duplicate_link (
  duplicate_case_number varchar(32) primary key references case_record (case_number),
  master_case_number    varchar(32) not null references case_record (case_number),
  linked_at             timestamp with time zone not null,
  linked_by             varchar(64) not null,
  notified_at           timestamp with time zone
);
create index ix_duplicate_link_master on duplicate_link (master_case_number);

-- The case a sensor's alerts go to (one per channel and sensor id). The primary key is what keeps two concurrent alerts of one
-- sensor from opening two cases: the second insert waits for the first and fails, and that
-- request then attaches to the first one's case. A row whose case is no longer open is taken
-- over by the sensor's next alert.
create table sensor_case (
  channel      varchar(40)  not null,
  sensor_id    varchar(128) not null,
  case_number  varchar(32)  not null references case_record (case_number),
  opened_at    timestamp with time zone not null,
  primary key (channel, sensor_id)
);
