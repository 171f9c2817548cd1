-- Plan versions: an approved version replaced by a newer approved one keeps
-- its text and is closed with a pointer to the version that replaced it.
ALTER TABLE plans ADD COLUMN superseded_by INTEGER REFERENCES plans (id);
CREATE INDEX plans_resident_status ON plans (resident_id, status);
