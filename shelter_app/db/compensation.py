"""SQL for compensation claims on legal cases, and the payments on them."""

from __future__ import annotations

CLAIM_COLUMNS = ("separate_civil", "civil_case_ref", "defendant", "claimed_on", "amount_claimed", "awarded_on",
                 "amount_awarded", "closed_status", "closed_on", "notes")


def insert_claim(conn, case_id: int, record: dict, now: str) -> int:
    row = {c: record.get(c) for c in CLAIM_COLUMNS}
    row["separate_civil"] = int(bool(row["separate_civil"]))
    row["civil_case_ref"] = row["civil_case_ref"] or ""
    row["notes"] = row["notes"] or ""
    cols = ", ".join(row)
    return conn.execute(
        f"INSERT INTO compensation_claims (case_id, {cols}, created_at) VALUES (?, {', '.join('?' for _ in row)}, ?)",
        (case_id, *row.values(), now)).lastrowid


def update_claim(conn, claim_id: int, changes: dict) -> None:
    cols = [c for c in changes if c in CLAIM_COLUMNS]
    if cols:
        values = [int(bool(changes[c])) if c == "separate_civil" else changes[c] for c in cols]
        conn.execute(f"UPDATE compensation_claims SET {', '.join(c + ' = ?' for c in cols)} WHERE id = ?",
                     (*values, claim_id))


def delete_claim(conn, claim_id: int) -> None:
    conn.execute("DELETE FROM compensation_payments WHERE claim_id = ?", (claim_id,))
    conn.execute("DELETE FROM compensation_claims WHERE id = ?", (claim_id,))


def get_claim(conn, claim_id: int) -> dict | None:
    row = conn.execute("SELECT * FROM compensation_claims WHERE id = ?", (claim_id,)).fetchone()
    return dict(row) if row else None


def claims_for_case(conn, case_id: int) -> list[dict]:
    return [dict(r) for r in conn.execute(
        "SELECT * FROM compensation_claims WHERE case_id = ? ORDER BY claimed_on, id", (case_id,))]


def claims_for_resident(conn, resident_id: int) -> list[dict]:
    return [dict(r) for r in conn.execute(
        "SELECT k.*, c.case_ref FROM compensation_claims k JOIN legal_cases c ON c.id = k.case_id"
        " WHERE c.resident_id = ? ORDER BY k.claimed_on, k.id", (resident_id,))]


def insert_payment(conn, claim_id: int, date: str, amount: int, now: str) -> int:
    return conn.execute("INSERT INTO compensation_payments (claim_id, date, amount, created_at) VALUES (?, ?, ?, ?)",
                        (claim_id, date, amount, now)).lastrowid


def delete_payment(conn, payment_id: int) -> None:
    conn.execute("DELETE FROM compensation_payments WHERE id = ?", (payment_id,))


def get_payment(conn, payment_id: int) -> dict | None:
    row = conn.execute("SELECT * FROM compensation_payments WHERE id = ?", (payment_id,)).fetchone()
    return dict(row) if row else None


def payments_for_claim(conn, claim_id: int) -> list[dict]:
    return [dict(r) for r in conn.execute(
        "SELECT * FROM compensation_payments WHERE claim_id = ? ORDER BY date, id", (claim_id,))]


def awarded_unpaid(conn, awarded_before: str) -> list[dict]:
    """Claims awarded on or before `awarded_before`, still open and paid less
    than awarded."""
    return [dict(r) for r in conn.execute(
        "SELECT k.id AS claim_id, k.case_id, k.awarded_on, k.amount_awarded, c.case_ref, r.id AS resident_id,"
        " r.case_number, r.full_name,"
        " coalesce((SELECT sum(p.amount) FROM compensation_payments p WHERE p.claim_id = k.id), 0) AS paid"
        " FROM compensation_claims k JOIN legal_cases c ON c.id = k.case_id JOIN residents r ON r.id = c.resident_id"
        " WHERE k.awarded_on IS NOT NULL AND k.awarded_on <= ? AND k.closed_status IS NULL"
        " AND coalesce((SELECT sum(p.amount) FROM compensation_payments p WHERE p.claim_id = k.id), 0)"
        " < k.amount_awarded ORDER BY k.awarded_on", (awarded_before,))]


def return_facts(conn, start: str, end: str) -> list[tuple[int, str, int]]:
    """(resident_id, claim_stage, amount_som) for every claim made, award
    given and payment received on a date in [start, end] (ISO, inclusive)."""
    sql = (
        "SELECT c.resident_id, 'claimed', k.amount_claimed, k.claimed_on AS d, k.id FROM compensation_claims k"
        " JOIN legal_cases c ON c.id = k.case_id WHERE k.claimed_on BETWEEN :s AND :e"
        " UNION ALL"
        " SELECT c.resident_id, 'awarded', k.amount_awarded, k.awarded_on, k.id FROM compensation_claims k"
        " JOIN legal_cases c ON c.id = k.case_id WHERE k.awarded_on BETWEEN :s AND :e"
        " UNION ALL"
        " SELECT c.resident_id, 'paid', p.amount, p.date, k.id FROM compensation_payments p"
        " JOIN compensation_claims k ON k.id = p.claim_id JOIN legal_cases c ON c.id = k.case_id"
        " WHERE p.date BETWEEN :s AND :e"
        " ORDER BY 1, 4, 5")
    return [(r[0], r[1], int(r[2])) for r in conn.execute(sql, {"s": start, "e": end})]
