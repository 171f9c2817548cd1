"""Risk assessments and the safety plan; children's consent, guardians and
best interests; the minor's plan rule; the Due page entries."""

from __future__ import annotations

import datetime as _dt

import pytest

from shelter_app import children, due, legal, plans, residents, safety
from shelter_app.errors import PermissionDenied, ShelterError, ValidationError


def _years_ago(years: int, days: int = 0) -> str:
    today = _dt.date.today()
    return (today.replace(year=today.year - years) - _dt.timedelta(days=days)).isoformat()


@pytest.fixture
def minor(director, make_resident):
    return residents.create(director, make_resident(full_name="Жумабаева Асель", date_of_birth=_years_ago(14),
                                                    registration_date=_years_ago(0, 30)))


@pytest.fixture
def sixteen(director, make_resident):
    return residents.create(director, make_resident(full_name="Осмонова Айпери", date_of_birth=_years_ago(16, 10),
                                                    registration_date=_years_ago(0, 30)))


# --- risk -------------------------------------------------------------------------------

def test_suggested_level():
    assert safety.suggested_level([]) == "low"
    assert safety.suggested_level(["debt_to_trafficker"]) == "medium"
    assert safety.suggested_level(["trafficker_knows_location"]) == "high"
    assert safety.suggested_level(["debt_to_trafficker", "online_exposure", "threats_to_family"]) == "high"


def test_latest_level_and_the_due_page(login, minor):
    sam = login("sam")
    today = _dt.date.today()
    safety.add_assessment(sam, minor["id"], {"assessment_date": (today - _dt.timedelta(days=10)).isoformat(),
                                             "occasion": "intake", "items": ["trafficker_contacted"],
                                             "risk_level": "high"})
    assert safety.latest_level(sam, minor["id"]) == "high"
    [item] = [i for i in due.items(sam) if i.kind == "high_risk"]
    assert item.overdue and item.resident_id == minor["id"]
    # Assessed again, lower: off the Due page.
    safety.add_assessment(sam, minor["id"], {"assessment_date": today.isoformat(), "occasion": "other",
                                             "items": [], "risk_level": "low"})
    assert safety.latest_level(sam, minor["id"]) == "low"
    assert not [i for i in due.items(sam) if i.kind == "high_risk"]


def test_other_risk_needs_a_note(login, minor):
    with pytest.raises(ValidationError):
        safety.add_assessment(login("sam"), minor["id"], {"assessment_date": "2025-01-01", "items": ["other"],
                                                          "risk_level": "medium"})


def test_safety_plan_review_on_the_due_page_and_audit_without_words(login, minor):
    sam = login("sam")
    soon = (_dt.date.today() + _dt.timedelta(days=3)).isoformat()
    safety.save_plan(sam, minor["id"], {"concerns": "Он знает, где живёт моя сестра", "measures": "No visits",
                                        "review_date": soon})
    [item] = [i for i in due.items(sam) if i.kind == "safety_review"]
    assert item.due_date == soon
    details = sam.db.conn.execute("SELECT details FROM audit_log WHERE action = 'safety_plan_saved'").fetchone()[0]
    assert "сестра" not in details and "concerns" in details


def test_a_lawyer_reads_risk_but_does_not_assess(login, minor):
    safety.add_assessment(login("sam"), minor["id"], {"assessment_date": "2025-01-01", "risk_level": "low"})
    lena = login("lena")
    assert safety.latest_level(lena, minor["id"]) == "low"
    with pytest.raises(PermissionDenied):
        safety.add_assessment(lena, minor["id"], {"assessment_date": "2025-01-01", "risk_level": "low"})
    with pytest.raises(PermissionDenied):
        safety.save_plan(lena, minor["id"], {"concerns": "x"})


# --- children ------------------------------------------------------------------------------

def test_consent_of_a_younger_child_needs_guardian_and_assent(login, minor):
    sam = login("sam")
    today = _dt.date.today().isoformat()
    with pytest.raises(ShelterError, match="under 16"):
        children.record_consent(sam, minor["id"], {"consent_date": today, "consented_alone": True})
    suspect = children.add_guardian(sam, minor["id"], {"full_name": "Дядя Тестовый", "relation": "relative",
                                                       "suspected_involvement": True})
    with pytest.raises(ShelterError, match="suspected"):
        children.record_consent(sam, minor["id"], {"consent_date": today, "guardian_id": suspect["id"],
                                                   "guardian_consent": True, "child_assent": True})
    guardian = children.add_guardian(sam, minor["id"], {"full_name": "Органы опеки", "relation": "state_guardian"})
    with pytest.raises(ShelterError, match="assent"):
        children.record_consent(sam, minor["id"], {"consent_date": today, "guardian_id": guardian["id"],
                                                   "guardian_consent": True, "child_assent": False})
    rec = children.record_consent(sam, minor["id"], {"consent_date": today, "guardian_id": guardian["id"],
                                                     "guardian_consent": True, "child_assent": True})
    assert rec["guardian_consent"] and rec["child_assent"] and not rec["consented_alone"]
    assert [g["full_name"] for g in children.addressable_guardians(sam, minor["id"])] == ["Органы опеки"]


def test_sixteen_consents_alone(login, sixteen):
    rec = children.record_consent(login("sam"), sixteen["id"], {"consent_date": _dt.date.today().isoformat(),
                                                                "consented_alone": True})
    assert rec["consented_alone"] and rec["guardian_id"] is None


def test_adult_consent_is_not_a_child_consent(login, make_resident, director):
    adult = residents.create(director, make_resident())
    with pytest.raises(ShelterError, match="adult"):
        children.record_consent(login("sam"), adult["id"], {"consent_date": "2025-03-01", "consented_alone": True})


def test_best_interests_and_child_measures(login, minor):
    sam = login("sam")
    children.add_best_interests(sam, minor["id"], {"assessment_date": _dt.date.today().isoformat(),
                                                   "assessed_by": "Psychologist A.", "recommendation":
                                                   "Stay in the shelter until the family is assessed",
                                                   "responsible_body": "District child protection"})
    lena = login("lena")
    case = legal.create_case(lena, minor["id"], {"case_ref": "UD-1", "cc_article": "167", "resident_role": "victim"})
    event_id = legal.add_event(lena, case["id"], {"date": _dt.date.today().isoformat(),
                                                  "stage": "complaint_filed"})["id"]
    assert children.set_child_measures(lena, event_id, ["single_interview", "psychologist_present"]) == \
        ["single_interview", "psychologist_present"]
    view = children.overview(lena, minor["id"])
    assert view["minor"] and view["legal_events"][0]["measures"] == ["psychologist_present", "single_interview"]
    assert view["best_interests"][0]["responsible_body"] == "District child protection"
    with pytest.raises(ValidationError):
        children.set_child_measures(lena, event_id, ["blindfold"])


# --- the minor's plan ---------------------------------------------------------------------

def test_minor_plan_needs_an_education_goal_or_a_reason(login, minor):
    sam = login("sam")
    plan_id = plans.new_draft(sam, minor["id"])
    plans.save_draft(sam, plan_id, {"goals": [{"domain": "health", "goal": "See a doctor"}]})
    dina = login("dina")
    today = _dt.date.today().isoformat()
    with pytest.raises(ShelterError, match="education"):
        plans.approve(dina, plan_id, today, True)
    plans.save_draft(dina, plan_id, {"no_education_goal_reason": "Finished school; vocational course planned"})
    assert plans.approve(dina, plan_id, today, True)["status"] == "active"


def test_minor_plan_with_an_education_goal(login, minor):
    sam = login("sam")
    plan_id = plans.new_draft(sam, minor["id"])
    plans.save_draft(sam, plan_id, {"goals": [{"domain": "education", "goal": "Back to school in September"}]})
    assert plans.approve(login("dina"), plan_id, _dt.date.today().isoformat(), True)["status"] == "active"


def test_adult_plan_needs_no_education_goal(login, make_resident, director):
    adult = residents.create(director, make_resident())
    plan_id = plans.new_draft(director, adult["id"])
    plans.save_draft(director, plan_id, {"goals": [{"domain": "health", "goal": "See a doctor"}]})
    assert plans.approve(director, plan_id, "2025-03-01", True)["status"] == "active"


def test_anonymizing_takes_the_free_text_out(login, minor):
    from shelter_app.db import retention as retention_db

    sam = login("sam")
    children.add_guardian(sam, minor["id"], {"full_name": "Мамытова Гүлзат", "relation": "parent",
                                             "contact": "+996 555 123 456"})
    safety.save_plan(sam, minor["id"], {"concerns": "Он знает адрес", "measures": "Охрана"})
    safety.add_assessment(sam, minor["id"], {"assessment_date": "2025-01-01", "risk_level": "high",
                                             "items": ["threats_to_family"], "notes": "Дядя звонил"})
    with sam.transaction():
        retention_db.anonymize(sam.db.conn, minor["id"], None, "2030-01-01T00:00:00Z")
    dump = " ".join(str(v) for table in ("guardians", "safety_plans", "risk_assessments")
                    for row in sam.db.conn.execute(f"SELECT * FROM {table}") for v in tuple(row))
    assert "Мамытова" not in dump and "555 123" not in dump and "адрес" not in dump and "Дядя" not in dump
    assert safety.latest_level(sam, minor["id"]) == "high"  # the codes stay


def test_safety_plan_pdf_in_kyrgyz(login, minor):
    import io

    from pypdf import PdfReader

    from shelter_app.printing import common

    sam = login("sam")
    safety.save_plan(sam, minor["id"], {"concerns": "Ал менин дарегимди билет", "who_to_call": "102"})
    data = common.render_pdf(safety.plan_document(sam, minor["id"], "ky"))
    text = " ".join(" ".join(p.extract_text() for p in PdfReader(io.BytesIO(data)).pages).split())
    assert "Коопсуздук планы" in text and "Ал менин дарегимди билет" in text and minor["case_number"] in text
