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


@pytest.mark.parametrize("start", [n for n, _, _ in migrate.available()][:-1])
def test_upgrade_from_every_earlier_version(tmp_path, start):
    """A database left at any earlier schema upgrades to the newest, one
    migration per transaction, and keeps its rows."""
    import os

    import sqlcipher3

    from shelter_app.db.connection import Database, _raw_key_literal
    from shelter_app.db.lockfile import ProcessLock

    path = tmp_path / "old.db"
    key = os.urandom(32)
    conn = sqlcipher3.connect(str(path), isolation_level=None)
    conn.set_key(_raw_key_literal(key))
    Database._configure(conn)
    old = Database(path, conn, ProcessLock(tmp_path / "old.lock"))
    assert migrate.upgrade(old, target=start) == start
    conn.execute(
        "INSERT INTO residents (case_number, full_name, sex, citizenship, registration_date, referral_source,"
        " primary_exploitation, exploitation_country, created_at, updated_at) VALUES"
        " ('2024-0001', 'Кадырова Назира', 'female', 'KG', '2024-05-01', 'ngo', 'forced_labour', 'KZ', 'x', 'x')")
    old.close()
    db = Database.open(path, key)
    try:
        assert db.schema_version == migrate.latest()
        assert db.query_one("SELECT full_name FROM residents")[0] == "Кадырова Назира"
        assert db.integrity_problems() == []
    finally:
        db.close()
