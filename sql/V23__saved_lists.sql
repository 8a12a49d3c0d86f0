-- Saved lists (SPEC §12): a user names the filters of one of the pledge lists (the focal point's own list, the
-- reviewers' queue, the list of all pledges) and finds them again; a followed list's new matches arrive as one daily
-- digest. The filter is kept as the list page's canonical query string (the address that opens it), checked by the
-- same parsing as the page. Names are unique per owner whatever their case (name_key is the lower-cased name).
CREATE TABLE saved_list (
    id          BIGINT                   NOT NULL,
    account_id  BIGINT                   NOT NULL,
    name        VARCHAR(80)              NOT NULL,
    name_key    VARCHAR(80)              NOT NULL,
    list_page   VARCHAR(20)              NOT NULL,
    query       VARCHAR(2000)            NOT NULL,
    followed    BOOLEAN                  NOT NULL,
    followed_at TIMESTAMP WITH TIME ZONE,
    created_at  TIMESTAMP WITH TIME ZONE NOT NULL,
    updated_at  TIMESTAMP WITH TIME ZONE NOT NULL,
    version     BIGINT                   NOT NULL,
    CONSTRAINT pk_saved_list PRIMARY KEY (id),
    CONSTRAINT uq_saved_list_name UNIQUE (account_id, name_key),
    CONSTRAINT ck_saved_list_page CHECK (list_page IN ('MY_PLEDGES', 'REVIEW_QUEUE', 'ALL_PLEDGES')),
    CONSTRAINT fk_saved_list_account FOREIGN KEY (account_id) REFERENCES user_account (id) ON DELETE CASCADE
);
CREATE SEQUENCE saved_list_seq START WITH 50 INCREMENT BY 50;
CREATE INDEX ix_saved_list_followed ON saved_list (followed, account_id);

-- What a followed list has already reported (or held when it was followed: the baseline), so that each pledge
-- appears once per list in the digests.
CREATE TABLE saved_list_seen (
    saved_list_id BIGINT                   NOT NULL,
    pledge_id     BIGINT                   NOT NULL,
    seen_at       TIMESTAMP WITH TIME ZONE NOT NULL,
    CONSTRAINT pk_saved_list_seen PRIMARY KEY (saved_list_id, pledge_id),
    CONSTRAINT fk_saved_list_seen_list FOREIGN KEY (saved_list_id) REFERENCES saved_list (id) ON DELETE CASCADE,
    CONSTRAINT fk_saved_list_seen_pledge FOREIGN KEY (pledge_id) REFERENCES pledge (id) ON DELETE CASCADE
);

-- One digest per account and UTC day: the primary key lets one through, whatever runs at once.
CREATE TABLE saved_list_digest (
    account_id  BIGINT                   NOT NULL,
    digest_day  DATE                     NOT NULL,
    matches     INTEGER                  NOT NULL,
    sent_at     TIMESTAMP WITH TIME ZONE NOT NULL,
    CONSTRAINT pk_saved_list_digest PRIMARY KEY (account_id, digest_day),
    CONSTRAINT ck_saved_list_digest_matches CHECK (matches > 0),
    CONSTRAINT fk_saved_list_digest_account FOREIGN KEY (account_id) REFERENCES user_account (id) ON DELETE CASCADE
);

-- The key that signs the unfollow links of digest mails when PLEDGES_LINK_KEY is not set: made once, at random, by
-- the first instance that needs it, and shared by every instance through the database.
CREATE TABLE link_key (
    name       VARCHAR(40)              NOT NULL,
    secret     VARCHAR(100)             NOT NULL,
    created_at TIMESTAMP WITH TIME ZONE NOT NULL,
    CONSTRAINT pk_link_key PRIMARY KEY (name)
);
