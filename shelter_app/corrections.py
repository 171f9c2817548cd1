"""Correcting mistakes (data-dictionary.md, "The case file"): a stay's dates,
place and exit corrected with the old values in the audit log, a discharge
undone, two records of the same person merged (director), and a record
created by mistake deleted within 7 days (director)."""

from __future__ import annotations

import datetime as _dt

from shelter_app import codes
from shelter_app.db import accommodation as places_db
from shelter_app.db import merge as merge_db
from shelter_app.db import residents as residents_db
from shelter_app.db import retention as retention_db
from shelter_app.db import stays as stays_db
from shelter_app.db.audit import now_utc
from shelter_app.errors import NotFound, PermissionDenied, ShelterError
from shelter_app.permissions import Action, Permission
from shelter_app.session import Session
from shelter_app.validation import Problems, check_code, check_date

DELETE_WINDOW = _dt.timedelta(days=7)
STAY_FIELDS = ("intake_date", "exit_date", "exit_reason", "place_id")


def _utcnow() -> _dt.datetime:
    """The clock; tests move it."""
    return _dt.datetime.now(_dt.timezone.utc)


def _stay_and_resident(session: Session, stay_id: int) -> tuple[dict, dict]:
    stay = stays_db.get(session.db.conn, stay_id)
    if stay is None:
        raise NotFound("No such stay.")
    return stay, residents_db.get(session.db.conn, stay["resident_id"])


def _overlaps(stays: list[dict]) -> dict | None:
    """The first stay that begins before the one before it ended, if any."""
    ordered = sorted(stays, key=lambda s: (s["intake_date"], s["id"]))
    for before, after in zip(ordered, ordered[1:]):
        if before["exit_date"] is None or after["intake_date"] < before["exit_date"]:
            return after
    return None


def edit_stay(session: Session, stay_id: int, changes: dict) -> dict:
    """Correct a stay's intake date, exit date and reason, or the place it
    began in. The audit entry keeps the old values. The screen asks for
    confirmation before calling this."""
    session.require(Permission.EDIT_STAYS)
    conn = session.db.conn
    stay, resident = _stay_and_resident(session, stay_id)
    data = {k: stay[k] for k in STAY_FIELDS}
    data.update({k: v for k, v in changes.items() if k in STAY_FIELDS})
    p = Problems()
    new = {"intake_date": check_date(p, data, "intake_date", required=True),
           "exit_date": check_date(p, data, "exit_date")}
    new["exit_reason"] = check_code(p, data, "exit_reason", codes.EXIT_REASON) if new["exit_date"] else None
    if new["exit_date"] and not new["exit_reason"] and "exit_reason" not in p.items:
        p.add("exit_reason", "Required when the exit date is set.")
    if not new["exit_date"] and data.get("exit_reason"):
        p.add("exit_date", "Required when an exit reason is given.")
    if new["intake_date"] and new["intake_date"] < resident["registration_date"]:
        p.add("intake_date", "The intake date is before the registration date.")
    if new["intake_date"] and new["exit_date"] and new["exit_date"] < new["intake_date"]:
        p.add("exit_date", "The exit date is before the intake date.")
    place_id = data.get("place_id") or None
    if place_id is not None:
        place_id = int(place_id)
        if places_db.get_place(conn, place_id) is None:
            p.add("place_id", "No such place.")
    new["place_id"] = place_id
    p.raise_if_any()
    moves = places_db.moves_for_stay(conn, stay_id)
    if moves and (moves[0]["moved_on"] < new["intake_date"]
                  or (new["exit_date"] and moves[-1]["moved_on"] >= new["exit_date"])):
        raise ShelterError("A move within this stay falls outside the new dates ({date}).",
                           date=moves[0]["moved_on"] if moves[0]["moved_on"] < new["intake_date"]
                           else moves[-1]["moved_on"])
    others = [s for s in stays_db.for_resident(conn, resident["id"]) if s["id"] != stay_id]
    clash = _overlaps(others + [{**stay, **new}])
    if clash is not None:
        raise ShelterError("The corrected dates overlap another stay of this resident.")
    before = {k: stay[k] for k in STAY_FIELDS}
    changed = sorted(k for k in STAY_FIELDS if before[k] != new[k])
    if not changed:
        return stay
    with session.transaction():
        stays_db.update(conn, stay_id, **{k: new[k] for k in changed})
        session.audit(Action.STAY_CORRECTED, "resident", resident["case_number"],
                      {"stay": stay_id, "fields": changed, "before": {k: before[k] for k in changed},
                       "after": {k: new[k] for k in changed}})
    return stays_db.get(conn, stay_id)


def undo_discharge(session: Session, stay_id: int) -> dict:
    """Reopen the resident's last stay, discharged by mistake."""
    session.require(Permission.EDIT_STAYS)
    conn = session.db.conn
    stay, resident = _stay_and_resident(session, stay_id)
    if stay["exit_date"] is None:
        raise ShelterError("This stay is not discharged.")
    stays = stays_db.for_resident(conn, resident["id"])
    if any(s["exit_date"] is None for s in stays):
        raise ShelterError("This resident is in the shelter on another stay.")
    if stays[-1]["id"] != stay_id:
        raise ShelterError("Only the last stay's discharge can be undone.")
    with session.transaction():
        stays_db.update(conn, stay_id, exit_date=None, exit_reason=None)
        session.audit(Action.DISCHARGE_UNDONE, "resident", resident["case_number"],
                      {"stay": stay_id, "before": {"exit_date": stay["exit_date"], "exit_reason": stay["exit_reason"]}})
    return stays_db.get(conn, stay_id)


# --- merge ----------------------------------------------------------------------------

MERGE_FIELDS = tuple(c for c in residents_db.COLUMNS if c != "case_number")


def merge_preview(session: Session, kept_id: int, other_id: int) -> dict:
    """Both records side by side and the fields on which they differ."""
    session.require(Permission.VIEW_RESIDENTS)
    if session.user.role != "director":
        raise PermissionDenied("Only a director can merge two records.")
    conn = session.db.conn
    kept, other = residents_db.get(conn, kept_id), residents_db.get(conn, other_id)
    if kept is None or other is None:
        raise NotFound("No resident with this id.")
    if kept_id == other_id:
        raise ShelterError("A record cannot be merged with itself.")
    differ = [f for f in MERGE_FIELDS if kept.get(f) != other.get(f)]
    return {"kept": kept, "other": other, "differ": differ}


def merge(session: Session, kept_id: int, other_id: int, take_from_other: list[str] | tuple = ()) -> dict:
    """Merge `other` into `kept`: the fields named in `take_from_other` take the
    other record's value, every plan, service, legal case, note, attachment,
    stay (and any row of a table listed in db/merge.py) moves to the kept
    record, and the other record keeps only its case number as a pointer to
    the kept one. Director only; audited on both case numbers."""
    if session.user.role != "director":
        raise PermissionDenied("Only a director can merge two records.")
    preview = merge_preview(session, kept_id, other_id)
    kept, other = preview["kept"], preview["other"]
    unknown = [f for f in take_from_other if f not in MERGE_FIELDS]
    if unknown:
        raise ShelterError("Not a field of the record: {value}.", value=unknown[0])
    from shelter_app import residents

    chosen = {f: other[f] for f in take_from_other}
    clean = residents.validate(chosen, partial_of=kept)
    conn = session.db.conn
    with session.transaction():
        if clean.get("external_id") and clean["external_id"] == other.get("external_id"):
            residents_db.update(conn, other_id, {"external_id": None}, now_utc())
        moved = merge_db.move_all(conn, kept_id, other_id)
        if _overlaps(stays_db.for_resident(conn, kept_id)) is not None:
            raise ShelterError("The two records have stays that overlap: correct the stays first, then merge.")
        changed = sorted(f for f in MERGE_FIELDS if clean.get(f) != kept.get(f))
        if changed:
            residents_db.update(conn, kept_id, {f: clean[f] for f in changed}, now_utc())
        residents_db.delete(conn, other_id)
        merge_db.insert_alias(conn, other["case_number"], kept_id, now_utc(), session.user.username)
        details = {"merged": other["case_number"], "into": kept["case_number"], "fields": changed,
                   "moved": {t: n for t, n in moved.items() if n}}
        session.audit(Action.RESIDENT_MERGED, "resident", kept["case_number"], details)
        session.audit(Action.RESIDENT_MERGED_AWAY, "resident", other["case_number"], details)
    return residents_db.get(conn, kept_id)


def aliases(session: Session, resident_id: int) -> list[str]:
    """Case numbers of records merged into this one."""
    session.require(Permission.VIEW_RESIDENTS)
    return merge_db.aliases_of(session.db.conn, resident_id)


# --- delete a record created by mistake -------------------------------------------------

def can_delete_mistaken(session: Session, resident: dict) -> bool:
    if session.user.role != "director":
        return False
    created = _dt.datetime.strptime(resident["created_at"], "%Y-%m-%dT%H:%M:%S.%fZ").replace(
        tzinfo=_dt.timezone.utc)
    return _utcnow() - created <= DELETE_WINDOW


def delete_mistaken(session: Session, resident_id: int, reason: str = "") -> None:
    """Delete a record created by mistake, with everything attached to it
    (attachments included), within 7 days of its creation. Director only."""
    if session.user.role != "director":
        raise PermissionDenied("Only a director can delete a record created by mistake.")
    conn = session.db.conn
    resident = residents_db.get(conn, resident_id)
    if resident is None:
        raise NotFound("No resident with this id.")
    if not can_delete_mistaken(session, resident):
        raise ShelterError("Only a record created in the last 7 days can be deleted as a mistake; "
                           "older records leave through retention.")
    with session.transaction():
        residents_db.delete(conn, resident_id)
        retention_db.compact_search_index(conn)  # the name leaves no trace in the search index
        session.audit(Action.RESIDENT_DELETED_MISTAKE, "resident", resident["case_number"],
                      {"reason": reason.strip()[:200]} if reason.strip() else {})
