"""SQL for the organisations directory (referrals, NRM bodies, organisation cards)."""

from __future__ import annotations

COLUMNS = ("name", "organisation_type", "region", "phone", "notes", "code", "x25519_public", "ed25519_public",
           "fingerprint", "fingerprint_checked_at", "active")


def insert(conn, record: dict, now: str) -> int:
    row = {c: record[c] for c in COLUMNS if c in record}
    for text in ("region", "phone", "notes"):
        row[text] = row.get(text) or ""
    row["created_at"] = row["updated_at"] = now
    cols = ", ".join(row)
    return conn.execute(f"INSERT INTO organisations ({cols}) VALUES ({', '.join('?' for _ in row)})",
                        tuple(row.values())).lastrowid


def update(conn, organisation_id: int, changes: dict, now: str) -> None:
    cols = [c for c in changes if c in COLUMNS]
    if not cols:
        return
    conn.execute(f"UPDATE organisations SET {', '.join(c + ' = ?' for c in cols)}, updated_at = ? WHERE id = ?",
                 (*(changes[c] for c in cols), now, organisation_id))


def get(conn, organisation_id: int) -> dict | None:
    row = conn.execute("SELECT * FROM organisations WHERE id = ?", (organisation_id,)).fetchone()
    return dict(row) if row else None


def by_code(conn, code: str) -> dict | None:
    row = conn.execute("SELECT * FROM organisations WHERE code = ?", (code,)).fetchone()
    return dict(row) if row else None


def listing(conn, organisation_type: str | None = None, *, include_inactive: bool = False) -> list[dict]:
    sql = "SELECT * FROM organisations WHERE 1 = 1"
    args: list = []
    if organisation_type:
        sql += " AND organisation_type = ?"
        args.append(organisation_type)
    if not include_inactive:
        sql += " AND active = 1"
    return [dict(r) for r in conn.execute(sql + " ORDER BY name COLLATE NOCASE, id", args)]
