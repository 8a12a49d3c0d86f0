-- Two notices of the working-together work (SPEC §12): the daily digest of a followed saved list's new matches, and
-- the reminder that an event's pledging window closes in 7 days or in 1 day. Both kinds are named here at once so
-- that the saved lists (V23) and the pledging windows (V24) can each be built on this list.
ALTER TABLE notification DROP CONSTRAINT ck_notification_kind;
ALTER TABLE notification ADD CONSTRAINT ck_notification_kind CHECK (kind IN ('ACKNOWLEDGEMENT', 'RETURNED',
    'APPROVED', 'REJECTED', 'LAPSED', 'RENEWAL_DUE', 'RENEWED', 'REOPENED', 'WITHDRAWN', 'DEPLOYED', 'REPATRIATED',
    'SAVED_LIST_DIGEST', 'WINDOW_CLOSING'));
