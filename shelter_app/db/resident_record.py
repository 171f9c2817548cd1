"""Everything held about one resident, found by following the foreign keys
from `residents`: a table another issue adds later (with a key to a
resident, or to one of their records) is included without anyone having to
remember it here."""

from __future__ import annotations

from collections import OrderedDict

# Bytes, not facts: an attachment is listed through `attachments`, its file is never read for the record.
NOT_COLLECTED = {"attachment_chunks", "attachment_thumbnails"}


def _tables(conn) -> list[str]:
    return [r[0] for r in conn.execute(
        "SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%'"
        " AND sql NOT LIKE 'CREATE VIRTUAL TABLE%' ORDER BY rowid")]


def _foreign_keys(conn, table: str) -> list[tuple[str, str, str]]:
    """(parent table, column here, parent column)."""
    return [(r[2], r[3], r[4] or "id") for r in conn.execute(f'PRAGMA foreign_key_list("{table}")')]


def collect(conn, resident_id: int) -> "OrderedDict[str, list[dict]]":
    """table -> rows, the resident first, then every table that hangs off it."""
    found: OrderedDict[str, list[dict]] = OrderedDict()
    row = conn.execute("SELECT * FROM residents WHERE id = ?", (resident_id,)).fetchone()
    if row is None:
        return found
    found["residents"] = [dict(row)]
    tables = [t for t in _tables(conn) if t != "residents" and t not in NOT_COLLECTED]
    keys = {t: _foreign_keys(conn, t) for t in tables}
    changed = True
    while changed:
        changed = False
        for table in tables:
            if table in found:
                continue
            for parent, column, parent_column in keys[table]:
                if parent == table or parent not in found:
                    continue
                ids = [r[parent_column] for r in found[parent] if r.get(parent_column) is not None]
                rows = []
                if ids:
                    marks = ",".join("?" for _ in ids)
                    rows = [dict(r) for r in conn.execute(
                        f'SELECT * FROM "{table}" WHERE "{column}" IN ({marks}) ORDER BY rowid', ids)]
                found[table] = rows
                changed = True
                break
    return found


def audit_entries(conn, case_number: str):
    return conn.execute("SELECT * FROM audit_log WHERE record_type = 'resident' AND record_id = ? ORDER BY id",
                        (case_number,)).fetchall()
