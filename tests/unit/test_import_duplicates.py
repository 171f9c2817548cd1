"""The importer's possible-duplicate index follows the rule of
residents.possible_duplicates, without comparing every row with every resident."""

from __future__ import annotations

import datetime as _dt

from hypothesis import given, settings
from hypothesis import strategies as st

from shelter_app import residents
from shelter_app.imports.duplicates import DuplicateIndex, _birth, birth_close

births = st.tuples(st.one_of(st.none(), st.dates(_dt.date(1950, 1, 1), _dt.date(2020, 12, 31))),
                   st.one_of(st.none(), st.integers(1950, 2020)))


@settings(max_examples=500)
@given(births, births)
def test_birth_rule_is_the_residents_rule(a, b):
    def as_record(birth):
        born, year = birth
        return {"date_of_birth": born.isoformat() if born else None, "birth_year_estimated": year}

    ra, rb = as_record(a), as_record(b)
    assert birth_close(_birth(ra["date_of_birth"], ra["birth_year_estimated"]),
                       _birth(rb["date_of_birth"], rb["birth_year_estimated"])) == residents._birth_close(ra, rb)


def test_names_across_scripts_and_typing_slips(director, make_resident):
    people = [("Асанова Айгүл", "1999-03-12"), ("Токтогулов Бакыт", "1988-07-15"), ("Rahim Uddin", "1990-01-20")]
    index = DuplicateIndex()
    for n, (name, born) in enumerate(people):
        index.add(n, name, born)
        residents.create(director, make_resident(full_name=name, date_of_birth=born, registration_date="2024-01-01"))
    probes = [("Aigul Asanova", "1999-12-03"),       # Latin, day and month swapped
              ("Асанова Айгуль", "1999-04-01"),      # Russian spelling, within a month
              ("Асанова Айгүл", "1979-03-12"),       # twenty years apart: someone else
              ("Токтогулов Бакыт", None),            # no birth date: only a near-identical name
              ("Токтагулов Бакит", None),            # ... so this one is not flagged
              ("Uddin Rahim", "1990-01-20"),
              ("Садыкова Нургүл", "1999-03-12")]
    for name, born in probes:
        ours = {people[ref][0] for ref, _ in index.matches(name, born)}
        theirs = {d["full_name"] for d in residents.possible_duplicates(
            director, {"full_name": name, "date_of_birth": born})}
        assert ours == theirs, (name, ours, theirs)
    assert {people[r][0] for r, _ in index.matches("Aigul Asanova", "1999-12-03")} == {"Асанова Айгүл"}
    assert index.matches("Асанова Айгүл", "1979-03-12") == []


def test_a_name_seen_again_is_matched_with_every_earlier_holder():
    index = DuplicateIndex()
    for line in range(2, 7):
        index.add(line, "Жумабаева Бермет", f"2001-06-0{line}")
    assert sorted(ref for ref, _ in index.matches("Жумабаева Бермет", "2001-06-04")) == [2, 3, 4, 5, 6]
    assert index.matches("Жумабаева Бермет", "1960-06-04") == []
