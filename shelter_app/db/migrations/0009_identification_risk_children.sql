-- Identification under the NRM, risk and safety, children
-- (data-dictionary.md, revised). Lists inside a field are codes joined by ';'.

-- First-level screening by the shelter, a first responder.
CREATE TABLE nrm_screenings (
    id INTEGER PRIMARY KEY,
    resident_id INTEGER NOT NULL REFERENCES residents (id) ON DELETE CASCADE,
    screening_date TEXT NOT NULL,
    screened_by TEXT NOT NULL,          -- account, or 'import' for a register's earlier screening
    act_date TEXT,                      -- when the act took place, for the age at the act
    age_at_act INTEGER,                 -- computed from the date of birth or typed when only it is known
    child_criteria INTEGER NOT NULL DEFAULT 0,  -- 1: under 18 at the act, the means are not required
    acts TEXT NOT NULL DEFAULT '',      -- nrm_act
    means TEXT NOT NULL DEFAULT '',     -- nrm_means
    purposes TEXT NOT NULL DEFAULT '',  -- exploitation
    result TEXT NOT NULL CHECK (result IN ('indicators_met', 'indicators_not_met', 'inconclusive')),
    notes TEXT NOT NULL DEFAULT '',
    created_at TEXT NOT NULL,
    updated_at TEXT NOT NULL
);
CREATE INDEX nrm_screenings_resident ON nrm_screenings (resident_id, screening_date);
CREATE INDEX nrm_screenings_date ON nrm_screenings (screening_date, result);

-- Immediate needs seen at the screening, per plan domain: they pre-fill a new plan.
CREATE TABLE nrm_screening_needs (
    id INTEGER PRIMARY KEY,
    screening_id INTEGER NOT NULL REFERENCES nrm_screenings (id) ON DELETE CASCADE,
    domain TEXT NOT NULL,
    need_level TEXT NOT NULL DEFAULT 'none',
    note TEXT NOT NULL DEFAULT '',
    UNIQUE (screening_id, domain)
);

-- Referral for formal identification to an authorised body, and its decision.
CREATE TABLE nrm_referrals (
    id INTEGER PRIMARY KEY,
    resident_id INTEGER NOT NULL REFERENCES residents (id) ON DELETE CASCADE,
    screening_id INTEGER REFERENCES nrm_screenings (id) ON DELETE SET NULL,
    referral_date TEXT NOT NULL,
    organisation_id INTEGER NOT NULL REFERENCES organisations (id),
    shared TEXT NOT NULL DEFAULT '',    -- referral_share: what the resident agreed to share
    referred_by TEXT NOT NULL,
    notes TEXT NOT NULL DEFAULT '',
    decision TEXT CHECK (decision IS NULL OR decision IN ('identified', 'not_identified')),
    decision_date TEXT,
    identifying_body TEXT,
    document_number TEXT,
    decided_recorded_by TEXT,
    created_at TEXT NOT NULL,
    CHECK ((decision IS NULL) = (decision_date IS NULL)),
    CHECK (decision_date IS NULL OR decision_date >= referral_date)
);
CREATE INDEX nrm_referrals_resident ON nrm_referrals (resident_id, referral_date);
CREATE INDEX nrm_referrals_date ON nrm_referrals (referral_date);
CREATE INDEX nrm_referrals_decision ON nrm_referrals (decision_date, decision);

-- The return's `identified` row reads residents by their identification date.
CREATE INDEX residents_nrm_identified ON residents (nrm_identified_date) WHERE nrm_status = 'identified';

-- Risk assessments, at intake and at each plan review.
CREATE TABLE risk_assessments (
    id INTEGER PRIMARY KEY,
    resident_id INTEGER NOT NULL REFERENCES residents (id) ON DELETE CASCADE,
    assessment_date TEXT NOT NULL,
    assessed_by TEXT NOT NULL,
    occasion TEXT NOT NULL DEFAULT 'other',   -- intake, plan_review, other
    items TEXT NOT NULL DEFAULT '',           -- risk_item
    risk_level TEXT NOT NULL CHECK (risk_level IN ('low', 'medium', 'high')),
    notes TEXT NOT NULL DEFAULT '',
    created_at TEXT NOT NULL
);
CREATE INDEX risk_assessments_resident ON risk_assessments (resident_id, assessment_date);

-- The safety plan: one a resident, never exported, never in a return.
CREATE TABLE safety_plans (
    id INTEGER PRIMARY KEY,
    resident_id INTEGER NOT NULL UNIQUE REFERENCES residents (id) ON DELETE CASCADE,
    concerns TEXT NOT NULL DEFAULT '',
    measures TEXT NOT NULL DEFAULT '',
    who_to_call TEXT NOT NULL DEFAULT '',
    safe_contacts TEXT NOT NULL DEFAULT '',
    review_date TEXT,
    updated_by TEXT NOT NULL,
    updated_at TEXT NOT NULL
);
CREATE INDEX safety_plans_review ON safety_plans (review_date);

-- Children: guardian or legal representative.
CREATE TABLE guardians (
    id INTEGER PRIMARY KEY,
    resident_id INTEGER NOT NULL REFERENCES residents (id) ON DELETE CASCADE,
    full_name TEXT NOT NULL,
    relation TEXT NOT NULL,
    contact TEXT NOT NULL DEFAULT '',
    suspected_involvement INTEGER NOT NULL DEFAULT 0,
    notes TEXT NOT NULL DEFAULT '',
    created_at TEXT NOT NULL,
    updated_at TEXT NOT NULL
);
CREATE INDEX guardians_resident ON guardians (resident_id);

-- A child's consent: the guardian's consent and the child's assent, or a child
-- of 16 or older consenting alone.
CREATE TABLE child_consents (
    id INTEGER PRIMARY KEY,
    resident_id INTEGER NOT NULL REFERENCES residents (id) ON DELETE CASCADE,
    consent_date TEXT NOT NULL,
    guardian_id INTEGER REFERENCES guardians (id) ON DELETE SET NULL,
    guardian_consent INTEGER NOT NULL DEFAULT 0,
    child_assent INTEGER NOT NULL DEFAULT 0,
    consented_alone INTEGER NOT NULL DEFAULT 0,
    notes TEXT NOT NULL DEFAULT '',
    recorded_by TEXT NOT NULL,
    created_at TEXT NOT NULL
);
CREATE INDEX child_consents_resident ON child_consents (resident_id, consent_date);

CREATE TABLE best_interests_assessments (
    id INTEGER PRIMARY KEY,
    resident_id INTEGER NOT NULL REFERENCES residents (id) ON DELETE CASCADE,
    assessment_date TEXT NOT NULL,
    assessed_by TEXT NOT NULL,
    recommendation TEXT NOT NULL,
    responsible_body TEXT NOT NULL DEFAULT '',
    recorded_by TEXT NOT NULL,
    created_at TEXT NOT NULL
);
CREATE INDEX best_interests_resident ON best_interests_assessments (resident_id, assessment_date);

-- Child-friendly measures taken at a legal event.
CREATE TABLE legal_event_child_measures (
    event_id INTEGER NOT NULL REFERENCES legal_events (id) ON DELETE CASCADE,
    measure TEXT NOT NULL,
    PRIMARY KEY (event_id, measure)
);

-- A minor's plan is approved with an education goal or the reason why none.
ALTER TABLE plans ADD COLUMN no_education_goal_reason TEXT NOT NULL DEFAULT '';
