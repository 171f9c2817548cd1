from __future__ import annotations

SERVICE_COLUMNS = ("resident_id", "date", "service_type", "provider", "staff", "duration_minutes", "notes",
                   "referral_status", "group_session")


def insert(conn, record: dict, now: str) -> int:
    row = {c: record.get(c) for c in SERVICE_COLUMNS}
    row["provider"] = row["provider"] or "in_house"
    row["notes"] = row["notes"] or ""
    row["created_at"] = now
    cols = ", ".join(row)
    return conn.execute(f"INSERT INTO services ({cols}) VALUES ({', '.join('?' for _ in row)})",
                        tuple(row.values())).lastrowid


def for_resident(conn, resident_id: int):
    return [dict(r) for r in conn.execute("SELECT * FROM services WHERE resident_id = ? ORDER BY date DESC, id DESC",
                                          (resident_id,))]
