-- Programmes (사업) and what staff enter for them; every total and status is computed on read.
CREATE TABLE programme (
    id                      UUID          PRIMARY KEY,
    code                    VARCHAR(60)   UNIQUE,
    name                    VARCHAR(200)  NOT NULL,
    department              VARCHAR(100)  NOT NULL,
    manager                 VARCHAR(100),
    manager_phone           VARCHAR(40),
    cooperating_departments VARCHAR(300),
    nature                  VARCHAR(20)   NOT NULL,
    start_year              INT           NOT NULL,
    end_year                INT           NOT NULL,
    end_month               INT           NOT NULL DEFAULT 12,
    period_label            VARCHAR(60),
    funding_type            VARCHAR(30)   NOT NULL,
    practice_goal           VARCHAR(300),
    progress_note           VARCHAR(300),
    final_goal              TEXT,
    overview                TEXT,
    future_plan             TEXT,
    expected_effect         TEXT,
    central_support         VARCHAR(100),
    executor                VARCHAR(100),
    completion_label        VARCHAR(60),
    created_at              TIMESTAMPTZ   NOT NULL,
    updated_at              TIMESTAMPTZ   NOT NULL,
    version                 INT           NOT NULL DEFAULT 0,
    CONSTRAINT programme_period CHECK (start_year <= end_year AND end_month BETWEEN 1 AND 12)
);

CREATE TABLE indicator (
    id            UUID          PRIMARY KEY,
    programme_id  UUID          NOT NULL REFERENCES programme (id) ON DELETE CASCADE,
    name          VARCHAR(200)  NOT NULL,
    unit          VARCHAR(20)   NOT NULL,
    source        VARCHAR(30)   NOT NULL,
    -- The source's filters as JSON (meetingKinds, regularOnly, statuses, kinds, ...).
    source_spec   TEXT          NOT NULL,
    confirmation  VARCHAR(300),
    sort_order    INT           NOT NULL
);
CREATE INDEX indicator_programme ON indicator (programme_id);

CREATE TABLE indicator_target (
    id            UUID    PRIMARY KEY,
    indicator_id  UUID    NOT NULL REFERENCES indicator (id) ON DELETE CASCADE,
    year          INT     NOT NULL,
    value         BIGINT  NOT NULL CHECK (value >= 0),
    -- A part-year target (seed 003's "2026년 6월") ends with this month.
    until_month   INT     NOT NULL DEFAULT 12 CHECK (until_month BETWEEN 1 AND 12),
    UNIQUE (indicator_id, year)
);

-- Yearly actuals of MANUAL indicators, entered by staff.
CREATE TABLE indicator_actual (
    id            UUID          PRIMARY KEY,
    indicator_id  UUID          NOT NULL REFERENCES indicator (id) ON DELETE CASCADE,
    year          INT           NOT NULL,
    value         BIGINT        NOT NULL CHECK (value >= 0),
    note          VARCHAR(300),
    updated_by    VARCHAR(100)  NOT NULL,
    updated_at    TIMESTAMPTZ   NOT NULL,
    UNIQUE (indicator_id, year)
);

-- A person's decision that replaces the derived 이행구분 (and optionally 이행률) of a year.
CREATE TABLE status_override (
    id            UUID          PRIMARY KEY,
    programme_id  UUID          NOT NULL REFERENCES programme (id) ON DELETE CASCADE,
    year          INT           NOT NULL,
    status        VARCHAR(40)   NOT NULL,
    rate          INT           CHECK (rate BETWEEN 0 AND 100),
    reason        VARCHAR(500)  NOT NULL,
    decided_by    VARCHAR(100)  NOT NULL,
    decided_at    TIMESTAMPTZ   NOT NULL,
    UNIQUE (programme_id, year)
);

-- 백만원, whole numbers, by year × 재원.
CREATE TABLE budget_line (
    id              UUID         PRIMARY KEY,
    programme_id    UUID         NOT NULL REFERENCES programme (id) ON DELETE CASCADE,
    year            INT          NOT NULL,
    funding_source  VARCHAR(20)  NOT NULL,
    planned         BIGINT       NOT NULL CHECK (planned >= 0),
    secured         BIGINT       NOT NULL CHECK (secured >= 0),
    executed        BIGINT       NOT NULL CHECK (executed >= 0),
    UNIQUE (programme_id, year, funding_source)
);

-- 도민(시민)소통: one entry = how many of one type happened (e.g. 간담회 3회).
CREATE TABLE outreach_entry (
    id            UUID          PRIMARY KEY,
    programme_id  UUID          NOT NULL REFERENCES programme (id) ON DELETE CASCADE,
    year          INT           NOT NULL,
    quarter       INT           CHECK (quarter BETWEEN 1 AND 4),
    type          VARCHAR(30)   NOT NULL,
    count         INT           NOT NULL CHECK (count >= 0),
    title         VARCHAR(200),
    held_on       DATE,
    created_at    TIMESTAMPTZ   NOT NULL
);
CREATE INDEX outreach_entry_programme ON outreach_entry (programme_id, year);

-- 성과 such as 신규 고용 (명) and 사업화 매출 (억원), per year.
CREATE TABLE outcome (
    id            UUID          PRIMARY KEY,
    programme_id  UUID          NOT NULL REFERENCES programme (id) ON DELETE CASCADE,
    year          INT           NOT NULL,
    metric        VARCHAR(100)  NOT NULL,
    unit          VARCHAR(20)   NOT NULL,
    value         BIGINT        NOT NULL CHECK (value >= 0),
    note          VARCHAR(300),
    UNIQUE (programme_id, year, metric)
);

-- 추진실적 lines entered by staff (what was done), by year and optionally quarter.
CREATE TABLE programme_activity (
    id            UUID          PRIMARY KEY,
    programme_id  UUID          NOT NULL REFERENCES programme (id) ON DELETE CASCADE,
    year          INT           NOT NULL,
    quarter       INT           CHECK (quarter BETWEEN 1 AND 4),
    text          VARCHAR(500)  NOT NULL,
    sort_order    INT           NOT NULL,
    created_at    TIMESTAMPTZ   NOT NULL
);
CREATE INDEX programme_activity_programme ON programme_activity (programme_id, year);
