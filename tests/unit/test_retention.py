"""Retention: old records are listed for a director; anonymizing takes out
names and free text and leaves every statistical return as it was; deleting
removes the person's records; both are audited."""

from __future__ import annotations

import datetime as dt
import random

import pytest
from hypothesis import given
from hypothesis import strategies as st

from shelter_app import demo, residents, retention
from shelter_app.db import legal as legal_db
from shelter_app.db import plans as plans_db
from shelter_app.db import services as services_db
from shelter_app.db import settings as settings_db
from shelter_app.db import stays as stays_db
from shelter_app.errors import PermissionDenied, ShelterError
from shelter_app.returns import service as returns

TODAY = dt.date(2026, 11, 27)
SEXES = ("female", "male", "female", "unknown")
COUNTRIES = ("KG", "RU", "KZ", "stateless", "TR")
FORMS = ("forced_labour", "sexual_exploitation", "domestic_servitude", "forced_marriage")


def _old_resident(session, rng, n, *, exit_year, service_year=None, hearing=None, open_stay=False):
    reg = dt.date(exit_year - 1, rng.randint(1, 12), rng.randint(1, 28))
    dob = None if n % 5 == 0 else dt.date(reg.year - rng.randint(9, 50), rng.randint(1, 12), rng.randint(1, 28))
    if n % 7 == 3:
        dob = dt.date(reg.year - 17, reg.month, reg.day)  # 18th birthday on the day after... or on registration
    rec = residents.create(session, {
        "full_name": f"Старая Запись {n} Өмүрбекова", "sex": SEXES[n % 4],
        "date_of_birth": dob.isoformat() if dob else "", "birth_year_estimated": 1980 + n % 20 if not dob else "",
        "citizenship": COUNTRIES[n % 5], "registration_date": reg.isoformat(), "referral_source": "police",
        "primary_exploitation": FORMS[n % 4], "other_exploitation": "forced_begging" if n % 2 else "",
        "exploitation_country": ("KG", "RU", "KZ", "TR")[(n + 1) % 4] if n % 5 else "unknown",
        "means_of_control": "threats;debt_bondage", "nrm_status": "identified" if n % 3 == 0 else "presumed",
        "nrm_identified_date": reg.isoformat() if n % 3 == 0 else "", "nrm_identifying_body": "Osh city police",
        "residence_permit_date": reg.isoformat() if n % 4 == 1 else "", "consent_data_processing": reg.isoformat(),
        "consent_anonymized_reporting": n % 6 != 5, "external_id": f"OLD-{n}",
        "safety_notes": f"Trafficker {n} still searches for her near the bazaar",
    })
    rid = rec["id"]
    conn = session.db.conn
    with session.transaction():
        intake = reg + dt.timedelta(days=3)
        exit_date = None if open_stay else dt.date(exit_year, rng.randint(1, 12), rng.randint(1, 28))
        stays_db.insert(conn, rid, intake.isoformat(), f"Room {n}", exit_date.isoformat() if exit_date else None,
                        ("family_reintegration", "repatriated", "other")[n % 3] if exit_date else None)
        for k in range(3):
            services_db.insert(conn, {"resident_id": rid, "date": (intake + dt.timedelta(days=10 * k)).isoformat(),
                                      "service_type": ("psychological", "medical", "legal_consultation")[k],
                                      "provider": "in_house", "staff": "sam", "duration_minutes": 60,
                                      "notes": f"Talked about her sister in Bishkek ({n})"}, "2020-01-01T00:00:00Z")
        if service_year:
            services_db.insert(conn, {"resident_id": rid, "date": f"{service_year}-06-01", "service_type": "medical",
                                      "provider": "Clinic No. 3", "staff": "sam", "notes": "follow-up"},
                               "2020-01-01T00:00:00Z")
        case = legal_db.insert_case(conn, rid, f"UD-{n}-{exit_year}", ("166", "170")[n % 2], "victim",
                                    "2020-01-01T00:00:00Z", lawyer="Advocate Name", state_legal_aid=True)
        legal_db.insert_event(conn, case, intake.isoformat(), "complaint_filed", notes="Statement about the recruiter")
        legal_db.insert_event(conn, case, (intake + dt.timedelta(days=90)).isoformat(), "conviction",
                              sentence_months=48 + n, notes="Sentence read out", next_hearing_date=hearing)
        if n % 2:
            case2 = legal_db.insert_case(conn, rid, f"UD-{n}-B", "159", "witness", "2020-01-01T00:00:00Z")
            legal_db.insert_event(conn, case2, intake.isoformat(), "investigation_opened")
        plan = plans_db.insert_plan(conn, rid, 1, "sam", "2020-01-01T00:00:00Z", resident_wishes="Wants to study")
        plans_db.set_need(conn, plan, "health", "high", "Trauma after the farm in Kazakhstan")
        plans_db.insert_goal(conn, plan, 0, "health", "See a psychologist", "Weekly sessions", "Aida",
                             intake.isoformat())
        plans_db.insert_review(conn, plan, (intake + dt.timedelta(days=30)).isoformat(), "Sleeping better", None,
                               "sam")
    return rec


@pytest.fixture
def register(director):
    rng = random.Random(11)
    old = [_old_resident(director, rng, n, exit_year=2015 + n % 6) for n in range(24)]
    follow_up = _old_resident(director, rng, 100, exit_year=2017, service_year=2024)
    hearing = _old_resident(director, rng, 101, exit_year=2017, hearing="2025-02-01")
    staying = _old_resident(director, rng, 102, exit_year=2016, open_stay=True)
    demo.generate(director, 15, 3)  # recent residents
    return director, old, {"follow_up": follow_up, "hearing": hearing, "staying": staying}


def _all_returns(session) -> dict:
    """Every year's return as counted, and the published return (suppressed,
    which counts and audits the year's other calendar periods too) of a
    year, a quarter and a month in each decade of the register."""
    out = {}
    periods = [str(y) for y in range(2012, 2027)] + ["2016-Q2", "2018-03", "2019-Q4"]
    published = ("2012", "2016", "2016-Q2", "2018-03", "2019-Q4", "2025")
    for period in periods:
        for suppress in (True, False) if period in published else (False,):
            ret = returns.build(session, period, threshold=3, suppress=suppress).to_dict("en")
            ret.pop("generated_at")
            out[(period, suppress)] = ret
    return out


def test_the_list_holds_old_records_only(register):
    session, old, others = register
    due = retention.due(session, on=TODAY)
    listed = {c.case_number for c in due}
    expected = {r["case_number"] for r in old if int(r["registration_date"][:4]) + 1 < 2022}
    assert listed == expected
    for kept in others.values():
        assert kept["case_number"] not in listed
    assert all(c.last_contact < "2021-11-27" for c in due)
    settings_db.put(session.db.conn, "retention_years", "9")
    assert {c.case_number for c in retention.due(session, on=TODAY)} == \
        {r["case_number"] for r in old if int(r["registration_date"][:4]) + 1 < 2018}


def test_anonymizing_leaves_every_statistical_return_unchanged(register):
    session, old, _ = register
    before = _all_returns(session)
    assert any(cell.get("value") for ret in before.values() for t in ret["tables"] for cell in t["cells"])
    due = retention.due(session, on=TODAY)
    assert retention.anonymize(session, [c.id for c in due], on=TODAY) == len(due) > 10
    after = _all_returns(session)
    for key in before:
        # The anonymizing itself is audited: only the audit head a return carries may move.
        before[key].pop("audit_head", None), after[key].pop("audit_head", None)
        assert after[key] == before[key], key


def test_anonymizing_takes_out_names_contacts_and_free_text(register):
    session, old, _ = register
    target = next(c for c in retention.due(session, on=TODAY))
    before = residents.get(session, target.id, audit_view=False)
    retention.anonymize(session, [target.id], on=TODAY)
    record = residents.get(session, target.id, audit_view=False)
    assert record["full_name"] == record["case_number"] == before["case_number"]
    assert record["external_id"] is None and record["safety_notes"] == "" and not record["nrm_identifying_body"]
    assert record["anonymized_at"]
    for field in ("sex", "citizenship", "registration_date", "primary_exploitation", "other_exploitation",
                  "exploitation_country", "consent_anonymized_reporting", "nrm_status", "means_of_control"):
        assert record[field] == before[field], field
    # Nothing of what was typed is left anywhere in the database.
    conn = session.db.conn
    dump = "\n".join(str(tuple(row)) for table in ("residents", "stays", "plans", "plan_needs", "plan_goals",
                                                    "plan_reviews", "services", "legal_cases", "legal_events")
                     for row in conn.execute(f"SELECT * FROM {table} WHERE " + (
                         "id = ?" if table == "residents" else
                         "resident_id = ?" if table in ("stays", "plans", "services", "legal_cases") else
                         "case_id IN (SELECT id FROM legal_cases WHERE resident_id = ?)" if table == "legal_events"
                         else "plan_id IN (SELECT id FROM plans WHERE resident_id = ?)"), (target.id,)))
    for typed in (before["full_name"], "Trafficker", "Room ", "sister in Bishkek", "UD-", "Advocate",
                  "Statement about", "Wants to study", "Trauma after", "psychologist", "Sleeping better",
                  "OLD-", "Osh city police"):
        assert typed not in dump, typed
    assert residents.search(session, before["full_name"].split()[0] + " " + before["full_name"].split()[1]) != \
        [target.id]
    assert target.id not in residents.search(session, "Өмүрбекова")
    entry = conn.execute("SELECT username, action, record_id FROM audit_log ORDER BY id DESC LIMIT 1").fetchone()
    assert tuple(entry) == ("dina", "resident_anonymized", before["case_number"])
    # Already anonymized: listed (so it can still be deleted), not done twice.
    again = [c for c in retention.due(session, on=TODAY) if c.id == target.id]
    assert again and again[0].anonymized
    assert retention.anonymize(session, [target.id], on=TODAY) == 0


def test_deleting_removes_the_person_and_is_audited(register):
    session, old, _ = register
    due = retention.due(session, on=TODAY)[:3]
    count = residents.count(session)
    assert retention.delete(session, [c.id for c in due], on=TODAY) == 3
    assert residents.count(session) == count - 3
    conn = session.db.conn
    for c in due:
        assert conn.execute("SELECT count(*) FROM services WHERE resident_id = ?", (c.id,)).fetchone()[0] == 0
        assert conn.execute("SELECT count(*) FROM legal_cases WHERE resident_id = ?", (c.id,)).fetchone()[0] == 0
    deleted = [r[0] for r in conn.execute("SELECT record_id FROM audit_log WHERE action = 'resident_deleted'")]
    assert sorted(deleted) == sorted(c.case_number for c in due)


def test_a_record_still_within_the_period_stops_the_whole_batch(register):
    session, old, others = register
    due = retention.due(session, on=TODAY)
    batch = [due[0].id, others["hearing"]["id"]]
    with pytest.raises(ShelterError, match="still within the retention period"):
        retention.anonymize(session, batch, on=TODAY)
    with pytest.raises(ShelterError):
        retention.delete(session, [due[1].id, others["staying"]["id"]], on=TODAY)
    assert residents.get(session, due[0].id, audit_view=False)["anonymized_at"] is None
    assert residents.get(session, due[1].id, audit_view=False)


def test_only_a_director_decides(login):
    for name in ("sam", "lena"):
        session = login(name)
        with pytest.raises(PermissionDenied):
            retention.due(session)
        with pytest.raises(PermissionDenied):
            retention.anonymize(session, [1])
        with pytest.raises(PermissionDenied):
            retention.delete(session, [1])


@given(st.dates(dt.date(1930, 1, 1), dt.date(2026, 1, 1)), st.integers(0, 40000))
def test_the_stand_in_birth_date_keeps_the_age_at_registration(dob, days_later):
    reg = dob + dt.timedelta(days=days_later)
    from shelter_app import codes

    stand_in = retention.same_age_birth_date(dob.isoformat(), reg.isoformat())
    assert codes.age_on(stand_in, None, reg.isoformat()) == codes.age_on(dob.isoformat(), None, reg.isoformat())
    assert stand_in[5:] == reg.isoformat()[5:] or (reg.month, reg.day) == (2, 29)
