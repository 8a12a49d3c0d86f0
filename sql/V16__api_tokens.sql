-- Personal access tokens (SPEC §11): a signed-in user's credential for scripts and other systems, sent as
-- "Authorization: Bearer <token>". Only a SHA-256 digest of the secret is kept (the secret has 256 random bits, so a
-- fast digest is enough; nothing here lets anyone rebuild it); the prefix is its first characters, shown on lists to
-- tell tokens apart. A token is checked against its account on every request: a disabled account's tokens stop at
-- once, a changed role applies at once. Revoked and expired tokens stay listed until removed with their account.
CREATE TABLE api_token (
    id           BIGINT                   NOT NULL,
    account_id   BIGINT                   NOT NULL,
    name         VARCHAR(80)              NOT NULL,
    scope        VARCHAR(12)              NOT NULL,
    secret_hash  VARCHAR(64)              NOT NULL,
    prefix       VARCHAR(16)              NOT NULL,
    created_at   TIMESTAMP WITH TIME ZONE NOT NULL,
    expires_at   TIMESTAMP WITH TIME ZONE NOT NULL,
    last_used_at TIMESTAMP WITH TIME ZONE,
    revoked_at   TIMESTAMP WITH TIME ZONE,
    revoked_by   VARCHAR(60),
    CONSTRAINT pk_api_token PRIMARY KEY (id),
    CONSTRAINT uq_api_token_secret UNIQUE (secret_hash),
    CONSTRAINT ck_api_token_scope CHECK (scope IN ('READ', 'READ_WRITE')),
    CONSTRAINT ck_api_token_expiry CHECK (expires_at > created_at),
    CONSTRAINT fk_api_token_account FOREIGN KEY (account_id) REFERENCES user_account (id) ON DELETE CASCADE
);
CREATE SEQUENCE api_token_seq START WITH 50 INCREMENT BY 50;
CREATE INDEX ix_api_token_account ON api_token (account_id, created_at);

-- Wrong tokens, counted per client address in the one database (so across every instance of a cluster): after as
-- many failures as a password may have in a row, the address is refused (429) until locked_until.
CREATE TABLE api_token_failure (
    client       VARCHAR(64)              NOT NULL,
    failures     INTEGER                  NOT NULL,
    first_at     TIMESTAMP WITH TIME ZONE NOT NULL,
    locked_until TIMESTAMP WITH TIME ZONE,
    CONSTRAINT pk_api_token_failure PRIMARY KEY (client),
    CONSTRAINT ck_api_token_failure_count CHECK (failures >= 0)
);
