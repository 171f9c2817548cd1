"""Individual rehabilitation plans (data dictionary, "Individual rehabilitation
plan"): a needs assessment and goals per domain, the resident's own wishes, and
reviews, kept in versions.

draft → active (approved by a director, with the date and the resident's
agreement) → completed or cancelled. An active plan is never changed: editing
it starts a new draft version, and approving that draft closes the old one as
replaced, so every approved version stays printable exactly as approved."""

from __future__ import annotations

import datetime as _dt

from shelter_app import codes
from shelter_app.db import plans as plans_db
from shelter_app.db import residents as residents_db
from shelter_app.db.audit import now_utc
from shelter_app.errors import NotFound, ShelterError
from shelter_app.i18n import translate
from shelter_app.permissions import Action, Permission
from shelter_app.session import Session
from shelter_app.validation import Problems, check_bool, check_code, check_date, check_text

MAX_GOALS = 200
MAX_TEXT = 20000


# --- reading ----------------------------------------------------------------------

def _plan_row(session: Session, plan_id: int) -> dict:
    plan = plans_db.get(session.db.conn, plan_id)
    if plan is None:
        raise NotFound("No plan with this id.")
    return plan


def history(session: Session, resident_id: int) -> list[dict]:
    """Every version of a resident's plan, newest first."""
    session.require(Permission.VIEW_PLANS)
    rows = plans_db.for_resident(session.db.conn, resident_id)
    versions = {r["id"]: r["version"] for r in rows}
    for r in rows:
        r["superseded_version"] = versions.get(r["superseded_by"])
    return list(reversed(rows))


def current_id(session: Session, resident_id: int) -> int | None:
    """The version a person opening the plan wants: the draft being worked
    on, else the active plan, else the latest version."""
    session.require(Permission.VIEW_PLANS)
    conn = session.db.conn
    for status in ("draft", "active"):
        row = plans_db.with_status(conn, resident_id, status)
        if row:
            return row["id"]
    rows = plans_db.for_resident(conn, resident_id)
    return rows[-1]["id"] if rows else None


def get(session: Session, plan_id: int) -> dict:
    """One version with its needs, goals, and the review history up to it."""
    session.require(Permission.VIEW_PLANS)
    conn = session.db.conn
    plan = _plan_row(session, plan_id)
    resident = residents_db.get(conn, plan["resident_id"])
    plan["case_number"] = resident["case_number"]
    plan["full_name"] = resident["full_name"]
    successor = plans_db.get(conn, plan["superseded_by"]) if plan.get("superseded_by") else None
    plan["superseded_version"] = successor["version"] if successor else None
    plan["needs"] = plans_db.needs(conn, plan_id)
    plan["goals"] = plans_db.goals(conn, plan_id)
    plan["reviews"] = plans_db.review_history(conn, plan["resident_id"], plan["version"])
    names = plans_db.display_names(conn, [plan["created_by"], plan["approved_by"]]
                                   + [r["reviewed_by"] for r in plan["reviews"]])
    plan["created_by_name"] = names.get(plan["created_by"], plan["created_by"])
    plan["approved_by_name"] = names.get(plan["approved_by"], plan["approved_by"] or "")
    for r in plan["reviews"]:
        r["reviewed_by_name"] = names.get(r["reviewed_by"], r["reviewed_by"])
    return plan


def find_active(session: Session, case_number: str) -> int:
    """The active plan of the resident with this case number."""
    session.require(Permission.VIEW_PLANS)
    conn = session.db.conn
    resident = residents_db.get_by_case_number(conn, case_number.strip())
    if resident is None:
        raise NotFound("No resident with case number {case_number}.", case_number=case_number)
    plan = plans_db.with_status(conn, resident["id"], "active")
    if plan is None:
        raise ShelterError("{case_number} has no approved (active) plan to print.", case_number=case_number)
    return plan["id"]


def active_in_shelter(session: Session) -> list[int]:
    """Active plans of everyone in the shelter now, by case number."""
    session.require(Permission.VIEW_PLANS)
    return plans_db.active_in_shelter(session.db.conn)


# --- validation ---------------------------------------------------------------------

def _first_problem(problems: Problems) -> str:
    """A row's problem, already in the person's language, to name inside "Goal 3: …"."""
    message, params = next(iter(problems.items.values()))
    return translate("Errors", message).format(**params)


def validate_content(data: dict) -> dict:
    """Wishes, needs and goals as typed, cleaned; ValidationError names what is wrong."""
    p = Problems()
    out: dict = {}
    if "resident_wishes" in data:
        out["resident_wishes"] = check_text(p, data, "resident_wishes", max_length=MAX_TEXT)
    if "no_education_goal_reason" in data:
        out["no_education_goal_reason"] = check_text(p, data, "no_education_goal_reason", max_length=MAX_TEXT)
    if "needs" in data:
        needs, seen = [], set()
        for n, row in enumerate(data["needs"] or [], start=1):
            q = Problems()
            domain = check_code(q, row, "domain", codes.PLAN_DOMAIN, required=True)
            level = check_code(q, row, "need_level", codes.NEED_LEVEL, default="none")
            assessment = check_text(q, row, "assessment", max_length=MAX_TEXT)
            if q:
                p.add("needs", "Need {n}: {problem}", n=n, problem=_first_problem(q))
                continue
            if domain in seen:
                p.add("needs", "The area {domain} is assessed twice.", domain=domain)
                continue
            seen.add(domain)
            if level == "none" and not assessment:
                continue  # an untouched row of the form
            needs.append({"domain": domain, "need_level": level, "assessment": assessment})
        out["needs"] = needs
    if "goals" in data:
        goals = []
        rows = list(data["goals"] or [])
        if len(rows) > MAX_GOALS:
            p.add("goals", "A plan holds at most {n} goals.", n=MAX_GOALS)
        for n, row in enumerate(rows, start=1):
            q = Problems()
            domain = check_code(q, row, "domain", codes.PLAN_DOMAIN, required=True)
            goal = check_text(q, row, "goal", required=True, max_length=MAX_TEXT)
            actions = check_text(q, row, "actions", max_length=MAX_TEXT)
            responsible = check_text(q, row, "responsible", max_length=200)
            target = check_date(q, row, "target_date", not_future=False)
            status = check_code(q, row, "status", codes.GOAL_STATUS, default="open")
            if q:
                field, (msg, params) = next(iter(q.items.items()))
                if msg == "Required." and field == "goal":
                    p.add("goals", "Goal {n}: write what the goal is.", n=n)
                elif msg == "Required.":
                    p.add("goals", "Goal {n}: choose the area.", n=n)
                else:
                    p.add("goals", "Goal {n}: {problem}", n=n, problem=_first_problem(q))
                continue
            goals.append({"domain": domain, "goal": goal, "actions": actions, "responsible": responsible,
                          "target_date": target, "status": status})
        out["goals"] = goals
    p.raise_if_any()
    return out


# --- changing -----------------------------------------------------------------------

def _resident(session: Session, resident_id: int) -> dict:
    resident = residents_db.get(session.db.conn, resident_id)
    if resident is None:
        raise NotFound("No resident with this id.")
    return resident


def new_draft(session: Session, resident_id: int) -> int:
    """A draft to work on: the existing draft, or a new version copied from
    the active plan (or the latest one), or an empty first plan."""
    session.require(Permission.EDIT_PLANS)
    conn = session.db.conn
    resident = _resident(session, resident_id)
    with session.transaction():
        draft = plans_db.with_status(conn, resident_id, "draft")
        if draft:
            return draft["id"]
        versions = plans_db.for_resident(conn, resident_id)
        active = plans_db.with_status(conn, resident_id, "active")
        source = active or (versions[-1] if versions else None)
        version = plans_db.next_version(conn, resident_id)
        plan_id = plans_db.insert_plan(conn, resident_id, version, session.user.username, now_utc(),
                                       based_on=source["id"] if source else None)
        if source:
            plans_db.copy_content(conn, source["id"], plan_id)
        else:
            # A first plan starts from the needs seen at the latest NRM screening.
            from shelter_app import nrm

            for n in nrm.latest_screening_needs(conn, resident_id):
                plans_db.set_need(conn, plan_id, n["domain"], n["need_level"], n["note"])
        session.audit(Action.PLAN_DRAFT_CREATED, "resident", resident["case_number"],
                      {"version": version, "based_on_version": source["version"] if source else None})
    return plan_id


def _draft(session: Session, plan_id: int) -> dict:
    plan = _plan_row(session, plan_id)
    if plan["status"] != "draft":
        raise ShelterError("Only a draft can be changed. Edit the plan to start a new draft version; "
                           "the approved version stays as it was approved.")
    return plan


def save_draft(session: Session, plan_id: int, data: dict) -> dict:
    """Wishes, needs and/or goals of a draft, replaced as given; one transaction."""
    session.require(Permission.EDIT_PLANS)
    content = validate_content(data)
    conn = session.db.conn
    with session.transaction():
        plan = _draft(session, plan_id)
        if "resident_wishes" in content:
            plans_db.update_wishes(conn, plan_id, content["resident_wishes"])
        if "no_education_goal_reason" in content:
            plans_db.update_no_education_goal_reason(conn, plan_id, content["no_education_goal_reason"])
        if "needs" in content:
            plans_db.replace_needs(conn, plan_id, content["needs"])
        if "goals" in content:
            plans_db.replace_goals(conn, plan_id, content["goals"])
        resident = residents_db.get(conn, plan["resident_id"])
        session.audit(Action.PLAN_DRAFT_SAVED, "resident", resident["case_number"],
                      {"version": plan["version"], "parts": sorted(content)})
    return get(session, plan_id)


def approve(session: Session, plan_id: int, approved_on, resident_agreed, resident_agreed_on=None) -> dict:
    """A director approves a draft: it becomes the active plan, and the
    previous active version is closed as replaced."""
    session.require(Permission.APPROVE_PLANS)
    p = Problems()
    data = {"approved_on": approved_on, "resident_agreed": resident_agreed,
            "resident_agreed_on": resident_agreed_on or approved_on}
    approved = check_date(p, data, "approved_on", required=True)
    agreed = check_bool(p, data, "resident_agreed")
    agreed_on = check_date(p, data, "resident_agreed_on", required=True)
    if agreed is None and "resident_agreed" not in p.items:
        p.add("resident_agreed", "Record whether the resident agrees with the plan.")
    elif agreed is False:
        p.add("resident_agreed", "A plan is approved only with the resident's agreement: discuss it with "
                                 "the resident and change the draft first.")
    p.raise_if_any()
    conn = session.db.conn
    with session.transaction():
        plan = _draft(session, plan_id)
        if not plans_db.goals(conn, plan_id):
            raise ShelterError("A plan needs at least one goal before it is approved.")
        resident = residents_db.get(conn, plan["resident_id"])
        _check_minor_education(conn, plan, resident, approved)
        if approved < resident["registration_date"]:
            raise ShelterError("The approval date is before the resident's registration ({date}).",
                               date=resident["registration_date"])
        previous = plans_db.with_status(conn, plan["resident_id"], "active")
        if previous:
            if approved < (previous["approved_on"] or ""):
                raise ShelterError("The approval date is before the approval of the current version ({date}).",
                                   date=previous["approved_on"])
            plans_db.close(conn, previous["id"], "completed", approved, superseded_by=plan_id)
        plans_db.approve(conn, plan_id, session.user.username, approved, True, agreed_on)
        session.audit(Action.PLAN_APPROVED, "resident", resident["case_number"],
                      {"version": plan["version"], "approved_on": approved,
                       "replaces_version": previous["version"] if previous else None})
    return get(session, plan_id)


def _check_minor_education(conn, plan: dict, resident: dict, approved_on: str) -> None:
    """A minor's plan is approved with an education goal or the reason why none."""
    from shelter_app import children

    if not children.is_minor(resident, approved_on):
        return
    if any(g["domain"] == "education" for g in plans_db.goals(conn, plan["id"])):
        return
    if (plan.get("no_education_goal_reason") or "").strip():
        return
    raise ShelterError("The resident is a child: the plan needs an education goal, or write down why there is "
                       "none, before it is approved.")


def close(session: Session, plan_id: int, status: str, closed_on=None) -> dict:
    """Complete or cancel an active plan (a director), or cancel a draft."""
    conn = session.db.conn
    plan = _plan_row(session, plan_id)
    if plan["status"] == "draft" and status == "cancelled":
        session.require(Permission.EDIT_PLANS)
    elif plan["status"] == "active" and status in ("completed", "cancelled"):
        session.require(Permission.APPROVE_PLANS)
    else:
        raise ShelterError("This plan ({status}) cannot be closed this way.",
                           status=codes.PLAN_STATUS.label(plan["status"]))
    p = Problems()
    day = check_date(p, {"closed_on": closed_on or _dt.date.today()}, "closed_on", required=True)
    p.raise_if_any()
    with session.transaction():
        plans_db.close(conn, plan_id, status, day)
        resident = residents_db.get(conn, plan["resident_id"])
        session.audit({"cancelled": Action.PLAN_CANCELLED, "completed": Action.PLAN_COMPLETED}[status], "resident",
                      resident["case_number"], {"version": plan["version"]})
    return get(session, plan_id)


def add_review(session: Session, plan_id: int, review_date, progress: str, next_review_date=None) -> dict:
    """A review of the active plan: the date, the progress made, the next review."""
    session.require(Permission.EDIT_PLANS)
    p = Problems()
    data = {"review_date": review_date, "progress": progress, "next_review_date": next_review_date}
    day = check_date(p, data, "review_date", required=True)
    text = check_text(p, data, "progress", required=True, max_length=MAX_TEXT)
    nxt = check_date(p, data, "next_review_date", not_future=False)
    if day and nxt and nxt <= day:
        p.add("next_review_date", "The next review must come after this one.")
    p.raise_if_any()
    conn = session.db.conn
    with session.transaction():
        plan = _plan_row(session, plan_id)
        if plan["status"] != "active":
            raise ShelterError("Reviews are recorded on the approved (active) plan.")
        if day < (plan["approved_on"] or ""):
            raise ShelterError("The review date is before the plan was approved ({date}).", date=plan["approved_on"])
        plans_db.insert_review(conn, plan_id, day, text, nxt, session.user.username)
        resident = residents_db.get(conn, plan["resident_id"])
        session.audit(Action.PLAN_REVIEWED, "resident", resident["case_number"],
                      {"version": plan["version"], "review_date": day, "next_review_date": nxt})
    return get(session, plan_id)


# --- printing -----------------------------------------------------------------------

def document_allowed(session: Session, plan_ids: list[int]) -> None:
    """What document() refuses, checked before a printer is asked for."""
    session.require(Permission.PRINT_PLANS)
    if not plan_ids:
        raise ShelterError("There is no plan to print.")


def document(session: Session, plan_ids: list[int], lang: str, *, case_numbers_only: bool = False):
    """The printable document of these plans (one section each), in `lang`.
    Names are replaced by case numbers in privacy mode or when asked."""
    from shelter_app import accounts
    from shelter_app.printing import plan_pdf

    session.require(Permission.PRINT_PLANS)
    if not plan_ids:
        raise ShelterError("There is no plan to print.")
    hide = case_numbers_only or session.privacy_mode
    org = accounts.organisation(session)
    plans = [get(session, pid) for pid in plan_ids]
    return plan_pdf.build_document(plans, org, lang, case_numbers_only=hide)


def record_print(session: Session, plan_ids: list[int], lang: str, destination: str,
                 case_numbers_only: bool = False) -> None:
    """Every print and saved PDF goes to the audit log, one entry per plan."""
    session.require(Permission.PRINT_PLANS)
    conn = session.db.conn
    with session.transaction():
        for pid in plan_ids:
            plan = _plan_row(session, pid)
            resident = residents_db.get(conn, plan["resident_id"])
            session.audit(Action.PLAN_PRINTED if destination == "printer" else Action.PLAN_SAVED_PDF, "resident",
                          resident["case_number"],
                          {"version": plan["version"], "language": lang, "batch": len(plan_ids) > 1,
                           "names": not (case_numbers_only or session.privacy_mode)})


def render(session: Session, plan_ids: list[int], lang: str, *, case_numbers_only: bool = False) -> bytes:
    """The plans as one PDF, in memory. Not audited: call record_print once it
    has gone where it was meant to go."""
    from shelter_app.printing import common

    return common.render_pdf(document(session, plan_ids, lang, case_numbers_only=case_numbers_only))


def save_pdf(session: Session, plan_ids: list[int], lang: str, path, *, case_numbers_only: bool = False) -> int:
    """Write the plans as one PDF (atomically), audited; returns its size in bytes."""
    from shelter_app import atomic

    data = render(session, plan_ids, lang, case_numbers_only=case_numbers_only)
    atomic.write_bytes(path, data)
    record_print(session, plan_ids, lang, "pdf", case_numbers_only)
    return len(data)
