-- Shared by every service (platform module): the transactional outbox and the consumer inbox.

-- Events written in the same transaction as the state change; the relay publishes them to Kafka.
CREATE SEQUENCE outbox_event_seq START WITH 1 INCREMENT BY 50;
CREATE TABLE outbox_event (
    id           BIGINT PRIMARY KEY,
    event_id     UUID         NOT NULL UNIQUE,
    topic        VARCHAR(200) NOT NULL,
    message_key  VARCHAR(200) NOT NULL,
    type         VARCHAR(100) NOT NULL,
    payload      TEXT         NOT NULL,
    created_at   TIMESTAMPTZ  NOT NULL,
    sent_at      TIMESTAMPTZ
);
-- The relay only ever looks for unsent events, oldest first.
CREATE INDEX outbox_event_unsent ON outbox_event (id) WHERE sent_at IS NULL;

-- Ids of events a consumer has applied, recorded in the same transaction as the effect.
CREATE TABLE processed_event (
    consumer     VARCHAR(100) NOT NULL,
    event_id     VARCHAR(100) NOT NULL,
    processed_at TIMESTAMPTZ  NOT NULL DEFAULT now(),
    PRIMARY KEY (consumer, event_id)
);
