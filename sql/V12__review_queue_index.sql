-- The reviewers' queue: pledges submitted or under review, oldest or newest submission first (the reviewers' page and
-- GET /api/pledges?status=SUBMITTED,UNDER_REVIEW&sort=submittedAt), checked with EXPLAIN (ANALYZE) on PostgreSQL 15
-- at 100,000 generated pledges. PostgreSQL cannot read the (status, submitted_at) index in submission order for two
-- statuses at once, so it walked every pledge by submission date, skipping the approved, returned and lapsed ones
-- (9,821 rows for a page of 50): 9-15 ms. On PostgreSQL the index below holds the queue alone (a partial index; the
-- list writes the statuses as literals, so the plan can use it): 0.15 ms. H2 has no partial indexes; there the
-- placeholder is empty and the index keeps the status next to the order, so the walk reads no table rows to skip.
CREATE INDEX ix_pledge_review_queue ON pledge (submitted_at, id, status) ${review_queue_where};
