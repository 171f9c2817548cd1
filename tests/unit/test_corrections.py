"""Accommodation and correcting mistakes: places with capacity and moves,
occupancy, a stay corrected with its old values audited, a discharge undone,
two records merged (nothing lost, nothing doubled, returns unchanged where the
person counted once), a record created by mistake deleted within 7 days."""

from __future__ import annotations

import datetime as _dt
import io

import pytest

from shelter_app import accommodation, audit, casefile, corrections, legal, plans, residents, services
from shelter_app.db import merge as merge_db
from shelter_app.errors import PermissionDenied, ShelterError, ValidationError


def _entries(session, case_number, action):
    return [e for e in audit.entries(session, audit.Filters(record_id=case_number)) if e.action == action]


# --- accommodation ----------------------------------------------------------------------

def test_places_capacity_moves_and_occupancy(login, make_resident):
    dina = login("dina")
    room = accommodation.save_place(dina, {"name": "Room 1", "place_type": "room", "capacity": "2"})
    flat = accommodation.save_place(dina, {"name": "Apartment Bishkek-3", "place_type": "apartment",
                                           "capacity": 1})
    with pytest.raises(ShelterError, match="already a place"):
        accommodation.save_place(dina, {"name": "room 1", "capacity": 3})
    with pytest.raises(ValidationError):
        accommodation.save_place(dina, {"name": "Room 9", "capacity": 0})
    sam = login("sam")
    with pytest.raises(PermissionDenied):
        accommodation.save_place(sam, {"name": "Room 2", "capacity": 2})
    a = residents.create(sam, make_resident(full_name="Алиева Айпери"))
    b = residents.create(sam, make_resident(full_name="Бекова Бермет"))
    c = residents.create(sam, make_resident(full_name="Исаков Нурлан", sex="male"))
    accommodation.admit(sam, a["id"], "2025-03-01", room)
    accommodation.admit(sam, b["id"], "2025-03-02", room)
    with pytest.raises(accommodation.PlaceFull, match="full"):
        accommodation.admit(sam, c["id"], "2025-03-03", room)
    assert residents.stays(sam, c["id"]) == []  # nothing half-written
    stay_c = accommodation.admit(sam, c["id"], "2025-03-03", flat)
    # Moving within a stay: the apartment is full, the room has a bed again after the move.
    stay_b = residents.stays(sam, b["id"])[0]
    with pytest.raises(accommodation.PlaceFull):
        accommodation.move(sam, stay_b["id"], "2025-04-01", flat)
    accommodation.move(sam, stay_b["id"], "2025-04-01", flat, force=True)
    with pytest.raises(ValidationError):
        accommodation.move(sam, stay_b["id"], "2025-02-01", room)  # before the intake
    view = accommodation.occupancy(sam, "2025-04-02")
    by_name = {p["name"]: p for p in view["places"]}
    assert [o["full_name"] for o in by_name["Room 1"]["occupants"]] == ["Алиева Айпери"]
    assert by_name["Room 1"]["free"] == 1
    assert sorted(o["full_name"] for o in by_name["Apartment Bishkek-3"]["occupants"]) == ["Бекова Бермет",
                                                                                         "Исаков Нурлан"]
    assert by_name["Apartment Bishkek-3"]["free"] == 0
    assert (view["capacity"], view["occupied"], view["free"]) == (3, 3, 1)
    # On an earlier day the move had not happened.
    earlier = {p["name"]: p for p in accommodation.occupancy(sam, "2025-03-15")["places"]}
    assert len(earlier["Room 1"]["occupants"]) == 2
    # The stay list says where the person began and where they are now.
    (stay,) = accommodation.stays(sam, b["id"], "2025-04-02")
    assert (stay["first_place_name"], stay["place_name"], len(stay["moves"])) == ("Room 1",
                                                                                 "Apartment Bishkek-3", 1)
    # The register's columns.
    rows = residents.register_rows(sam, [b["id"], c["id"]])
    assert rows[b["id"]]["place"] == "Apartment Bishkek-3"
    assert rows[c["id"]]["last_intake"] == "2025-03-03"
    assert rows[c["id"]]["days_in_shelter"] == (_dt.date.today() - _dt.date(2025, 3, 3)).days
    assert stay_c["place_id"] == flat
    # Privacy mode shows case numbers in the occupancy view.
    sam.privacy_mode = True
    names = [o["full_name"] for p in accommodation.occupancy(sam, "2025-04-02")["places"] for o in p["occupants"]]
    assert a["case_number"] in names and "Алиева Айпери" not in names


# --- correcting a stay --------------------------------------------------------------------

def test_edit_stay_keeps_old_values_in_the_audit_log(login, make_resident):
    dina = login("dina")
    room = accommodation.save_place(dina, {"name": "Room 1", "capacity": 4})
    sam = login("sam")
    person = residents.create(sam, make_resident(), intake_date="2025-03-01")
    residents.discharge(sam, person["id"], "2025-05-01", "family_reintegration")
    stay = residents.stays(sam, person["id"])[0]
    corrections.edit_stay(sam, stay["id"], {"intake_date": "2025-02-20", "exit_date": "2025-05-03",
                                            "exit_reason": "independent_living", "place_id": room})
    after = residents.stays(sam, person["id"])[0]
    assert (after["intake_date"], after["exit_date"], after["exit_reason"], after["place_id"]) == (
        "2025-02-20", "2025-05-03", "independent_living", room)
    (entry,) = _entries(login("dina"), person["case_number"], "stay_corrected")
    assert entry.details["before"] == {"exit_date": "2025-05-01", "exit_reason": "family_reintegration",
                                       "intake_date": "2025-03-01", "place_id": None}
    sam = login("sam")
    with pytest.raises(ValidationError) as err:
        corrections.edit_stay(sam, stay["id"], {"exit_date": "2025-01-01"})
    assert "exit_date" in err.value.problems
    with pytest.raises(ValidationError):
        corrections.edit_stay(sam, stay["id"], {"intake_date": "2024-01-01"})  # before registration


def test_edit_stay_refuses_an_overlap(login, make_resident):
    sam = login("sam")
    person = residents.create(sam, make_resident(), intake_date="2025-03-01")
    residents.discharge(sam, person["id"], "2025-04-01", "other")
    residents.admit(sam, person["id"], "2025-06-01")
    first = residents.stays(sam, person["id"])[0]
    with pytest.raises(ShelterError, match="overlap"):
        corrections.edit_stay(sam, first["id"], {"exit_date": "2025-06-10"})
    assert residents.stays(sam, person["id"])[0]["exit_date"] == "2025-04-01"


def test_undo_discharge(login, make_resident):
    sam = login("sam")
    person = residents.create(sam, make_resident(), intake_date="2025-03-01")
    residents.discharge(sam, person["id"], "2025-04-01", "left_voluntarily")
    stay = residents.stays(sam, person["id"])[0]
    corrections.undo_discharge(sam, stay["id"])
    assert residents.get(sam, person["id"])["in_shelter"]
    with pytest.raises(ShelterError, match="not discharged"):
        corrections.undo_discharge(sam, stay["id"])
    (entry,) = _entries(login("dina"), person["case_number"], "discharge_undone")
    assert entry.details["before"] == {"exit_date": "2025-04-01", "exit_reason": "left_voluntarily"}
    sam = login("sam")
    residents.discharge(sam, person["id"], "2025-04-01", "other")
    residents.admit(sam, person["id"], "2025-05-01")
    residents.discharge(sam, person["id"], "2025-05-20", "other")
    with pytest.raises(ShelterError, match="last stay"):
        corrections.undo_discharge(sam, stay["id"])


# --- merge ----------------------------------------------------------------------------

def _fill(session, resident_id, label):
    services.log(session, resident_id, {"date": "2025-03-05", "service_type": "medical", "notes": label})
    case = legal.create_case(session, resident_id, {"case_ref": f"UD-{label}", "cc_article": "166",
                                                    "resident_role": "victim"})
    legal.add_event(session, case["id"], {"date": "2025-03-06", "stage": "complaint_filed"})
    plans.new_draft(session, resident_id)
    casefile.add_note(session, resident_id, {"noted_at": "2025-03-07 09:00", "kind": "observation",
                                             "text": f"note {label}"})
    casefile.add_attachment(session, resident_id, io.BytesIO(b"%PDF-1.4 " + label.encode()), file_name="a.pdf")
    casefile.save_contact(session, resident_id, {"name": f"contact {label}", "safe_to_contact": "yes"})
    casefile.save_document(session, resident_id, {"document_type": "passport", "number": f"N-{label}"})


def _count(session, table, resident_id):
    return session.db.query_one(f"SELECT count(*) FROM {table} WHERE resident_id = ?", (resident_id,))[0]


def test_merge_moves_everything_once_and_the_old_number_finds_the_kept_record(login, make_resident):
    dina = login("dina")
    kept = residents.create(dina, make_resident(full_name="Асанова Айгүл", external_id="OLD-1",
                                                date_of_birth="1999-03-12"), intake_date="2025-02-01")
    other = residents.create(dina, make_resident(full_name="Asanova Aigul", external_id="OLD-2",
                                                 date_of_birth="1999-12-03", registration_date="2025-02-02",
                                                 consent_data_processing="2025-02-02"))
    _fill(dina, kept["id"], "K")
    _fill(dina, other["id"], "O")
    # The same court case recorded on both: one case afterwards, its event once.
    shared = legal.create_case(dina, other["id"], {"case_ref": "UD-K", "cc_article": "166",
                                                   "resident_role": "victim"})
    legal.add_event(dina, shared["id"], {"date": "2025-03-06", "stage": "complaint_filed"})
    legal.add_event(dina, shared["id"], {"date": "2025-04-01", "stage": "investigation_opened"})
    residents.admit(dina, other["id"], "2025-02-02")
    dina.db.execute("UPDATE stays SET intake_date = '2025-02-01' WHERE resident_id = ?", (other["id"],))  # typed twice
    tables = [t for t, _ in merge_db.RESIDENT_TABLES if t != "resident_aliases"]
    total = {t: _count(dina, t, kept["id"]) + _count(dina, t, other["id"]) for t in tables}
    preview = corrections.merge_preview(dina, kept["id"], other["id"])
    assert {"full_name", "date_of_birth", "external_id"} <= set(preview["differ"])
    merged = corrections.merge(dina, kept["id"], other["id"], take_from_other=["date_of_birth", "external_id"])
    assert merged["date_of_birth"] == "1999-12-03" and merged["external_id"] == "OLD-2"
    assert merged["full_name"] == "Асанова Айгүл"
    after = {t: _count(dina, t, kept["id"]) for t in tables}
    expected = dict(total, stays=total["stays"] - 1, legal_cases=total["legal_cases"] - 1)
    assert after == expected
    events = dina.db.query("SELECT e.date, e.stage FROM legal_events e JOIN legal_cases c ON c.id = e.case_id"
                           " WHERE c.case_ref = 'UD-K'")
    assert sorted(tuple(e) for e in events) == [("2025-03-06", "complaint_filed"),
                                                ("2025-04-01", "investigation_opened")]
    versions = [p["version"] for p in plans.history(dina, kept["id"])]
    assert sorted(versions) == [1, 2]
    # Nothing is left on the merged-away record; its case number finds the kept one.
    assert dina.db.query_one("SELECT count(*) FROM residents WHERE id = ?", (other["id"],))[0] == 0
    assert residents.find(dina, other["case_number"])["id"] == kept["id"]
    assert residents.search(dina, other["case_number"]) == [kept["id"]]
    assert kept["id"] in residents.matching_ids(dina, other["case_number"])
    assert corrections.aliases(dina, kept["id"]) == [other["case_number"]]
    # A new resident never gets the merged-away number again.
    new = residents.create(dina, make_resident(full_name="Новая Жительница", registration_date="2025-02-03",
                                               consent_data_processing="2025-02-03"))
    assert new["case_number"] not in (kept["case_number"], other["case_number"])
    assert _entries(dina, kept["case_number"], "resident_merged")
    assert _entries(dina, other["case_number"], "resident_merged_away")
    # The person's own record holds the merged-away record's history too.
    from shelter_app import subject_access

    held = subject_access.collect(dina, kept["id"])
    actions = [e.action for e in held.audit]
    assert "resident_merged_away" in actions and "resident_merged" in actions
    assert actions.count("resident_created") == 2  # both records of this person, not the new resident's

    assert not dina.db.integrity_problems()


def test_merge_leaves_the_return_unchanged_where_the_person_counted_once(login, make_resident):
    from shelter_app.returns import service as returns

    dina = login("dina")
    kept = residents.create(dina, make_resident(), intake_date="2025-02-01")
    services.log(dina, kept["id"], {"date": "2025-03-05", "service_type": "medical"})
    # A second record of the same person that no return counts (no consent to anonymized reporting).
    other = residents.create(dina, make_resident(full_name="Асанова Айгуль", consent_anonymized_reporting=False))
    casefile.add_note(dina, other["id"], {"noted_at": "2025-03-07 09:00", "kind": "contact", "text": "called"})
    casefile.save_contact(dina, other["id"], {"name": "Мать"})
    before = returns.build(dina, "2025", suppress=False).to_dict("en")
    corrections.merge(dina, kept["id"], other["id"])
    after = returns.build(dina, "2025", suppress=False).to_dict("en")
    for key in ("generated_at", "audit_head"):  # the merge itself is two more audit entries
        before.pop(key, None), after.pop(key, None)
    assert after == before


def test_merge_refuses_overlapping_stays_and_changes_nothing(login, make_resident):
    dina = login("dina")
    kept = residents.create(dina, make_resident(), intake_date="2025-02-01")
    other = residents.create(dina, make_resident(full_name="Асанова Айгуль"), intake_date="2025-02-05")
    casefile.add_note(dina, other["id"], {"noted_at": "2025-03-07 09:00", "kind": "contact", "text": "x"})
    with pytest.raises(ShelterError, match="overlap"):
        corrections.merge(dina, kept["id"], other["id"])
    assert _count(dina, "case_notes", other["id"]) == 1
    assert residents.find(dina, other["case_number"])["id"] == other["id"]


def test_only_a_director_merges_or_deletes(login, make_resident):
    sam = login("sam")
    a = residents.create(sam, make_resident())
    b = residents.create(sam, make_resident(full_name="Асанова Айгуль"))
    with pytest.raises(PermissionDenied):
        corrections.merge(sam, a["id"], b["id"])
    with pytest.raises(PermissionDenied):
        corrections.delete_mistaken(sam, b["id"])


def test_both_safety_plans_are_kept_in_one(login, make_resident):
    from shelter_app.db import merge as merge_db

    dina = login("dina")
    kept = residents.create(dina, make_resident())
    other = residents.create(dina, make_resident(full_name="Асанова Айгуль"))
    conn = dina.db.conn
    for rid, concern, review in ((kept["id"], "Вербовщик знает адрес", "2025-06-01"),
                                 (other["id"], "Брат угрожает", "2025-05-01")):
        conn.execute("INSERT INTO safety_plans (resident_id, concerns, measures, review_date, updated_by, updated_at)"
                     " VALUES (?, ?, '', ?, 'dina', '2025-01-01T00:00:00.000000Z')", (rid, concern, review))
    corrections.merge(dina, kept["id"], other["id"])
    (plan,) = conn.execute("SELECT * FROM safety_plans").fetchall()
    assert plan["resident_id"] == kept["id"]
    assert "Вербовщик знает адрес" in plan["concerns"] and "Брат угрожает" in plan["concerns"]
    assert plan["review_date"] == "2025-05-01"
    assert ("safety_plans", "resident_id") in merge_db.RESIDENT_TABLES


def test_every_table_that_refers_to_residents_is_moved_by_merge(director):
    """A branch adding a resident's table must list it in db/merge.py."""
    referring = set(merge_db.tables_referring_to_residents(director.db.conn))
    assert referring <= set(merge_db.RESIDENT_TABLES), referring - set(merge_db.RESIDENT_TABLES)


# --- delete a record created by mistake ---------------------------------------------------

def test_delete_mistaken_record_within_7_days_takes_its_attachments(login, make_resident, monkeypatch):
    dina = login("dina")
    person = residents.create(dina, make_resident(full_name="Ошибочная Запись"))
    casefile.add_attachment(dina, person["id"], io.BytesIO(b"%PDF-1.4" + b"z" * 100000), file_name="a.pdf")
    late = _dt.datetime.now(_dt.timezone.utc) + _dt.timedelta(days=7, minutes=1)
    monkeypatch.setattr(corrections, "_utcnow", lambda: late)
    with pytest.raises(ShelterError, match="7 days"):
        corrections.delete_mistaken(dina, person["id"])
    monkeypatch.undo()
    corrections.delete_mistaken(dina, person["id"], "typed twice")
    assert dina.db.query_one("SELECT count(*) FROM residents")[0] == 0
    assert dina.db.query_one("SELECT count(*) FROM attachment_chunks")[0] == 0
    assert residents.search(dina, "Ошибочная") == []
    (entry,) = _entries(dina, person["case_number"], "resident_deleted_mistake")
    assert entry.details == {"reason": "typed twice"}
