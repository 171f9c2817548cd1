"""Synthetic identification, risk and children's records for the demo
residents (demo.py), consistent with each resident's nrm_status and stays.

Proportions follow what the OSCE report and shelters describe: almost every
resident is screened at intake, most screenings find the indicators met,
formal identification is slow and rare; about one in ten residents is at high
risk when they arrive; most children come with a guardian, and in about one
case in seven the family is suspected of involvement. Drawn from a random
generator of its own, so the residents demo.py makes stay the same."""

from __future__ import annotations

import datetime as _dt
import random

from shelter_app import codes, nrm, safety
from shelter_app.db import children as children_db
from shelter_app.db import nrm as nrm_db
from shelter_app.db import organisations as organisations_db
from shelter_app.db import residents as residents_db
from shelter_app.db import safety as safety_db
from shelter_app.db import stays as stays_db

BODIES = (("Министерство труда, социального обеспечения и миграции КР (НМП)", "Бишкек"),
          ("Управление социального развития г. Ош (НМП)", "Ош"))
GUARDIAN_NAMES = ("Мамытова Гүлзат", "Асанов Бакыт", "Жумабаева Назгүл", "Районное управление соцразвития",
                  "Осмонова Айнура", "Токтогулов Нурлан", "Детский дом №2")
NEEDS = {
    "health": "Нужен осмотр врача", "psychological": "Тревога, плохо спит", "documents": "Паспорт у работодателя",
    "housing": "Некуда идти", "legal": "Хочет подать заявление", "family": "Связь с семьёй потеряна",
    "safety": "Вербовщик знает номер телефона", "repatriation": "Хочет вернуться домой",
}


def _weighted(rng: random.Random, table):
    values, weights = zip(*table)
    return rng.choices(values, weights)[0]


def _bodies(conn, now: str) -> list[dict]:
    found = organisations_db.listing(conn, "authorised_nrm_body")
    if found:
        return found
    for name, region in BODIES:
        organisations_db.insert(conn, {"name": name, "organisation_type": "authorised_nrm_body", "region": region},
                                now)
    return organisations_db.listing(conn, "authorised_nrm_body")


def _day(start: _dt.date, days: int, today: _dt.date) -> _dt.date:
    return min(today, start + _dt.timedelta(days=days))


def generate(conn, resident_ids: list[int], seed: int, today: _dt.date, staff: str, now: str) -> dict:
    rng = random.Random(seed * 7919 + 15)
    bodies = _bodies(conn, now)
    counts = {"screenings": 0, "nrm_referrals": 0, "risk_assessments": 0, "safety_plans": 0, "guardians": 0}
    for rid in resident_ids:
        r = residents_db.get(conn, rid)
        reg = _dt.date.fromisoformat(r["registration_date"])
        stays = stays_db.for_resident(conn, rid)
        _identification(conn, rng, r, reg, today, staff, now, bodies, counts)
        _risk(conn, rng, r, reg, stays, today, staff, now, counts)
        if nrm.child_criteria(codes.age_on(r["date_of_birth"], r["birth_year_estimated"], reg)):
            _child(conn, rng, r, reg, today, staff, now, counts)
    return counts


def _identification(conn, rng, r, reg, today, staff, now, bodies, counts) -> None:
    status = r["nrm_status"]
    if status == "none" and rng.random() < 0.35:
        return  # not screened (yet)
    day = _day(reg, rng.randrange(0, 4), today)
    age = codes.age_on(r["date_of_birth"], r["birth_year_estimated"], day)
    child = nrm.child_criteria(age)
    acts = rng.sample(codes.NRM_ACT.codes, rng.randrange(1, 4))
    means = [] if child and rng.random() < 0.5 else rng.sample(codes.NRM_MEANS.codes, rng.randrange(1, 4))
    purposes = [r["primary_exploitation"]] if r["primary_exploitation"] != "unknown" else ["other"]
    if status in ("presumed", "identified"):
        result = "indicators_met"
    else:
        result = _weighted(rng, [("inconclusive", 60), ("indicators_not_met", 40)])
        if result == "indicators_not_met":
            acts, means, purposes = [], [], []
        else:
            # Some elements seen, not all: an act without a purpose.
            means, purposes = ([] if child else means), []
    sid = nrm_db.insert_screening(conn, r["id"], {
        "screening_date": day.isoformat(), "screened_by": staff, "act_date": None,
        "age_at_act": age, "child_criteria": child, "acts": acts, "means": means,
        "purposes": purposes, "result": result, "notes": ""}, now)
    nrm_db.replace_needs(conn, sid, [{"domain": d, "need_level": rng.choice(("medium", "high")), "note": NEEDS[d]}
                                     for d in rng.sample(sorted(NEEDS), rng.randrange(1, 4))])
    counts["screenings"] += 1
    body = rng.choice(bodies)
    if status == "identified" and r["nrm_identified_date"]:
        decided = _dt.date.fromisoformat(r["nrm_identified_date"])
        referred = max(day, decided - _dt.timedelta(days=rng.randrange(10, 60)))
        _refer(conn, rng, r, sid, referred, body, staff, now,
               {"decision": "identified", "decision_date": decided.isoformat(), "identifying_body": body["name"],
                "document_number": f"НМП-{decided.year}-{rng.randrange(100, 999)}", "decided_recorded_by": staff})
        counts["nrm_referrals"] += 1
    elif status == "presumed" and rng.random() < 0.3:
        referred = _day(day, rng.randrange(3, 30), today)
        _refer(conn, rng, r, sid, referred, body, staff, now, None)  # still waiting for the decision
        counts["nrm_referrals"] += 1
    elif status == "none" and result == "inconclusive" and rng.random() < 0.15:
        referred = _day(day, rng.randrange(3, 30), today)
        decided = _day(referred, rng.randrange(20, 90), today)
        _refer(conn, rng, r, sid, referred, body, staff, now,
               {"decision": "not_identified", "decision_date": decided.isoformat(), "identifying_body": body["name"],
                "document_number": None, "decided_recorded_by": staff})
        counts["nrm_referrals"] += 1


def _refer(conn, rng, r, sid, day, body, staff, now, decision) -> None:
    shared = ["name", "date_of_birth", "citizenship", "exploitation_summary", "needs"]
    if rng.random() < 0.3:
        shared = ["exploitation_summary", "needs"]  # the person kept their name to themselves
    fid = nrm_db.insert_referral(conn, r["id"], {"screening_id": sid, "referral_date": day.isoformat(),
                                                 "organisation_id": body["id"], "shared": shared,
                                                 "referred_by": staff, "notes": ""}, now)
    if decision:
        nrm_db.set_decision(conn, fid, decision)


def _risk(conn, rng, r, reg, stays, today, staff, now, counts) -> None:
    if not stays:
        return
    stay = stays[0]
    intake = _dt.date.fromisoformat(stay["intake_date"])
    items = [code for code, p in (("trafficker_knows_location", 0.08), ("trafficker_contacted", 0.1),
                                  ("threats_to_family", 0.15), ("debt_to_trafficker", 0.2),
                                  ("online_exposure", 0.1), ("pressure_to_withdraw_complaint", 0.06),
                                  ("self_harm_risk", 0.05), ("health_emergency", 0.04)) if rng.random() < p]
    level = safety.suggested_level(items)
    safety_db.insert_assessment(conn, r["id"], {"assessment_date": intake.isoformat(), "assessed_by": staff,
                                                "occasion": "intake", "items": items, "risk_level": level,
                                                "notes": ""}, now)
    counts["risk_assessments"] += 1
    left = stay["exit_date"] is not None
    if left or (level == "high" and rng.random() < 0.5):
        # Assessed again at a plan review or before leaving: the risk came down.
        later = _day(intake, rng.randrange(20, 60), _dt.date.fromisoformat(stay["exit_date"]) if left else today)
        if later > intake:
            safety_db.insert_assessment(conn, r["id"], {"assessment_date": later.isoformat(), "assessed_by": staff,
                                                        "occasion": "plan_review", "items": items[:1],
                                                        "risk_level": "low" if not items else "medium",
                                                        "notes": ""}, now)
            counts["risk_assessments"] += 1
    if level != "low" and rng.random() < 0.8:
        review = None if left else _day(today, rng.randrange(-5, 30), today + _dt.timedelta(days=30))
        safety_db.save_plan(conn, r["id"], {
            "concerns": "Боюсь, что он найдёт меня через знакомых.",
            "measures": "Не выходить одной; сменить номер телефона; охрана предупреждена.",
            "who_to_call": "Дежурный социальный работник; 102", "safe_contacts": "Сестра (проверено)",
            "review_date": review.isoformat() if review else None}, staff, now)
        counts["safety_plans"] += 1


def _child(conn, rng, r, reg, today, staff, now, counts) -> None:
    guardian_id = None
    if rng.random() < 0.8:
        relation = _weighted(rng, [("parent", 50), ("relative", 20), ("state_guardian", 20), ("institution", 10)])
        suspected = relation in ("parent", "relative") and rng.random() < 0.15
        gid = children_db.insert_guardian(conn, r["id"], {
            "full_name": rng.choice(GUARDIAN_NAMES), "relation": relation, "contact": "+996 555 000 000",
            "suspected_involvement": suspected, "notes": ""}, now)
        counts["guardians"] += 1
        if suspected:
            guardian_id = children_db.insert_guardian(conn, r["id"], {
                "full_name": "Районное управление соцразвития", "relation": "state_guardian",
                "contact": "", "suspected_involvement": False, "notes": ""}, now)
            counts["guardians"] += 1
        else:
            guardian_id = gid
    age = codes.age_on(r["date_of_birth"], r["birth_year_estimated"], reg)
    if age is not None and age >= 16 and (guardian_id is None or rng.random() < 0.4):
        children_db.insert_consent(conn, r["id"], {"consent_date": reg.isoformat(), "guardian_id": None,
                                                   "guardian_consent": False, "child_assent": True,
                                                   "consented_alone": True, "notes": ""}, staff, now)
    elif guardian_id is not None:
        children_db.insert_consent(conn, r["id"], {"consent_date": reg.isoformat(), "guardian_id": guardian_id,
                                                   "guardian_consent": True, "child_assent": True,
                                                   "consented_alone": False, "notes": ""}, staff, now)
    if rng.random() < 0.6:
        children_db.insert_best_interests(conn, r["id"], {
            "assessment_date": _day(reg, rng.randrange(3, 20), today).isoformat(),
            "assessed_by": "Психолог центра", "recommendation": "Оставаться в приюте до оценки семьи.",
            "responsible_body": "Отдел защиты детей"}, staff, now)
    for event in children_db.legal_events(conn, r["id"]):
        if rng.random() < 0.7:
            children_db.set_measures(conn, event["id"], rng.sample(codes.CHILD_MEASURE.codes, rng.randrange(1, 4)))
