"""Synthetic after-the-shelter records for the demo database: the
organisations directory, follow-up contacts after exit (most people reached
and stable, some at risk, a few with signs of re-trafficking, some not
reached; a few contacts overdue), compensation claims at every stage (most
never awarded, awards paid late or in part), non-punishment outcomes for the
few residents prosecuted, and referrals with every outcome. Proportions are
guesses from what shelters in the region report, not statistics."""

from __future__ import annotations

import datetime as _dt
import random

from shelter_app import followups
from shelter_app.db import compensation as compensation_db
from shelter_app.db import followups as followups_db
from shelter_app.db import non_punishment as np_db
from shelter_app.db import organisations as organisations_db
from shelter_app.db import referrals as referrals_db
from shelter_app.db import residents as residents_db

DIRECTORY = [
    ("Городская больница №4", "health", "Бишкек"),
    ("Центр «Сезим»", "ngo", "Бишкек"),
    ("IOM Bishkek", "international", "Бишкек"),
    ("Юридическая клиника", "legal", "Бишкек"),
    ("Управление социального развития Октябрьского района", "state_body", "Бишкек"),
    ("Отдел по противодействию торговле людьми ГУВД", "authorised_nrm_body", "Бишкек"),
    ("Посольство Республики Узбекистан", "embassy", "Бишкек"),
    ("Профессиональный лицей №10", "employer_training", "Ош"),
    ("Кризисный центр «Аруулук»", "ngo", "Ош"),
    ("Центр семейной медицины №2", "health", "Ош"),
]
REASONS = {"health": ["medical", "psychological"], "ngo": ["humanitarian", "psychological", "family_contact"],
           "international": ["repatriation", "humanitarian", "financial"], "legal": ["legal_representation"],
           "state_body": ["documents", "financial"], "authorised_nrm_body": ["other"], "embassy": ["documents"],
           "employer_training": ["vocational_training", "employment"]}
ACTIONS = ("Обсудили поиск работы.", "Передали контакты кризисного центра.", "Договорились о следующем звонке.",
           "Направили к психологу.", "")


def _pick(rng: random.Random, table):
    values, weights = zip(*table)
    return rng.choices(values, weights)[0]


def _directory(conn, now: str) -> dict[str, list[tuple[int, str]]]:
    by_name = {o["name"]: o for o in organisations_db.listing(conn, include_inactive=True)}
    out: dict[str, list[tuple[int, str]]] = {}
    for name, kind, region in DIRECTORY:
        org = by_name.get(name)
        if org is None:
            org_id = organisations_db.insert(conn, {"name": name, "organisation_type": kind, "region": region}, now)
        else:
            org_id = org["id"]
            if org["organisation_type"] == "other":
                organisations_db.update(conn, org_id, {"organisation_type": kind}, now)
        out.setdefault(kind, []).append((org_id, name))
    return out


def generate(conn, rng: random.Random, today: _dt.date, staff: str, now: str, everyone, left, cases) -> dict:
    counts = {"follow_ups": 0, "claims": 0, "np_outcomes": 0, "referrals": 0}
    directory = _directory(conn, now)
    # Services already given by a named organisation are referrals too (as migration 0011 does).
    counts["referrals"] += referrals_db.adopt_named_services(conn)

    # Follow-up after exit.
    for rid, exit_ in left:
        if rng.random() > 0.8:
            continue
        planned = [_dt.date.fromisoformat(d) for d in followups.propose_dates(exit_)]
        all_made = True
        for day in planned:
            rec: dict = {"planned_date": day.isoformat(), "staff": staff}
            if day <= today and rng.random() < 0.88:
                made = min(today, day + _dt.timedelta(days=rng.randrange(0, 10)))
                result = _pick(rng, [("reached_stable", 62), ("reached_at_risk", 18),
                                     ("retrafficking_indicated", 4), ("not_reached", 16)])
                reached = result != "not_reached"
                rec.update({"actual_date": made.isoformat(), "mode": _pick(rng, [("phone", 60), ("visit", 25),
                                                                               ("message", 12), ("other", 3)]),
                            "reached": int(reached), "result": result,
                            "retrafficking": int(result == "retrafficking_indicated"),
                            "actions": rng.choice(ACTIONS)})
                if reached:
                    worry = result != "reached_stable"
                    for field in followups.SITUATION_FIELDS:
                        rec[field] = _pick(rng, [("good", 30 if worry else 75), ("some_concerns", 40 if worry else 22),
                                                 ("serious_concerns", 30 if worry else 3)])
                if result == "retrafficking_indicated":
                    rec["risk_items"] = ";".join(rng.sample(["trafficker_contacted", "debt_to_trafficker",
                                                             "threats_to_family", "online_exposure"], 2))
            elif day <= today - _dt.timedelta(days=45):
                continue  # long past and never made: dropped from the plan
            else:
                all_made = False
            followups_db.insert(conn, rid, rec, now)
            counts["follow_ups"] += 1
        status = "closed" if all_made and planned[-1] <= today else "follow_up"
        residents_db.update(conn, rid, {"case_status": status}, now)

    # Compensation and non-punishment on legal cases.
    for _rid, case_id, role, last_day in cases:
        if role in ("suspect", "defendant"):
            np_db.set_offence(conn, case_id, _pick(rng, [("illegal_border_crossing", 25), ("migration_violation", 20),
                                                         ("document_offence", 15), ("prostitution_administrative", 15),
                                                         ("drug_offence", 10), ("theft_or_fraud", 10),
                                                         ("other_criminal", 5)]))
            outcome = _pick(rng, [("not_raised", 30), ("raised_pending", 30), ("accepted", 25), ("rejected", 15)])
            body = "Прокуратура" if outcome in ("accepted", "rejected") else ""
            if outcome != "not_raised":
                np_db.insert_outcome(conn, case_id, last_day.isoformat(), "raised_pending", "", staff, now)
                counts["np_outcomes"] += 1
            if outcome != "raised_pending":
                day = min(today, last_day + _dt.timedelta(days=rng.randrange(10, 90)))
                np_db.insert_outcome(conn, case_id, day.isoformat(), outcome, body, staff, now)
                counts["np_outcomes"] += 1
            np_db.set_raised_flag(conn, case_id, outcome != "not_raised")
            continue
        if role != "victim" or rng.random() > 0.35:
            continue
        claimed_on = last_day
        claim = {"defendant": _pick(rng, [("trafficker", 70), ("employer", 25), ("other", 5)]),
                 "claimed_on": claimed_on.isoformat(),
                 "amount_claimed": rng.choice((50_000, 100_000, 150_000, 300_000, 500_000, 1_000_000))}
        stage = _pick(rng, [("claimed", 40), ("awarded", 35), ("rejected", 15), ("withdrawn", 10)])
        award_day = claimed_on + _dt.timedelta(days=rng.randrange(60, 300))
        if stage == "awarded" and award_day <= today:
            claim["awarded_on"] = award_day.isoformat()
            claim["amount_awarded"] = int(claim["amount_claimed"] * rng.choice((0.3, 0.5, 0.8, 1.0)))
        elif stage in ("rejected", "withdrawn") and award_day <= today:
            claim["closed_status"], claim["closed_on"] = stage, award_day.isoformat()
        claim_id = compensation_db.insert_claim(conn, case_id, claim, now)
        counts["claims"] += 1
        if claim.get("awarded_on"):
            paid_share = _pick(rng, [(0, 45), (0.3, 25), (1.0, 30)])  # most awards are never fully paid
            amount = int(claim["amount_awarded"] * paid_share)
            if amount:
                day = min(today, award_day + _dt.timedelta(days=rng.randrange(30, 200)))
                compensation_db.insert_payment(conn, claim_id, day.isoformat(), amount, now)

    # Referrals out.
    for rid, reg in everyone:
        for _ in range(_pick(rng, [(0, 55), (1, 30), (2, 12), (3, 3)])):
            kind = _pick(rng, [("health", 30), ("ngo", 20), ("international", 12), ("legal", 10),
                               ("state_body", 12), ("authorised_nrm_body", 6), ("embassy", 4),
                               ("employer_training", 6)])
            org_id, _name = rng.choice(directory[kind])
            day = reg + _dt.timedelta(days=rng.randrange(0, 150))
            if day > today:
                continue
            shared = [c for c in ("name", "date_of_birth", "citizenship", "contact", "needs", "documents",
                                  "exploitation_summary") if rng.random() < 0.5]
            rec = {"date": day.isoformat(), "organisation_id": org_id, "reason": rng.choice(REASONS[kind]),
                   "shared": ";".join(shared), "consent_date": day.isoformat() if shared else None,
                   "needs_text": "Консультация и сопровождение" if "needs" in shared else "",
                   "contact_text": "Через социального работника центра" if "contact" in shared else "",
                   "follow_up_date": (day + _dt.timedelta(days=14)).isoformat(), "staff": staff}
            referral_id = referrals_db.insert(conn, rid, rec, now)
            referrals_db.add_outcome(conn, referral_id, day.isoformat(), "pending", "", staff, now)
            outcome = _pick(rng, [("pending", 15), ("accepted", 20), ("completed", 50), ("rejected", 15)])
            if outcome != "pending":
                when = min(today, day + _dt.timedelta(days=rng.randrange(1, 30)))
                reason = rng.choice(("Нет мест", "Не соответствует профилю", "Человек отказался")) \
                    if outcome == "rejected" else ""
                referrals_db.add_outcome(conn, referral_id, when.isoformat(), outcome, reason, staff, now)
            counts["referrals"] += 1
    return counts
