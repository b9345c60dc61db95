-- Issue 3: departments, routing, the legal lifecycle, answers, ratings, holidays.
CREATE EXTENSION IF NOT EXISTS pg_trgm;

-- 소관부서 (and the coordinating 기업지원과 whose queue takes what no rule routes).
CREATE TABLE department (
    id            VARCHAR(60)  PRIMARY KEY,
    name          VARCHAR(100) NOT NULL,
    coordinating  BOOLEAN      NOT NULL DEFAULT FALSE,
    sort_order    INT          NOT NULL
);
INSERT INTO department (id, name, coordinating, sort_order) VALUES
    ('ENTERPRISE_SUPPORT', '기업지원과', TRUE, 10),
    ('ENTERPRISE_ECONOMY', '기업경제과 기업SOS팀', FALSE, 20),
    ('INVESTMENT', '투자유치과', FALSE, 30),
    ('EXPORT_TRADE', '국제통상과', FALSE, 40),
    ('JOBS', '일자리과', FALSE, 50),
    ('INDUSTRY_LOCATION', '산업입지과', FALSE, 60),
    ('BIO_INDUSTRY', '바이오산업과', FALSE, 70),
    ('FINANCE_TAX', '세정과', FALSE, 80),
    ('SCIENCE_TECH', '과학기술과', FALSE, 90);

-- Rules an ADMIN or COORDINATOR edits: every criterion given must match; the highest priority wins.
CREATE SEQUENCE routing_rule_seq START WITH 1 INCREMENT BY 50;
CREATE TABLE routing_rule (
    id             BIGINT       PRIMARY KEY,
    category       VARCHAR(40)  REFERENCES category (code),
    municipality   VARCHAR(20),
    keyword        VARCHAR(100),
    department_id  VARCHAR(60)  NOT NULL REFERENCES department (id),
    priority       INT          NOT NULL DEFAULT 0,
    active         BOOLEAN      NOT NULL DEFAULT TRUE
);
INSERT INTO routing_rule (id, category, municipality, keyword, department_id, priority) VALUES
    (1, 'FUNDING', NULL, NULL, 'ENTERPRISE_ECONOMY', 10),
    (2, 'EXPORT', NULL, NULL, 'EXPORT_TRADE', 10),
    (3, 'MANPOWER', NULL, NULL, 'JOBS', 10),
    (4, 'SITE', NULL, NULL, 'INDUSTRY_LOCATION', 10),
    (5, 'TAX', NULL, NULL, 'FINANCE_TAX', 10),
    (6, 'TECHNOLOGY', NULL, NULL, 'SCIENCE_TECH', 10),
    (7, NULL, NULL, '바이오', 'BIO_INDUSTRY', 20),
    (8, 'REGULATION', NULL, '공장', 'INDUSTRY_LOCATION', 15);
SELECT setval('routing_rule_seq', 51, false);

ALTER TABLE grievance
    ADD COLUMN raised_item_id        UUID,
    ADD COLUMN overdue               BOOLEAN       NOT NULL DEFAULT FALSE,
    ADD COLUMN possible_duplicate_of UUID,
    ADD COLUMN transfer_agency       VARCHAR(200),
    ADD COLUMN transfer_reason       VARCHAR(1000),
    ADD COLUMN answer_result         VARCHAR(30),
    ADD COLUMN answer_text           VARCHAR(4000),
    ADD COLUMN answer_official       VARCHAR(100),
    ADD COLUMN answer_department     VARCHAR(60),
    ADD COLUMN answered_at           TIMESTAMPTZ,
    ADD COLUMN rejection_reason      VARCHAR(2000),
    ADD COLUMN appeal_guide          VARCHAR(2000),
    ADD COLUMN rating_score          INT CHECK (rating_score BETWEEN 1 AND 5),
    ADD COLUMN rating_comment        VARCHAR(1000),
    ADD COLUMN rated_at              TIMESTAMPTZ,
    ADD COLUMN closed_at             TIMESTAMPTZ;
ALTER TABLE grievance ADD CONSTRAINT grievance_department_fk FOREIGN KEY (department_id) REFERENCES department (id);
CREATE UNIQUE INDEX grievance_raised_item ON grievance (raised_item_id) WHERE raised_item_id IS NOT NULL;
CREATE INDEX grievance_open_due ON grievance (due_at) WHERE status NOT IN ('ANSWERED', 'CLOSED');
CREATE INDEX grievance_received ON grievance (received_at DESC);
CREATE INDEX grievance_title_trgm ON grievance USING gin (title gin_trgm_ops);

-- 원스톱 처리: cooperating departments of a complex case, each with its contribution.
CREATE TABLE grievance_cooperation (
    grievance_id    UUID         NOT NULL REFERENCES grievance (id),
    department_id   VARCHAR(60)  NOT NULL REFERENCES department (id),
    contribution    VARCHAR(4000),
    contributed_at  TIMESTAMPTZ,
    PRIMARY KEY (grievance_id, department_id)
);
CREATE INDEX grievance_cooperation_department ON grievance_cooperation (department_id);

-- 처리기간 연장: once with a reason, again only with the company's consent.
CREATE SEQUENCE grievance_extension_seq START WITH 1 INCREMENT BY 50;
CREATE TABLE grievance_extension (
    id               BIGINT        PRIMARY KEY,
    grievance_id     UUID          NOT NULL REFERENCES grievance (id),
    previous_due_at  TIMESTAMPTZ   NOT NULL,
    new_due_at       TIMESTAMPTZ   NOT NULL,
    reason           VARCHAR(1000) NOT NULL,
    company_consent  BOOLEAN       NOT NULL,
    actor            VARCHAR(100)  NOT NULL,
    at               TIMESTAMPTZ   NOT NULL
);
CREATE INDEX grievance_extension_grievance ON grievance_extension (grievance_id);

-- 임시공휴일 an ADMIN adds on top of the published and computed calendar.
CREATE TABLE holiday (
    date        DATE         PRIMARY KEY,
    name        VARCHAR(100) NOT NULL,
    created_by  VARCHAR(100) NOT NULL,
    created_at  TIMESTAMPTZ  NOT NULL
);

-- Notices to the company and the departments: assigned, transferred, answered, late.
CREATE SEQUENCE notice_seq START WITH 1 INCREMENT BY 50;
CREATE TABLE notice (
    id              BIGINT        PRIMARY KEY,
    recipient_type  VARCHAR(20)   NOT NULL,
    recipient_id    VARCHAR(60)   NOT NULL,
    grievance_id    UUID          NOT NULL REFERENCES grievance (id),
    kind            VARCHAR(30)   NOT NULL,
    message         VARCHAR(500)  NOT NULL,
    created_at      TIMESTAMPTZ   NOT NULL,
    read_at         TIMESTAMPTZ
);
CREATE INDEX notice_recipient ON notice (recipient_type, recipient_id, created_at DESC);
