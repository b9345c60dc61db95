-- Grievances partner agencies send over Open311 (channel PARTNER) belong to that agency's view.
ALTER TABLE grievance
    ADD COLUMN partner_id  VARCHAR(60),
    ADD COLUMN updated_at  TIMESTAMPTZ;
UPDATE grievance SET updated_at = received_at;
ALTER TABLE grievance ALTER COLUMN updated_at SET NOT NULL;
CREATE INDEX grievance_partner ON grievance (partner_id, received_at DESC) WHERE partner_id IS NOT NULL;
