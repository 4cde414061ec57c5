-- Petitions 信访 (ADR 28). Portable SQL: runs unchanged on H2 2.x and PostgreSQL 15+.

-- handling_due_at: an accepted petition is handled within petition-limits' handlingLimit (60 days)
-- of its acceptance; computed once when the petition office accepts it, read by the DONE deadline.
-- opinion_final_at: the review window passed without a request, the handling opinion is final (意见终结).
alter table petition add column handling_due_at timestamp with time zone;
alter table petition add column opinion_final_at timestamp with time zone;
