"""A director corrects the organisation's name, code and region; it is audited,
checked, and only a director may."""

from __future__ import annotations

import json

import pytest

from shelter_app import accounts
from shelter_app.errors import PermissionDenied, ValidationError


def test_a_director_corrects_the_organisation_and_it_is_audited(director):
    before = accounts.organisation(director)
    after = accounts.update_organisation(director, name="  Приют «Сезим»  ", code=before["code"], region="Ош")
    assert (after["name"], after["code"], after["region"]) == ("Приют «Сезим»", before["code"], "Ош")
    row = director.db.conn.execute("SELECT action, details FROM audit_log ORDER BY id DESC LIMIT 1").fetchone()
    details = json.loads(row["details"])
    assert row["action"] == "organisation_details_changed"
    assert details["fields"] == ["name", "region"] and details["from"]["name"] == before["name"]
    count = director.db.conn.execute("SELECT COUNT(*) FROM audit_log").fetchone()[0]
    accounts.update_organisation(director, name="Приют «Сезим»", code=before["code"], region="Ош")
    assert director.db.conn.execute("SELECT COUNT(*) FROM audit_log").fetchone()[0] == count  # nothing changed


def test_every_problem_at_once_and_nothing_half_written(director):
    before = accounts.organisation(director)
    with pytest.raises(ValidationError) as err:
        accounts.update_organisation(director, name=" ", code="", region="x" * 201)
    assert set(err.value.problems) == {"organisation_name", "organisation_code", "organisation_region"}
    assert accounts.organisation(director) == before


def test_only_a_director_may(login):
    with pytest.raises(PermissionDenied):
        accounts.update_organisation(login("sam"), name="X", code="Y", region="")
