"""The encrypted store: keys, wrong passwords, key files, rotation, the lock,
and that nothing readable is left on disk."""

from __future__ import annotations

import shutil
import sqlite3
import subprocess
import sys

import pytest

from shelter_app import accounts, residents
from shelter_app.db.connection import Database
from shelter_app.errors import DatabaseLocked, StorageError, WrongPassword
from shelter_app.paths import key_file_for


def _files(path):
    return [path, path.with_name(path.name + "-wal"), path.with_name(path.name + "-shm")]


def test_wrong_password_is_refused_and_creates_nothing(database):
    before = sorted(p.name for p in database.path.parent.iterdir())
    with pytest.raises(WrongPassword):
        accounts.open_session(database.path, "dina", "not-the-password")
    with pytest.raises(WrongPassword):
        accounts.open_session(database.path, "nobody", "whatever-pass")
    # The back-off counter and its lock are the only new files.
    after = sorted(p.name for p in database.path.parent.iterdir() if ".unlock" not in p.name)
    assert after == [n for n in before if ".unlock" not in n]


def test_missing_database_is_not_created(tmp_path, database):
    ghost = tmp_path / "ghost.db"
    shutil.copy(key_file_for(database.path), key_file_for(ghost))
    with pytest.raises(StorageError, match="No database"):
        accounts.open_session(ghost, "dina", database.passwords["dina"])
    assert not ghost.exists()


def test_missing_key_file_gives_clear_error_and_no_new_database(database):
    key_file_for(database.path).rename(database.path.with_suffix(".moved"))
    size = database.path.stat().st_size
    with pytest.raises(StorageError, match="key file .* is missing"):
        accounts.open_session(database.path, "dina", database.passwords["dina"])
    assert database.path.stat().st_size == size


def test_damaged_database_is_refused_not_replaced(database):
    raw = bytearray(database.path.read_bytes())
    raw[:4096] = b"\0" * 4096  # the first page, with SQLCipher's salt
    database.path.write_bytes(bytes(raw))
    with pytest.raises(StorageError, match="damaged"):
        accounts.open_session(database.path, "dina", database.passwords["dina"])
    assert database.path.read_bytes() == bytes(raw)


def test_plain_sqlite_cannot_read_and_no_name_on_disk(login, make_resident, database):
    session = login("sam")
    name = "Токтогулова Нургүл Уникальная"
    residents.create(session, make_resident(full_name=name, safety_notes="Recruiter drives a white Lexus"))
    # Checked while the session is open: the WAL holds the newest pages.
    for path in _files(database.path):
        if path.exists():
            data = path.read_bytes()
            for needle in (name, "Токтогулова", "Lexus"):
                assert needle.encode("utf-8") not in data, path.name
                assert needle.encode("utf-16-le") not in data, path.name
    with pytest.raises(sqlite3.DatabaseError):
        sqlite3.connect(database.path).execute("SELECT * FROM residents").fetchall()
    session.close()
    assert not any(name.encode() in p.read_bytes() for p in _files(database.path) if p.exists())


def test_non_sqlcipher_driver_is_refused(monkeypatch, tmp_path):
    import shelter_app.db.connection as connection

    class PlainDriver:
        Row = sqlite3.Row

        @staticmethod
        def connect(*args, **kwargs):
            kwargs.pop("check_same_thread", None)
            return sqlite3.connect(*args, **kwargs)

    monkeypatch.setattr(connection, "sqlcipher3", PlainDriver)
    with pytest.raises(StorageError, match="not SQLCipher"):
        Database.create(tmp_path / "plain.db", b"k" * 32)
    assert not (tmp_path / "plain.db").exists()


def test_recovery_key_opens_and_can_reset_a_password(database):
    session = accounts.open_with_recovery_key(database.path, database.recovery_key.lower().replace("-", " "))
    accounts.reset_password(session, "dina", "brand-new-pass")
    session.close()
    accounts.open_session(database.path, "dina", "brand-new-pass").close()
    with pytest.raises(WrongPassword):
        accounts.open_session(database.path, "dina", database.passwords["dina"])


def test_wrong_recovery_key_is_refused(database):
    with pytest.raises(WrongPassword):
        accounts.open_with_recovery_key(database.path, "AAAA-BBBB-CCCC-DDDD-EEEE-FFFF-GGGG-HHHH")


def test_old_key_file_opens_nothing_after_account_removal(database, login, make_resident, tmp_path):
    stolen = tmp_path / "stolen.keys"
    shutil.copy(key_file_for(database.path), stolen)
    session = login("dina")
    accounts.remove_account(session, "sam")
    residents.create(session, make_resident(full_name="Written After Removal"))
    session.close()
    # The former social worker puts their old key file back beside a copy of the database.
    copy = tmp_path / "copy" / "shelter.db"
    copy.parent.mkdir()
    shutil.copy(database.path, copy)
    shutil.copy(stolen, key_file_for(copy))
    with pytest.raises(StorageError, match="does not match"):
        accounts.open_session(copy, "sam", database.passwords["sam"])
    # And sam's own account is gone from the real database.
    with pytest.raises(WrongPassword):
        accounts.open_session(database.path, "sam", database.passwords["sam"])
    # The remaining accounts still open it without anyone re-entering passwords.
    accounts.open_session(database.path, "lena", database.passwords["lena"]).close()
    accounts.open_with_recovery_key(database.path, database.recovery_key).close()


def test_rotate_key_changes_the_key_and_keeps_everything(database, login, make_resident):
    session = login("dina")
    resident = residents.create(session, make_resident())
    old_key = session.database_key
    accounts.rotate_key(session)
    assert session.database_key != old_key
    session.close()
    with pytest.raises(StorageError):
        Database.open(database.path, old_key)
    session = login("sam")
    assert residents.get(session, resident["id"])["full_name"] == resident["full_name"]


def test_interrupted_rotation_is_finished_on_next_open(database, login, monkeypatch):
    from shelter_app.db import rotation

    session = login("dina")
    old_key = session.database_key

    def power_cut(step):
        if step == "swap_key_file":
            raise OSError("power cut")

    monkeypatch.setattr(rotation, "_fault", power_cut)
    with pytest.raises(StorageError, match="Open it again to finish"):
        accounts.rotate_key(session)
    monkeypatch.setattr(rotation, "_fault", lambda step: None)
    # The database file was swapped but the old key file is still in place: the
    # journal beside it finishes the change at the next opening.
    session = login("lena")
    assert session.user.role == "lawyer"
    assert session.database_key != old_key
    assert not rotation.journal_for(database.path).exists()
    assert not rotation.next_key_file_for(database.path).exists()


def test_change_own_password_only_touches_own_envelope(database, login):
    session = login("sam")
    before = {e.username: e.sealed_private_key for e in session.key_file.envelopes}
    accounts.change_own_password(session, database.passwords["sam"], "another-pass-9")
    after = {e.username: e.sealed_private_key for e in session.key_file.envelopes}
    assert before["sam"] != after["sam"]
    assert before["dina"] == after["dina"] and before["lena"] == after["lena"]
    session.close()
    accounts.open_session(database.path, "sam", "another-pass-9").close()


def test_second_process_is_refused_with_clear_message(database, login):
    session = login("dina")
    code = (
        "import sys\n"
        "from shelter_app import accounts\n"
        "from shelter_app.errors import DatabaseLocked\n"
        "try:\n"
        f"    accounts.open_session(r'{database.path}', 'sam', '{database.passwords['sam']}')\n"
        "except DatabaseLocked as e:\n"
        "    print(e); sys.exit(3)\n"
    )
    result = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, timeout=60)
    assert result.returncode == 3, result.stderr
    assert "already open in another copy" in result.stdout
    session.close()
    result = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, timeout=60)
    assert result.returncode == 0, result.stdout + result.stderr


def test_same_process_second_open_is_refused(database, login):
    login("dina")
    with pytest.raises(DatabaseLocked):
        accounts.open_session(database.path, "sam", database.passwords["sam"])


def test_wal_and_full_sync(director):
    conn = director.db.conn
    assert conn.execute("PRAGMA journal_mode").fetchone()[0] == "wal"
    assert conn.execute("PRAGMA synchronous").fetchone()[0] == 2  # FULL
    assert conn.execute("PRAGMA cipher_version").fetchone()[0]


def test_unlock_backoff_after_three_failures(database, monkeypatch):
    import time as _time
    from shelter_app import unlock
    from shelter_app.errors import UnlockDelayed

    for _ in range(3):
        with pytest.raises(WrongPassword):
            accounts.open_session(database.path, "dina", "wrong-password")
    # The 4th attempt must wait 1 s, even with the right password.
    with pytest.raises(UnlockDelayed) as info:
        accounts.open_session(database.path, "dina", database.passwords["dina"])
    assert info.value.seconds == 1
    assert unlock.delay_after(4) == 2 and unlock.delay_after(5) == 4 and unlock.delay_after(20) == 60
    # Across a restart: the state is on disk, not in memory.
    assert unlock.seconds_to_wait(database.path) >= 1
    now = _time.time()
    monkeypatch.setattr(unlock.time, "time", lambda: now + 2)
    session = accounts.open_session(database.path, "dina", database.passwords["dina"])
    failed = session.db.query("SELECT record_id FROM audit_log WHERE action = 'login_failed'")
    assert [r[0] for r in failed] == ["dina"] * 3
    session.close()
