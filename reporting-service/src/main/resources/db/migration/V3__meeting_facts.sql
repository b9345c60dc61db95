-- One row per meeting, projected from meetings-service's events (every event carries the full state).
CREATE TABLE meeting_fact (
    meeting_id                  UUID         PRIMARY KEY,
    kind                        VARCHAR(40)  NOT NULL,
    regular                     BOOLEAN      NOT NULL,
    title                       VARCHAR(300) NOT NULL,
    municipality                VARCHAR(20)  NOT NULL,
    programme_id                VARCHAR(60),
    status                      VARCHAR(20)  NOT NULL,
    starts_at                   TIMESTAMPTZ  NOT NULL,
    ends_at                     TIMESTAMPTZ,
    meeting_date                DATE         NOT NULL,
    held_on                     DATE,
    -- Year and quarter the meeting was held (Asia/Seoul); null unless HELD.
    held_year                   INT,
    held_quarter                INT,
    attendance_companies        INT,
    attendance_departments      INT,
    attendance_partner_agencies INT,
    attendance_total            INT,
    raised_item_count           INT,
    cancel_reason               VARCHAR(500),
    last_event_type             VARCHAR(60)  NOT NULL,
    last_event_at               TIMESTAMPTZ  NOT NULL
);
CREATE INDEX meeting_fact_held ON meeting_fact (held_year, kind);
CREATE INDEX meeting_fact_programme ON meeting_fact (programme_id);
