-- Sorted list pages at 100,000+ pledges (issue 6), checked with EXPLAIN (ANALYZE) on PostgreSQL 15 at 100,000
-- generated pledges. A page sorted on an indexed column is read in index order and stops after 50 rows; without
-- one, PostgreSQL reads every matching pledge and sorts them (50-100 ms for the whole register).

-- One state's pledges by reference (a focal point's list, an analyst's state filter): 51-71 ms before, 0.2 ms after.
CREATE INDEX ix_pledge_state_reference ON pledge (member_state, reference);

-- Largest offers first (personnel, descending), under any filter that keeps a fair share of the register, such as
-- one ministerial with its preparatory meetings: 48-100 ms before, 0.5 ms after.
CREATE INDEX ix_pledge_personnel ON pledge (personnel, id);
