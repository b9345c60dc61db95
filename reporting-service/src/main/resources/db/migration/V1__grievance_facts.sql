-- One row per grievance, projected from grievance-service's events; every figure is a query on it.
CREATE TABLE grievance_fact (
    grievance_id     UUID         PRIMARY KEY,
    receipt_number   VARCHAR(20)  NOT NULL,
    kind             VARCHAR(30)  NOT NULL,
    category         VARCHAR(40)  NOT NULL,
    channel          VARCHAR(20)  NOT NULL,
    municipality     VARCHAR(20)  NOT NULL,
    business_number  VARCHAR(10)  NOT NULL,
    department_id    VARCHAR(60),
    meeting_id       UUID,
    status           VARCHAR(20)  NOT NULL,
    received_at      TIMESTAMPTZ  NOT NULL,
    received_year    INT          NOT NULL,
    received_quarter INT          NOT NULL,
    due_at           TIMESTAMPTZ,
    answered_at      TIMESTAMPTZ,
    closed_at        TIMESTAMPTZ,
    last_event_at    TIMESTAMPTZ  NOT NULL
);
CREATE INDEX grievance_fact_year ON grievance_fact (received_year, received_quarter);
CREATE INDEX grievance_fact_company ON grievance_fact (business_number, received_year);
CREATE INDEX grievance_fact_department ON grievance_fact (department_id, received_year);
