-- The records of the data dictionary (../shared/spec/data-dictionary.md).
-- Codes are stored as their stable English identifiers; lists inside a field
-- are stored as codes joined by ';'. Dates are ISO 'YYYY-MM-DD' text.

CREATE TABLE organisation (
    id INTEGER PRIMARY KEY CHECK (id = 1),
    code TEXT NOT NULL,
    name TEXT NOT NULL,
    region TEXT NOT NULL DEFAULT '',
    created_at TEXT NOT NULL
);

CREATE TABLE settings (
    key TEXT PRIMARY KEY,
    value TEXT NOT NULL
);

CREATE TABLE accounts (
    id INTEGER PRIMARY KEY,
    username TEXT NOT NULL UNIQUE,
    display_name TEXT NOT NULL,
    role TEXT NOT NULL CHECK (role IN ('director', 'social_worker', 'lawyer')),
    active INTEGER NOT NULL DEFAULT 1,
    created_at TEXT NOT NULL,
    removed_at TEXT
);

CREATE TABLE audit_log (
    id INTEGER PRIMARY KEY,
    ts TEXT NOT NULL,
    username TEXT NOT NULL,
    action TEXT NOT NULL,
    record_type TEXT NOT NULL DEFAULT '',
    record_id TEXT NOT NULL DEFAULT '',
    details TEXT NOT NULL DEFAULT '{}',
    prev_hash TEXT NOT NULL,
    hash TEXT NOT NULL
);
CREATE INDEX audit_log_ts ON audit_log (ts);
CREATE INDEX audit_log_record ON audit_log (record_type, record_id);

CREATE TABLE residents (
    id INTEGER PRIMARY KEY,
    case_number TEXT NOT NULL UNIQUE,
    external_id TEXT UNIQUE,
    full_name TEXT NOT NULL,
    sex TEXT NOT NULL,
    date_of_birth TEXT,
    birth_year_estimated INTEGER,
    citizenship TEXT NOT NULL,
    languages TEXT NOT NULL DEFAULT '',
    disability INTEGER,
    registration_date TEXT NOT NULL,
    referral_source TEXT NOT NULL,
    primary_exploitation TEXT NOT NULL,
    other_exploitation TEXT NOT NULL DEFAULT '',
    exploitation_country TEXT NOT NULL,
    recruitment_channel TEXT,
    recruiter_relation TEXT,
    means_of_control TEXT NOT NULL DEFAULT '',
    labour_sector TEXT,
    case_status TEXT NOT NULL DEFAULT 'open',
    nrm_status TEXT NOT NULL DEFAULT 'none',
    nrm_identified_date TEXT,
    nrm_identifying_body TEXT,
    residence_permit_date TEXT,
    asylum_date TEXT,
    consent_data_processing TEXT,
    consent_anonymized_reporting INTEGER NOT NULL DEFAULT 0,
    safety_notes TEXT NOT NULL DEFAULT '',
    created_at TEXT NOT NULL,
    updated_at TEXT NOT NULL,
    anonymized_at TEXT
);
CREATE INDEX residents_registration ON residents (registration_date);
CREATE INDEX residents_name ON residents (full_name COLLATE NOCASE);

CREATE TABLE stays (
    id INTEGER PRIMARY KEY,
    resident_id INTEGER NOT NULL REFERENCES residents (id) ON DELETE CASCADE,
    intake_date TEXT NOT NULL,
    exit_date TEXT,
    exit_reason TEXT,
    room TEXT NOT NULL DEFAULT '',
    CHECK (exit_date IS NULL OR exit_date >= intake_date),
    CHECK ((exit_date IS NULL) = (exit_reason IS NULL))
);
CREATE INDEX stays_resident ON stays (resident_id);
CREATE INDEX stays_open ON stays (exit_date);

-- Individual rehabilitation plans, in versions.
CREATE TABLE plans (
    id INTEGER PRIMARY KEY,
    resident_id INTEGER NOT NULL REFERENCES residents (id) ON DELETE CASCADE,
    version INTEGER NOT NULL,
    status TEXT NOT NULL DEFAULT 'draft'
        CHECK (status IN ('draft', 'active', 'completed', 'cancelled')),
    based_on INTEGER REFERENCES plans (id),
    resident_wishes TEXT NOT NULL DEFAULT '',
    created_by TEXT NOT NULL,
    created_at TEXT NOT NULL,
    approved_by TEXT,
    approved_on TEXT,
    resident_agreed INTEGER,
    resident_agreed_on TEXT,
    closed_on TEXT,
    UNIQUE (resident_id, version)
);

CREATE TABLE plan_needs (
    id INTEGER PRIMARY KEY,
    plan_id INTEGER NOT NULL REFERENCES plans (id) ON DELETE CASCADE,
    domain TEXT NOT NULL,
    need_level TEXT NOT NULL DEFAULT 'none',
    assessment TEXT NOT NULL DEFAULT '',
    UNIQUE (plan_id, domain)
);

CREATE TABLE plan_goals (
    id INTEGER PRIMARY KEY,
    plan_id INTEGER NOT NULL REFERENCES plans (id) ON DELETE CASCADE,
    position INTEGER NOT NULL DEFAULT 0,
    domain TEXT NOT NULL,
    goal TEXT NOT NULL,
    actions TEXT NOT NULL DEFAULT '',
    responsible TEXT NOT NULL DEFAULT '',
    target_date TEXT,
    status TEXT NOT NULL DEFAULT 'open'
);
CREATE INDEX plan_goals_plan ON plan_goals (plan_id);

CREATE TABLE plan_reviews (
    id INTEGER PRIMARY KEY,
    plan_id INTEGER NOT NULL REFERENCES plans (id) ON DELETE CASCADE,
    review_date TEXT NOT NULL,
    progress TEXT NOT NULL DEFAULT '',
    next_review_date TEXT,
    reviewed_by TEXT NOT NULL
);
CREATE INDEX plan_reviews_plan ON plan_reviews (plan_id);

CREATE TABLE services (
    id INTEGER PRIMARY KEY,
    resident_id INTEGER NOT NULL REFERENCES residents (id) ON DELETE CASCADE,
    date TEXT NOT NULL,
    service_type TEXT NOT NULL,
    provider TEXT NOT NULL DEFAULT 'in_house',
    staff TEXT NOT NULL,
    duration_minutes INTEGER,
    notes TEXT NOT NULL DEFAULT '',
    referral_status TEXT,  -- for referrals: referred, received, declined
    group_session TEXT,    -- shared by services logged together for a group
    created_at TEXT NOT NULL
);
CREATE INDEX services_resident ON services (resident_id, date);
CREATE INDEX services_date ON services (date);

CREATE TABLE legal_cases (
    id INTEGER PRIMARY KEY,
    resident_id INTEGER NOT NULL REFERENCES residents (id) ON DELETE CASCADE,
    case_ref TEXT NOT NULL,
    cc_article TEXT NOT NULL,
    resident_role TEXT NOT NULL,
    lawyer TEXT NOT NULL DEFAULT '',
    state_legal_aid INTEGER,
    non_punishment_raised INTEGER,
    created_at TEXT NOT NULL,
    UNIQUE (resident_id, case_ref)
);

CREATE TABLE legal_events (
    id INTEGER PRIMARY KEY,
    case_id INTEGER NOT NULL REFERENCES legal_cases (id) ON DELETE CASCADE,
    date TEXT NOT NULL,
    stage TEXT NOT NULL,
    sentence_months INTEGER,
    non_custodial INTEGER NOT NULL DEFAULT 0,
    cc_article TEXT,       -- the article after a requalification
    notes TEXT NOT NULL DEFAULT '',
    next_hearing_date TEXT
);
CREATE INDEX legal_events_case ON legal_events (case_id, date);
CREATE INDEX legal_events_date ON legal_events (date);
