"""The hash-chained audit log. Each entry carries the SHA-256 of the entry
before it, so that `verify` names the first entry altered or removed."""

from __future__ import annotations

import datetime as _dt
import hashlib
import json

GENESIS = "0" * 64


def now_utc() -> str:
    return _dt.datetime.now(_dt.timezone.utc).strftime("%Y-%m-%dT%H:%M:%S.%fZ")


def entry_hash(entry_id: int, ts: str, username: str, action: str, record_type: str,
               record_id: str, details: str, prev_hash: str) -> str:
    payload = json.dumps([entry_id, ts, username, action, record_type, record_id, details, prev_hash],
                         ensure_ascii=False, separators=(",", ":"))
    return hashlib.sha256(payload.encode("utf-8")).hexdigest()


def append(conn, username: str, action: str, record_type: str = "", record_id: object = "",
           details: dict | None = None, ts: str | None = None) -> int:
    """Call inside the transaction of the change it records."""
    last = conn.execute("SELECT id, hash FROM audit_log ORDER BY id DESC LIMIT 1").fetchone()
    entry_id = (last[0] + 1) if last else 1
    prev = last[1] if last else GENESIS
    ts = ts or now_utc()
    details_text = json.dumps(details or {}, ensure_ascii=False, sort_keys=True, separators=(",", ":"))
    record_id = "" if record_id is None else str(record_id)
    digest = entry_hash(entry_id, ts, username, action, record_type, record_id, details_text, prev)
    conn.execute(
        "INSERT INTO audit_log (id, ts, username, action, record_type, record_id, details, prev_hash, hash)"
        " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)",
        (entry_id, ts, username, action, record_type, record_id, details_text, prev, digest))
    return entry_id


def first_broken(conn, progress=None) -> tuple[int, str] | None:
    """The first entry whose content, hash or link does not hold, with why.
    progress(checked, total) every thousand entries, when given."""
    expected_id = 1
    prev = GENESIS
    total = conn.execute("SELECT count(*) FROM audit_log").fetchone()[0] if progress else 0
    for row in conn.execute("SELECT id, ts, username, action, record_type, record_id, details,"
                            " prev_hash, hash FROM audit_log ORDER BY id"):
        entry_id = row[0]
        if entry_id != expected_id:
            return expected_id, "removed"
        if row[7] != prev:
            return entry_id, "link"
        if entry_hash(*row[:8]) != row[8]:
            return entry_id, "altered"
        prev = row[8]
        if progress is not None and expected_id % 1000 == 0:
            progress(expected_id, total)
        expected_id += 1
    return None


def query(conn, *, username: str | None = None, action: str | None = None,
          record_type: str | None = None, record_id: str | None = None,
          date_from: str | None = None, date_to: str | None = None,
          limit: int = 1000, offset: int = 0):
    where, params = [], []
    for column, value in (("username", username), ("action", action),
                          ("record_type", record_type), ("record_id", record_id)):
        if value:
            where.append(f"{column} = ?")
            params.append(value)
    if date_from:
        where.append("ts >= ?")
        params.append(date_from)
    if date_to:
        where.append("ts < date(?, '+1 day')")
        params.append(date_to)
    sql = "SELECT * FROM audit_log"
    if where:
        sql += " WHERE " + " AND ".join(where)
    sql += " ORDER BY id DESC LIMIT ? OFFSET ?"
    return conn.execute(sql, (*params, limit, offset)).fetchall()


# --- the viewer (shelter_app/audit.py): exact UTC bounds, a count for paging -------------

def _viewer_where(username, action, record_type, record_id, ts_from, ts_before):
    where, params = [], []
    for column, value in (("username", username), ("action", action),
                          ("record_type", record_type), ("record_id", record_id)):
        if value:
            where.append(f"{column} = ?")
            params.append(value)
    if ts_from:
        where.append("ts >= ?")
        params.append(ts_from)
    if ts_before:
        where.append("ts < ?")
        params.append(ts_before)
    return (" WHERE " + " AND ".join(where)) if where else "", params


def search(conn, *, username=None, action=None, record_type=None, record_id=None,
           ts_from: str | None = None, ts_before: str | None = None, limit: int = 1000, offset: int = 0):
    """Entries newest first; `ts_from`/`ts_before` are UTC timestamps as stored."""
    where, params = _viewer_where(username, action, record_type, record_id, ts_from, ts_before)
    return conn.execute(f"SELECT * FROM audit_log{where} ORDER BY id DESC LIMIT ? OFFSET ?",
                        (*params, limit, offset)).fetchall()


def search_count(conn, *, username=None, action=None, record_type=None, record_id=None,
                 ts_from: str | None = None, ts_before: str | None = None) -> int:
    where, params = _viewer_where(username, action, record_type, record_id, ts_from, ts_before)
    return conn.execute(f"SELECT count(*) FROM audit_log{where}", params).fetchone()[0]


def distinct_values(conn, column: str) -> list[str]:
    """The accounts, actions or record kinds that occur in the log (filter choices)."""
    if column not in ("username", "action", "record_type"):
        raise ValueError(column)
    return [r[0] for r in conn.execute(f"SELECT DISTINCT {column} FROM audit_log WHERE {column} != ''"
                                       f" ORDER BY {column}")]
