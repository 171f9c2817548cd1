-- After the shelter (data-dictionary.md): follow-up contacts, compensation
-- claims on legal cases, the non-punishment outcome beside the old "raised"
-- flag, and referrals out to the organisations directory. Services given by a
-- named organisation become referrals; the services stay in the services log.

CREATE TABLE follow_ups (
    id INTEGER PRIMARY KEY,
    resident_id INTEGER NOT NULL REFERENCES residents (id) ON DELETE CASCADE,
    planned_date TEXT NOT NULL,
    actual_date TEXT,
    mode TEXT,
    reached INTEGER,
    housing TEXT,
    work TEXT,
    health TEXT,
    safety TEXT,
    retrafficking INTEGER,
    risk_items TEXT NOT NULL DEFAULT '',
    actions TEXT NOT NULL DEFAULT '',
    result TEXT,
    staff TEXT NOT NULL DEFAULT '',
    created_at TEXT NOT NULL,
    CHECK ((actual_date IS NULL) = (result IS NULL))
);
CREATE INDEX follow_ups_resident ON follow_ups (resident_id, planned_date);
CREATE INDEX follow_ups_open ON follow_ups (planned_date) WHERE actual_date IS NULL;
CREATE INDEX follow_ups_actual ON follow_ups (actual_date);

-- Non-punishment: the offence the resident is suspected of, and the outcomes
-- in the order they became known (the return reads the one known at a date).
ALTER TABLE legal_cases ADD COLUMN offence_type TEXT;

CREATE TABLE non_punishment_outcomes (
    id INTEGER PRIMARY KEY,
    case_id INTEGER NOT NULL REFERENCES legal_cases (id) ON DELETE CASCADE,
    date TEXT NOT NULL,
    outcome TEXT NOT NULL,
    decided_by TEXT NOT NULL DEFAULT '',
    staff TEXT NOT NULL DEFAULT '',
    created_at TEXT NOT NULL
);
CREATE INDEX non_punishment_case ON non_punishment_outcomes (case_id, date);

-- The old flag: raised -> raised_pending, not raised -> not_raised, known
-- from the case's first event (or its creation).
INSERT INTO non_punishment_outcomes (case_id, date, outcome, decided_by, staff, created_at)
SELECT c.id,
       min(substr(c.created_at, 1, 10), coalesce((SELECT min(e.date) FROM legal_events e WHERE e.case_id = c.id),
                                                 '9999-12-31')),
       CASE c.non_punishment_raised WHEN 1 THEN 'raised_pending' ELSE 'not_raised' END,
       '', 'migration', c.created_at
FROM legal_cases c
WHERE c.non_punishment_raised IS NOT NULL AND c.resident_role IN ('suspect', 'defendant');

CREATE TABLE compensation_claims (
    id INTEGER PRIMARY KEY,
    case_id INTEGER NOT NULL REFERENCES legal_cases (id) ON DELETE CASCADE,
    separate_civil INTEGER NOT NULL DEFAULT 0,
    civil_case_ref TEXT NOT NULL DEFAULT '',
    defendant TEXT NOT NULL,
    claimed_on TEXT NOT NULL,
    amount_claimed INTEGER NOT NULL CHECK (amount_claimed >= 0),
    awarded_on TEXT,
    amount_awarded INTEGER CHECK (amount_awarded IS NULL OR amount_awarded >= 0),
    closed_status TEXT CHECK (closed_status IS NULL OR closed_status IN ('rejected', 'withdrawn')),
    closed_on TEXT,
    notes TEXT NOT NULL DEFAULT '',
    created_at TEXT NOT NULL,
    CHECK ((awarded_on IS NULL) = (amount_awarded IS NULL)),
    CHECK ((closed_status IS NULL) = (closed_on IS NULL))
);
CREATE INDEX compensation_claims_case ON compensation_claims (case_id);

CREATE TABLE compensation_payments (
    id INTEGER PRIMARY KEY,
    claim_id INTEGER NOT NULL REFERENCES compensation_claims (id) ON DELETE CASCADE,
    date TEXT NOT NULL,
    amount INTEGER NOT NULL CHECK (amount > 0),
    created_at TEXT NOT NULL
);
CREATE INDEX compensation_payments_claim ON compensation_payments (claim_id, date);

CREATE TABLE referrals (
    id INTEGER PRIMARY KEY,
    resident_id INTEGER NOT NULL REFERENCES residents (id) ON DELETE CASCADE,
    date TEXT NOT NULL,
    organisation_id INTEGER NOT NULL REFERENCES organisations (id),
    reason TEXT NOT NULL,
    shared TEXT NOT NULL DEFAULT '',       -- consented fields (referral_share codes joined by ';')
    consent_date TEXT,
    -- What the letter says under the consented fields typed for this referral.
    contact_text TEXT NOT NULL DEFAULT '',
    needs_text TEXT NOT NULL DEFAULT '',
    documents_text TEXT NOT NULL DEFAULT '',
    notes TEXT NOT NULL DEFAULT '',
    follow_up_date TEXT,
    service_id INTEGER REFERENCES services (id) ON DELETE SET NULL,
    transfer_id TEXT,
    staff TEXT NOT NULL,
    created_at TEXT NOT NULL
);
CREATE INDEX referrals_resident ON referrals (resident_id, date);
CREATE INDEX referrals_date ON referrals (date);
CREATE INDEX referrals_follow_up ON referrals (follow_up_date) WHERE follow_up_date IS NOT NULL;

CREATE TABLE referral_outcomes (
    id INTEGER PRIMARY KEY,
    referral_id INTEGER NOT NULL REFERENCES referrals (id) ON DELETE CASCADE,
    date TEXT NOT NULL,
    outcome TEXT NOT NULL,
    reason TEXT NOT NULL DEFAULT '',
    staff TEXT NOT NULL,
    created_at TEXT NOT NULL
);
CREATE INDEX referral_outcomes_referral ON referral_outcomes (referral_id, date);

-- Services by a named organisation become referrals: one directory entry per
-- distinct name (type "other" until someone sets it), one referral per service.
INSERT INTO organisations (name, organisation_type, notes, created_at, updated_at)
SELECT min(trim(s.provider)), 'other', '', strftime('%Y-%m-%dT%H:%M:%fZ', 'now'), strftime('%Y-%m-%dT%H:%M:%fZ', 'now')
FROM services s
WHERE s.provider <> 'in_house' AND trim(s.provider) <> ''
  AND NOT EXISTS (SELECT 1 FROM organisations o WHERE o.name = trim(s.provider))
GROUP BY trim(s.provider);

INSERT INTO referrals (resident_id, date, organisation_id, reason, shared, notes, service_id, staff, created_at)
SELECT s.resident_id, s.date,
       (SELECT min(o.id) FROM organisations o WHERE o.name = trim(s.provider)),
       s.service_type, '', s.notes, s.id, s.staff, s.created_at
FROM services s
WHERE s.provider <> 'in_house' AND trim(s.provider) <> ''
ORDER BY s.id;

INSERT INTO referral_outcomes (referral_id, date, outcome, reason, staff, created_at)
SELECT r.id, s.date,
       CASE coalesce(s.referral_status, 'referred') WHEN 'received' THEN 'completed'
            WHEN 'declined' THEN 'rejected' ELSE 'pending' END,
       '', s.staff, s.created_at
FROM referrals r JOIN services s ON s.id = r.service_id;

-- Case transfers sent and received (case-transfer.md): a transfer id is
-- imported once; the received record says where it came from.
CREATE TABLE transfers (
    id INTEGER PRIMARY KEY,
    transfer_id TEXT NOT NULL,
    direction TEXT NOT NULL CHECK (direction IN ('sent', 'received')),
    resident_id INTEGER REFERENCES residents (id) ON DELETE SET NULL,
    organisation_id INTEGER REFERENCES organisations (id),
    their_case_number TEXT NOT NULL DEFAULT '',
    consent_date TEXT,
    included TEXT NOT NULL DEFAULT '',
    sha256 TEXT NOT NULL,
    created_at TEXT NOT NULL,
    UNIQUE (transfer_id, direction)
);
CREATE INDEX transfers_resident ON transfers (resident_id);
