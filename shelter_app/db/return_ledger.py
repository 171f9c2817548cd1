"""The release ledger: every export of a statistical return and, for those
with suppression, the cells it published (migration 0008)."""

from __future__ import annotations

import json


def record(conn, *, exported_at: str, username: str, label: str, start: str, end: str, fmt: str,
           threshold: int, suppression: bool, zeros_published: bool, cells: dict, sha256: str) -> int:
    """Call inside the export's transaction."""
    return conn.execute(
        "INSERT INTO return_releases (exported_at, username, period_label, period_start, period_end, format,"
        " threshold, suppression, zeros_published, cells, sha256) VALUES (?,?,?,?,?,?,?,?,?,?,?)",
        (exported_at, username, label, start, end, fmt, int(threshold), int(bool(suppression)),
         int(bool(zeros_published)), json.dumps(cells if suppression else {}, sort_keys=True,
                                                 separators=(",", ":")), sha256)).lastrowid


def releases(conn, *, suppressed_only: bool = False) -> list[dict]:
    """Oldest first."""
    sql = ("SELECT id, exported_at, username, period_label, period_start, period_end, format, threshold,"
           " suppression, zeros_published, cells, sha256 FROM return_releases")
    if suppressed_only:
        sql += " WHERE suppression = 1"
    out = []
    for row in conn.execute(sql + " ORDER BY id"):
        out.append({"id": row[0], "exported_at": row[1], "username": row[2], "label": row[3], "start": row[4],
                    "end": row[5], "format": row[6], "threshold": row[7], "suppression": bool(row[8]),
                    "zeros_published": bool(row[9]), "cells": json.loads(row[10] or "{}"), "sha256": row[11]})
    return out
