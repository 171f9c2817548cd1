"""Residents and their stays: validation against the code lists, permissions,
the audit log, and the possible-duplicate check."""

from __future__ import annotations

import datetime as _dt
import difflib

from shelter_app import codes
from shelter_app.db import residents as residents_db
from shelter_app.db import stays as stays_db
from shelter_app.db.audit import now_utc
from shelter_app.errors import NotFound, ShelterError
from shelter_app.permissions import Action, Permission
from shelter_app.session import Session
from shelter_app.text import name_key
from shelter_app.validation import (Problems, check_bool, check_citizenship, check_code, check_code_list,
                                    check_country, check_date, check_int, check_text, split_list, today)

FIELDS = residents_db.COLUMNS


def validate(data: dict, *, partial_of: dict | None = None) -> dict:
    """A clean record from what a person typed, or ValidationError naming
    every wrong field. With `partial_of`, fields missing from data keep their
    stored value."""
    if partial_of is not None:
        merged = {k: v for k, v in partial_of.items() if k in FIELDS}
        merged.update({k: v for k, v in data.items() if k in FIELDS})
        data = merged
    p = Problems()
    rec: dict = {}
    rec["external_id"] = check_text(p, data, "external_id", max_length=64) or None
    rec["full_name"] = check_text(p, data, "full_name", required=True, max_length=200)
    rec["sex"] = check_code(p, data, "sex", codes.SEX, required=True)
    rec["date_of_birth"] = check_date(p, data, "date_of_birth")
    this_year = today().year
    rec["birth_year_estimated"] = check_int(p, data, "birth_year_estimated", minimum=1900, maximum=this_year)
    rec["citizenship"] = check_citizenship(p, data)
    langs = split_list(data.get("languages"))
    bad = [code for code in langs if not (len(code) == 2 and code.isascii() and code.isalpha())]
    if bad:
        p.add("languages", "Not a language code: {value}. Use two letters such as ky, ru or uz.", value=bad[0])
    rec["languages"] = [code.lower() for code in langs if code not in bad]
    rec["disability"] = check_bool(p, data, "disability")
    rec["registration_date"] = check_date(p, data, "registration_date", required=True)
    rec["referral_source"] = check_code(p, data, "referral_source", codes.REFERRAL_SOURCE, required=True)
    rec["primary_exploitation"] = check_code(p, data, "primary_exploitation", codes.EXPLOITATION, required=True)
    rec["other_exploitation"] = [c for c in check_code_list(p, data, "other_exploitation", codes.EXPLOITATION)
                                 if c != rec["primary_exploitation"]]
    rec["exploitation_country"] = check_country(p, data, "exploitation_country", required=True)
    rec["recruitment_channel"] = check_code(p, data, "recruitment_channel", codes.RECRUITMENT_CHANNEL)
    rec["recruiter_relation"] = check_code(p, data, "recruiter_relation", codes.RECRUITER_RELATION)
    rec["means_of_control"] = check_code_list(p, data, "means_of_control", codes.MEANS_OF_CONTROL)
    rec["labour_sector"] = check_code(p, data, "labour_sector", codes.LABOUR_SECTOR)
    rec["case_status"] = check_code(p, data, "case_status", codes.CASE_STATUS, default="open")
    rec["nrm_status"] = check_code(p, data, "nrm_status", codes.NRM_STATUS, default="none")
    rec["nrm_identified_date"] = check_date(p, data, "nrm_identified_date")
    if rec["nrm_status"] == "identified" and not rec["nrm_identified_date"] and "nrm_identified_date" not in p.items:
        p.add("nrm_identified_date", "Required when the person is identified under the NRM.")
    if rec["nrm_status"] != "identified" and rec["nrm_identified_date"]:
        p.add("nrm_identified_date", "Only an identified person has an identification date.")
    rec["nrm_identifying_body"] = check_text(p, data, "nrm_identifying_body", max_length=200) or None
    rec["residence_permit_date"] = check_date(p, data, "residence_permit_date")
    rec["asylum_date"] = check_date(p, data, "asylum_date")
    rec["consent_data_processing"] = check_date(p, data, "consent_data_processing")
    rec["consent_anonymized_reporting"] = check_bool(p, data, "consent_anonymized_reporting", default=False)
    rec["safety_notes"] = check_text(p, data, "safety_notes", max_length=20000)
    rec["key_worker"] = check_text(p, data, "key_worker", max_length=64) or None
    dob, reg = rec["date_of_birth"], rec["registration_date"]
    if dob and reg and dob > reg:
        p.add("date_of_birth", "The date of birth is after the registration date.")
    if rec["date_of_birth"] and rec["birth_year_estimated"]:
        rec["birth_year_estimated"] = None  # a known date wins over an estimate
    p.raise_if_any()
    return rec


def _changed_fields(before: dict, after: dict) -> list[str]:
    return sorted(k for k in after if k in FIELDS and before.get(k) != after.get(k))


# --- reading ------------------------------------------------------------------------

def get(session: Session, resident_id: int, *, audit_view: bool = True) -> dict:
    """A resident's record; opening it is a view written to the audit log."""
    session.require(Permission.VIEW_RESIDENTS)
    record = residents_db.get(session.db.conn, resident_id)
    if record is None:
        raise NotFound("No resident with this id.")
    if audit_view:
        with session.transaction():
            session.audit(Action.RESIDENT_VIEWED, "resident", record["case_number"])
    record["stays"] = stays_db.for_resident(session.db.conn, resident_id)
    record["in_shelter"] = any(s["exit_date"] is None for s in record["stays"])
    return record


def find(session: Session, case_number: str) -> dict:
    session.require(Permission.VIEW_RESIDENTS)
    record = residents_db.get_by_case_number(session.db.conn, case_number.strip())
    if record is None:
        raise NotFound("No resident with case number {case_number}.", case_number=case_number)
    return record


def search(session: Session, text: str = "", *, sort: str = "registration_date", descending: bool = True,
           **filters) -> list[int]:
    """Ids of the residents in the register, filtered and sorted in SQL."""
    session.require(Permission.VIEW_RESIDENTS)
    return residents_db.search_ids(session.db.conn, text, sort=sort, descending=descending, **filters)


def matching_ids(session: Session, text: str) -> set[int]:
    """Ids matching a typed search, unordered (the register keeps the order)."""
    session.require(Permission.VIEW_RESIDENTS)
    return residents_db.match_ids(session.db.conn, text)


def register_rows(session: Session, ids: list[int]) -> dict[int, dict]:
    session.require(Permission.VIEW_RESIDENTS)
    rows = residents_db.register_rows(session.db.conn, ids)
    day = today()
    for row in rows.values():
        row["age"] = codes.age_on(row["date_of_birth"], row["birth_year_estimated"], day)
        intake = row.get("current_intake")
        row["days_in_shelter"] = (day - _dt.date.fromisoformat(intake)).days if intake else None
    return rows


def count(session: Session) -> int:
    session.require(Permission.VIEW_RESIDENTS)
    return residents_db.count(session.db.conn)


def display_name(session: Session, record: dict) -> str:
    """What a screen shows for a person: the case number in privacy mode."""
    return record["case_number"] if session.privacy_mode else record["full_name"]


# --- possible duplicates -------------------------------------------------------------

def _birth_close(a: dict, b: dict) -> bool | None:
    """True when the birth dates (or years) agree within a typing slip; None when unknown."""
    def year(r):
        if r.get("date_of_birth"):
            return int(str(r["date_of_birth"])[:4])
        if r.get("birth_year_estimated"):
            return int(r["birth_year_estimated"])
        return None

    if a.get("date_of_birth") and b.get("date_of_birth"):
        da, db_ = _dt.date.fromisoformat(a["date_of_birth"]), _dt.date.fromisoformat(b["date_of_birth"])
        swapped = (da.day, da.month) == (db_.month, db_.day) and da.year == db_.year
        return da == db_ or swapped or abs((da - db_).days) <= 31 or (
            da.month == db_.month and da.day == db_.day and abs(da.year - db_.year) <= 1)
    ya, yb = year(a), year(b)
    if ya is None or yb is None:
        return None
    return abs(ya - yb) <= 1


def possible_duplicates(session: Session, data: dict, exclude_id: int | None = None) -> list[dict]:
    """Residents whose name and birth date are close to these: people come
    back, sometimes under another spelling or in another script."""
    session.require(Permission.VIEW_RESIDENTS)
    name = (data.get("full_name") or "").strip()
    if not name:
        return []
    key = name_key(name)
    words = key.split()
    if not words:
        return []
    # Candidates share a word beginning (in the folded Latin form) with the new name.
    fts = " OR ".join(f'"{w[:3]}"*' for w in words if w)
    candidates = residents_db.duplicate_candidates(session.db.conn, fts, exclude_id)
    probe = {"date_of_birth": data.get("date_of_birth") or None,
             "birth_year_estimated": data.get("birth_year_estimated") or None}
    try:
        from shelter_app.validation import parse_date
        if probe["date_of_birth"]:
            probe["date_of_birth"] = parse_date(probe["date_of_birth"]).isoformat()
    except ValueError:
        probe["date_of_birth"] = None
    found = []
    for cand in candidates:
        score = difflib.SequenceMatcher(None, key, cand["name_key"]).ratio()
        birth = _birth_close(probe, cand)
        if birth is False:
            continue
        if score >= (0.8 if birth else 0.92):
            found.append({"id": cand["id"], "case_number": cand["case_number"], "full_name": cand["full_name"],
                          "date_of_birth": cand["date_of_birth"],
                          "birth_year_estimated": cand["birth_year_estimated"], "similarity": round(score, 2)})
    found.sort(key=lambda r: -r["similarity"])
    return found[:10]


# --- changing ------------------------------------------------------------------------

def create(session: Session, data: dict, *, intake_date=None, room: str = "", place_id: int | None = None) -> dict:
    """A new resident, optionally admitted to the shelter at once. Returns the
    stored record with its generated case number."""
    session.require(Permission.EDIT_RESIDENTS)
    rec = validate(data)
    intake = None
    if intake_date:
        p = Problems()
        intake = check_date(p, {"intake_date": intake_date}, "intake_date")
        if intake and rec["registration_date"] and intake < rec["registration_date"]:
            p.add("intake_date", "The intake date is before the registration date.")
        p.raise_if_any()
    _check_key_worker(session, rec["key_worker"])
    conn = session.db.conn
    with session.transaction():
        if rec["external_id"] and residents_db.get_by_external_id(conn, rec["external_id"]):
            raise ShelterError("Another resident already has the external ID {value}.", value=rec["external_id"])
        rec["case_number"] = residents_db.next_case_number(conn, int(rec["registration_date"][:4]))
        resident_id = residents_db.insert(conn, rec, now_utc())
        session.audit(Action.RESIDENT_CREATED, "resident", rec["case_number"])
        if intake:
            stays_db.insert(conn, resident_id, intake, room, place_id=place_id)
            session.audit(Action.STAY_ADMITTED, "resident", rec["case_number"], {"intake_date": intake})
    return get(session, resident_id, audit_view=False)


def update(session: Session, resident_id: int, changes: dict) -> dict:
    session.require(Permission.EDIT_RESIDENTS)
    conn = session.db.conn
    before = residents_db.get(conn, resident_id)
    if before is None:
        raise NotFound("No resident with this id.")
    rec = validate(changes, partial_of=before)
    changed = _changed_fields(before, rec)
    if not changed:
        return get(session, resident_id, audit_view=False)
    if "key_worker" in changed:
        _check_key_worker(session, rec["key_worker"])
    with session.transaction():
        if rec["external_id"] and rec["external_id"] != before["external_id"]:
            other = residents_db.get_by_external_id(conn, rec["external_id"])
            if other and other["id"] != resident_id:
                raise ShelterError("Another resident already has the external ID {value}.", value=rec["external_id"])
        residents_db.update(conn, resident_id, {k: rec[k] for k in changed}, now_utc())
        # Field names only: the log is read by inspectors and must not repeat the record.
        session.audit(Action.RESIDENT_UPDATED, "resident", before["case_number"], {"fields": changed})
    return get(session, resident_id, audit_view=False)


def delete(session: Session, resident_id: int) -> None:
    session.require(Permission.RETENTION)
    conn = session.db.conn
    before = residents_db.get(conn, resident_id)
    if before is None:
        raise NotFound("No resident with this id.")
    with session.transaction():
        residents_db.delete(conn, resident_id)
        session.audit(Action.RESIDENT_DELETED, "resident", before["case_number"])


# --- stays ---------------------------------------------------------------------------

def _check_key_worker(session: Session, username: str | None) -> None:
    from shelter_app.casefile import check_key_worker

    check_key_worker(session, username)


def admit(session: Session, resident_id: int, intake_date, room: str = "", place_id: int | None = None) -> dict:
    session.require(Permission.EDIT_STAYS)
    conn = session.db.conn
    resident = residents_db.get(conn, resident_id)
    if resident is None:
        raise NotFound("No resident with this id.")
    p = Problems()
    intake = check_date(p, {"intake_date": intake_date}, "intake_date", required=True)
    room = check_text(p, {"room": room}, "room", max_length=50)
    if intake and intake < resident["registration_date"]:
        p.add("intake_date", "The intake date is before the registration date.")
    p.raise_if_any()
    with session.transaction():
        if stays_db.open_stay(conn, resident_id):
            raise ShelterError("This resident is already in the shelter: discharge the current stay first.")
        for stay in stays_db.for_resident(conn, resident_id):
            if stay["exit_date"] and intake < stay["exit_date"]:
                raise ShelterError("The intake date overlaps an earlier stay (exit {date}).", date=stay["exit_date"])
        stay_id = stays_db.insert(conn, resident_id, intake, room, place_id=place_id)
        session.audit(Action.STAY_ADMITTED, "resident", resident["case_number"],
                      {"intake_date": intake, **({"place": place_id} if place_id else {})})
    return stays_db.get(conn, stay_id)


def discharge(session: Session, resident_id: int, exit_date, exit_reason: str) -> dict:
    session.require(Permission.EDIT_STAYS)
    conn = session.db.conn
    resident = residents_db.get(conn, resident_id)
    if resident is None:
        raise NotFound("No resident with this id.")
    stay = stays_db.open_stay(conn, resident_id)
    if stay is None:
        raise ShelterError("This resident has no open stay to discharge.")
    p = Problems()
    data = {"exit_date": exit_date, "exit_reason": exit_reason}
    exit_iso = check_date(p, data, "exit_date", required=True)
    reason = check_code(p, data, "exit_reason", codes.EXIT_REASON, required=True)
    if exit_iso and exit_iso < stay["intake_date"]:
        p.add("exit_date", "The exit date is before the intake date.")
    p.raise_if_any()
    with session.transaction():
        stays_db.discharge(conn, stay["id"], exit_iso, reason)
        session.audit(Action.STAY_DISCHARGED, "resident", resident["case_number"],
                      {"exit_date": exit_iso, "exit_reason": reason})
    return stays_db.get(conn, stay["id"])


def stays(session: Session, resident_id: int) -> list[dict]:
    session.require(Permission.VIEW_RESIDENTS)
    return stays_db.for_resident(session.db.conn, resident_id)
