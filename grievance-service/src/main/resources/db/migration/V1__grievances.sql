-- 기업애로 분야: reference data an ADMIN can extend.
CREATE TABLE category (
    code        VARCHAR(40)  PRIMARY KEY,
    name        VARCHAR(100) NOT NULL,
    sort_order  INT          NOT NULL,
    active      BOOLEAN      NOT NULL DEFAULT TRUE
);
INSERT INTO category (code, name, sort_order) VALUES
    ('FUNDING', '자금', 10),
    ('SALES', '판로', 20),
    ('EXPORT', '수출', 30),
    ('MANPOWER', '인력', 40),
    ('REGULATION', '규제·인허가', 50),
    ('SITE', '입지·인프라', 60),
    ('TECHNOLOGY', '기술·R&D', 70),
    ('TAX', '세제', 80),
    ('OTHER', '기타', 90);

-- Companies known to the service, keyed by 사업자등록번호.
CREATE TABLE company (
    business_number VARCHAR(10)  PRIMARY KEY,
    name            VARCHAR(200) NOT NULL,
    size_class      VARCHAR(20),
    industry        VARCHAR(100),
    municipality    VARCHAR(20)  NOT NULL,
    created_at      TIMESTAMPTZ  NOT NULL DEFAULT now()
);

-- Receipt numbers are per year: 2026-000001, 2026-000002, …
CREATE TABLE receipt_counter (
    year        INT PRIMARY KEY,
    last_value  INT NOT NULL
);

CREATE TABLE grievance (
    id                       UUID          PRIMARY KEY,
    receipt_number           VARCHAR(20)   NOT NULL UNIQUE,
    kind                     VARCHAR(30)   NOT NULL,
    category                 VARCHAR(40)   NOT NULL REFERENCES category (code),
    title                    VARCHAR(200)  NOT NULL,
    content                  VARCHAR(4000) NOT NULL,
    status                   VARCHAR(20)   NOT NULL,
    channel                  VARCHAR(20)   NOT NULL,
    municipality             VARCHAR(20)   NOT NULL,
    company_business_number  VARCHAR(10)   NOT NULL REFERENCES company (business_number),
    contact_name             VARCHAR(100),
    contact_phone            VARCHAR(40),
    contact_email            VARCHAR(200),
    department_id            VARCHAR(60),
    meeting_id               UUID,
    received_at              TIMESTAMPTZ   NOT NULL,
    due_at                   TIMESTAMPTZ,
    submitted_by             VARCHAR(100)  NOT NULL,
    version                  BIGINT        NOT NULL DEFAULT 0
);
CREATE INDEX grievance_company ON grievance (company_business_number, received_at DESC);
CREATE INDEX grievance_department ON grievance (department_id, status, due_at);
CREATE INDEX grievance_status_due ON grievance (status, due_at);

-- Every change of a grievance, with who and when: its timeline.
CREATE SEQUENCE grievance_timeline_seq START WITH 1 INCREMENT BY 50;
CREATE TABLE grievance_timeline (
    id            BIGINT       PRIMARY KEY,
    grievance_id  UUID         NOT NULL REFERENCES grievance (id),
    action        VARCHAR(30)  NOT NULL,
    status        VARCHAR(20)  NOT NULL,
    actor         VARCHAR(100) NOT NULL,
    note          VARCHAR(2000),
    at            TIMESTAMPTZ  NOT NULL
);
CREATE INDEX grievance_timeline_grievance ON grievance_timeline (grievance_id, at);
