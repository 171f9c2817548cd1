"""Facts of the tables added with the revised data dictionary, from the modules
that keep their records (statistical-return.md, "Tables").

Each record module offers one function, the contract between it and the return:

- ``shelter_app.db.nrm.return_facts(conn, start, end) -> list[tuple[int, str]]``:
  (resident_id, nrm_step) for each step dated in [start, end] (ISO dates,
  inclusive); duplicates allowed.
- ``shelter_app.db.followups.return_facts(conn, start, end) -> list[tuple[int, str]]``:
  (resident_id, follow_up_result) per follow-up contact dated in the period.
- ``shelter_app.db.compensation.return_facts(conn, start, end) -> list[tuple[int, str, int]]``:
  (resident_id, claim_stage, amount_som) per claim, award or payment dated in the period.
- ``shelter_app.db.non_punishment.return_facts(conn, start, end) -> list[tuple[int, str, str]]``:
  (resident_id, offence_type, np_outcome), already one per person as the spec defines.
- ``shelter_app.db.referrals.return_facts(conn, start, end) -> list[tuple[int, str, str]]``:
  (resident_id, organisation_type, referral_outcome), one per person × organisation_type.

The record modules know nothing of consent or groups: this module keeps only
residents who consented to anonymized reporting, puts each in their sex/age
group, counts a person once per cell, and sums each person's amounts (the
dominance rule needs each person's part)."""

from __future__ import annotations

import importlib
from collections import Counter

from shelter_app import codes
from shelter_app.returns.populations import Facts

# table id -> the module that keeps its records
SOURCES = {
    "nrm_steps": "shelter_app.db.nrm",
    "follow_ups": "shelter_app.db.followups",
    "compensation": "shelter_app.db.compensation",
    "non_punishment": "shelter_app.db.non_punishment",
    "referrals": "shelter_app.db.referrals",
}


def gather(conn, start: str, end: str) -> dict[str, list[tuple]]:
    """The raw facts of each new table for [start, end], as the record modules give them."""
    return {table_id: list(importlib.import_module(module_name).return_facts(conn, start, end))
            for table_id, module_name in SOURCES.items()}


def residents_in(raw: dict[str, list[tuple]]) -> set[int]:
    return {int(fact[0]) for facts in raw.values() for fact in facts}


def add(facts: Facts, raw: dict[str, list[tuple]], sex_age: dict[int, str]) -> Facts:
    """Counts the raw facts into `facts`. `sex_age` maps each consenting resident
    to their sex/age group; anyone not in it (no consent) is left out, as are codes
    outside their list (a record module newer than this return)."""
    def persons(rows, row_list, column_of):
        seen = set()
        out: Counter = Counter()
        for fact in rows:
            rid = int(fact[0])
            if rid not in sex_age or fact[1] not in row_list:
                continue
            column = column_of(rid, fact)
            if column is None:
                continue
            key = (rid, fact[1], column)
            if key not in seen:
                seen.add(key)
                out[(fact[1], column)] += 1
        return out

    by_sex_age = lambda rid, fact: sex_age[rid]  # noqa: E731
    facts.nrm_steps = persons(raw.get("nrm_steps", ()), codes.NRM_STEP, by_sex_age)
    facts.follow_ups = persons(raw.get("follow_ups", ()), codes.FOLLOW_UP_RESULT, by_sex_age)
    facts.compensation = persons(raw.get("compensation", ()), codes.CLAIM_STAGE, by_sex_age)
    parts: dict[str, Counter] = {}
    for rid, stage, amount in raw.get("compensation", ()):
        rid = int(rid)
        if rid in sex_age and stage in codes.CLAIM_STAGE and amount:
            parts.setdefault(stage, Counter())[rid] += int(amount)
    facts.compensation_amounts = {stage: sorted(by_person.values()) for stage, by_person in parts.items()}

    def one_per_person(rows, row_list, column_list):
        """non_punishment: one row and one column a person (the first fact wins)."""
        seen = set()
        out: Counter = Counter()
        for rid, row, column in rows:
            rid = int(rid)
            if rid in sex_age and row in row_list and column in column_list and rid not in seen:
                seen.add(rid)
                out[(row, column)] += 1
        return out

    facts.non_punishment = one_per_person(raw.get("non_punishment", ()), codes.OFFENCE_TYPE, codes.NP_OUTCOME)
    # referrals: one cell per person and organisation type, whatever the module sent twice
    once: dict[tuple[int, str], str] = {}
    for rid, org_type, outcome in raw.get("referrals", ()):
        rid = int(rid)
        if rid in sex_age and org_type in codes.ORGANISATION_TYPE and outcome in codes.REFERRAL_OUTCOME:
            once.setdefault((rid, org_type), outcome)
    facts.referrals = Counter((org_type, outcome) for (_, org_type), outcome in once.items())
    return facts
