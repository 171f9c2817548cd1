"""The case file's parts a transfer can carry (case-transfer.md, "The
transfer file"), registered with transfers.register_section:

- `notes`: case notes that are not restricted (never a restricted one), with
  their date, kind and text; the author's name goes into the text;
- `attachments`: every attachment, bytes included;
- `nrm`: first-level screenings with their needs (the identification status
  and date travel with the resident's details);
- `safety`: the latest risk assessment and the safety plan — only when the
  director ticks it, after the warning the transfer dialog shows.

No SQL here: each part reads and writes through its own db module."""

from __future__ import annotations

import base64
import hashlib
import io

from shelter_app.db import casefile as casefile_db
from shelter_app.db import nrm as nrm_db
from shelter_app.db import safety as safety_db

MAX_ATTACHMENT = 25 * 1024 * 1024


def _export_notes(conn, resident_id: int) -> list[dict]:
    return [{"noted_at": n["noted_at"], "kind": n["kind"], "text": n["text"], "author": n["author"]}
            for n in casefile_db.notes_for(conn, resident_id) if n["confidentiality"] != "restricted"]


def _import_notes(conn, resident_id: int, notes: list[dict], staff: str, now: str) -> None:
    for n in notes:
        casefile_db.insert_note(conn, resident_id, {"noted_at": n["noted_at"], "kind": n["kind"],
                                                    "confidentiality": "normal",
                                                    "text": f"[{n.get('author') or ''}] {n['text']}"}, staff, now)


def _export_attachments(conn, resident_id: int) -> list[dict]:
    out = []
    for a in casefile_db.attachments_for(conn, resident_id):
        data = b"".join(casefile_db.iter_chunks(conn, a["id"]))
        out.append({"title": a["title"], "kind": a["kind"], "date": a["date"], "file_name": a["file_name"],
                    "media_type": a["media_type"], "content": base64.b64encode(data).decode("ascii")})
    return out


def _import_attachments(conn, resident_id: int, items: list[dict], staff: str, now: str) -> None:
    for a in items:
        meta = {k: a[k] for k in ("title", "kind", "date", "file_name", "media_type")}
        meta.update({"added_by": staff, "added_at": now})
        casefile_db.insert_attachment(conn, resident_id, meta, io.BytesIO(base64.b64decode(a["content"])),
                                      MAX_ATTACHMENT, hashlib.sha256)


def _export_nrm(conn, resident_id: int) -> list[dict]:
    out = []
    for s in nrm_db.screenings(conn, resident_id):
        row = {k: s.get(k) for k in nrm_db.SCREENING_COLUMNS}
        row["needs"] = nrm_db.screening_needs(conn, s["id"])
        out.append(row)
    return out


def _import_nrm(conn, resident_id: int, screenings: list[dict], staff: str, now: str) -> None:
    for s in screenings:
        sid = nrm_db.insert_screening(conn, resident_id, {**s, "screened_by": s.get("screened_by") or staff}, now)
        nrm_db.replace_needs(conn, sid, s.get("needs") or [])


def _export_safety(conn, resident_id: int) -> dict:
    latest = safety_db.latest_assessment(conn, resident_id)
    plan = safety_db.get_plan(conn, resident_id)
    return {"assessment": {k: latest[k] for k in ("assessment_date", "occasion", "items", "risk_level", "notes")}
            if latest else None,
            "plan": {k: plan[k] for k in ("concerns", "measures", "who_to_call", "safe_contacts", "review_date")}
            if plan else None}


def _import_safety(conn, resident_id: int, data: dict, staff: str, now: str) -> None:
    if data.get("assessment"):
        safety_db.insert_assessment(conn, resident_id, {**data["assessment"], "assessed_by": staff}, now)
    if data.get("plan"):
        safety_db.save_plan(conn, resident_id, data["plan"], staff, now)


def register(register_section) -> None:
    register_section("notes", _export_notes, _import_notes)
    register_section("attachments", _export_attachments, _import_attachments)
    register_section("nrm", _export_nrm, _import_nrm)
    register_section("safety", _export_safety, _import_safety)
