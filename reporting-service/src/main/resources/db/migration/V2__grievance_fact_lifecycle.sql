-- Every grievance event carries the grievance's full state: the fact keeps what the figures need.
ALTER TABLE grievance_fact
    ADD COLUMN raised_item_id           UUID,
    ADD COLUMN overdue                  BOOLEAN     NOT NULL DEFAULT FALSE,
    ADD COLUMN answer_result            VARCHAR(30),
    ADD COLUMN answered_within_deadline BOOLEAN,
    ADD COLUMN rating                   INT,
    -- Year and quarter of answer and closing in Asia/Seoul, like received_year/quarter.
    ADD COLUMN answered_year            INT,
    ADD COLUMN answered_quarter         INT,
    ADD COLUMN closed_year              INT,
    ADD COLUMN closed_quarter           INT,
    -- Calendar days from receipt to answer (Seoul dates), not working days.
    ADD COLUMN handling_days            INT,
    ADD COLUMN last_event_type          VARCHAR(60);

CREATE INDEX grievance_fact_answered ON grievance_fact (answered_year, answered_quarter);
CREATE INDEX grievance_fact_closed ON grievance_fact (closed_year, closed_quarter);
-- GRIEVANCES_HANDLED indicators count by the year of the answer, or of closing without one.
CREATE INDEX grievance_fact_handled ON grievance_fact ((coalesce(answered_year, closed_year)), status);
-- "Overdue now" looks only at grievances not yet answered or closed.
CREATE INDEX grievance_fact_open ON grievance_fact (due_at) WHERE status NOT IN ('ANSWERED', 'CLOSED');
