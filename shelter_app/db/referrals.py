"""SQL for referrals out to organisations of the directory."""

from __future__ import annotations

TEXTS = ("contact_text", "needs_text", "documents_text", "notes")
COLUMNS = ("date", "organisation_id", "reason", "shared", "consent_date", *TEXTS, "follow_up_date", "service_id",
           "transfer_id", "staff")
EDITABLE = ("date", "organisation_id", "reason", "shared", "consent_date", *TEXTS, "follow_up_date")

# The old services column, kept in step for the services log.
SERVICE_STATUS = {"pending": "referred", "accepted": "referred", "completed": "received", "rejected": "declined"}

_CURRENT = ("(SELECT o.{col} FROM referral_outcomes o WHERE o.referral_id = r.id"
            " ORDER BY o.date DESC, o.id DESC LIMIT 1)")

SELECT = ("SELECT r.*, g.name AS organisation_name, g.organisation_type, "
          + _CURRENT.format(col="outcome") + " AS outcome, "
          + _CURRENT.format(col="reason") + " AS outcome_reason, "
          + _CURRENT.format(col="date") + " AS outcome_date"
          " FROM referrals r JOIN organisations g ON g.id = r.organisation_id")


def insert(conn, resident_id: int, record: dict, now: str) -> int:
    row = {c: record.get(c) for c in COLUMNS}
    for text in ("shared", *TEXTS):
        row[text] = row[text] or ""
    cols = ", ".join(row)
    return conn.execute(
        f"INSERT INTO referrals (resident_id, {cols}, created_at) VALUES (?, {', '.join('?' for _ in row)}, ?)",
        (resident_id, *row.values(), now)).lastrowid


def update(conn, referral_id: int, changes: dict) -> None:
    cols = [c for c in changes if c in EDITABLE]
    if cols:
        conn.execute(f"UPDATE referrals SET {', '.join(c + ' = ?' for c in cols)} WHERE id = ?",
                     (*(changes[c] for c in cols), referral_id))


def delete(conn, referral_id: int) -> None:
    conn.execute("DELETE FROM referral_outcomes WHERE referral_id = ?", (referral_id,))
    conn.execute("DELETE FROM referrals WHERE id = ?", (referral_id,))


def add_outcome(conn, referral_id: int, date: str, outcome: str, reason: str, staff: str, now: str) -> int:
    new_id = conn.execute(
        "INSERT INTO referral_outcomes (referral_id, date, outcome, reason, staff, created_at)"
        " VALUES (?, ?, ?, ?, ?, ?)", (referral_id, date, outcome, reason, staff, now)).lastrowid
    conn.execute("UPDATE services SET referral_status = ? WHERE id = (SELECT service_id FROM referrals WHERE id = ?)",
                 (SERVICE_STATUS[outcome], referral_id))
    return new_id


def outcomes(conn, referral_id: int) -> list[dict]:
    return [dict(r) for r in conn.execute(
        "SELECT * FROM referral_outcomes WHERE referral_id = ? ORDER BY date, id", (referral_id,))]


def get(conn, referral_id: int) -> dict | None:
    row = conn.execute(SELECT + " WHERE r.id = ?", (referral_id,)).fetchone()
    return dict(row) if row else None


def for_resident(conn, resident_id: int) -> list[dict]:
    return [dict(r) for r in conn.execute(SELECT + " WHERE r.resident_id = ? ORDER BY r.date DESC, r.id DESC",
                                          (resident_id,))]


def by_service(conn, service_id: int) -> dict | None:
    row = conn.execute(SELECT + " WHERE r.service_id = ?", (service_id,)).fetchone()
    return dict(row) if row else None


def follow_ups_due(conn, until: str) -> list[dict]:
    """Referrals whose follow-up date has come and whose outcome is still open
    (pending or accepted)."""
    return [dict(r) for r in conn.execute(
        "SELECT * FROM (SELECT r.id AS referral_id, r.follow_up_date AS due_date, r.reason, g.name AS organisation_name,"
        " s.id AS resident_id, s.case_number, s.full_name, " + _CURRENT.format(col="outcome") + " AS outcome"
        " FROM referrals r JOIN organisations g ON g.id = r.organisation_id JOIN residents s ON s.id = r.resident_id"
        " WHERE r.follow_up_date IS NOT NULL AND r.follow_up_date <= ?)"
        " WHERE coalesce(outcome, 'pending') IN ('pending', 'accepted') ORDER BY due_date", (until,))]


def return_facts(conn, start: str, end: str) -> list[tuple[int, str, str]]:
    """(resident_id, organisation_type, referral_outcome): persons referred on
    a date in [start, end] (ISO, inclusive), once per type of receiving
    organisation, with the outcome on `end` (the latest outcome dated on or
    before it; `pending` when none) of their latest referral to that type
    (latest by date, then id)."""
    rows = conn.execute(
        "SELECT r.resident_id, g.organisation_type, r.id,"
        " (SELECT o.outcome FROM referral_outcomes o WHERE o.referral_id = r.id AND o.date <= :e"
        "  ORDER BY o.date DESC, o.id DESC LIMIT 1) AS outcome"
        " FROM referrals r JOIN organisations g ON g.id = r.organisation_id"
        " WHERE r.date BETWEEN :s AND :e ORDER BY r.resident_id, g.organisation_type, r.date, r.id",
        {"s": start, "e": end}).fetchall()
    latest: dict[tuple[int, str], str] = {}
    for resident_id, org_type, _id, outcome in rows:
        latest[(resident_id, org_type)] = outcome or "pending"
    return [(rid, org_type, outcome) for (rid, org_type), outcome in sorted(latest.items())]


def keys(conn) -> list[tuple[int, str, str, str]]:
    """(resident_id, date, organisation name, reason) of every referral: what an import matches on."""
    return [tuple(r) for r in conn.execute(
        "SELECT r.resident_id, r.date, g.name, r.reason FROM referrals r"
        " JOIN organisations g ON g.id = r.organisation_id")]


def adopt_named_services(conn) -> int:
    """Services given by a named organisation that are not referrals yet
    become referrals, as migration 0011 did for those logged before it
    (an organisation "other" per new name). Returns how many."""
    before = conn.execute("SELECT count(*) FROM referrals").fetchone()[0]
    conn.execute(
        "INSERT INTO organisations (name, organisation_type, notes, created_at, updated_at)"
        " SELECT min(trim(s.provider)), 'other', '', strftime('%Y-%m-%dT%H:%M:%fZ', 'now'),"
        " strftime('%Y-%m-%dT%H:%M:%fZ', 'now') FROM services s"
        " WHERE s.provider <> 'in_house' AND trim(s.provider) <> ''"
        " AND NOT EXISTS (SELECT 1 FROM organisations o WHERE o.name = trim(s.provider))"
        " GROUP BY trim(s.provider)")
    conn.execute(
        "INSERT INTO referrals (resident_id, date, organisation_id, reason, shared, notes, service_id, staff,"
        " created_at) SELECT s.resident_id, s.date,"
        " (SELECT min(o.id) FROM organisations o WHERE o.name = trim(s.provider)),"
        " s.service_type, '', s.notes, s.id, s.staff, s.created_at FROM services s"
        " WHERE s.provider <> 'in_house' AND trim(s.provider) <> ''"
        " AND NOT EXISTS (SELECT 1 FROM referrals r WHERE r.service_id = s.id) ORDER BY s.id")
    conn.execute(
        "INSERT INTO referral_outcomes (referral_id, date, outcome, reason, staff, created_at)"
        " SELECT r.id, s.date, CASE coalesce(s.referral_status, 'referred') WHEN 'received' THEN 'completed'"
        " WHEN 'declined' THEN 'rejected' ELSE 'pending' END, '', s.staff, s.created_at"
        " FROM referrals r JOIN services s ON s.id = r.service_id"
        " WHERE NOT EXISTS (SELECT 1 FROM referral_outcomes o WHERE o.referral_id = r.id)")
    return conn.execute("SELECT count(*) FROM referrals").fetchone()[0] - before
