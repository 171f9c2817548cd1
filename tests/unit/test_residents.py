"""Residents and stays: validation against the code lists, roles, search,
and the possible-duplicate warning."""

from __future__ import annotations

import datetime as dt

import pytest

from shelter_app import residents
from shelter_app.errors import PermissionDenied, ShelterError, ValidationError


def test_create_generates_case_numbers_per_registration_year(login, make_resident):
    session = login("sam")
    a = residents.create(session, make_resident(registration_date="2025-03-01"))
    b = residents.create(session, make_resident(full_name="Other Person", registration_date="2025-04-01"))
    c = residents.create(session, make_resident(full_name="Third Person", registration_date="2026-01-05"))
    assert (a["case_number"], b["case_number"], c["case_number"]) == ("2025-0001", "2025-0002", "2026-0001")


def test_every_wrong_field_is_named_with_a_clear_message(login, make_resident):
    session = login("sam")
    future = (dt.date.today() + dt.timedelta(days=3)).isoformat()
    with pytest.raises(ValidationError) as info:
        residents.create(session, make_resident(
            full_name="  ", sex="woman", date_of_birth="31.02.1999", citizenship="Kyrgyzstan",
            registration_date=future, primary_exploitation="slavery", nrm_status="identified",
            consent_anonymized_reporting="maybe"))
    problems = info.value.localized_problems()
    assert problems["full_name"] == "Required."
    assert problems["sex"].startswith("Unknown code “woman”. Allowed: female, male")
    assert problems["date_of_birth"] == "Not a valid date: 31.02.1999. Use YYYY-MM-DD or DD.MM.YYYY."
    assert problems["citizenship"].startswith("Not a country code: Kyrgyzstan")
    assert problems["registration_date"] == f"The date {future} is in the future."
    assert problems["primary_exploitation"].startswith("Unknown code “slavery”")
    assert problems["nrm_identified_date"] == "Required when the person is identified under the NRM."
    assert problems["consent_anonymized_reporting"].startswith("Answer yes or no")
    assert residents.count(session) == 0  # nothing half-written


def test_russian_date_format_and_yes_no_words_are_accepted(login, make_resident):
    session = login("sam")
    record = residents.create(session, make_resident(date_of_birth="04.05.2001", consent_anonymized_reporting="ооба",
                                                     citizenship="kg", exploitation_country="tr"))
    assert record["date_of_birth"] == "2001-05-04"
    assert record["consent_anonymized_reporting"] is True
    assert (record["citizenship"], record["exploitation_country"]) == ("KG", "TR")


def test_roles_are_checked_in_the_domain(login, make_resident):
    session = login("lena")  # a lawyer reads residents but does not edit them
    with pytest.raises(PermissionDenied):
        residents.create(session, make_resident())
    session = login("sam")
    record = residents.create(session, make_resident())
    with pytest.raises(PermissionDenied):
        residents.delete(session, record["id"])
    session = login("lena")
    assert residents.get(session, record["id"])["full_name"] == "Асанова Айгүл"
    with pytest.raises(PermissionDenied):
        residents.update(session, record["id"], {"case_status": "closed"})


def test_update_validates_and_keeps_other_fields(login, make_resident):
    session = login("sam")
    record = residents.create(session, make_resident(safety_notes="Keep address secret"))
    with pytest.raises(ValidationError):
        residents.update(session, record["id"], {"sex": "x"})
    updated = residents.update(session, record["id"], {"case_status": "closed", "room": "ignored"})
    assert updated["case_status"] == "closed" and updated["safety_notes"] == "Keep address secret"


def test_external_id_is_unique(login, make_resident):
    session = login("sam")
    residents.create(session, make_resident(external_id="REG-1"))
    with pytest.raises(ShelterError, match="already has the external ID REG-1"):
        residents.create(session, make_resident(full_name="Someone Else", external_id="REG-1"))


@pytest.mark.parametrize("typed", ["айг", "АЙГҮЛ", "aigul", "Aig", "asan", "2025-0001", "REG-77"])
def test_search_finds_by_cyrillic_latin_case_number_or_external_id(login, make_resident, typed):
    session = login("sam")
    residents.create(session, make_resident(external_id="REG-77"))
    residents.create(session, make_resident(full_name="Ivanova Olga", external_id="REG-78"))
    ids = residents.search(session, typed)
    rows = residents.register_rows(session, ids)
    assert [r["full_name"] for r in rows.values()] == ["Асанова Айгүл"]


def test_search_narrows_as_you_type_and_filters_combine(login, make_resident):
    session = login("sam")
    residents.create(session, make_resident(full_name="Осмонова Бермет"), intake_date="2025-02-02")
    residents.create(session, make_resident(full_name="Осмонов Бакыт", sex="male"))
    residents.create(session, make_resident(full_name="Бекова Бурул", date_of_birth="2010-05-05"))
    assert len(residents.search(session, "о")) == 2
    assert len(residents.search(session, "осмонова")) == 1
    assert len(residents.search(session, "")) == 3
    assert len(residents.search(session, in_shelter=True)) == 1
    assert len(residents.search(session, sex_age="girls")) == 1
    assert len(residents.search(session, sex_age="men")) == 1
    names = [residents.register_rows(session, [i])[i]["full_name"]
             for i in residents.search(session, sort="full_name", descending=False)]
    assert names == ["Бекова Бурул", "Осмонов Бакыт", "Осмонова Бермет"]


@pytest.mark.parametrize("name, dob, expected", [
    ("Aigul Asanova", "1999-03-12", True),         # Latin spelling, other word order
    ("Асанова Айгуль", "12.03.1999", True),         # Russian spelling of the Kyrgyz name
    ("Asanova Aigyul", "1999-12-03", True),         # day and month swapped
    ("Asanova Aigul", "1985-03-12", False),         # same name, another person
    ("Токтогулова Нургүл", "1999-03-12", False),    # another name, same birthday
])
def test_possible_duplicates_across_scripts(login, make_resident, name, dob, expected):
    session = login("sam")
    residents.create(session, make_resident())
    found = residents.possible_duplicates(session, {"full_name": name, "date_of_birth": dob})
    assert bool(found) is expected
    if expected:
        assert found[0]["case_number"] == "2025-0001"


def test_stays_admit_and_discharge(login, make_resident):
    session = login("sam")
    record = residents.create(session, make_resident(), intake_date="2025-02-02", room="1")
    with pytest.raises(ShelterError, match="already in the shelter"):
        residents.admit(session, record["id"], "2025-03-01")
    with pytest.raises(ValidationError) as info:
        residents.discharge(session, record["id"], "2025-01-01", "family_reintegration")
    assert info.value.localized_problems()["exit_date"] == "The exit date is before the intake date."
    with pytest.raises(ValidationError):
        residents.discharge(session, record["id"], "2025-04-01", "ran_away")
    residents.discharge(session, record["id"], "2025-04-01", "independent_living")
    with pytest.raises(ShelterError, match="overlaps"):
        residents.admit(session, record["id"], "2025-03-15")
    residents.admit(session, record["id"], "2025-05-01", room="2")
    stays = residents.stays(session, record["id"])
    assert [(s["intake_date"], s["exit_date"]) for s in stays] == [("2025-02-02", "2025-04-01"), ("2025-05-01", None)]
