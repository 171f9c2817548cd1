"""The case file of one resident (data-dictionary.md, "The case file"): case
notes, attachments kept inside the encrypted database, identity documents,
contacts and the key worker.

Who sees what: case notes are read by those who read plans (not lawyers:
security.md keeps medical and psychological matters from them); a restricted
note only by its author and directors, the others see that it exists. A
lawyer sees the legal, identity and consent papers among the attachments and
may add legal papers."""

from __future__ import annotations

import datetime as _dt
import hashlib
import io
from typing import BinaryIO, Iterator, cast

from shelter_app import codes
from shelter_app.db import accounts as accounts_db
from shelter_app.db import casefile as casefile_db
from shelter_app.db import residents as residents_db
from shelter_app.db.audit import now_utc
from shelter_app.errors import NotFound, PermissionDenied, ShelterError
from shelter_app.permissions import Action, Permission
from shelter_app.session import Session
from shelter_app.validation import Problems, check_code, check_country, check_date, check_text

MAX_ATTACHMENT = 25 * 1024 * 1024
EDIT_WINDOW = _dt.timedelta(hours=24)
LAWYER_ATTACHMENT_KINDS = frozenset({"legal", "identity_document", "consent_form"})


def _utcnow() -> _dt.datetime:
    """The clock; tests move it."""
    return _dt.datetime.now(_dt.timezone.utc)


def _stamp(moment: _dt.datetime) -> str:
    return moment.strftime("%Y-%m-%dT%H:%M:%S.%fZ")


def _parse_stamp(text: str) -> _dt.datetime:
    return _dt.datetime.strptime(text, "%Y-%m-%dT%H:%M:%S.%fZ").replace(tzinfo=_dt.timezone.utc)


def _resident(session: Session, resident_id: int) -> dict:
    record = residents_db.get(session.db.conn, resident_id)
    if record is None:
        raise NotFound("No resident with this id.")
    return record


# --- case notes -----------------------------------------------------------------------

def can_read_notes(session: Session) -> bool:
    return session.can(Permission.VIEW_PLANS)


def _sees(session: Session, note: dict) -> bool:
    return (note["confidentiality"] != "restricted" or note["author"] == session.user.username
            or session.user.role == "director")


def _check_note(session: Session, resident_id: int, data: dict) -> dict:
    p = Problems()
    note: dict = {}
    raw = str(data.get("noted_at") or "").strip()
    note["noted_at"] = None
    if raw:
        date_part, _, time_part = raw.partition(" ")
        day = check_date(p, {"noted_at": date_part}, "noted_at")
        time_part = time_part.strip() or "00:00"
        try:
            clock = _dt.time.fromisoformat(time_part)
        except ValueError:
            p.add("noted_at", "Not a valid time: {value}. Use HH:MM.", value=time_part)
            clock = None
        if day and clock is not None:
            note["noted_at"] = f"{day} {clock.strftime('%H:%M')}"
    else:
        p.add("noted_at", "Required.")
    note["kind"] = check_code(p, data, "kind", codes.NOTE_KIND, required=True)
    note["confidentiality"] = check_code(p, data, "confidentiality", codes.CONFIDENTIALITY, default="normal")
    note["text"] = check_text(p, data, "text", required=True, max_length=50000)
    contact_id = data.get("contact_id")
    note["contact_id"] = None
    if contact_id:
        contact = casefile_db.get_contact(session.db.conn, int(contact_id))
        if contact is None or contact["resident_id"] != resident_id:
            p.add("contact_id", "This contact does not belong to this resident.")
        else:
            note["contact_id"] = contact["id"]
    p.raise_if_any()
    return note


def notes(session: Session, resident_id: int, search: str = "") -> list[dict]:
    """The resident's notes, newest first; a restricted note the person may not
    read comes with its text and annotations left out ("restricted": True,
    "hidden": True). `search` keeps the notes whose text, annotations or
    kind contain every typed word, in any letter case (Cyrillic too)."""
    if not can_read_notes(session):
        raise PermissionDenied("Your role does not allow this ({permission}).",
                               permission=_permission_label(Permission.VIEW_PLANS))
    found = []
    now = _utcnow()
    words = [w.casefold() for w in search.split()]
    for note in casefile_db.notes_for(session.db.conn, resident_id):
        visible = _sees(session, note)
        note["hidden"] = not visible
        if not visible:
            note["text"] = ""
            note["annotations"] = []
            note["contact_id"] = note["contact_name"] = None
        note["editable"] = visible and note["author"] == session.user.username and \
            now - _parse_stamp(note["created_at"]) < EDIT_WINDOW and session.can(Permission.EDIT_RESIDENTS)
        if words:
            if not visible:
                continue
            haystack = " ".join([note["text"], codes.NOTE_KIND.label(note["kind"]),
                                 *(a["text"] for a in note["annotations"])]).casefold()
            if not all(w in haystack for w in words):
                continue
        found.append(note)
    return found


def _permission_label(permission: Permission) -> str:
    from shelter_app.permissions import label

    return label(permission)


def add_note(session: Session, resident_id: int, data: dict) -> dict:
    session.require(Permission.EDIT_RESIDENTS)
    resident = _resident(session, resident_id)
    note = _check_note(session, resident_id, data)
    with session.transaction():
        note_id = casefile_db.insert_note(session.db.conn, resident_id, note, session.user.username,
                                          _stamp(_utcnow()))
        session.audit(Action.CASE_NOTE_ADDED, "resident", resident["case_number"],
                      {"note": note_id, "kind": note["kind"], "confidentiality": note["confidentiality"]})
    return casefile_db.get_note(session.db.conn, note_id)


def _note_for_change(session: Session, note_id: int) -> tuple[dict, dict]:
    session.require(Permission.EDIT_RESIDENTS)
    note = casefile_db.get_note(session.db.conn, note_id)
    if note is None:
        raise NotFound("No such case note.")
    if not _sees(session, note):
        raise PermissionDenied("This note is restricted to its author and the directors.")
    return note, _resident(session, note["resident_id"])


def update_note(session: Session, note_id: int, data: dict) -> dict:
    """Only the author, and only within 24 hours of writing it; after that, annotate."""
    note, resident = _note_for_change(session, note_id)
    if note["author"] != session.user.username:
        raise PermissionDenied("Only the author can change a case note; others can add an annotation.")
    if _utcnow() - _parse_stamp(note["created_at"]) >= EDIT_WINDOW:
        raise ShelterError("A case note can be changed for 24 hours after it is written; add an annotation instead.")
    merged = {**note, **data}
    clean = _check_note(session, note["resident_id"], merged)
    changed = sorted(k for k in clean if clean[k] != note.get(k))
    if not changed:
        return note
    with session.transaction():
        casefile_db.update_note(session.db.conn, note_id, clean, now_utc())
        session.audit(Action.CASE_NOTE_CHANGED, "resident", resident["case_number"], {"note": note_id, "fields": changed})
    return casefile_db.get_note(session.db.conn, note_id)


def annotate_note(session: Session, note_id: int, text: str) -> int:
    note, resident = _note_for_change(session, note_id)
    p = Problems()
    clean = check_text(p, {"text": text}, "text", required=True, max_length=20000)
    p.raise_if_any()
    with session.transaction():
        annotation_id = casefile_db.insert_annotation(session.db.conn, note_id, clean, session.user.username,
                                                      _stamp(_utcnow()))
        session.audit(Action.CASE_NOTE_ANNOTATED, "resident", resident["case_number"], {"note": note_id})
    return annotation_id


# --- attachments ----------------------------------------------------------------------

def _sniff(head: bytes) -> str:
    """The media type from the first bytes (a file's name can lie)."""
    if head.startswith(b"%PDF-"):
        return "application/pdf"
    if head.startswith(b"\x89PNG\r\n\x1a\n"):
        return "image/png"
    if head.startswith(b"\xff\xd8\xff"):
        return "image/jpeg"
    if head[:6] in (b"GIF87a", b"GIF89a"):
        return "image/gif"
    if head[:4] in (b"II*\x00", b"MM\x00*"):
        return "image/tiff"
    if head[:2] == b"BM":
        return "image/bmp"
    if head[:4] == b"RIFF" and head[8:12] == b"WEBP":
        return "image/webp"
    return "application/octet-stream"


def viewable(media_type: str) -> bool:
    return media_type == "application/pdf" or media_type.startswith("image/")


def attachments_visible_kinds(session: Session) -> frozenset[str] | None:
    """None: every kind. A lawyer sees the legal, identity and consent papers only."""
    if session.can(Permission.EDIT_RESIDENTS) or session.can(Permission.VIEW_PLANS):
        return None
    return LAWYER_ATTACHMENT_KINDS


def _check_meta(data: dict) -> dict:
    p = Problems()
    meta = {"title": check_text(p, data, "title", required=True, max_length=200),
            "kind": check_code(p, data, "kind", codes.ATTACHMENT_KIND, required=True),
            "date": check_date(p, data, "date", required=True)}
    p.raise_if_any()
    return meta


def _require_attach(session: Session, kind: str | None) -> None:
    if session.can(Permission.EDIT_RESIDENTS):
        return
    if session.can(Permission.EDIT_LEGAL) and kind == "legal":
        return
    session.require(Permission.EDIT_RESIDENTS)


def add_attachment(session: Session, resident_id: int, stream: BinaryIO, *, file_name: str, title: str = "",
                   kind: str = "other", date=None, size_hint: int | None = None) -> dict:
    """Store a file's bytes inside the database, read from `stream` a chunk at a
    time in one transaction: all of it or nothing. At most 25 MB."""
    resident = _resident(session, resident_id)
    data = {"title": title or file_name, "kind": kind, "date": date or _dt.date.today().isoformat()}
    meta = _check_meta(data)
    _require_attach(session, meta["kind"])
    if size_hint is not None and size_hint > MAX_ATTACHMENT:
        raise ShelterError("The file is {size} MB; an attachment can be at most 25 MB.",
                           size=f"{size_hint / 1048576:.1f}")
    if size_hint == 0:
        raise ShelterError("The file is empty.")
    head = stream.read(16)
    meta.update(file_name=str(file_name)[-200:], media_type=_sniff(head), added_by=session.user.username,
                added_at=now_utc())
    whole = cast(BinaryIO, _Prefixed(head, stream))  # a readable binary stream, as the storage layer reads it
    try:
        with session.transaction():
            attachment_id, size, sha = casefile_db.insert_attachment(session.db.conn, resident_id, meta, whole,
                                                                     MAX_ATTACHMENT, hashlib.sha256)
            if size == 0:
                raise ShelterError("The file is empty.")
            session.audit(Action.ATTACHMENT_ADDED, "resident", resident["case_number"],
                          {"attachment": attachment_id, "kind": meta["kind"], "size": size})
    except ValueError as exc:
        if str(exc) == "too_large":
            raise ShelterError("The file is larger than 25 MB; an attachment can be at most 25 MB.") from None
        raise
    except OSError as exc:
        raise ShelterError("The file could not be read: {reason}", reason=exc.strerror or str(exc)) from None
    return casefile_db.get_attachment(session.db.conn, attachment_id)


def add_attachment_file(session: Session, resident_id: int, path, **meta) -> dict:
    """Attach a file from disk (file dialog, drag and drop, the command line)."""
    from pathlib import Path

    path = Path(path)
    try:
        size = path.stat().st_size
        if not path.is_file():
            raise ShelterError("Not a file: {path}", path=str(path))
        with open(path, "rb") as fh:
            return add_attachment(session, resident_id, fh, file_name=path.name, size_hint=size, **meta)
    except OSError as exc:
        raise ShelterError("The file could not be read: {reason}", reason=exc.strerror or str(exc)) from None


class _Prefixed(io.RawIOBase):
    """The bytes already read to sniff the type, then the rest of the stream."""

    def __init__(self, head: bytes, rest: BinaryIO) -> None:
        self.head, self.rest = head, rest

    def read(self, n: int = -1) -> bytes:
        if self.head:
            out, self.head = self.head, b""
            more = self.rest.read(max(0, n - len(out))) if n and n > len(out) else b""
            return out + (more or b"")
        return self.rest.read(n)


def attachments(session: Session, resident_id: int) -> list[dict]:
    session.require(Permission.VIEW_RESIDENTS)
    kinds = attachments_visible_kinds(session)
    rows = casefile_db.attachments_for(session.db.conn, resident_id)
    return [r for r in rows if kinds is None or r["kind"] in kinds]


def attachment(session: Session, attachment_id: int) -> dict:
    session.require(Permission.VIEW_RESIDENTS)
    row = casefile_db.get_attachment(session.db.conn, attachment_id)
    kinds = attachments_visible_kinds(session)
    if row is None or (kinds is not None and row["kind"] not in kinds):
        raise NotFound("No such attachment.")
    return row


def read_chunks(session: Session, attachment_id: int) -> Iterator[bytes]:
    """The stored bytes, a chunk at a time (checked against their SHA-256 at the end)."""
    row = attachment(session, attachment_id)
    digest = hashlib.sha256()
    for chunk in casefile_db.iter_chunks(session.db.conn, attachment_id):
        digest.update(chunk)
        yield chunk
    if digest.hexdigest() != row["sha256"]:
        raise ShelterError("The attachment is damaged: its bytes do not match what was stored.")


def open_attachment(session: Session, attachment_id: int) -> tuple[dict, bytes]:
    """The bytes in memory to show inside the app (never a file); audited as a view."""
    row = attachment(session, attachment_id)
    data = b"".join(read_chunks(session, attachment_id))
    resident = _resident(session, row["resident_id"])
    with session.transaction():
        session.audit(Action.ATTACHMENT_VIEWED, "resident", resident["case_number"], {"attachment": attachment_id})
    return row, data


def save_copy(session: Session, attachment_id: int, target) -> int:
    """Write a copy out of the database (the caller has warned that it is not
    encrypted): a temporary name beside the target, synced and renamed."""
    import os
    from pathlib import Path

    from shelter_app import atomic

    row = attachment(session, attachment_id)
    resident = _resident(session, row["resident_id"])
    target = Path(target)
    tmp = target.with_name(f".{target.name}.tmp-{os.getpid()}")
    written = 0
    try:
        fd = os.open(tmp, os.O_WRONLY | os.O_CREAT | os.O_TRUNC, 0o600)
        with os.fdopen(fd, "wb") as fh:
            for chunk in read_chunks(session, attachment_id):
                fh.write(chunk)
                written += len(chunk)
            fh.flush()
            os.fsync(fh.fileno())
        os.replace(tmp, target)
        atomic._fsync_dir(target.parent)
    except OSError as exc:
        try:
            tmp.unlink()
        except OSError:
            pass
        raise ShelterError("Could not write {path}: {reason}", path=str(target),
                           reason=exc.strerror or str(exc)) from None
    except BaseException:
        try:
            tmp.unlink()
        except OSError:
            pass
        raise
    with session.transaction():
        session.audit(Action.ATTACHMENT_SAVED, "resident", resident["case_number"],
                      {"attachment": attachment_id, "size": written})
    return written


def update_attachment(session: Session, attachment_id: int, data: dict) -> dict:
    row = attachment(session, attachment_id)
    meta = _check_meta({**row, **data})
    _require_attach(session, meta["kind"])
    _require_attach(session, row["kind"])
    resident = _resident(session, row["resident_id"])
    with session.transaction():
        casefile_db.update_attachment(session.db.conn, attachment_id, meta["title"], meta["kind"], meta["date"])
        session.audit(Action.ATTACHMENT_CHANGED, "resident", resident["case_number"], {"attachment": attachment_id})
    return casefile_db.get_attachment(session.db.conn, attachment_id)


def delete_attachment(session: Session, attachment_id: int) -> None:
    row = attachment(session, attachment_id)
    session.require(Permission.EDIT_RESIDENTS)
    resident = _resident(session, row["resident_id"])
    with session.transaction():
        casefile_db.delete_attachment(session.db.conn, attachment_id)
        session.audit(Action.ATTACHMENT_DELETED, "resident", resident["case_number"],
                      {"attachment": attachment_id, "kind": row["kind"]})


def thumbnail(session: Session, attachment_id: int) -> tuple[bytes, int | None] | None:
    attachment(session, attachment_id)
    return casefile_db.thumbnail(session.db.conn, attachment_id)


def store_thumbnail(session: Session, attachment_id: int, png: bytes, pages: int | None = None) -> None:
    """Made once by the screen that first shows it; kept in the database (a
    cache, not a change to the record: not audited)."""
    attachment(session, attachment_id)
    with session.transaction():
        casefile_db.store_thumbnail(session.db.conn, attachment_id, png, pages)


# --- identity documents ----------------------------------------------------------------

def _check_document(data: dict) -> dict:
    p = Problems()
    doc = {"document_type": check_code(p, data, "document_type", codes.DOCUMENT_TYPE, required=True),
           "number": check_text(p, data, "number", max_length=64),
           "issuing_country": check_country(p, data, "issuing_country", required=False),
           "expiry_date": check_date(p, data, "expiry_date", not_future=False),
           "holder": check_code(p, data, "holder", codes.DOCUMENT_HOLDER),
           "replacement_requested_on": check_date(p, data, "replacement_requested_on"),
           "notes": check_text(p, data, "notes", max_length=2000)}
    p.raise_if_any()
    return doc


def documents(session: Session, resident_id: int) -> list[dict]:
    session.require(Permission.VIEW_RESIDENTS)
    return casefile_db.documents_for(session.db.conn, resident_id)


def save_document(session: Session, resident_id: int, data: dict, document_id: int | None = None) -> int:
    session.require(Permission.EDIT_RESIDENTS)
    resident = _resident(session, resident_id)
    doc = _check_document(data)
    conn = session.db.conn
    with session.transaction():
        if document_id is None:
            document_id = casefile_db.insert_document(conn, resident_id, doc, now_utc())
            session.audit(Action.DOCUMENT_ADDED, "resident", resident["case_number"],
                          {"document": document_id, "document_type": doc["document_type"]})
        else:
            before = casefile_db.get_document(conn, document_id)
            if before is None or before["resident_id"] != resident_id:
                raise NotFound("No such identity document.")
            casefile_db.update_document(conn, document_id, doc, now_utc())
            session.audit(Action.DOCUMENT_CHANGED, "resident", resident["case_number"],
                          {"document": document_id, "fields": sorted(k for k in doc if doc[k] != before[k])})
    return document_id


def delete_document(session: Session, document_id: int) -> None:
    session.require(Permission.EDIT_RESIDENTS)
    doc = casefile_db.get_document(session.db.conn, document_id)
    if doc is None:
        raise NotFound("No such identity document.")
    resident = _resident(session, doc["resident_id"])
    with session.transaction():
        casefile_db.delete_document(session.db.conn, document_id)
        session.audit(Action.DOCUMENT_DELETED, "resident", resident["case_number"], {"document": document_id})


# --- contacts ---------------------------------------------------------------------------

def _check_contact(data: dict) -> dict:
    p = Problems()
    contact = {"name": check_text(p, data, "name", required=True, max_length=200),
               "relation": check_text(p, data, "relation", max_length=100),
               "phone": check_text(p, data, "phone", max_length=64),
               "place": check_text(p, data, "place", max_length=200),
               "safe_to_contact": check_code(p, data, "safe_to_contact", codes.SAFE_TO_CONTACT, default="unknown"),
               "notes": check_text(p, data, "notes", max_length=2000)}
    p.raise_if_any()
    return contact


def contacts(session: Session, resident_id: int) -> list[dict]:
    session.require(Permission.VIEW_RESIDENTS)
    return casefile_db.contacts_for(session.db.conn, resident_id)


def save_contact(session: Session, resident_id: int, data: dict, contact_id: int | None = None) -> int:
    session.require(Permission.EDIT_RESIDENTS)
    resident = _resident(session, resident_id)
    contact = _check_contact(data)
    conn = session.db.conn
    with session.transaction():
        if contact_id is None:
            contact_id = casefile_db.insert_contact(conn, resident_id, contact, now_utc())
            session.audit(Action.CONTACT_ADDED, "resident", resident["case_number"],
                          {"contact": contact_id, "safe_to_contact": contact["safe_to_contact"]})
        else:
            before = casefile_db.get_contact(conn, contact_id)
            if before is None or before["resident_id"] != resident_id:
                raise NotFound("No such contact.")
            casefile_db.update_contact(conn, contact_id, contact, now_utc())
            session.audit(Action.CONTACT_CHANGED, "resident", resident["case_number"],
                          {"contact": contact_id, "fields": sorted(k for k in contact if contact[k] != before[k])})
    return contact_id


def delete_contact(session: Session, contact_id: int) -> None:
    session.require(Permission.EDIT_RESIDENTS)
    contact = casefile_db.get_contact(session.db.conn, contact_id)
    if contact is None:
        raise NotFound("No such contact.")
    resident = _resident(session, contact["resident_id"])
    with session.transaction():
        casefile_db.delete_contact(session.db.conn, contact_id)
        session.audit(Action.CONTACT_DELETED, "resident", resident["case_number"], {"contact": contact_id})


# --- key worker -------------------------------------------------------------------------

def staff(session: Session) -> list[dict]:
    """Accounts that can be a key worker (username, display name), for a picker."""
    session.require(Permission.VIEW_RESIDENTS)
    return [{"username": r["username"], "display_name": r["display_name"], "role": r["role"]}
            for r in accounts_db.list_all(session.db.conn)]


def check_key_worker(session: Session, username: str | None) -> None:
    if not username:
        return
    row = accounts_db.get(session.db.conn, username)
    if row is None or not row["active"]:
        from shelter_app.errors import ValidationError

        raise ValidationError({"key_worker": ("No active staff account {value}.", {"value": username})})
