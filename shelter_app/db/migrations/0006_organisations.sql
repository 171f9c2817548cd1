-- The organisations directory (data-dictionary.md, "Referrals out"): bodies a
-- resident is referred to, authorised NRM bodies that identify victims, and
-- other shelters whose organisation card was added (case-transfer.md). One
-- table for all, so a referral, an identification and a transfer name the
-- same organisation the same way.
CREATE TABLE organisations (
    id INTEGER PRIMARY KEY,
    name TEXT NOT NULL,
    organisation_type TEXT NOT NULL,
    region TEXT NOT NULL DEFAULT '',
    phone TEXT NOT NULL DEFAULT '',
    notes TEXT NOT NULL DEFAULT '',
    -- From an organisation card (case-transfer.md); NULL for a directory entry without one.
    code TEXT UNIQUE,
    x25519_public BLOB,
    ed25519_public BLOB,
    fingerprint TEXT,
    fingerprint_checked_at TEXT,
    active INTEGER NOT NULL DEFAULT 1,
    created_at TEXT NOT NULL,
    updated_at TEXT NOT NULL
);
CREATE INDEX organisations_type ON organisations (organisation_type, name);
