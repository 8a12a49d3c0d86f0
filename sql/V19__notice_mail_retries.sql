-- Mail that did not go out is tried again (issue 18, item 4): each notice keeps how often its mail was tried, the last
-- failure (one line, for the operator), and when the next try is due. mail_next_at is set when a notice is recorded
-- for a recipient with an address (a safety net some minutes on, in case the send after commit is lost with its
-- instance), moved on with a growing delay after each failure, and cleared once the mail went out or was given up.
ALTER TABLE notification ADD COLUMN mail_tries INTEGER DEFAULT 0 NOT NULL;
ALTER TABLE notification ADD COLUMN mail_last_error VARCHAR(400);
ALTER TABLE notification ADD COLUMN mail_next_at TIMESTAMP WITH TIME ZONE;
ALTER TABLE notification ADD CONSTRAINT ck_notification_mail_tries CHECK (mail_tries >= 0);
-- The retry pass looks for due mail only: a handful of rows among all notices.
CREATE INDEX ix_notification_mail_due ON notification (mail_next_at);
