-- The watch of a co-handler's sign-for (协办签收, issue 13, ADR 29): when its reminder was sent and
-- when its breach was recorded, on its order row, so each happens once per department and round even
-- when a watch left from a previous department (re-dispatch) fires late. Lead rows leave them null.
-- Plain SQL that H2 and PostgreSQL both read.
alter table case_department add column co_sign_for_reminded_at timestamp with time zone;
alter table case_department add column co_sign_for_missed_at timestamp with time zone;
