-- The department-order process instance that works on an order row (io.gridcase.casefile.DepartmentOrders).
-- The order's listeners find its department and role here by their own process instance id, never
-- in process variables, which any task completion can overwrite (issue 9). A row is held by one
-- instance at a time; a re-dispatch moves it to the new department's row, a reopen frees it.
-- Plain SQL that H2 and PostgreSQL both read; both let a unique index hold many NULLs.
alter table case_department add column process_instance_id varchar(64);
create unique index ux_case_department_instance on case_department (process_instance_id);
