-- Public figures (SPEC §10): a pledge counts in the figures published without sign-in (/public/) only when its
-- state's focal point consented to publication. Off by default, so no existing pledge becomes public through this
-- migration; every change of it is a history entry (field publicationConsent).
ALTER TABLE pledge ADD COLUMN publication_consent BOOLEAN DEFAULT FALSE NOT NULL;
