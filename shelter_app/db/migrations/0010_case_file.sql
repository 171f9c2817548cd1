-- The case file (data-dictionary.md, "The case file"): case notes, attachments
-- kept inside the encrypted database, identity documents, contacts, the key
-- worker, places and moves within a stay, and the pointers left by a merge.
-- Every table that belongs to a resident refers to residents (id) ON DELETE
-- CASCADE: retention's delete and a mistaken record's delete take it along,
-- and the resident's own record (db/resident_record.py) finds it.

ALTER TABLE residents ADD COLUMN key_worker TEXT;  -- an account's username
CREATE INDEX residents_key_worker ON residents (key_worker);

CREATE TABLE case_notes (
    id INTEGER PRIMARY KEY,
    resident_id INTEGER NOT NULL REFERENCES residents (id) ON DELETE CASCADE,
    noted_at TEXT NOT NULL,        -- local date and time of what the note is about, 'YYYY-MM-DD HH:MM'
    kind TEXT NOT NULL,
    confidentiality TEXT NOT NULL DEFAULT 'normal' CHECK (confidentiality IN ('normal', 'restricted')),
    text TEXT NOT NULL,
    contact_id INTEGER REFERENCES contacts (id) ON DELETE SET NULL,
    author TEXT NOT NULL,
    created_at TEXT NOT NULL,      -- UTC; the 24-hour edit window runs from here
    updated_at TEXT
);
CREATE INDEX case_notes_resident ON case_notes (resident_id, noted_at);

CREATE TABLE case_note_annotations (
    id INTEGER PRIMARY KEY,
    note_id INTEGER NOT NULL REFERENCES case_notes (id) ON DELETE CASCADE,
    text TEXT NOT NULL,
    author TEXT NOT NULL,
    created_at TEXT NOT NULL
);
CREATE INDEX case_note_annotations_note ON case_note_annotations (note_id);

-- A file's bytes live in attachment_chunks, written and read a chunk at a
-- time: a 25 MB scan never sits whole in memory, and never in a file.
CREATE TABLE attachments (
    id INTEGER PRIMARY KEY,
    resident_id INTEGER NOT NULL REFERENCES residents (id) ON DELETE CASCADE,
    title TEXT NOT NULL,
    kind TEXT NOT NULL,
    date TEXT NOT NULL,
    file_name TEXT NOT NULL,
    media_type TEXT NOT NULL,
    size INTEGER NOT NULL,
    sha256 TEXT NOT NULL,
    added_by TEXT NOT NULL,
    added_at TEXT NOT NULL
);
CREATE INDEX attachments_resident ON attachments (resident_id, date);

CREATE TABLE attachment_chunks (
    id INTEGER PRIMARY KEY,
    attachment_id INTEGER NOT NULL REFERENCES attachments (id) ON DELETE CASCADE,
    seq INTEGER NOT NULL,
    data BLOB NOT NULL,
    UNIQUE (attachment_id, seq)
);

-- Made once, when first shown, and kept: opening a record never renders a scan again.
CREATE TABLE attachment_thumbnails (
    attachment_id INTEGER PRIMARY KEY REFERENCES attachments (id) ON DELETE CASCADE,
    png BLOB NOT NULL,
    pages INTEGER
);

CREATE TABLE identity_documents (
    id INTEGER PRIMARY KEY,
    resident_id INTEGER NOT NULL REFERENCES residents (id) ON DELETE CASCADE,
    document_type TEXT NOT NULL,
    number TEXT NOT NULL DEFAULT '',
    issuing_country TEXT,
    expiry_date TEXT,
    holder TEXT,
    replacement_requested_on TEXT,
    notes TEXT NOT NULL DEFAULT '',
    created_at TEXT NOT NULL,
    updated_at TEXT NOT NULL
);
CREATE INDEX identity_documents_resident ON identity_documents (resident_id);

CREATE TABLE contacts (
    id INTEGER PRIMARY KEY,
    resident_id INTEGER NOT NULL REFERENCES residents (id) ON DELETE CASCADE,
    name TEXT NOT NULL,
    relation TEXT NOT NULL DEFAULT '',
    phone TEXT NOT NULL DEFAULT '',
    place TEXT NOT NULL DEFAULT '',
    safe_to_contact TEXT NOT NULL DEFAULT 'unknown' CHECK (safe_to_contact IN ('yes', 'no', 'unknown')),
    notes TEXT NOT NULL DEFAULT '',
    created_at TEXT NOT NULL,
    updated_at TEXT NOT NULL
);
CREATE INDEX contacts_resident ON contacts (resident_id);

-- Shelter rooms and rented apartments.
CREATE TABLE places (
    id INTEGER PRIMARY KEY,
    name TEXT NOT NULL UNIQUE,
    place_type TEXT NOT NULL CHECK (place_type IN ('room', 'apartment')),
    capacity INTEGER NOT NULL CHECK (capacity > 0),
    notes TEXT NOT NULL DEFAULT '',
    active INTEGER NOT NULL DEFAULT 1,
    created_at TEXT NOT NULL
);

-- The place a stay began in; each later move within the stay is a row of stay_moves.
ALTER TABLE stays ADD COLUMN place_id INTEGER REFERENCES places (id);
CREATE INDEX stays_place ON stays (place_id);

CREATE TABLE stay_moves (
    id INTEGER PRIMARY KEY,
    stay_id INTEGER NOT NULL REFERENCES stays (id) ON DELETE CASCADE,
    moved_on TEXT NOT NULL,
    place_id INTEGER NOT NULL REFERENCES places (id),
    recorded_by TEXT NOT NULL,
    recorded_at TEXT NOT NULL
);
CREATE INDEX stay_moves_stay ON stay_moves (stay_id, moved_on);

-- A merged-away record keeps only this: its case number, pointing at the kept record.
CREATE TABLE resident_aliases (
    case_number TEXT PRIMARY KEY,
    resident_id INTEGER NOT NULL REFERENCES residents (id) ON DELETE CASCADE,
    merged_at TEXT NOT NULL,
    merged_by TEXT NOT NULL
);
CREATE INDEX resident_aliases_resident ON resident_aliases (resident_id);
