-- One fact, one place for the rejection count (退单次数, issue 10, ADR 15): the order rows.
-- A hand-over frees a rejected row from the order instance (process_instance_id = null, so the
-- instance can hold its next row); rejected_by_instance keeps which department-order instance the
-- row's rejections belong to, so the rejection policy counts that order's rejections from the rows
-- (io.gridcase.casefile.DepartmentOrders.rejectionsOf) instead of a process variable.
-- case_record.rejection_count was a copy of the sum over the case's rows; the read paths now sum the
-- rows, so the column goes (no data is lost: case_department.rejections holds every rejection).
-- Plain SQL that H2 and PostgreSQL both read.
alter table case_department add column rejected_by_instance varchar(64);
create index ix_case_department_rejected_by on case_department (rejected_by_instance);
alter table case_record drop column rejection_count;
