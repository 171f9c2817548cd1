"""SQL for merging two records of the same person: every row a resident owns
moves from the merged-away record to the kept one.

RESIDENT_TABLES is the one list of the tables that belong to a resident
(table, column holding the resident's id). A branch that adds such a table
appends it here; tests/unit/test_merge.py fails while a table that refers to
residents (id) is missing from it. A table whose rows could collide after
the move (a unique key that includes the resident) also gets a function in
BEFORE_MOVE that settles the collision first."""

from __future__ import annotations

from typing import Callable

RESIDENT_TABLES: list[tuple[str, str]] = [
    ("stays", "resident_id"),
    ("plans", "resident_id"),
    ("services", "resident_id"),
    ("legal_cases", "resident_id"),
    ("case_notes", "resident_id"),
    ("attachments", "resident_id"),
    ("identity_documents", "resident_id"),
    ("contacts", "resident_id"),
    ("resident_aliases", "resident_id"),
    # identification, risk and children (migration 0009)
    ("nrm_screenings", "resident_id"),
    ("nrm_referrals", "resident_id"),
    ("risk_assessments", "resident_id"),
    ("safety_plans", "resident_id"),
    ("guardians", "resident_id"),
    ("child_consents", "resident_id"),
    ("best_interests_assessments", "resident_id"),
    # after the shelter (migration 0011)
    ("follow_ups", "resident_id"),
    ("referrals", "resident_id"),
    # case transfers sent and received (migration 0011): the history follows the kept record
    ("transfers", "resident_id"),
]


def _plans(conn, kept: int, other: int) -> None:
    # Versions are numbered per resident: the moved plans come after the kept record's.
    top = conn.execute("SELECT coalesce(max(version), 0) FROM plans WHERE resident_id = ?", (kept,)).fetchone()[0]
    conn.execute("UPDATE plans SET version = version + ? WHERE resident_id = ?", (top, other))


def _legal_cases(conn, kept: int, other: int) -> None:
    # The same police or court number on both records is one case: its events join the kept case, once.
    for row in conn.execute("SELECT o.id AS other_case, k.id AS kept_case FROM legal_cases o JOIN legal_cases k"
                            " ON k.case_ref = o.case_ref AND k.resident_id = ? WHERE o.resident_id = ?",
                            (kept, other)).fetchall():
        conn.execute(
            "UPDATE legal_events SET case_id = ? WHERE case_id = ? AND NOT EXISTS (SELECT 1 FROM legal_events k"
            " WHERE k.case_id = ? AND k.date = legal_events.date AND k.stage = legal_events.stage"
            " AND k.sentence_months IS legal_events.sentence_months)",
            (row["kept_case"], row["other_case"], row["kept_case"]))
        conn.execute("DELETE FROM legal_cases WHERE id = ?", (row["other_case"],))


def _stays(conn, kept: int, other: int) -> None:
    # A stay recorded on both records (same intake date) is one stay: the kept record's wins.
    conn.execute("DELETE FROM stays WHERE resident_id = ? AND intake_date IN"
                 " (SELECT intake_date FROM stays WHERE resident_id = ?)", (other, kept))


SAFETY_PLAN_TEXTS = ("concerns", "measures", "who_to_call", "safe_contacts")


def _safety_plans(conn, kept: int, other: int) -> None:
    # One safety plan a resident: when both records have one, the other's words are added to the kept
    # plan's (nothing is lost) and the sooner review date stays.
    kept_plan = conn.execute("SELECT * FROM safety_plans WHERE resident_id = ?", (kept,)).fetchone()
    other_plan = conn.execute("SELECT * FROM safety_plans WHERE resident_id = ?", (other,)).fetchone()
    if kept_plan is None or other_plan is None:
        return
    texts = {}
    for column in SAFETY_PLAN_TEXTS:
        mine, theirs = kept_plan[column] or "", other_plan[column] or ""
        texts[column] = mine if theirs.strip() in ("", mine.strip()) else (
            theirs if not mine.strip() else mine + "\n\n" + theirs)
    reviews = [d for d in (kept_plan["review_date"], other_plan["review_date"]) if d]
    conn.execute("UPDATE safety_plans SET concerns = ?, measures = ?, who_to_call = ?, safe_contacts = ?,"
                 " review_date = ? WHERE id = ?", (*(texts[c] for c in SAFETY_PLAN_TEXTS),
                                                    min(reviews) if reviews else None, kept_plan["id"]))
    conn.execute("DELETE FROM safety_plans WHERE id = ?", (other_plan["id"],))


BEFORE_MOVE: dict[str, Callable] = {"plans": _plans, "legal_cases": _legal_cases, "stays": _stays,
                                    "safety_plans": _safety_plans}


def tables_referring_to_residents(conn) -> list[tuple[str, str]]:
    """(table, column) of every table with a foreign key to residents (id)."""
    found = []
    for (table,) in conn.execute("SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%'"):
        for fk in conn.execute(f'PRAGMA foreign_key_list("{table}")'):
            if fk[2] == "residents":
                found.append((table, fk[3]))
    return found


def move_all(conn, kept: int, other: int) -> dict[str, int]:
    """Move every row of `other` to `kept`; returns rows moved per table."""
    moved = {}
    for table, column in RESIDENT_TABLES:
        hook = BEFORE_MOVE.get(table)
        if hook is not None:
            hook(conn, kept, other)
        cursor = conn.execute(f'UPDATE "{table}" SET "{column}" = ? WHERE "{column}" = ?', (kept, other))
        moved[table] = cursor.rowcount
    return moved


def insert_alias(conn, case_number: str, resident_id: int, now: str, by: str) -> None:
    conn.execute("INSERT INTO resident_aliases (case_number, resident_id, merged_at, merged_by) VALUES (?, ?, ?, ?)",
                 (case_number, resident_id, now, by))


def aliases_of(conn, resident_id: int) -> list[str]:
    return [r[0] for r in conn.execute("SELECT case_number FROM resident_aliases WHERE resident_id = ?"
                                       " ORDER BY case_number", (resident_id,))]
