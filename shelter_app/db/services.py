"""SQL for the service log: one row per service given to one resident."""

from __future__ import annotations

SERVICE_COLUMNS = ("resident_id", "date", "service_type", "provider", "staff", "duration_minutes", "notes",
                   "referral_status", "group_session")
EDITABLE = ("date", "service_type", "provider", "duration_minutes", "notes", "referral_status")

# The list's sortable columns, sorted in SQL so a long list never sorts in Python.
SORT_COLUMNS = {
    "date": "date",
    "service_type": "service_type",
    "provider": "provider COLLATE NOCASE",
    "referral_status": "coalesce(referral_status, '')",
    "duration_minutes": "coalesce(duration_minutes, -1)",
    "staff": "staff",
    "notes": "notes COLLATE NOCASE",
}


def insert(conn, record: dict, now: str) -> int:
    row = {c: record.get(c) for c in SERVICE_COLUMNS}
    row["provider"] = row["provider"] or "in_house"
    row["notes"] = row["notes"] or ""
    row["created_at"] = now
    cols = ", ".join(row)
    return conn.execute(f"INSERT INTO services ({cols}) VALUES ({', '.join('?' for _ in row)})",
                        tuple(row.values())).lastrowid


def update(conn, service_id: int, changes: dict) -> None:
    cols = [c for c in changes if c in EDITABLE]
    if not cols:
        return
    conn.execute(f"UPDATE services SET {', '.join(c + ' = ?' for c in cols)} WHERE id = ?",
                 (*(changes[c] for c in cols), service_id))


def delete(conn, service_id: int) -> None:
    conn.execute("DELETE FROM services WHERE id = ?", (service_id,))


def get(conn, service_id: int) -> dict | None:
    row = conn.execute("SELECT * FROM services WHERE id = ?", (service_id,)).fetchone()
    return dict(row) if row else None


def for_resident(conn, resident_id: int):
    return [dict(r) for r in conn.execute("SELECT * FROM services WHERE resident_id = ? ORDER BY date DESC, id DESC",
                                          (resident_id,))]


def search_ids(conn, resident_id: int, *, service_types: tuple[str, ...] | None = None,
               provider_kind: str | None = None, referral_status: str | None = None,
               date_from: str | None = None, date_to: str | None = None, text: str = "",
               sort: str = "date", descending: bool = True) -> list[int]:
    """Ids of one resident's services matching the filters, in display order.
    provider_kind: 'in_house' or 'referral'."""
    where: list[str] = ["resident_id = ?"]
    params: list[object] = [resident_id]
    if service_types:
        where.append(f"service_type IN ({','.join('?' for _ in service_types)})")
        params.extend(service_types)
    if provider_kind == "in_house":
        where.append("provider = 'in_house'")
    elif provider_kind == "referral":
        where.append("provider <> 'in_house'")
    if referral_status:
        # A referral stored without a status (e.g. imported) is still awaiting follow-up.
        where.append("provider <> 'in_house' AND coalesce(referral_status, 'referred') = ?")
        params.append(referral_status)
    if date_from:
        where.append("date >= ?")
        params.append(date_from)
    if date_to:
        where.append("date <= ?")
        params.append(date_to)
    text = (text or "").strip()
    if text:
        # instr on lower(): LIKE would read % and _ typed by the person as wildcards.
        where.append("(instr(lower(notes), lower(?)) > 0 OR instr(lower(provider), lower(?)) > 0)")
        params.extend([text, text])
    order = SORT_COLUMNS.get(sort, "date")
    direction = "DESC" if descending else "ASC"
    sql = f"SELECT id FROM services WHERE {' AND '.join(where)} ORDER BY {order} {direction}, id {direction}"
    return [r[0] for r in conn.execute(sql, params)]


def rows(conn, ids: list[int]) -> dict[int, dict]:
    if not ids:
        return {}
    out: dict[int, dict] = {}
    # SQLite limits bound parameters; a long list is fetched in chunks.
    for start in range(0, len(ids), 500):
        chunk = ids[start:start + 500]
        marks = ",".join("?" for _ in chunk)
        for r in conn.execute(f"SELECT * FROM services WHERE id IN ({marks})", chunk):
            out[r["id"]] = dict(r)
    return out


def providers_used(conn, limit: int = 50) -> list[str]:
    """Organisations referred to before, most used first: the provider box offers them."""
    return [r[0] for r in conn.execute(
        "SELECT provider FROM services WHERE provider <> 'in_house' GROUP BY provider"
        " ORDER BY count(*) DESC, provider LIMIT ?", (limit,))]


def count_for_resident(conn, resident_id: int) -> int:
    return conn.execute("SELECT count(*) FROM services WHERE resident_id = ?", (resident_id,)).fetchone()[0]


def for_group(conn, group_session: str):
    return [dict(r) for r in conn.execute("SELECT * FROM services WHERE group_session = ? ORDER BY resident_id",
                                          (group_session,))]
