-- Rejections (退单) are credited to the department that rejected, not to the case's final lead
-- (issue 11). kpi_case keeps one department per case, the lead; this table keeps every department
-- a case gave an order to, lead or co-handler, with what that department adds to the DEPARTMENT
-- rows of kpi_rollup: the order it was given (dispatched) and its own rejections.
-- KpiStartup rebuilds the figures when cases have no row here yet (see KpiReadModel.missing).
create table kpi_case_department (
  case_number  varchar(32) not null references case_record (case_number),
  department   varchar(40) not null,
  dispatched   integer     not null,
  rejected     integer     not null,
  rejections   integer     not null,
  primary key (case_number, department)
);
create index ix_kpi_case_department_dept on kpi_case_department (department, rejected);
create index ix_kpi_case_day on kpi_case (report_day, town_code);
