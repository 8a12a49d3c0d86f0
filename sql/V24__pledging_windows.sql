-- Pledging windows (SPEC §12): the record of every change of an event's closing date, whether an administrator
-- extended the window (a reason is then required) or changed the date on the ordinary event form, and the
-- reminders sent to focal points 7 days and 1 day before a window closes.
CREATE TABLE event_window_change (
    id          BIGINT                   NOT NULL,
    event_code  VARCHAR(30)              NOT NULL,
    change_kind VARCHAR(12)              NOT NULL,
    old_closes  DATE,
    new_closes  DATE,
    reason      VARCHAR(1000),
    changed_by  VARCHAR(60)              NOT NULL,
    changed_at  TIMESTAMP WITH TIME ZONE NOT NULL,
    CONSTRAINT pk_event_window_change PRIMARY KEY (id),
    CONSTRAINT fk_event_window_change_event FOREIGN KEY (event_code) REFERENCES pledging_event (code),
    CONSTRAINT ck_event_window_change_kind CHECK (change_kind IN ('EXTENSION', 'EDIT'))
);
CREATE SEQUENCE event_window_change_seq START WITH 50 INCREMENT BY 50;
CREATE INDEX ix_event_window_change_event ON event_window_change (event_code, changed_at);

-- One row per reminder sent: its key (event, closing date reminded of, 7 or 1 days before, recipient) lets a reminder
-- through once, whichever instance or run sends it; a later closing date (an extension) makes new reminders due.
CREATE TABLE window_reminder (
    event_code  VARCHAR(30)              NOT NULL,
    closes_on   DATE                     NOT NULL,
    days_before INTEGER                  NOT NULL,
    account_id  BIGINT                   NOT NULL,
    drafts      INTEGER                  NOT NULL,
    sent_at     TIMESTAMP WITH TIME ZONE NOT NULL,
    CONSTRAINT pk_window_reminder PRIMARY KEY (event_code, closes_on, days_before, account_id),
    CONSTRAINT fk_window_reminder_event FOREIGN KEY (event_code) REFERENCES pledging_event (code),
    CONSTRAINT fk_window_reminder_account FOREIGN KEY (account_id) REFERENCES user_account (id),
    CONSTRAINT ck_window_reminder_days CHECK (days_before IN (1, 7))
);
