"""Individual rehabilitation plans: versions, approval, reviews, due dates."""

from __future__ import annotations

import datetime as _dt

import pytest

from shelter_app import due, plans, residents
from shelter_app.db import audit as audit_db
from shelter_app.errors import PermissionDenied, ShelterError, ValidationError

GOALS = [
    {"domain": "documents", "goal": "Obtain a new passport", "actions": "Application at the passport office",
     "responsible": "Sam Social", "target_date": "2025-06-01", "status": "open"},
    {"domain": "employment", "goal": "Тигүүчүлүк курсун бүтүрүү", "actions": "Кесиптик окуу борборуна каттоо",
     "responsible": "Sam Social", "target_date": "2025-09-01", "status": "in_progress"},
]


@pytest.fixture
def resident(director, make_resident):
    return residents.create(director, make_resident(), intake_date="2025-02-02")


def _draft(session, resident_id, goals=GOALS):
    plan_id = plans.new_draft(session, resident_id)
    plans.save_draft(session, plan_id, {
        "resident_wishes": "Үйгө кайтып, жумуш тапкым келет.",
        "needs": [{"domain": "documents", "need_level": "high", "assessment": "No passport."},
                  {"domain": "health", "need_level": "none", "assessment": ""}],
        "goals": goals})
    return plan_id


def _actions(session):
    return [r["action"] for r in audit_db.query(session.db.conn)]


def test_social_worker_drafts_but_only_a_director_approves(login, resident):
    sam = login("sam")
    plan_id = _draft(sam, resident["id"])
    plan = plans.get(sam, plan_id)
    assert plan["status"] == "draft" and plan["version"] == 1
    assert [g["goal"] for g in plan["goals"]] == [g["goal"] for g in GOALS]
    assert [n["domain"] for n in plan["needs"]] == ["documents"]  # the untouched row is not kept
    with pytest.raises(PermissionDenied):
        plans.approve(sam, plan_id, "2025-02-10", True)
    assert plans.get(sam, plan_id)["status"] == "draft"

    dina = login("dina")
    approved = plans.approve(dina, plan_id, "2025-02-10", True)
    assert approved["status"] == "active"
    assert approved["approved_on"] == "2025-02-10" and approved["approved_by"] == "dina"
    assert approved["resident_agreed"] == 1 and approved["resident_agreed_on"] == "2025-02-10"
    assert "plan_approved" in _actions(dina)


def test_a_lawyer_does_not_see_plans(login, resident):
    lena = login("lena")
    with pytest.raises(PermissionDenied):
        plans.history(lena, resident["id"])
    with pytest.raises(PermissionDenied):
        plans.new_draft(lena, resident["id"])


def test_approval_needs_the_residents_agreement_and_a_goal(director, resident):
    plan_id = _draft(director, resident["id"], goals=[])
    with pytest.raises(ShelterError, match="at least one goal"):
        plans.approve(director, plan_id, "2025-02-10", True)
    plans.save_draft(director, plan_id, {"goals": GOALS})
    with pytest.raises(ValidationError) as err:
        plans.approve(director, plan_id, "2025-02-10", False)
    assert err.value.field == "resident_agreed"
    with pytest.raises(ValidationError):
        plans.approve(director, plan_id, "31.02.2025", True)
    assert plans.get(director, plan_id)["status"] == "draft"


def test_editing_an_active_plan_makes_a_new_version_and_keeps_the_approved_text(director, resident):
    v1 = _draft(director, resident["id"])
    plans.approve(director, v1, "2025-02-10", True)
    with pytest.raises(ShelterError, match="Only a draft"):
        plans.save_draft(director, v1, {"goals": []})

    v2 = plans.new_draft(director, resident["id"])
    assert v2 != v1 and plans.new_draft(director, resident["id"]) == v2  # one draft at a time
    draft = plans.get(director, v2)
    assert draft["version"] == 2 and draft["based_on"] == v1
    assert [g["goal"] for g in draft["goals"]] == [g["goal"] for g in GOALS]  # starts from the approved text
    plans.save_draft(director, v2, {"goals": [dict(GOALS[0], goal="Get a birth certificate first")]})

    # Until the new version is approved, the approved one is untouched and in force.
    active = plans.get(director, v1)
    assert active["status"] == "active"
    assert [g["goal"] for g in active["goals"]] == [g["goal"] for g in GOALS]
    assert plans.current_id(director, resident["id"]) == v2

    plans.approve(director, v2, "2025-03-01", True)
    old = plans.get(director, v1)
    assert old["status"] == "completed" and old["superseded_version"] == 2 and old["closed_on"] == "2025-03-01"
    assert [g["goal"] for g in old["goals"]] == [g["goal"] for g in GOALS]
    history = plans.history(director, resident["id"])
    assert [(h["version"], h["status"], h["superseded_version"]) for h in history] == [
        (2, "active", None), (1, "completed", 2)]


def test_bad_goal_rows_are_named_and_nothing_is_saved(director, resident):
    plan_id = _draft(director, resident["id"])
    with pytest.raises(ValidationError) as err:
        plans.save_draft(director, plan_id, {
            "resident_wishes": "changed",
            "goals": [GOALS[0], dict(GOALS[1], goal="  "), dict(GOALS[1], target_date="2025-13-40")]})
    assert "Goal 2" in str(err.value)
    plan = plans.get(director, plan_id)
    assert plan["resident_wishes"] != "changed" and len(plan["goals"]) == 2
    with pytest.raises(ValidationError):
        plans.save_draft(director, plan_id, {"goals": [dict(GOALS[0], domain="astrology")]})


def test_reviews_on_the_active_plan_feed_the_due_list(director, resident):
    plan_id = _draft(director, resident["id"])
    with pytest.raises(ShelterError, match="active"):
        plans.add_review(director, plan_id, "2025-03-01", "Too early")
    plans.approve(director, plan_id, "2025-02-10", True)
    items = [i for i in due.items(director, today=_dt.date(2025, 3, 10)) if i.kind == "review"]
    assert [(i.record_id, i.due_date, i.overdue) for i in items] == [(plan_id, "2025-03-12", False)]

    with pytest.raises(ValidationError) as err:
        plans.add_review(director, plan_id, "2025-03-12", "Passport applied for.", "2025-03-01")
    assert err.value.field == "next_review_date"
    plan = plans.add_review(director, plan_id, "2025-03-12", "Passport applied for.", "2025-04-12")
    assert [r["progress"] for r in plan["reviews"]] == ["Passport applied for."]
    items = [i for i in due.items(director, today=_dt.date(2025, 4, 20)) if i.kind == "review"]
    assert [(i.due_date, i.overdue) for i in items] == [("2025-04-12", True)]
    assert "plan_reviewed" in _actions(director)


def test_completing_and_cancelling(login, resident):
    sam = login("sam")
    draft = _draft(sam, resident["id"])
    dina = login("dina")
    plans.approve(dina, draft, "2025-02-10", True)
    sam = login("sam")
    with pytest.raises(PermissionDenied):
        plans.close(sam, draft, "completed", "2025-05-01")
    v2 = plans.new_draft(sam, resident["id"])
    assert plans.close(sam, v2, "cancelled", "2025-05-01")["status"] == "cancelled"
    dina = login("dina")
    assert plans.close(dina, draft, "completed", "2025-05-01")["status"] == "completed"
    assert plans.current_id(dina, resident["id"]) == v2  # the latest version when nothing is in force


def test_batch_takes_the_active_plans_of_people_in_the_shelter(director, make_resident, resident):
    plan_id = _draft(director, resident["id"])
    plans.approve(director, plan_id, "2025-02-10", True)
    gone = residents.create(director, make_resident(full_name="Бекова Нургүл"), intake_date="2025-02-02")
    gone_plan = _draft(director, gone["id"])
    plans.approve(director, gone_plan, "2025-02-10", True)
    residents.discharge(director, gone["id"], "2025-03-01", "family_reintegration")
    drafty = residents.create(director, make_resident(full_name="Осмонова Айпери"), intake_date="2025-02-02")
    _draft(director, drafty["id"])
    assert plans.active_in_shelter(director) == [plan_id]
    assert plans.find_active(director, resident["case_number"]) == plan_id
    with pytest.raises(ShelterError):
        plans.find_active(director, drafty["case_number"])
