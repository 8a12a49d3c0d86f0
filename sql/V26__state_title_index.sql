-- A focal point's list sorted by title (issue 14, item 4: its list API grew 3x from 10,000 to 1,000,000 pledges).
-- The list of one member state and some statuses, by title, used to read every matching row and sort them: at
-- 1,000,000 generated pledges Pakistan holds 62,000, of which 8,037 drafts and returned ones, a bitmap heap scan
-- of 7,520 blocks and a top-N sort (151 ms cold, about 20 ms warm, EXPLAIN ANALYZE on PostgreSQL 15). With the
-- state, the title and the id in order, and the status beside them, the page is an index-only scan in title order
-- that filters the statuses and stops after the page's rows (0.13-0.2 ms). The count of the same list is already
-- an index-only scan on ix_pledge_state_status_updated (V11).
CREATE INDEX ix_pledge_state_title ON pledge (member_state, title, id, status);
