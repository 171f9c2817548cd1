"""SQL for identification under the National Referral Mechanism: first-level
screenings with their immediate needs, referrals for formal identification
and their decisions; and the facts the statistical return's `nrm_steps`
table counts."""

from __future__ import annotations

SCREENING_COLUMNS = ("screening_date", "screened_by", "act_date", "age_at_act", "child_criteria", "acts", "means",
                     "purposes", "result", "notes")
REFERRAL_COLUMNS = ("screening_id", "referral_date", "organisation_id", "shared", "referred_by", "notes")
DECISION_COLUMNS = ("decision", "decision_date", "identifying_body", "document_number", "decided_recorded_by")

LIST_FIELDS = ("acts", "means", "purposes", "shared")


def _join(value) -> str:
    return ";".join(value) if isinstance(value, (list, tuple)) else (value or "")


def _split(row: dict) -> dict:
    for name in LIST_FIELDS:
        if name in row:
            row[name] = [c for c in (row[name] or "").split(";") if c]
    return row


# --- screenings -----------------------------------------------------------------------

def insert_screening(conn, resident_id: int, record: dict, now: str) -> int:
    row = {c: (_join(record.get(c)) if c in LIST_FIELDS else record.get(c)) for c in SCREENING_COLUMNS}
    row["notes"] = row["notes"] or ""
    row["child_criteria"] = int(bool(row["child_criteria"]))
    cols = ", ".join(row)
    return conn.execute(
        f"INSERT INTO nrm_screenings (resident_id, {cols}, created_at, updated_at)"
        f" VALUES (?, {', '.join('?' for _ in row)}, ?, ?)", (resident_id, *row.values(), now, now)).lastrowid


def update_screening(conn, screening_id: int, record: dict, now: str) -> None:
    cols = [c for c in SCREENING_COLUMNS if c in record and c != "screened_by"]
    values = [(_join(record[c]) if c in LIST_FIELDS else record[c]) for c in cols]
    values = [int(bool(v)) if c == "child_criteria" else v for c, v in zip(cols, values)]
    conn.execute(f"UPDATE nrm_screenings SET {', '.join(c + ' = ?' for c in cols)}, updated_at = ? WHERE id = ?",
                 (*values, now, screening_id))


def replace_needs(conn, screening_id: int, needs: list[dict]) -> None:
    conn.execute("DELETE FROM nrm_screening_needs WHERE screening_id = ?", (screening_id,))
    conn.executemany("INSERT INTO nrm_screening_needs (screening_id, domain, need_level, note) VALUES (?, ?, ?, ?)",
                     [(screening_id, n["domain"], n["need_level"], n.get("note") or "") for n in needs])


def screening_needs(conn, screening_id: int) -> list[dict]:
    return [dict(r) for r in conn.execute(
        "SELECT domain, need_level, note FROM nrm_screening_needs WHERE screening_id = ? ORDER BY id",
        (screening_id,))]


def get_screening(conn, screening_id: int) -> dict | None:
    row = conn.execute("SELECT * FROM nrm_screenings WHERE id = ?", (screening_id,)).fetchone()
    return _split(dict(row)) if row else None


def screenings(conn, resident_id: int) -> list[dict]:
    """A resident's screenings, newest first."""
    return [_split(dict(r)) for r in conn.execute(
        "SELECT * FROM nrm_screenings WHERE resident_id = ? ORDER BY screening_date DESC, id DESC",
        (resident_id,))]


def latest_screening(conn, resident_id: int) -> dict | None:
    row = conn.execute("SELECT * FROM nrm_screenings WHERE resident_id = ? ORDER BY screening_date DESC, id DESC"
                       " LIMIT 1", (resident_id,)).fetchone()
    return _split(dict(row)) if row else None


def has_met_screening(conn, resident_id: int) -> bool:
    return conn.execute("SELECT 1 FROM nrm_screenings WHERE resident_id = ? AND result = 'indicators_met' LIMIT 1",
                        (resident_id,)).fetchone() is not None


def screening_on(conn, resident_id: int, screening_date: str, result: str) -> dict | None:
    row = conn.execute("SELECT * FROM nrm_screenings WHERE resident_id = ? AND screening_date = ? AND result = ?",
                       (resident_id, screening_date, result)).fetchone()
    return _split(dict(row)) if row else None


# --- referrals and decisions ---------------------------------------------------------

def insert_referral(conn, resident_id: int, record: dict, now: str) -> int:
    row = {c: (_join(record.get(c)) if c in LIST_FIELDS else record.get(c)) for c in REFERRAL_COLUMNS}
    row["notes"] = row["notes"] or ""
    cols = ", ".join(row)
    return conn.execute(
        f"INSERT INTO nrm_referrals (resident_id, {cols}, created_at) VALUES (?, {', '.join('?' for _ in row)}, ?)",
        (resident_id, *row.values(), now)).lastrowid


def set_decision(conn, referral_id: int, record: dict) -> None:
    cols = [c for c in DECISION_COLUMNS if c in record]
    conn.execute(f"UPDATE nrm_referrals SET {', '.join(c + ' = ?' for c in cols)} WHERE id = ?",
                 (*(record[c] for c in cols), referral_id))


_REFERRAL_SELECT = ("SELECT f.*, o.name AS organisation_name, o.region AS organisation_region,"
                    " o.phone AS organisation_phone FROM nrm_referrals f"
                    " JOIN organisations o ON o.id = f.organisation_id")


def get_referral(conn, referral_id: int) -> dict | None:
    row = conn.execute(_REFERRAL_SELECT + " WHERE f.id = ?", (referral_id,)).fetchone()
    return _split(dict(row)) if row else None


def referrals(conn, resident_id: int) -> list[dict]:
    """A resident's referrals for identification, newest first."""
    return [_split(dict(r)) for r in conn.execute(
        _REFERRAL_SELECT + " WHERE f.resident_id = ? ORDER BY f.referral_date DESC, f.id DESC", (resident_id,))]


def latest_decision(conn, resident_id: int) -> dict | None:
    row = conn.execute(_REFERRAL_SELECT + " WHERE f.resident_id = ? AND f.decision IS NOT NULL"
                       " ORDER BY f.decision_date DESC, f.id DESC LIMIT 1", (resident_id,)).fetchone()
    return _split(dict(row)) if row else None


def set_status(conn, resident_id: int, status: str, identified_date: str | None, body: str | None,
               now: str) -> None:
    conn.execute("UPDATE residents SET nrm_status = ?, nrm_identified_date = ?, nrm_identifying_body = ?,"
                 " updated_at = ? WHERE id = ?", (status, identified_date, body, now, resident_id))


# --- the statistical return ----------------------------------------------------------

RETURN_FACTS = """
SELECT resident_id, 'screened_indicators_met' FROM nrm_screenings
 WHERE result = 'indicators_met' AND screening_date BETWEEN :start AND :end
UNION ALL
SELECT resident_id, 'referred' FROM nrm_referrals WHERE referral_date BETWEEN :start AND :end
UNION ALL
SELECT id, 'identified' FROM residents
 WHERE nrm_status = 'identified' AND nrm_identified_date BETWEEN :start AND :end
UNION ALL
SELECT resident_id, 'not_identified' FROM nrm_referrals
 WHERE decision = 'not_identified' AND decision_date BETWEEN :start AND :end
"""


def return_facts(conn, start: str, end: str) -> list[tuple[int, str]]:
    """(resident_id, nrm_step) for every NRM step dated in [start, end], both
    ISO dates inclusive; a person may appear more than once. `identified` is
    the population of the return's nrm_identified (status and its date)."""
    return [(int(r[0]), str(r[1])) for r in conn.execute(RETURN_FACTS, {"start": start, "end": end})]


# --- retention ---------------------------------------------------------------------------

def anonymize(conn, resident_id: int) -> None:
    """The free text of a resident's identification, risk, safety and children's
    records out; codes and dates (what the return counts) stay."""
    rid = (resident_id,)
    conn.execute("UPDATE nrm_screenings SET notes = '' WHERE resident_id = ?", rid)
    conn.execute("UPDATE nrm_screening_needs SET note = '' WHERE screening_id IN"
                 " (SELECT id FROM nrm_screenings WHERE resident_id = ?)", rid)
    conn.execute("UPDATE nrm_referrals SET notes = '', document_number = NULL WHERE resident_id = ?", rid)
    conn.execute("UPDATE risk_assessments SET notes = '' WHERE resident_id = ?", rid)
    conn.execute("DELETE FROM safety_plans WHERE resident_id = ?", rid)
    conn.execute("UPDATE guardians SET full_name = '', contact = '', notes = '' WHERE resident_id = ?", rid)
    conn.execute("UPDATE child_consents SET notes = '' WHERE resident_id = ?", rid)
    conn.execute("UPDATE best_interests_assessments SET assessed_by = '', recommendation = '',"
                 " responsible_body = '' WHERE resident_id = ?", rid)
