"""Accommodation (data-dictionary.md, "The case file"): places — shelter rooms
and rented apartments, each with a capacity — the place a stay begins in,
moves within a stay, and who is where today with the free places."""

from __future__ import annotations

import datetime as _dt

from shelter_app.db import accommodation as places_db
from shelter_app.db import residents as residents_db
from shelter_app.db import stays as stays_db
from shelter_app.db.audit import now_utc
from shelter_app.errors import NotFound, ShelterError
from shelter_app.i18n import N_
from shelter_app.permissions import Action, Permission
from shelter_app.session import Session
from shelter_app.validation import Problems, check_date, check_int, check_text, today

PLACE_TYPES = (("room", N_("Codes", "Shelter room")), ("apartment", N_("Codes", "Rented apartment")))


def place_type_label(code: str) -> str:
    from shelter_app.i18n import translate

    return translate("Codes", dict(PLACE_TYPES).get(code, code))


class PlaceFull(ShelterError):
    """The place is full on that day; the screen may ask and try again with force=True."""


def list_places(session: Session, include_inactive: bool = False) -> list[dict]:
    session.require(Permission.VIEW_RESIDENTS)
    return places_db.list_places(session.db.conn, include_inactive)


def get_place(session: Session, place_id: int) -> dict:
    session.require(Permission.VIEW_RESIDENTS)
    place = places_db.get_place(session.db.conn, place_id)
    if place is None:
        raise NotFound("No such place.")
    return place


def _check_place(data: dict) -> dict:
    p = Problems()
    place = {"name": check_text(p, data, "name", required=True, max_length=100),
             "place_type": data.get("place_type") or "room",
             "capacity": check_int(p, data, "capacity", minimum=1, maximum=500, required=True),
             "notes": check_text(p, data, "notes", max_length=1000)}
    if place["place_type"] not in dict(PLACE_TYPES):
        p.add("place_type", "Unknown code “{value}”. Allowed: {allowed}.", value=str(place["place_type"]),
              allowed="room, apartment")
    p.raise_if_any()
    return place


def save_place(session: Session, data: dict, place_id: int | None = None) -> int:
    """Add a place or change one (director: the shelter's rooms are a setting)."""
    session.require(Permission.SETTINGS)
    place = _check_place(data)
    conn = session.db.conn
    with session.transaction():
        same = places_db.place_by_name(conn, place["name"])
        if same and same["id"] != place_id:
            raise ShelterError("There is already a place named {name}.", name=place["name"])
        if place_id is None:
            place_id = places_db.insert_place(conn, place["name"], place["place_type"], place["capacity"],
                                              place["notes"], now_utc())
            session.audit(Action.PLACE_ADDED, "place", place_id, {"capacity": place["capacity"]})
        else:
            if places_db.get_place(conn, place_id) is None:
                raise NotFound("No such place.")
            active = data.get("active")
            fields = dict(place)
            if active is not None:
                fields["active"] = 1 if active else 0
            places_db.update_place(conn, place_id, **fields)
            session.audit(Action.PLACE_CHANGED, "place", place_id, {"fields": sorted(fields)})
    return place_id


def check_room_for(session: Session, place_id: int, day: str, *, exclude_stay: int | None = None,
                   force: bool = False) -> dict:
    """The place, or PlaceFull when it has no free bed on `day` (unless force)."""
    place = places_db.get_place(session.db.conn, int(place_id))
    if place is None:
        raise NotFound("No such place.")
    if not force and places_db.occupied(session.db.conn, place["id"], day, exclude_stay) >= place["capacity"]:
        raise PlaceFull("{place} is full on {date} ({capacity} places).", place=place["name"], date=day,
                        capacity=place["capacity"])
    return place


def admit(session: Session, resident_id: int, intake_date, place_id: int | None = None, room: str = "",
          *, force: bool = False) -> dict:
    """Admit to the shelter into a place (checked for a free bed)."""
    from shelter_app import residents

    if place_id:
        p = Problems()
        day = check_date(p, {"intake_date": intake_date}, "intake_date", required=True)
        p.raise_if_any()
        check_room_for(session, place_id, day, force=force)
    return residents.admit(session, resident_id, intake_date, room, place_id=place_id or None)


def move(session: Session, stay_id: int, moved_on, place_id: int, *, force: bool = False) -> dict:
    """Record that a resident moved to another place within a stay."""
    session.require(Permission.EDIT_STAYS)
    conn = session.db.conn
    stay = stays_db.get(conn, stay_id)
    if stay is None:
        raise NotFound("No such stay.")
    p = Problems()
    day = check_date(p, {"moved_on": moved_on}, "moved_on", required=True)
    if day and day < stay["intake_date"]:
        p.add("moved_on", "The move is before the intake date.")
    if day and stay["exit_date"] and day >= stay["exit_date"]:
        p.add("moved_on", "The move is after the stay ended.")
    p.raise_if_any()
    place = check_room_for(session, place_id, day, exclude_stay=stay_id, force=force)
    resident = residents_db.get(conn, stay["resident_id"])
    with session.transaction():
        move_id = places_db.insert_move(conn, stay_id, day, place["id"], session.user.username, now_utc())
        session.audit(Action.STAY_MOVED, "resident", resident["case_number"],
                      {"stay": stay_id, "moved_on": day, "place": place["name"]})
    return {"id": move_id, "stay_id": stay_id, "moved_on": day, "place_id": place["id"]}


def stays(session: Session, resident_id: int, day: str | None = None) -> list[dict]:
    """A resident's stays, each with where it began, where the person is now
    (or was at exit) and its moves."""
    session.require(Permission.VIEW_RESIDENTS)
    conn = session.db.conn
    rows = places_db.stays_with_places(conn, resident_id, day or today().isoformat())
    for row in rows:
        row["moves"] = places_db.moves_for_stay(conn, row["id"])
    return rows


def occupancy(session: Session, day: str | None = None) -> dict:
    """Who is where on `day` (today by default) and the free places:
    {"day", "places": [place + occupants + free], "unplaced": [...], "capacity", "occupied", "free"}."""
    session.require(Permission.VIEW_RESIDENTS)
    conn = session.db.conn
    day = day or today().isoformat()
    _dt.date.fromisoformat(day)
    places = {p["id"]: {**p, "occupants": []} for p in places_db.list_places(conn, include_inactive=True)}
    unplaced = []
    for person in places_db.occupants(conn, day):
        if session.privacy_mode:
            person["full_name"] = person["case_number"]
        if person["place_id"] in places:
            places[person["place_id"]]["occupants"].append(person)
        else:
            unplaced.append(person)
    shown = [p for p in places.values() if p["active"] or p["occupants"]]
    for p in shown:
        p["free"] = max(0, p["capacity"] - len(p["occupants"])) if p["active"] else 0
    shown.sort(key=lambda p: (p["place_type"], p["name"].casefold()))
    capacity = sum(p["capacity"] for p in shown if p["active"])
    occupied = sum(len(p["occupants"]) for p in shown)
    return {"day": day, "places": shown, "unplaced": unplaced, "capacity": capacity,
            "occupied": occupied + len(unplaced), "free": sum(p["free"] for p in shown)}
