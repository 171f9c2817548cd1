"""Schema upgrades: from the first release's database, and refusal of a newer one."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest

from shelter_app import accounts, residents, verification
from shelter_app.db import migrate
from shelter_app.errors import StorageError

FIXTURE = Path(__file__).resolve().parent.parent / "fixtures" / "schema_v1"


@pytest.fixture
def v1_database(tmp_path) -> Path:
    target = tmp_path / "old"
    shutil.copytree(FIXTURE, target)
    return target / "shelter.db"


def test_upgrade_from_first_schema_keeps_records_and_adds_search(v1_database):
    session = accounts.open_session(v1_database, "dina", "fixture-pass-1")
    try:
        assert session.db.schema_version == migrate.latest()
        # Search came with migration 0002: the old resident is found by a Latin prefix.
        ids = residents.search(session, "cholp")
        assert len(ids) == 1
        record = residents.get(session, ids[0])
        assert record["full_name"] == "Осмонова Чолпон"
        assert record["stays"][0]["intake_date"] == "2026-01-11"
        report = verification.verify(session)
        assert report.ok, report.lines()
    finally:
        session.close()


def test_recovery_key_of_the_first_release_still_opens(v1_database):
    key = (v1_database.parent / "recovery-key.txt").read_text().strip()
    accounts.open_with_recovery_key(v1_database, key).close()


def test_database_newer_than_the_app_is_refused(director, database):
    director.db.conn.execute(f"PRAGMA user_version = {migrate.latest() + 1}")
    director.close()
    with pytest.raises(StorageError, match="newer version of the app"):
        accounts.open_session(database.path, "dina", database.passwords["dina"])


def test_a_failing_migration_leaves_the_database_as_it_was(v1_database, monkeypatch):
    real = migrate.available

    def broken():
        found = real()
        number, name, sql = found[1]
        return [found[0], (number, name, sql + "\nCREATE TABLE broken (;\n")] + found[2:]

    monkeypatch.setattr(migrate, "available", broken)
    with pytest.raises(StorageError, match="could not be upgraded to schema 2"):
        accounts.open_session(v1_database, "dina", "fixture-pass-1")
    monkeypatch.setattr(migrate, "available", real)
    session = accounts.open_session(v1_database, "dina", "fixture-pass-1")
    try:
        assert session.db.schema_version == migrate.latest()
        assert residents.search(session, "cholp")
    finally:
        session.close()
