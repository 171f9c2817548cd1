"""Importing what happened after the shelter (import-format.md):

- `followups`: one row a follow-up contact, planned or made; matched on
  (resident, planned date) so a file imported twice adds nothing the second time.
- `referrals`: one row a referral; the organisation by its name in the
  directory (added, with the row's `organisation_type`, when it is not there);
  matched on (resident, date, organisation, reason).
- compensation and non-punishment columns on `legal` rows: a claim per case
  (matched on its claimed date and defendant), a payment per row (matched on
  date and amount), the offence, and an outcome per row (matched on date and
  outcome).

Rows are checked by the same functions the screens use."""

from __future__ import annotations

from collections import Counter

from shelter_app import codes, compensation, followups
from shelter_app.db import compensation as compensation_db
from shelter_app.db import followups as followups_db
from shelter_app.db import non_punishment as np_db
from shelter_app.db import organisations as organisations_db
from shelter_app.db import referrals as referrals_db
from shelter_app.errors import ValidationError
from shelter_app.imports.kinds import FOLLOWUP_COLUMNS, LEGAL_COLUMNS
from shelter_app.validation import (
    Problems,
    check_code,
    check_code_list,
    check_date,
    check_int,
    check_text,
)

LEGAL_EXTRA_COLUMNS = LEGAL_COLUMNS[LEGAL_COLUMNS.index("offence_type"):]


def _merge(into: dict, exc: ValidationError) -> None:
    for column, problem in exc.problems.items():
        into.setdefault(column, problem)


# --- follow-up ----------------------------------------------------------------------

def followup_row(data: dict) -> tuple[dict | None, dict]:
    p = Problems()
    external_id = check_text(p, data, "external_id", required=True, max_length=64)
    planned = check_date(p, data, "planned_date", required=True, not_future=False)
    problems = dict(p.items)
    made = any((data.get(c) or "").strip() for c in FOLLOWUP_COLUMNS[2:])
    rec = {"external_id": external_id, "planned_date": planned}
    if made:
        try:
            rec.update(followups.validate_record(data))
        except ValidationError as exc:
            _merge(problems, exc)
    return (None, problems) if problems else (rec, {})


def plan_followups(conn, rows: list[tuple[int, dict]]) -> tuple[list[tuple[int, dict]], int]:
    """(line, record) of the rows to add, and how many are already stored."""
    stored = Counter(followups_db.planned_keys(conn))
    seen: Counter = Counter()
    new, existing = [], 0
    for line, rec in rows:
        key = (rec["resident_id"], rec["planned_date"])
        seen[key] += 1
        if seen[key] <= stored[key]:
            existing += 1
            rec["status"] = "existing"
        else:
            rec["status"] = "new"
            new.append((line, rec))
    return new, existing


def write_followups(conn, rows: list[tuple[int, dict]], staff: str, now: str) -> None:
    for _line, rec in rows:
        followups_db.insert(conn, rec["resident_id"], {**rec, "staff": staff}, now)


# --- referrals ----------------------------------------------------------------------

def referral_row(data: dict) -> tuple[dict | None, dict]:
    p = Problems()
    rec: dict = {}
    rec["external_id"] = check_text(p, data, "external_id", required=True, max_length=64)
    rec["date"] = check_date(p, data, "date", required=True)
    rec["organisation"] = check_text(p, data, "organisation", required=True, max_length=300)
    rec["organisation_type"] = check_code(p, data, "organisation_type", codes.ORGANISATION_TYPE, default="other")
    rec["reason"] = check_code(p, data, "reason", codes.SERVICE_TYPE, required=True)
    shared = check_code_list(p, data, "shared", codes.REFERRAL_SHARE)
    rec["shared"] = ";".join(c for c in codes.REFERRAL_SHARE.codes if c in shared)
    rec["consent_date"] = check_date(p, data, "consent_date")
    if shared and not rec["consent_date"] and "consent_date" not in p.items:
        p.add("consent_date", "Record the date the resident agreed to share these details.")
    rec["outcome"] = check_code(p, data, "outcome", codes.REFERRAL_OUTCOME, default="pending")
    rec["outcome_date"] = check_date(p, data, "outcome_date")
    rec["outcome_reason"] = check_text(p, data, "outcome_reason", max_length=1000)
    if rec["outcome"] == "rejected" and not rec["outcome_reason"]:
        p.add("outcome_reason", "Give the reason the referral was rejected.")
    if rec["outcome_date"] and rec["date"] and rec["outcome_date"] < rec["date"]:
        p.add("outcome_date", "The outcome is dated before the referral.")
    rec["follow_up_date"] = check_date(p, data, "follow_up_date", not_future=False)
    rec["notes"] = check_text(p, data, "notes", max_length=4000)
    return (None, dict(p.items)) if p else (rec, {})


def plan_referrals(conn, rows: list[tuple[int, dict]]) -> tuple[list[tuple[int, dict]], int, int]:
    """(rows to add, rows already stored, organisations to add)."""
    orgs = {o["name"]: o["id"] for o in organisations_db.listing(conn, include_inactive=True)}
    stored = Counter(referrals_db.keys(conn))
    seen: Counter = Counter()
    new, existing = [], 0
    new_orgs = set()
    for line, rec in rows:
        key = (rec["resident_id"], rec["date"], rec["organisation"], rec["reason"])
        seen[key] += 1
        if seen[key] <= stored[key]:
            existing += 1
            rec["status"] = "existing"
        else:
            rec["status"] = "new"
            new.append((line, rec))
            if rec["organisation"] not in orgs:
                new_orgs.add(rec["organisation"])
    return new, existing, len(new_orgs)


def write_referrals(conn, rows: list[tuple[int, dict]], staff: str, now: str) -> None:
    orgs = {o["name"]: o["id"] for o in organisations_db.listing(conn, include_inactive=True)}
    for _line, rec in rows:
        org_id = orgs.get(rec["organisation"])
        if org_id is None:
            org_id = orgs[rec["organisation"]] = organisations_db.insert(
                conn, {"name": rec["organisation"], "organisation_type": rec["organisation_type"]}, now)
        referral_id = referrals_db.insert(conn, rec["resident_id"], {**rec, "organisation_id": org_id,
                                                                     "staff": staff}, now)
        referrals_db.add_outcome(conn, referral_id, rec["date"], "pending", "", staff, now)
        if rec["outcome"] != "pending":
            referrals_db.add_outcome(conn, referral_id, rec["outcome_date"] or rec["date"], rec["outcome"],
                                     rec["outcome_reason"], staff, now)


# --- compensation and non-punishment on legal rows -------------------------------------

def legal_extras(data: dict, resident_role: str | None) -> tuple[dict, dict]:
    """The compensation and non-punishment columns of one legal row."""
    p = Problems()
    out: dict = {}
    present = {c for c in LEGAL_EXTRA_COLUMNS if (data.get(c) or "").strip()}
    np_cols = {"offence_type", "np_outcome", "np_date", "np_decided_by"} & present
    if np_cols and resident_role not in ("suspect", "defendant"):
        p.add(sorted(np_cols)[0], "The non-punishment principle concerns a resident who is a suspect or defendant.")
    out["offence_type"] = check_code(p, data, "offence_type", codes.OFFENCE_TYPE)
    out["np_outcome"] = check_code(p, data, "np_outcome", codes.NP_OUTCOME)
    out["np_decided_by"] = check_text(p, data, "np_decided_by", max_length=300)
    out["np_date"] = check_date(p, data, "np_date")
    if out["np_outcome"] and not out["np_date"] and "np_date" not in p.items:
        p.add("np_date", "Required.")
    if out["np_outcome"] in ("accepted", "rejected") and not out["np_decided_by"]:
        p.add("np_decided_by", "Name the body that decided (investigator, prosecutor or court).")
    claim_cols = {"claim_defendant", "claimed_on", "amount_claimed", "awarded_on", "amount_awarded", "claim_status",
                  "claim_closed_on"} & present
    out["claim"] = None
    if claim_cols:
        status = (data.get("claim_status") or "").strip()
        if status and status not in ("rejected", "withdrawn"):
            check_code(p, data, "claim_status", codes.CLAIM_STATUS)
            if "claim_status" not in p.items:
                p.add("claim_status", "Only “Rejected” or “Withdrawn” is set by hand; the other statuses follow "
                                      "from the amounts.")
        try:
            out["claim"] = compensation.validate_claim({
                "defendant": data.get("claim_defendant"), "claimed_on": data.get("claimed_on"),
                "amount_claimed": data.get("amount_claimed"), "awarded_on": data.get("awarded_on"),
                "amount_awarded": data.get("amount_awarded"),
                "closed_status": status if status in ("rejected", "withdrawn") else None,
                "closed_on": data.get("claim_closed_on")})
        except ValidationError as exc:
            rename = {"defendant": "claim_defendant", "closed_status": "claim_status", "closed_on": "claim_closed_on"}
            for field, problem in exc.problems.items():
                p.items.setdefault(rename.get(field, field), problem)
    out["payment"] = None
    if {"paid_on", "amount_paid"} & present:
        paid_on = check_date(p, data, "paid_on", required=True)
        amount = check_int(p, data, "amount_paid", minimum=1, maximum=compensation.MAX_AMOUNT, required=True)
        out["payment"] = (paid_on, amount)
    return out, dict(p.items)


def plan_legal_extras(conn, grouped: dict, stored_cases: dict) -> tuple[dict, dict, dict, list]:
    """What to write per case key: offence, outcomes, claim and payments;
    counts of new and existing; problems as (line, column, (message, params))
    for a payment without an award to pay."""
    plan: dict = {}
    problems: list = []
    new: Counter = Counter()
    existing: Counter = Counter()
    for key, events in grouped.items():
        case = stored_cases.get(key)
        case_id = case["id"] if case else None
        stored_outcomes = Counter((o["date"], o["outcome"]) for o in np_db.outcomes_for_case(conn, case_id)) \
            if case_id else Counter()
        stored_claims = compensation_db.claims_for_case(conn, case_id) if case_id else []
        entry: dict = {"offence_type": None, "outcomes": [], "claim": None, "claim_id": None, "payments": []}
        seen: Counter = Counter()
        for _line, rec in events:
            extras = rec.get("extras") or {}
            if extras.get("offence_type") and not entry["offence_type"]:
                entry["offence_type"] = extras["offence_type"]
            if extras.get("np_outcome"):
                k = (extras["np_date"], extras["np_outcome"])
                seen[k] += 1
                if seen[k] <= stored_outcomes[k]:
                    existing["np_outcomes"] += 1
                else:
                    entry["outcomes"].append((extras["np_date"], extras["np_outcome"], extras["np_decided_by"]))
                    new["np_outcomes"] += 1
            if extras.get("claim") and entry["claim"] is None and entry["claim_id"] is None:
                claim = extras["claim"]
                match = next((c for c in stored_claims if c["claimed_on"] == claim["claimed_on"]
                              and c["defendant"] == claim["defendant"]), None)
                if match:
                    entry["claim_id"] = match["id"]
                    existing["claims"] += 1
                else:
                    entry["claim"] = claim
                    new["claims"] += 1
        stored_payments = Counter((p["date"], p["amount"]) for p in compensation_db.payments_for_claim(
            conn, entry["claim_id"])) if entry["claim_id"] else Counter()
        pseen: Counter = Counter()
        award = entry["claim"]["awarded_on"] if entry["claim"] else next(
            (c["awarded_on"] for c in stored_claims if c["id"] == entry["claim_id"]), None)
        for line, rec in events:
            payment = (rec.get("extras") or {}).get("payment")
            if payment and (award is None or payment[0] < award):
                problems.append((line, "paid_on", ("A payment needs an award dated on or before it, on this case.",
                                                   {})))
                continue
            if payment:
                pseen[payment] += 1
                if pseen[payment] <= stored_payments[payment]:
                    existing["payments"] += 1
                else:
                    entry["payments"].append(payment)
                    new["payments"] += 1
        if entry["offence_type"] and case and case.get("offence_type") == entry["offence_type"]:
            entry["offence_type"] = None
        if any((entry["offence_type"], entry["outcomes"], entry["claim"], entry["payments"])):
            plan[key] = entry
    return plan, dict(new), dict(existing), problems


def write_legal_extras(conn, plan: dict, case_ids: dict, staff: str, now: str) -> None:
    for key, entry in plan.items():
        case_id = case_ids[key]
        if entry["offence_type"]:
            np_db.set_offence(conn, case_id, entry["offence_type"])
        for date, outcome, body in entry["outcomes"]:
            np_db.insert_outcome(conn, case_id, date, outcome, body, staff, now)
        if entry["outcomes"]:
            latest = max(np_db.outcomes_for_case(conn, case_id), key=lambda o: (o["date"], o["id"]))
            np_db.set_raised_flag(conn, case_id, latest["outcome"] != "not_raised")
        claim_id = entry["claim_id"]
        if entry["claim"]:
            claim_id = compensation_db.insert_claim(conn, case_id, entry["claim"], now)
        for date, amount in entry["payments"]:
            compensation_db.insert_payment(conn, claim_id, date, amount, now)
