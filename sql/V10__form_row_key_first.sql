-- An upload looks its rows' keys up in chunks of 500 (member_state = ? AND row_key IN (...)). With the state first in
-- the unique key, PostgreSQL read every form row of the state and compared each with the 500 keys; once the driver's
-- prepared statement got a generic plan (from the sixth chunk on) that took 0.7-0.9 s per chunk at 40,000 rows of a
-- state, and uploads grew slower with every upload before them. With the key first, each key is one index probe:
-- about 1 ms per chunk, whatever the state already holds. Same columns, same uniqueness.
ALTER TABLE pledge_form_row DROP CONSTRAINT uq_pledge_form_row_key;
ALTER TABLE pledge_form_row ADD CONSTRAINT uq_pledge_form_row_key UNIQUE (row_key, member_state);
