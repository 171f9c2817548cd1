"""The typed settings table: defaults, ranges, who may change, the audit log."""

from __future__ import annotations

import pytest

from shelter_app import settings
from shelter_app.db import audit as audit_db
from shelter_app.errors import PermissionDenied, ValidationError


def test_defaults_then_a_director_changes_one(director):
    assert settings.all_values(director) == {"auto_lock_minutes": 5, "retention_years": 5, "return_threshold": 5,
                                             "last_backup_at": ""}
    assert settings.set_value(director, "auto_lock_minutes", "15") == 15
    assert settings.get(director, "auto_lock_minutes") == 15
    entries = audit_db.query(director.db.conn, action="setting_changed")
    assert entries and entries[-1]["record_id"] == "auto_lock_minutes"


@pytest.mark.parametrize("value", [0, 61, "five", ""])
def test_out_of_range_is_refused_and_nothing_changes(director, value):
    with pytest.raises(ValidationError) as exc:
        settings.set_value(director, "auto_lock_minutes", value)
    assert "auto_lock_minutes" in exc.value.problems
    assert settings.get(director, "auto_lock_minutes") == 5


def test_only_a_director_changes_settings(login):
    sam = login("sam")
    assert settings.get(sam, "auto_lock_minutes") == 5
    with pytest.raises(PermissionDenied):
        settings.set_value(sam, "auto_lock_minutes", 10)


def test_unknown_setting(director):
    from shelter_app.errors import ShelterError

    with pytest.raises(ShelterError):
        settings.get(director, "colour")
