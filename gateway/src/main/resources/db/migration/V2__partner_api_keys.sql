-- API keys of partner agencies' systems for the Open311 API: shown once, stored hashed, revocable.
CREATE SEQUENCE partner_api_key_seq START WITH 1 INCREMENT BY 50;
CREATE TABLE partner_api_key (
    id              BIGINT        PRIMARY KEY,
    agency_code     VARCHAR(60)   NOT NULL,
    agency_name     VARCHAR(100)  NOT NULL,
    key_prefix      VARCHAR(12)   NOT NULL,
    key_hash        VARCHAR(64)   NOT NULL UNIQUE,
    quota_per_hour  INT           NOT NULL CHECK (quota_per_hour > 0),
    created_by      VARCHAR(50)   NOT NULL,
    created_at      TIMESTAMPTZ   NOT NULL,
    revoked_at      TIMESTAMPTZ,
    last_used_at    TIMESTAMPTZ,
    request_count   BIGINT        NOT NULL DEFAULT 0,
    CONSTRAINT partner_api_key_agency_code CHECK (agency_code ~ '^[A-Z][A-Z0-9_]{1,59}$')
);

-- Requests per key per hour, for the quota (429 beyond it) and the usage screen.
CREATE TABLE partner_api_usage (
    key_id      BIGINT       NOT NULL REFERENCES partner_api_key (id),
    hour_start  TIMESTAMPTZ  NOT NULL,
    requests    INT          NOT NULL,
    PRIMARY KEY (key_id, hour_start)
);
