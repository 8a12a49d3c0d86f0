-- The renewal date a "renewal due" notice was last sent for, so that the scheduled job reminds once per due date.
ALTER TABLE pledge ADD COLUMN renewal_reminded_for DATE;
CREATE INDEX ix_pledge_status_renewal ON pledge (status, renewal_due);
