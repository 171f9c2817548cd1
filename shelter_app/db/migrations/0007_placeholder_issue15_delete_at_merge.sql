-- PLACEHOLDER on branch issue15 only, so that 0009 applies without a gap.
-- Delete this file when the real migration 0007 is merged.
CREATE TABLE IF NOT EXISTS placeholder_0007 (id INTEGER PRIMARY KEY);
DROP TABLE placeholder_0007;
