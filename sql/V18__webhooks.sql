-- Webhooks (SPEC §11): an administrator registers a URL, a secret and the pledge events it wants; each event is
-- written to the outbox (webhook_delivery, one row per event and webhook) in the transaction that made the change,
-- and a scheduled worker on every instance POSTs it. A row is delivered by one instance at a time: the instance that
-- sets claimed_by/claimed_until with a conditional UPDATE owns it until the lease runs out (a killed instance's lease
-- expires and another instance delivers).
--
-- The secret signs the bodies, so it must be recoverable: it is stored encrypted (AES-GCM, "v1:" prefix) when
-- PLEDGES_WEBHOOK_KEY is configured, as it is ("plain:" prefix) otherwise. It is never sent back by the API.
CREATE TABLE webhook (
    id          BIGINT                   NOT NULL,
    name        VARCHAR(80)              NOT NULL,
    url         VARCHAR(2000)            NOT NULL,
    secret      VARCHAR(600)             NOT NULL,
    events      VARCHAR(400)             NOT NULL,
    enabled     BOOLEAN                  NOT NULL,
    created_at  TIMESTAMP WITH TIME ZONE NOT NULL,
    created_by  VARCHAR(60)              NOT NULL,
    updated_at  TIMESTAMP WITH TIME ZONE NOT NULL,
    updated_by  VARCHAR(60)              NOT NULL,
    version     BIGINT                   NOT NULL,
    CONSTRAINT pk_webhook PRIMARY KEY (id)
);
CREATE SEQUENCE webhook_seq START WITH 50 INCREMENT BY 50;

CREATE TABLE webhook_delivery (
    id              BIGINT                   NOT NULL,
    webhook_id      BIGINT                   NOT NULL,
    event_id        VARCHAR(36)              NOT NULL,
    event           VARCHAR(30)              NOT NULL,
    pledge_id       BIGINT                   NOT NULL,
    payload         VARCHAR(4000)            NOT NULL,
    status          VARCHAR(12)              NOT NULL,
    attempts        INTEGER                  NOT NULL,
    created_at      TIMESTAMP WITH TIME ZONE NOT NULL,
    next_attempt_at TIMESTAMP WITH TIME ZONE NOT NULL,
    give_up_at      TIMESTAMP WITH TIME ZONE NOT NULL,
    last_attempt_at TIMESTAMP WITH TIME ZONE,
    last_status     INTEGER,
    last_answer     VARCHAR(400),
    delivered_at    TIMESTAMP WITH TIME ZONE,
    claimed_by      VARCHAR(200),
    claimed_until   TIMESTAMP WITH TIME ZONE,
    CONSTRAINT pk_webhook_delivery PRIMARY KEY (id),
    CONSTRAINT uq_webhook_delivery_event UNIQUE (webhook_id, event_id),
    CONSTRAINT ck_webhook_delivery_status CHECK (status IN ('PENDING', 'DELIVERED', 'FAILED')),
    CONSTRAINT ck_webhook_delivery_attempts CHECK (attempts >= 0),
    CONSTRAINT fk_webhook_delivery_webhook FOREIGN KEY (webhook_id) REFERENCES webhook (id) ON DELETE CASCADE
);
CREATE SEQUENCE webhook_delivery_seq START WITH 50 INCREMENT BY 50;
-- The worker's question: which rows are due now.
CREATE INDEX ix_webhook_delivery_due ON webhook_delivery (status, next_attempt_at);
-- The administrator's question: a webhook's deliveries, newest first.
CREATE INDEX ix_webhook_delivery_webhook ON webhook_delivery (webhook_id, created_at);
