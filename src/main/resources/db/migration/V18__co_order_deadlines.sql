-- A co-handling department's own deadlines (协办时限, issue 13, ADR 24), set once on its order row
-- when the co-order is received (department-order's Task_SetCoDeadlines) from
-- decisions/co-handling-deadline.dmn, counted from the row's dispatch. The row is the one place
-- they live: the co-handler's task due dates, its reminder and breach timers, its figures and what
-- the lead sees read them here. Lead rows leave them null (the lead's deadlines are case_deadline).
-- co_contribution_missed_at: when the breach of the contribution deadline was recorded.
-- Plain SQL that H2 and PostgreSQL both read.
alter table case_department add column co_sign_for_due_at timestamp with time zone;
alter table case_department add column co_sign_for_remind_at timestamp with time zone;
alter table case_department add column co_contribution_due_at timestamp with time zone;
alter table case_department add column co_contribution_remind_at timestamp with time zone;
alter table case_department add column co_escalate_to_lead boolean;
alter table case_department add column co_contribution_missed_at timestamp with time zone;

-- What a co-handler's order adds to its department's figures (ADR 24, ADR 10 addendum): its sign-for
-- against its own sign-for deadline (响应率: accept_due, accept_on_time) and its contribution against
-- its own contribution deadline (办结按时率: done_due, done_on_time). Lead orders add 0 here (the lead's
-- come from case_deadline through kpi_case). Existing rows had no co deadlines: 0 is right for them.
alter table kpi_case_department add column accept_due integer default 0 not null;
alter table kpi_case_department add column accept_on_time integer default 0 not null;
alter table kpi_case_department add column done_due integer default 0 not null;
alter table kpi_case_department add column done_on_time integer default 0 not null;
