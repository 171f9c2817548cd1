"""Restoring over an existing database needs a director of that live
database (or its recovery key); another organisation's backup needs its code
typed; the person sees what will be replaced; the replaced head is recorded.
Password guessing on backups is slowed down like the unlock screen."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

from shelter_app import accounts, backup, residents
from shelter_app.errors import PermissionDenied, ShelterError, UnlockDelayed, WrongPassword
from shelter_app.paths import key_file_for
from tests.cli_runner import run_cli

TOM = "tom keeps an old backup stick 7"


@pytest.fixture
def with_tom(database, login, make_resident, tmp_path):
    """A backup made while Tom (social worker) still worked here; then Tom
    leaves and the shelter goes on recording."""
    dina = login("dina")
    accounts.add_account(dina, "tom", "Tom Former", "social_worker", TOM)
    residents.create(dina, make_resident(full_name="Before The Backup"))
    (tmp_path / "stick").mkdir()
    old = backup.create(dina, tmp_path / "stick").path
    accounts.remove_account(dina, "tom")
    residents.create(dina, make_resident(full_name="After The Backup"))
    dina.close()
    return old


def _count(database) -> int:
    session = accounts.open_session(database.path, "dina", database.passwords["dina"])
    try:
        return residents.count(session)
    finally:
        session.close()


def test_removed_staff_member_cannot_roll_the_database_back(database, with_tom):
    with pytest.raises(WrongPassword):
        backup.restore(with_tom, database.path, username="tom", password=TOM, confirm=lambda info: True)
    assert _count(database) == 2


def test_a_social_worker_of_the_live_database_cannot_restore_over_it(database, with_tom):
    with pytest.raises(PermissionDenied, match="Only a director"):
        backup.restore(with_tom, database.path, username="sam", password=database.passwords["sam"],
                       confirm=lambda info: True)
    # Not even after editing her role column: the certificate decides.
    session = accounts.open_session(database.path, "sam", database.passwords["sam"])
    with session.transaction() as conn:
        conn.execute("UPDATE accounts SET role = 'director' WHERE username = 'sam'")
    session.close()
    with pytest.raises(PermissionDenied):
        backup.restore(with_tom, database.path, username="sam", password=database.passwords["sam"],
                       confirm=lambda info: True)
    assert _count(database) == 2


def test_director_sees_what_is_replaced_and_the_head_is_recorded(database, with_tom):
    session = accounts.open_session(database.path, "dina", database.passwords["dina"])
    live_entries = session.db.query_one("SELECT count(*) FROM audit_log")[0] + 1  # + the sign-out's
    session.close()
    with backup.prepare_restore(with_tom, database.path, username="dina",
                                password=database.passwords["dina"]) as prepared:
        assert not prepared.other_organisation
        replaced = prepared.replaced
        assert replaced.residents_beyond == 1  # "After The Backup"
        assert replaced.audit_entries_beyond > 3  # removal, rotation, the resident, sign-ins
        head = (replaced.head_entries, replaced.head_hash)
        prepared.commit()
    session = accounts.open_session(database.path, "dina", database.passwords["dina"])
    try:
        assert residents.count(session) == 1
        row = session.db.query_one("SELECT details FROM audit_log WHERE action = 'backup_restored'")
        details = json.loads(row[0])
        assert details["replaced_head"] == f"{head[0]}:{head[1]}"
        assert details["residents_replaced"] == 1
        assert head[0] >= live_entries - 1
    finally:
        session.close()


def test_recovery_key_of_the_live_database_may_restore(database, with_tom):
    backup.restore(with_tom, database.path, recovery_key=database.recovery_key, confirm=lambda info: True)
    assert _count(database) == 1


@pytest.fixture
def other_organisation_backup(tmp_path):
    path = tmp_path / "other" / "shelter.db"
    session, _recovery = accounts.create_database(
        path, organisation_code="KG-NGO-0999", organisation_name="Another Synthetic Shelter",
        director="olga", director_name="Olga Other", password="olga other director phrase 1")
    target = tmp_path / "other-backup"
    target.mkdir()
    made = backup.create(session, target).path
    session.close()
    return made


def test_other_organisation_needs_its_code_typed(database, other_organisation_backup):
    creds = {"username": "dina", "password": database.passwords["dina"], "backup_username": "olga",
             "backup_password": "olga other director phrase 1"}
    with backup.prepare_restore(other_organisation_backup, database.path, **creds) as prepared:
        assert prepared.other_organisation
        with pytest.raises(ShelterError, match="another organisation"):
            prepared.commit()
        with pytest.raises(ShelterError, match="another organisation"):
            prepared.commit("KG-NGO-0001")
    # The live database is untouched.
    assert accounts.open_session(database.path, "dina", database.passwords["dina"]).close() is None
    with backup.prepare_restore(other_organisation_backup, database.path, **creds) as prepared:
        result = prepared.commit(" kg-ngo-0999 ")
    assert result.safety_copy is not None
    session = accounts.open_session(database.path, "olga", "olga other director phrase 1")
    try:
        row = session.db.query_one("SELECT username, details FROM audit_log WHERE action = 'backup_restored'")
        assert row[0] == "dina"
        assert json.loads(row[1])["replaced_organisation"] == "KG-NGO-0001"
    finally:
        session.close()


def test_other_organisation_from_the_command_line(database, other_organisation_backup):
    env = dict(os.environ, SHELTER_APP_PASSWORD=database.passwords["dina"],
               SHELTER_APP_BACKUP_PASSWORD="olga other director phrase 1")
    base = ["--language", "en", "restore", "--backup",
            str(other_organisation_backup), "--db", str(database.path), "--user", "dina", "--backup-user", "olga",
            "--yes"]
    out = run_cli(base, env=env)
    assert out.returncode == 2, out.stdout + out.stderr
    assert out.stderr.count("\n") == 1 and "--confirm-organisation" in out.stderr
    assert "another organisation: KG-NGO-0999" in out.stdout
    assert "that are not in the backup" in out.stdout
    out = run_cli(base + ["--confirm-organisation", "KG-NGO-0999"], env=env)
    assert out.returncode == 0, out.stdout + out.stderr
    accounts.open_session(database.path, "olga", "olga other director phrase 1").close()


def test_backup_check_backs_off_after_three_failures(database, director, tmp_path):
    (tmp_path / "b").mkdir()
    made = backup.create(director, tmp_path / "b").path
    director.close()
    for _ in range(3):
        with pytest.raises(WrongPassword):
            backup.inspect(made, username="dina", password="not her password at all")
    with pytest.raises(UnlockDelayed):
        backup.inspect(made, username="dina", password=database.passwords["dina"])
    # Renaming the file does not help: the count is kept by the backup's id.
    renamed = made.with_name("renamed.shelterbackup")
    made.rename(renamed)
    with pytest.raises(UnlockDelayed):
        backup.inspect(renamed, username="dina", password=database.passwords["dina"])
    # Nor does restoring it elsewhere.
    with pytest.raises(UnlockDelayed):
        backup.restore(renamed, tmp_path / "new" / "shelter.db", username="dina",
                       password=database.passwords["dina"])


GUESS = """
import sys
from shelter_app import accounts
from shelter_app.errors import UnlockDelayed, WrongPassword
try:
    accounts.open_session(sys.argv[1], "dina", "a wrong guess " + sys.argv[2])
except WrongPassword:
    print("tried")
except UnlockDelayed:
    print("delayed")
"""


def test_twelve_parallel_guesses_get_three_tries(database, tmp_path):
    script = tmp_path / "guess.py"
    script.write_text(GUESS)
    procs = [subprocess.Popen([sys.executable, str(script), str(database.path), str(i)], stdout=subprocess.PIPE,
                              stderr=subprocess.PIPE, text=True) for i in range(12)]
    results = [p.communicate(timeout=120)[0].strip() for p in procs]
    assert results.count("tried") == 3, results
    assert results.count("delayed") == 9, results


def test_backoff_file_holds_no_name_and_deleting_it_does_not_reset(database):
    for who in ("dina", "nobody-typed-this"):
        with pytest.raises(WrongPassword):
            accounts.open_session(database.path, who, "wrong password here")
    with pytest.raises(WrongPassword):
        accounts.open_session(database.path, "dina", "wrong password here")
    state = database.path.with_name("shelter.db.unlock")
    raw = state.read_text()
    assert "dina" not in raw and "nobody" not in raw
    state.unlink()
    with pytest.raises(UnlockDelayed):
        accounts.open_session(database.path, "dina", database.passwords["dina"])


def test_failed_names_reach_the_audit_log(database, monkeypatch):
    import time as _time

    from shelter_app import unlock

    with pytest.raises(WrongPassword):
        accounts.open_session(database.path, "nobody-typed-this", "wrong password here")
    session = accounts.open_session(database.path, "dina", database.passwords["dina"])
    try:
        failed = session.db.query("SELECT record_id FROM audit_log WHERE action = 'login_failed'")
        assert [r[0] for r in failed] == ["nobody-typed-this"]
    finally:
        session.close()
    assert unlock.seconds_to_wait(database.path, now=_time.time()) == 0


def test_a_symlink_reaches_the_same_lock(database, login, tmp_path):
    from shelter_app.errors import DatabaseLocked

    link_dir = tmp_path / "elsewhere"
    link_dir.mkdir()
    link = link_dir / "shelter.db"
    link.symlink_to(database.path)
    Path(str(key_file_for(link))).symlink_to(key_file_for(database.path))
    login("dina")
    with pytest.raises(DatabaseLocked):
        accounts.open_session(link, "sam", database.passwords["sam"])
