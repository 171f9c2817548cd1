"""After the shelter: follow-up contacts, compensation, non-punishment
outcomes and referrals — validation, roles, audit, the Due list, and the
facts the statistical return reads (checked against a plain recount)."""

from __future__ import annotations

import datetime as _dt

import pytest

from shelter_app import (
    compensation,
    due,
    followups,
    legal,
    non_punishment,
    organisations,
    referrals,
    residents,
)
from shelter_app.db import compensation as compensation_db
from shelter_app.db import followups as followups_db
from shelter_app.db import non_punishment as np_db
from shelter_app.db import referrals as referrals_db
from shelter_app.errors import PermissionDenied, ShelterError, ValidationError


@pytest.fixture
def resident(director, make_resident):
    return residents.create(director, make_resident(), intake_date="2025-02-01")


def _actions(session):
    return [r[0] for r in session.db.conn.execute("SELECT action FROM audit_log ORDER BY id")]


# --- follow-up ---------------------------------------------------------------------

def test_proposed_contacts_are_one_three_six_and_twelve_months_after_exit():
    assert followups.propose_dates("2025-08-31") == ["2025-09-30", "2025-11-30", "2026-02-28", "2026-08-31"]
    assert followups.propose_dates("31.01.2024") == ["2024-02-29", "2024-04-30", "2024-07-31", "2025-01-31"]


def test_planning_after_exit_puts_the_case_in_follow_up_and_closing_needs_every_contact(login, resident):
    director = login("dina")
    residents.discharge(director, resident["id"], "2025-06-01", "family_reintegration")
    worker = login("sam")
    dates = followups.propose_dates("2025-06-01")
    dates[1] = "2025-09-15"  # edited by the worker
    ids = followups.plan(worker, resident["id"], dates)
    assert len(ids) == 4
    assert residents.get(worker, resident["id"])["case_status"] == "follow_up"
    assert [c["planned_date"] for c in followups.contacts(worker, resident["id"])] == [
        "2025-07-01", "2025-09-15", "2025-12-01", "2026-06-01"]
    assert not followups.can_close(worker, resident["id"])
    with pytest.raises(ShelterError, match="not been made"):
        followups.close_case(worker, resident["id"])
    for i, fid in enumerate(ids[:3]):
        followups.record(worker, fid, {"actual_date": f"2025-0{7 + i}-02", "mode": "phone", "reached": "yes",
                                       "housing": "good", "safety": "some_concerns", "result": "reached_stable"})
    followups.delete(worker, ids[3])
    assert followups.can_close(worker, resident["id"])
    followups.close_case(worker, resident["id"])
    assert residents.get(worker, resident["id"])["case_status"] == "closed"
    assert "follow_ups_planned" in _actions(worker) and "case_closed" in _actions(worker)


def test_a_contact_must_agree_with_its_result(login, resident):
    worker = login("sam")
    [fid] = followups.plan(worker, resident["id"], ["2025-03-01"])
    with pytest.raises(ValidationError) as caught:
        followups.record(worker, fid, {"actual_date": "2025-03-02", "mode": "visit", "reached": "no",
                                       "housing": "good", "result": "reached_stable"})
    assert set(caught.value.problems) >= {"housing", "result"}
    with pytest.raises(ValidationError) as caught:
        followups.record(worker, fid, {"actual_date": "2025-03-02", "mode": "visit", "reached": "yes",
                                       "retrafficking": "yes", "risk_items": "trafficker_contacted",
                                       "result": "reached_at_risk"})
    assert "result" in caught.value.problems
    with pytest.raises(ValidationError) as caught:
        followups.record(worker, fid, {"actual_date": "2025-03-02", "mode": "visit", "reached": "yes",
                                       "risk_items": "bogus", "result": "reached_stable"})
    assert "risk_items" in caught.value.problems
    assert followups.get(worker, fid)["actual_date"] is None  # nothing half-written
    got = followups.record(worker, fid, {"actual_date": "2025-03-02", "mode": "visit", "reached": "yes",
                                         "retrafficking": "yes", "risk_items": "trafficker_contacted;debt_to_trafficker",
                                         "result": "retrafficking_indicated"})
    assert got["risk_items"] == ["trafficker_contacted", "debt_to_trafficker"] and got["retrafficking"] is True
    with pytest.raises(ShelterError):
        followups.delete(worker, fid)


def test_lawyer_has_no_follow_up(login, resident):
    with pytest.raises(PermissionDenied):
        followups.plan(login("lena"), resident["id"], ["2025-03-01"])
    with pytest.raises(PermissionDenied):
        followups.contacts(login("lena"), resident["id"])


def test_due_list_shows_contacts_due_and_overdue(login, resident):
    worker = login("sam")
    today = _dt.date(2025, 5, 10)
    followups.plan(worker, resident["id"], ["2025-05-01", "2025-05-12", "2025-07-01"])
    items = [i for i in due.items(worker, within_days=7, today=today) if i.kind == "follow_up"]
    assert [(i.due_date, i.overdue) for i in items] == [("2025-05-01", True), ("2025-05-12", False)]
    assert not [i for i in due.items(login("lena"), within_days=7, today=today) if i.kind == "follow_up"]


# --- compensation -------------------------------------------------------------------

def _legal_case(session, resident, **over):
    data = {"case_ref": "2025-777", "cc_article": "166", "resident_role": "victim"}
    data.update(over)
    return legal.create_case(session, resident["id"], data)


def test_claim_moves_through_award_and_payments(login, resident):
    lawyer = login("lena")
    case = _legal_case(lawyer, resident)
    claim = compensation.add_claim(lawyer, case["id"], {"defendant": "trafficker", "claimed_on": "2025-03-01",
                                                        "amount_claimed": "500000"})
    assert claim["status"] == "claimed"
    with pytest.raises(ValidationError, match="award before a payment"):
        compensation.add_payment(lawyer, claim["id"], "2025-04-01", 100)
    claim = compensation.update_claim(lawyer, claim["id"], {"awarded_on": "2025-04-01", "amount_awarded": 300000})
    assert claim["status"] == "awarded"
    claim = compensation.add_payment(lawyer, claim["id"], "2025-05-01", 100000)
    assert (claim["status"], claim["paid"]) == ("partly_paid", 100000)
    claim = compensation.add_payment(lawyer, claim["id"], "2025-06-01", 200000)
    assert claim["status"] == "paid"
    with pytest.raises(ShelterError):
        compensation.update_claim(lawyer, claim["id"], {"awarded_on": None, "amount_awarded": None})
    with pytest.raises(PermissionDenied):
        compensation.add_claim(login("sam"), case["id"], {"defendant": "state", "claimed_on": "2025-03-01",
                                                          "amount_claimed": 1})
    assert {"compensation_claimed", "compensation_changed", "compensation_paid"} <= set(_actions(login("lena")))


def test_bad_claim_names_the_fields(login, resident):
    lawyer = login("lena")
    case = _legal_case(lawyer, resident)
    with pytest.raises(ValidationError) as caught:
        compensation.add_claim(lawyer, case["id"], {"defendant": "neighbour", "claimed_on": "2025-03-01",
                                                    "amount_claimed": "-5", "awarded_on": "2025-02-01",
                                                    "separate_civil": "yes", "closed_status": "paid"})
    assert set(caught.value.problems) >= {"defendant", "amount_claimed", "amount_awarded", "civil_case_ref",
                                          "closed_status"}
    assert compensation.claims(lawyer, case["id"]) == []


def test_award_unpaid_after_90_days_is_on_the_directors_due_list_only(login, resident):
    lawyer = login("lena")
    case = _legal_case(lawyer, resident)
    claim = compensation.add_claim(lawyer, case["id"], {"defendant": "employer", "claimed_on": "2025-01-10",
                                                        "amount_claimed": 90000, "awarded_on": "2025-02-01",
                                                        "amount_awarded": 80000})
    compensation.add_payment(lawyer, claim["id"], "2025-03-01", 1000)
    day = _dt.date(2025, 5, 1)  # 89 days
    assert not [i for i in due.items(login("dina"), today=day) if i.kind == "compensation"]
    day = _dt.date(2025, 5, 2)
    items = [i for i in due.items(login("dina"), today=day) if i.kind == "compensation"]
    assert len(items) == 1 and items[0].overdue and "2025-777" in items[0].detail
    assert not [i for i in due.items(login("lena"), today=day) if i.kind == "compensation"]
    compensation.update_claim(login("lena"), claim["id"], {"closed_status": "withdrawn", "closed_on": "2025-05-01"})
    assert not [i for i in due.items(login("dina"), today=day) if i.kind == "compensation"]


# --- non-punishment -----------------------------------------------------------------

def test_non_punishment_outcomes_keep_the_raised_flag_in_step(login, resident):
    lawyer = login("lena")
    victim_case = _legal_case(lawyer, resident)
    with pytest.raises(ShelterError, match="suspect or defendant"):
        non_punishment.add_outcome(lawyer, victim_case["id"], {"date": "2025-03-01", "outcome": "raised_pending"})
    case = _legal_case(lawyer, resident, case_ref="ADM-1", cc_article="other", resident_role="suspect")
    non_punishment.set_offence(lawyer, case["id"], "illegal_border_crossing")
    non_punishment.add_outcome(lawyer, case["id"], {"date": "2025-03-01", "outcome": "raised_pending"})
    assert legal.get_case(lawyer, case["id"])["non_punishment_raised"] == 1
    with pytest.raises(ValidationError) as caught:
        non_punishment.add_outcome(lawyer, case["id"], {"date": "2025-04-01", "outcome": "accepted"})
    assert "decided_by" in caught.value.problems
    non_punishment.add_outcome(lawyer, case["id"], {"date": "2025-04-01", "outcome": "accepted",
                                                    "decided_by": "Prosecutor of Osh"})
    st = non_punishment.state(lawyer, case["id"])
    assert st["current"] == "accepted" and st["offence_type"] == "illegal_border_crossing"
    with pytest.raises(PermissionDenied):
        non_punishment.set_offence(login("sam"), case["id"], "drug_offence")


# --- referrals ----------------------------------------------------------------------

def _org(session, name="Клиника Ош", kind="health"):
    return organisations.add_organisation(session, {"name": name, "organisation_type": kind})


def test_referral_keeps_consent_field_by_field_and_its_outcomes(login, resident):
    worker = login("sam")
    org = _org(worker)
    with pytest.raises(ValidationError) as caught:
        referrals.create(worker, resident["id"], {"date": "2025-03-01", "organisation_id": org, "reason": "medical",
                                                  "shared": "name;needs", "needs_text": "x", "contact_text": "y"})
    assert set(caught.value.problems) >= {"consent_date", "contact_text"}
    rid = referrals.create(worker, resident["id"], {"date": "2025-03-01", "organisation_id": org,
                                                    "reason": "medical", "shared": "needs;name",
                                                    "consent_date": "2025-03-01", "needs_text": "Dentist",
                                                    "follow_up_date": "2025-03-15"})
    ref = referrals.get(worker, rid)
    assert ref["shared"] == ["name", "needs"] and ref["outcome"] == "pending"
    with pytest.raises(ValidationError, match="reason"):
        referrals.set_outcome(worker, rid, "rejected", "2025-03-05")
    referrals.set_outcome(worker, rid, "accepted", "2025-03-05")
    items = [i for i in due.items(worker, today=_dt.date(2025, 3, 16)) if i.kind == "referral"]
    assert len(items) == 1 and items[0].overdue
    referrals.set_outcome(worker, rid, "completed", "2025-03-20")
    assert not [i for i in due.items(worker, today=_dt.date(2025, 3, 21)) if i.kind == "referral"]
    assert [o["outcome"] for o in referrals.get(worker, rid)["outcomes"]] == ["pending", "accepted", "completed"]
    with pytest.raises(PermissionDenied):
        referrals.create(login("lena"), resident["id"], {"date": "2025-03-01", "organisation_id": org,
                                                         "reason": "legal_consultation"})


# --- facts for the statistical return -------------------------------------------------

def test_return_facts_follow_the_period(login, make_resident):
    d = login("dina")
    a = residents.create(d, make_resident(full_name="Абдыраева Бермет"))
    b = residents.create(d, make_resident(full_name="Жумабаева Нургүл", date_of_birth="1990-01-01"))
    conn = d.db.conn
    # follow-ups: a stable in period, at risk in period; b one before the period
    for rid, when, result, reached, retr in ((a["id"], "2025-03-05", "reached_stable", "yes", "no"),
                                             (a["id"], "2025-03-20", "reached_at_risk", "yes", "no"),
                                             (b["id"], "2025-02-28", "not_reached", "no", "no")):
        followups.add(d, rid, when, {"actual_date": when, "mode": "phone", "reached": reached,
                                     "retrafficking": retr, "result": result})
    followups.plan(d, b["id"], ["2025-03-10"])  # planned, not made: no fact
    assert followups_db.return_facts(conn, "2025-03-01", "2025-03-31") == [
        (a["id"], "reached_stable"), (a["id"], "reached_at_risk")]
    # compensation
    case = legal.create_case(d, a["id"], {"case_ref": "K-1", "cc_article": "166", "resident_role": "victim"})
    claim = compensation.add_claim(d, case["id"], {"defendant": "trafficker", "claimed_on": "2025-02-01",
                                                   "amount_claimed": 1000, "awarded_on": "2025-03-02",
                                                   "amount_awarded": 700})
    compensation.add_payment(d, claim["id"], "2025-03-03", 300)
    compensation.add_payment(d, claim["id"], "2025-04-03", 400)
    assert compensation_db.return_facts(conn, "2025-03-01", "2025-03-31") == [
        (a["id"], "awarded", 700), (a["id"], "paid", 300)]
    assert compensation_db.return_facts(conn, "2025-01-01", "2025-12-31") == [
        (a["id"], "claimed", 1000), (a["id"], "awarded", 700), (a["id"], "paid", 300), (a["id"], "paid", 400)]
    # non-punishment: b is suspect in two cases with events in the period; the later one counts
    c1 = legal.create_case(d, b["id"], {"case_ref": "S-1", "cc_article": "other", "resident_role": "suspect"})
    c2 = legal.create_case(d, b["id"], {"case_ref": "S-2", "cc_article": "other", "resident_role": "defendant"})
    non_punishment.set_offence(d, c1["id"], "drug_offence")
    non_punishment.set_offence(d, c2["id"], "document_offence")
    legal.add_event(d, c1["id"], {"date": "2025-03-01", "stage": "complaint_filed"})
    legal.add_event(d, c2["id"], {"date": "2025-03-09", "stage": "investigation_opened"})
    legal.add_event(d, c1["id"], {"date": "2025-04-09", "stage": "sent_to_court"})  # after the period
    non_punishment.add_outcome(d, c2["id"], {"date": "2025-03-10", "outcome": "raised_pending"})
    non_punishment.add_outcome(d, c2["id"], {"date": "2025-04-10", "outcome": "accepted", "decided_by": "Court"})
    legal.add_event(d, case["id"], {"date": "2025-03-09", "stage": "complaint_filed"})  # victim: not counted
    assert np_db.return_facts(conn, "2025-03-01", "2025-03-31") == [(b["id"], "document_offence", "raised_pending")]
    assert np_db.return_facts(conn, "2025-04-01", "2025-04-30") == [(b["id"], "drug_offence", "not_raised")]
    # referrals: a to two health bodies (latest counts) and one NGO
    h1, h2, ngo = _org(d, "H1"), _org(d, "H2"), _org(d, "N", "ngo")
    r1 = referrals.create(d, a["id"], {"date": "2025-03-01", "organisation_id": h1, "reason": "medical"})
    r2 = referrals.create(d, a["id"], {"date": "2025-03-05", "organisation_id": h2, "reason": "medical"})
    r3 = referrals.create(d, a["id"], {"date": "2025-03-06", "organisation_id": ngo, "reason": "humanitarian"})
    referrals.set_outcome(d, r1, "completed", "2025-03-02")
    referrals.set_outcome(d, r2, "accepted", "2025-03-30")
    referrals.set_outcome(d, r2, "completed", "2025-04-02")
    referrals.set_outcome(d, r3, "rejected", "2025-03-07", "Full")
    assert referrals_db.return_facts(conn, "2025-03-01", "2025-03-31") == [
        (a["id"], "health", "accepted"), (a["id"], "ngo", "rejected")]
    assert referrals_db.return_facts(conn, "2025-03-01", "2025-03-04") == [(a["id"], "health", "completed")]
    assert referrals_db.return_facts(conn, "2025-04-01", "2025-04-30") == []


def test_anonymizing_clears_the_free_text_after_the_shelter_and_keeps_the_facts(login, resident):
    from shelter_app.db import retention as retention_db

    d = login("dina")
    org = _org(d)
    rid = referrals.create(d, resident["id"], {"date": "2025-03-01", "organisation_id": org, "reason": "medical",
                                               "shared": "contact", "consent_date": "2025-03-01",
                                               "contact_text": "+996 555 123 456"})
    followups.add(d, resident["id"], "2025-04-01", {"actual_date": "2025-04-01", "mode": "visit", "reached": "yes",
                                                   "actions": "Живёт у тёти в Караколе", "result": "reached_stable"})
    with d.transaction():
        retention_db.anonymize(d.db.conn, resident["id"], None, "2030-01-01T00:00:00Z")
    dump = " ".join(str(v) for row in d.db.conn.execute("SELECT * FROM referrals").fetchall() for v in tuple(row))
    dump += " ".join(str(v) for row in d.db.conn.execute("SELECT * FROM follow_ups").fetchall() for v in tuple(row))
    assert "555 123" not in dump and "Каракол" not in dump
    assert referrals.get(d, rid)["reason"] == "medical"
    assert followups_db.return_facts(d.db.conn, "2025-04-01", "2025-04-01") == [(resident["id"], "reached_stable")]
