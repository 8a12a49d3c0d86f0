-- Indexes for 100,000+ pledges (issue 6), each checked with EXPLAIN (ANALYZE) on PostgreSQL 15 at 100,000 generated
-- pledges (see the README's performance section). Portable: plain composite indexes, no INCLUDE or partial indexes.

-- List counts filtered by status and category (the analyst's list) are answered from the index alone.
CREATE INDEX ix_pledge_status_category ON pledge (status, category);

-- A focal point's own list, newest change first (the default order): read in index order, stops after a page.
CREATE INDEX ix_pledge_state_updated ON pledge (member_state, updated_at, id);

-- The dashboard's one GROUP BY over every pledge that left DRAFT, read from the index alone instead of the table.
CREATE INDEX ix_pledge_figures ON pledge (status, member_state, category, capability_type, event_code, personnel,
    women);

-- The gap view's approved units and personnel per capability type and readiness level, from the index alone.
CREATE INDEX ix_pledge_capacity ON pledge (status, capability_type, readiness_level, event_code, units, personnel);
