-- Weak signals lead somewhere (issue 13).
-- One row per watched category and place. An alert is raised by claiming this row (a conditional
-- update), so two cases of one spike checked at once raise one alert on H2 and PostgreSQL alike.
create table weak_signal_watch (
  category        varchar(40) not null,
  scope           varchar(8)  not null,
  place_code      varchar(64) not null,
  last_raised_at  timestamp with time zone,
  constraint pk_weak_signal_watch primary key (category, scope, place_code)
);
insert into weak_signal_watch (category, scope, place_code, last_raised_at)
  select category, scope, place_code, max(raised_at) from weak_signal_alert group by category, scope, place_code;

-- the cases a spike counted
create table weak_signal_alert_case (
  alert_id     bigint      not null references weak_signal_alert (id),
  case_number  varchar(32) not null references case_record (case_number),
  constraint pk_weak_signal_alert_case primary key (alert_id, case_number)
);
create index ix_weak_signal_alert_case_case on weak_signal_alert_case (case_number);

-- the case the town center's review opened for the common cause (共因案件)
alter table weak_signal_alert add column common_case varchar(32) references case_record (case_number);
