-- meetings-service: reference data, meetings, their participants and the items companies raise.

-- 부서: the province's departments that host meetings or are invited to them.
CREATE TABLE department (
    code        VARCHAR(40)  PRIMARY KEY,
    name        VARCHAR(100) NOT NULL,
    sort_order  INT          NOT NULL,
    active      BOOLEAN      NOT NULL DEFAULT TRUE
);
INSERT INTO department (code, name, sort_order) VALUES
    ('ENTERPRISE_SUPPORT', '기업지원과', 10),
    ('ENTERPRISE_ECONOMY', '기업경제과 기업SOS팀', 20),
    ('INVESTMENT', '투자유치과', 30),
    ('EXPORT_TRADE', '국제통상과', 40),
    ('JOBS', '일자리과', 50),
    ('INDUSTRY_LOCATION', '산업입지과', 60),
    ('BIO_INDUSTRY', '바이오산업과', 70),
    ('FINANCE_TAX', '세정과', 80),
    ('ECONOMIC_POLICY', '경제정책과', 90),
    ('SMALL_BUSINESS', '소상공인과', 100);

-- 유관기관 (seed 000's list of agencies invited to the field meetings).
CREATE TABLE partner_agency (
    code        VARCHAR(40)  PRIMARY KEY,
    name        VARCHAR(100) NOT NULL,
    sort_order  INT          NOT NULL,
    active      BOOLEAN      NOT NULL DEFAULT TRUE
);
INSERT INTO partner_agency (code, name, sort_order) VALUES
    ('SMBA_GANGWON', '강원지방중소벤처기업청', 10),
    ('MOEL_GANGWON', '고용노동부 강원지청', 20),
    ('PPS_GANGWON', '강원지방조달청', 30),
    ('KOSMES_GANGWON', '중소벤처기업진흥공단 강원지역본부', 40),
    ('KITA', '한국무역협회', 50),
    ('BOK', '한국은행', 60),
    ('GWEPA', '강원특별자치도경제진흥원', 70),
    ('GWTP', '강원테크노파크', 80),
    ('GWSINBO', '강원신용보증재단', 90),
    ('KBIZ_GANGWON', '중소기업중앙회 강원지역본부', 100);

-- 회의 종류: data an ADMIN can extend; regular (정례) kinds count in the 시군 rotation.
CREATE TABLE meeting_kind (
    code         VARCHAR(40)  PRIMARY KEY,
    name         VARCHAR(100) NOT NULL,
    regular      BOOLEAN      NOT NULL,
    description  VARCHAR(500),
    sort_order   INT          NOT NULL,
    active       BOOLEAN      NOT NULL DEFAULT TRUE
);
INSERT INTO meeting_kind (code, name, regular, description, sort_order) VALUES
    ('FIELD_STRATEGY', '맞춤형 기업지원 간담회·현장전략회의', TRUE, '도 부서·시군·유관기관 민관합동 회의, 도내 시군 순회 (연 4회 목표)', 10),
    ('AD_HOC', '기타·분야별 간담회', FALSE, '필요시 개최: 수출기업, 피해기업, 청년기업, 바이오, 중견+중소 상생, 분야별', 20),
    ('SITE_VISIT', '시장·도지사 현장방문', FALSE, '단체장의 기업체 현장방문', 30),
    ('COMMUNICATION_DAY', '기업소통 DAY', FALSE, '발로 뛰는 기업소통 DAY', 40),
    ('ONE_STOP', '원스톱 처리 회의·기동반', FALSE, '복합 애로를 여러 부서·기관이 함께 처리하는 회의, 찾아가는 기업SOS 기동반', 50),
    ('BRIEFING', '설명회·상담회', FALSE, '지원사업 설명회, 상담회', 60);

-- Companies met at meetings, keyed by 사업자등록번호.
CREATE TABLE company (
    business_number VARCHAR(10)  PRIMARY KEY,
    name            VARCHAR(200) NOT NULL,
    size_class      VARCHAR(20),
    industry        VARCHAR(100),
    municipality    VARCHAR(20)  NOT NULL,
    created_at      TIMESTAMPTZ  NOT NULL
);

CREATE TABLE meeting (
    id                   UUID           PRIMARY KEY,
    kind                 VARCHAR(40)    NOT NULL REFERENCES meeting_kind (code),
    title                VARCHAR(200)   NOT NULL,
    starts_at            TIMESTAMPTZ    NOT NULL,
    ends_at              TIMESTAMPTZ    NOT NULL,
    municipality         VARCHAR(20)    NOT NULL,
    venue                VARCHAR(200),
    host_organization    VARCHAR(20)    NOT NULL,
    host_department_id   VARCHAR(40)    NOT NULL REFERENCES department (code),
    programme_id         VARCHAR(60),
    status               VARCHAR(20)    NOT NULL,
    public_meeting       BOOLEAN        NOT NULL,
    capacity             INT,
    agenda               VARCHAR(4000),
    minutes              VARCHAR(20000),
    outcomes             VARCHAR(4000),
    minutes_recorded_at  TIMESTAMPTZ,
    minutes_recorded_by  VARCHAR(100),
    cancel_reason        VARCHAR(500),
    confirmed_at         TIMESTAMPTZ,
    held_at              TIMESTAMPTZ,
    cancelled_at         TIMESTAMPTZ,
    created_by           VARCHAR(100)   NOT NULL,
    created_at           TIMESTAMPTZ    NOT NULL,
    updated_at           TIMESTAMPTZ    NOT NULL,
    version              BIGINT         NOT NULL DEFAULT 0,
    CONSTRAINT meeting_ends_after_start CHECK (ends_at > starts_at),
    CONSTRAINT meeting_capacity_positive CHECK (capacity IS NULL OR capacity > 0)
);
CREATE INDEX meeting_starts ON meeting (starts_at);
CREATE INDEX meeting_kind_starts ON meeting (kind, starts_at);
CREATE INDEX meeting_municipality_starts ON meeting (municipality, starts_at);

-- Who takes part: invited departments, partner agencies and companies, and companies that
-- registered for a public meeting. Contact data is personal data: masked in lists, never in events.
CREATE TABLE participant (
    id                       UUID          PRIMARY KEY,
    meeting_id               UUID          NOT NULL REFERENCES meeting (id),
    type                     VARCHAR(20)   NOT NULL,
    origin                   VARCHAR(20)   NOT NULL,
    department_id            VARCHAR(40)   REFERENCES department (code),
    partner_agency_id        VARCHAR(40)   REFERENCES partner_agency (code),
    company_business_number  VARCHAR(10)   REFERENCES company (business_number),
    contact_name             VARCHAR(100),
    contact_phone            VARCHAR(40),
    contact_email            VARCHAR(200),
    attended                 BOOLEAN,
    added_at                 TIMESTAMPTZ   NOT NULL,
    added_by                 VARCHAR(100)  NOT NULL,
    CONSTRAINT participant_one_party CHECK (
        (type = 'DEPARTMENT' AND department_id IS NOT NULL AND partner_agency_id IS NULL AND company_business_number IS NULL)
        OR (type = 'PARTNER_AGENCY' AND partner_agency_id IS NOT NULL AND department_id IS NULL AND company_business_number IS NULL)
        OR (type = 'COMPANY' AND company_business_number IS NOT NULL AND department_id IS NULL AND partner_agency_id IS NULL)),
    CONSTRAINT participant_department_once UNIQUE (meeting_id, department_id),
    CONSTRAINT participant_agency_once UNIQUE (meeting_id, partner_agency_id),
    CONSTRAINT participant_company_once UNIQUE (meeting_id, company_business_number)
);
CREATE INDEX participant_company ON participant (company_business_number);

-- 건의·질의사항 raised at a held meeting; each becomes a grievance, whose progress arrives by event.
CREATE TABLE raised_item (
    id                         UUID          PRIMARY KEY,
    meeting_id                 UUID          NOT NULL REFERENCES meeting (id),
    company_business_number    VARCHAR(10)   NOT NULL REFERENCES company (business_number),
    kind                       VARCHAR(30)   NOT NULL,
    category                   VARCHAR(30)   NOT NULL,
    title                      VARCHAR(200)  NOT NULL,
    content                    VARCHAR(4000) NOT NULL,
    raised_at                  TIMESTAMPTZ   NOT NULL,
    raised_by                  VARCHAR(100)  NOT NULL,
    grievance_id               UUID,
    receipt_number             VARCHAR(20),
    grievance_status           VARCHAR(20),
    responsible_department_id  VARCHAR(60),
    due_at                     TIMESTAMPTZ,
    overdue                    BOOLEAN       NOT NULL DEFAULT FALSE,
    answer_result              VARCHAR(30),
    answer_summary             VARCHAR(4000),
    answered_at                TIMESTAMPTZ,
    progress_updated_at        TIMESTAMPTZ
);
CREATE INDEX raised_item_meeting ON raised_item (meeting_id, raised_at);
CREATE INDEX raised_item_grievance ON raised_item (grievance_id);
