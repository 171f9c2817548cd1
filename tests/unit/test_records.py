"""Every record kind survives a write, a close and a reopen."""

from __future__ import annotations

from shelter_app import accounts, residents
from shelter_app.db import legal as legal_db
from shelter_app.db import organisation as organisation_db
from shelter_app.db import plans as plans_db
from shelter_app.db import services as services_db
from shelter_app.db import settings as settings_db
from shelter_app.db.audit import now_utc


def test_every_record_kind_roundtrips(database, login, make_resident):
    session = login("dina")
    data = make_resident(full_name="Жумабаева Айзада", languages="ky;ru", other_exploitation=["forced_labour",
                         "sexual_exploitation"], means_of_control="debt_bondage;threats", labour_sector="construction",
                         nrm_status="identified", nrm_identified_date="2025-03-01", nrm_identifying_body="МТСОМ",
                         recruitment_channel="online", recruiter_relation="acquaintance", disability=True,
                         external_id="OLD-17", safety_notes="Do not call the mobile.",
                         primary_exploitation="sexual_exploitation")
    resident = residents.create(session, data, intake_date="2025-02-03", room="4B")
    rid = resident["id"]
    residents.discharge(session, rid, "2025-06-30", "family_reintegration")
    residents.admit(session, rid, "2025-08-01", room="2")
    now = now_utc()
    with session.transaction() as conn:
        plan = plans_db.insert_plan(conn, rid, 1, "dina", now, resident_wishes="Вернуться домой")
        plans_db.set_need(conn, plan, "health", "high", "Needs dental care")
        plans_db.insert_goal(conn, plan, 0, "health", "Dental treatment", "Referral", "sam", "2025-09-01")
        plans_db.insert_review(conn, plan, "2025-08-15", "Good progress", "2025-09-15", "sam")
        services_db.insert(conn, {"resident_id": rid, "date": "2025-08-02", "service_type": "medical",
                                  "provider": "City hospital", "staff": "dina", "duration_minutes": 45,
                                  "notes": "check-up", "referral_status": "referred"}, now)
        case = legal_db.insert_case(conn, rid, "UD-2025-0042", "166", "victim", now, lawyer="Lena",
                                    state_legal_aid=True)
        legal_db.insert_event(conn, case, "2025-05-01", "conviction", 96, False, "8 years")
        settings_db.put(conn, "auto_lock_minutes", "7")
    session.close()

    session = login("sam")
    again = residents.get(session, rid)
    for field in ("full_name", "sex", "date_of_birth", "citizenship", "registration_date", "referral_source",
                  "primary_exploitation", "exploitation_country", "labour_sector", "nrm_status",
                  "nrm_identified_date", "nrm_identifying_body", "recruitment_channel", "recruiter_relation",
                  "external_id", "safety_notes", "consent_data_processing"):
        assert again[field] == resident[field]
    assert again["languages"] == ["ky", "ru"]
    assert again["other_exploitation"] == ["forced_labour"]  # the primary form is not repeated
    assert again["means_of_control"] == ["debt_bondage", "threats"]
    assert again["disability"] is True and again["consent_anonymized_reporting"] is True
    assert [(s["intake_date"], s["exit_date"], s["exit_reason"]) for s in again["stays"]] == [
        ("2025-02-03", "2025-06-30", "family_reintegration"), ("2025-08-01", None, None)]
    assert again["in_shelter"]
    conn = session.db.conn
    plan_row = plans_db.for_resident(conn, rid)[0]
    assert plan_row["resident_wishes"] == "Вернуться домой"
    assert conn.execute("SELECT need_level, assessment FROM plan_needs").fetchone()[:] == ("high", "Needs dental care")
    assert conn.execute("SELECT goal, target_date FROM plan_goals").fetchone()[:] == ("Dental treatment", "2025-09-01")
    assert conn.execute("SELECT progress, next_review_date FROM plan_reviews").fetchone()[:] == (
        "Good progress", "2025-09-15")
    service = services_db.for_resident(conn, rid)[0]
    assert (service["provider"], service["duration_minutes"], service["referral_status"]) == (
        "City hospital", 45, "referred")
    case_row = legal_db.cases_for_resident(conn, rid)[0]
    assert (case_row["case_ref"], case_row["cc_article"], case_row["state_legal_aid"]) == ("UD-2025-0042", "166", 1)
    assert legal_db.events_for_case(conn, case_row["id"])[0]["sentence_months"] == 96
    assert settings_db.get_all(conn)["auto_lock_minutes"] == "7"
    assert organisation_db.get(conn)["name"] == "Synthetic Shelter"
    session.close()
    session = login("dina")
    assert {a["username"] for a in accounts.list_accounts(session)} == {"dina", "sam", "lena"}
    actions = [r[0] for r in session.db.query("SELECT action FROM audit_log ORDER BY id")]
    assert actions[:3] == ["database_created", "account_added", "account_added"]
    assert "resident_created" in actions and "stay_discharged" in actions and "resident_viewed" in actions
