-- The pledge lists sort by last change by default (newest first, id as tie-breaker): serve that from an index.
CREATE INDEX ix_pledge_updated ON pledge (updated_at, id);
CREATE INDEX ix_pledge_submitted ON pledge (submitted_at, id);
