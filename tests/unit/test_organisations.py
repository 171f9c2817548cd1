"""The organisations directory: who keeps it, what it checks, what it audits."""

import pytest

from shelter_app import organisations
from shelter_app.errors import PermissionDenied, ValidationError


def test_social_worker_adds_an_authorised_body_and_everyone_reads_it(login):
    worker = login("sam")
    new_id = organisations.add_organisation(worker, {"name": "Бишкек шаардык ички иштер башкармалыгы",
                                                     "organisation_type": "authorised_nrm_body",
                                                     "region": "Bishkek"})
    lawyer = login("lena")
    listed = organisations.list_organisations(lawyer, "authorised_nrm_body")
    assert [o["id"] for o in listed] == [new_id]
    assert listed[0]["region"] == "Bishkek"


def test_lawyer_cannot_change_the_directory(login):
    with pytest.raises(PermissionDenied):
        organisations.add_organisation(login("lena"), {"name": "X", "organisation_type": "ngo"})


def test_bad_entry_names_every_field_and_writes_nothing(login):
    worker = login("sam")
    with pytest.raises(ValidationError) as caught:
        organisations.add_organisation(worker, {"name": " ", "organisation_type": "bakery"})
    assert set(caught.value.problems) >= {"name", "organisation_type"}
    assert organisations.list_organisations(worker) == []


def test_changes_are_audited_and_inactive_entries_leave_the_chooser(login):
    director = login("dina")
    new_id = organisations.add_organisation(director, {"name": "Clinic", "organisation_type": "health"})
    assert organisations.update_organisation(director, new_id, {"phone": "+996 555 000 000"}) == {
        "phone": "+996 555 000 000"}
    organisations.set_active(director, new_id, False)
    assert organisations.list_organisations(director) == []
    assert organisations.list_organisations(director, include_inactive=True)[0]["phone"] == "+996 555 000 000"
    actions = [r[0] for r in director.db.conn.execute("SELECT action FROM audit_log ORDER BY id")]
    assert actions[-3:] == ["organisation_added", "organisation_changed", "organisation_changed"]
