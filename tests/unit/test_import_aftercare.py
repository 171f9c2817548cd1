"""Importing follow-up contacts, referrals, and the compensation and
non-punishment columns of legal rows: all or nothing, the second import of
the same file adds nothing."""

from __future__ import annotations

from pathlib import Path

from shelter_app import (
    compensation,
    followups,
    imports,
    legal,
    non_punishment,
    referrals,
)

FIXTURES = Path(__file__).resolve().parent.parent / "fixtures" / "import"


def _write(tmp_path, name, text):
    path = tmp_path / name
    path.write_text(text, encoding="utf-8")
    return path


def _residents(session):
    report = imports.run(session, FIXTURES / "residents.csv", "residents")
    assert report.ok, [p.text() for p in report.errors]
    return {r[0]: r[1] for r in session.db.conn.execute("SELECT external_id, id FROM residents")}


def test_followups_import_planned_and_made_contacts_once(director, tmp_path):
    ids = _residents(director)
    ext = sorted(ids)[0]
    path = _write(tmp_path, "f.csv",
                  "external_id;planned_date;actual_date;mode;reached;housing;retrafficking;risk_items;result\n"
                  f"{ext};2025-01-01;02.01.2025;phone;да;good;нет;;reached_stable\n"
                  f"{ext};2025-03-01;2025-03-03;visit;yes;;yes;trafficker_contacted;retrafficking_indicated\n"
                  f"{ext};2025-06-01;;;;;;;\n")
    report = imports.run(director, path, "followups")
    assert report.ok and report.written, [p.text() for p in report.errors]
    assert report.new == {"follow_ups": 3}
    contacts = followups.contacts(director, ids[ext])
    assert [c["result"] for c in contacts] == ["reached_stable", "retrafficking_indicated", None]
    assert contacts[1]["risk_items"] == ["trafficker_contacted"]
    again = imports.run(director, path, "followups")
    assert again.new == {"follow_ups": 0} and again.existing == {"follow_ups": 3}


def test_bad_followup_row_writes_nothing(director, tmp_path):
    ids = _residents(director)
    ext = sorted(ids)[0]
    path = _write(tmp_path, "f.csv", "external_id,planned_date,actual_date,mode,reached,result\n"
                                     f"{ext},2025-01-01,2025-01-02,phone,no,reached_stable\n"
                                     f"{ext},2025-02-01,,,,\n"
                                     "NOPE,2025-02-01,,,,\n")
    report = imports.run(director, path, "followups")
    assert not report.ok and not report.written
    assert {(p.line, p.column) for p in report.errors} >= {(2, "result"), (4, "external_id")}
    assert followups.contacts(director, ids[ext]) == []


def test_referrals_import_adds_organisations_and_outcomes(director, tmp_path):
    ids = _residents(director)
    ext = sorted(ids)[0]
    path = _write(tmp_path, "r.csv",
                  "external_id,date,organisation,organisation_type,reason,shared,consent_date,outcome,outcome_date,"
                  "outcome_reason,follow_up_date\n"
                  f"{ext},2025-02-01,Клиника Ош,health,medical,name;needs,2025-02-01,completed,2025-02-10,,\n"
                  f"{ext},2025-02-05,Сезим,ngo,humanitarian,,,rejected,2025-02-06,Нет мест,\n"
                  f"{ext},2025-02-07,Клиника Ош,health,psychological,,,,,,2025-03-01\n")
    report = imports.run(director, path, "referrals")
    assert report.ok and report.new == {"referrals": 3, "organisations": 2}, [p.text() for p in report.errors]
    got = referrals.referrals(director, ids[ext])
    assert [(r["organisation_name"], r["outcome"]) for r in got] == [
        ("Клиника Ош", "pending"), ("Сезим", "rejected"), ("Клиника Ош", "completed")]
    assert got[2]["shared"] == ["name", "needs"]
    again = imports.run(director, path, "referrals")
    assert again.new == {"referrals": 0, "organisations": 0}


def test_legal_rows_carry_compensation_and_non_punishment(director, tmp_path):
    ids = _residents(director)
    ext = sorted(ids)[0]
    header = ("external_id,case_ref,cc_article,resident_role,stage,date,offence_type,np_outcome,np_date,"
              "np_decided_by,claim_defendant,claimed_on,amount_claimed,awarded_on,amount_awarded,paid_on,amount_paid\n")
    path = _write(tmp_path, "l.csv", header +
                  f"{ext},ADM-1,other,suspect,complaint_filed,2025-01-10,illegal_border_crossing,raised_pending,"
                  "2025-01-12,,,,,,,,\n"
                  f"{ext},ADM-1,other,suspect,case_closed,2025-02-10,,accepted,2025-02-10,Суд Оша,,,,,,,\n"
                  f"{ext},UD-5,166,victim,complaint_filed,2025-01-05,,,,,trafficker,2025-01-20,300000,2025-04-01,"
                  "200000,2025-05-01,50000\n"
                  f"{ext},UD-5,166,victim,sent_to_court,2025-03-05,,,,,,,,,,2025-06-01,25000\n")
    report = imports.run(director, path, "legal")
    assert report.ok, [p.text() for p in report.errors]
    assert report.new["claims"] == 1 and report.new["payments"] == 2 and report.new["np_outcomes"] == 2
    cases = {c["case_ref"]: c for c in legal.cases(director, ids[ext])}
    st = non_punishment.state(director, cases["ADM-1"]["id"])
    assert st["offence_type"] == "illegal_border_crossing" and st["current"] == "accepted"
    [claim] = compensation.claims(director, cases["UD-5"]["id"])
    assert (claim["status"], claim["paid"]) == ("partly_paid", 75000)
    again = imports.run(director, path, "legal")
    assert again.ok and again.new.get("claims", 0) == 0 and again.new.get("payments", 0) == 0
    assert again.new.get("np_outcomes", 0) == 0


def test_legal_rows_refuse_non_punishment_for_a_victim_and_a_payment_without_award(director, tmp_path):
    ids = _residents(director)
    ext = sorted(ids)[0]
    path = _write(tmp_path, "l.csv",
                  "external_id,case_ref,cc_article,resident_role,stage,date,offence_type,paid_on,amount_paid\n"
                  f"{ext},UD-7,166,victim,complaint_filed,2025-01-05,,,\n"
                  f"{ext},UD-9,166,victim,complaint_filed,2025-01-05,drug_offence,,\n")
    report = imports.run(director, path, "legal")
    assert not report.ok
    assert {(p.line, p.column) for p in report.errors} == {(3, "offence_type")}
    path = _write(tmp_path, "l2.csv",
                  "external_id,case_ref,cc_article,resident_role,stage,date,paid_on,amount_paid\n"
                  f"{ext},UD-7,166,victim,complaint_filed,2025-01-05,,\n"
                  f"{ext},UD-8,166,victim,complaint_filed,2025-01-05,2025-02-01,100\n")
    report = imports.run(director, path, "legal")
    assert not report.ok
    assert {(p.line, p.column) for p in report.errors} == {(3, "paid_on")}
    assert legal.cases(director, ids[ext]) == []
