"""A small synthetic register whose return is worked out by hand (see the
expected tables in test_returns_tables.py). Period: 2025-Q3."""

from __future__ import annotations

from shelter_app.db import legal as legal_db
from shelter_app.db import residents as residents_db
from shelter_app.db import services as services_db
from shelter_app.db import stays as stays_db
from shelter_app.db.audit import now_utc

PERIOD = "2025-Q3"


def _resident(n, **fields):
    base = {
        "full_name": f"Синтетик {n}", "sex": "female", "date_of_birth": None, "birth_year_estimated": None,
        "citizenship": "KG", "registration_date": "2025-07-01", "referral_source": "ngo",
        "primary_exploitation": "unknown", "exploitation_country": "unknown", "nrm_status": "none",
        "nrm_identified_date": None, "residence_permit_date": None, "asylum_date": None,
        "consent_data_processing": "2025-07-01", "consent_anonymized_reporting": True,
        "safety_notes": "SECRET-NOTE-" + str(n), "case_number": f"2025-{n:04d}",
    }
    base.update(fields)
    return base


RESIDENTS = {
    "R1": _resident(1, date_of_birth="1999-03-12", registration_date="2025-07-10",
                    primary_exploitation="sexual_exploitation", exploitation_country="RU"),
    "R2": _resident(2, date_of_birth="2010-01-01", registration_date="2025-01-15",
                    primary_exploitation="forced_labour", exploitation_country="KG"),
    "R3": _resident(3, sex="male", date_of_birth="1980-05-05", registration_date="2024-11-01", citizenship="UZ",
                    primary_exploitation="forced_labour", exploitation_country="KG", nrm_status="identified",
                    nrm_identified_date="2025-09-30", residence_permit_date="2025-08-15"),
    "R4": _resident(4, sex="unknown", registration_date="2025-09-30", citizenship="stateless",
                    asylum_date="2025-09-01"),
    "R5": _resident(5, birth_year_estimated=2008, registration_date="2025-06-30",
                    primary_exploitation="domestic_servitude", exploitation_country="TR",
                    nrm_status="identified", nrm_identified_date="2025-07-01"),
    "R6": _resident(6, sex="male", date_of_birth="2000-01-01", registration_date="2025-08-01",
                    primary_exploitation="forced_labour", exploitation_country="RU",
                    nrm_status="identified", nrm_identified_date="2025-08-02",
                    consent_anonymized_reporting=False),
    "R7": _resident(7, date_of_birth="1990-02-02", registration_date="2023-01-01",
                    primary_exploitation="sexual_exploitation", exploitation_country="KZ"),
    "R8": _resident(8, sex="other", date_of_birth="1995-01-01", registration_date="2025-08-20",
                    primary_exploitation="forced_marriage", exploitation_country="KG"),
}
STAYS = [
    ("R1", "2025-07-10", None, None),
    ("R2", "2025-01-15", "2025-07-02", "family_reintegration"),
    ("R5", "2025-06-30", "2025-06-30", "other"),
    ("R6", "2025-08-01", None, None),
    ("R7", "2023-01-01", "2025-10-01", "independent_living"),
]
SERVICES = [
    ("R3", "2025-08-01", "psychological"), ("R3", "2025-08-02", "psychological"), ("R3", "2025-08-03", "medical"),
    ("R1", "2025-07-11", "psychological"), ("R6", "2025-08-02", "medical"), ("R5", "2025-06-29", "psychological"),
    ("R2", "2025-10-01", "legal_consultation"),
]
# case: (resident, case_ref, article, [(date, stage, months, non_custodial)])
CASES = [
    ("R1", "CASE-REF-A", "166", [("2025-07-15", "complaint_filed", None, False),
                                 ("2025-08-01", "investigation_opened", None, False),
                                 ("2025-09-10", "conviction", 48, False)]),
    ("R3", "CASE-REF-B", "170", [("2025-06-01", "complaint_filed", None, False),
                                 ("2025-07-20", "complaint_filed", None, False),
                                 ("2025-09-01", "sent_to_court", None, False),
                                 ("2025-09-20", "conviction", 0, True)]),
    ("R7", "CASE-REF-C", "166", [("2025-07-05", "investigation_opened", None, False)]),
    ("R6", "CASE-REF-D", "166", [("2025-07-10", "complaint_filed", None, False),
                                 ("2025-08-10", "conviction", 24, False)]),
    ("R1", "CASE-REF-E", "159", [("2025-08-08", "conviction", 150, False)]),
]


def fill(session) -> dict[str, int]:
    """Writes the register into the session's database; returns resident ids."""
    conn = session.db.conn
    now = now_utc()
    ids = {}
    with session.transaction():
        for key, rec in RESIDENTS.items():
            ids[key] = residents_db.insert(conn, rec, now)
        for key, intake, exit_date, reason in STAYS:
            stays_db.insert(conn, ids[key], intake, "1", exit_date, reason)
        for key, day, kind in SERVICES:
            services_db.insert(conn, {"resident_id": ids[key], "date": day, "service_type": kind,
                                      "staff": "dina", "notes": "SECRET-SERVICE-NOTE"}, now)
        for key, ref, article, events in CASES:
            case_id = legal_db.insert_case(conn, ids[key], ref, article, "victim", now)
            for day, stage, months, non_custodial in events:
                legal_db.insert_event(conn, case_id, day, stage, months, non_custodial, notes="SECRET-LEGAL-NOTE")
    return ids
