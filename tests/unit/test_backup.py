"""Backups: one encrypted file that restores to the same records, refuses any
changed byte, opens with a password or the recovery key, and never costs the
live database anything — not even when the restore is cut off half-way."""

from __future__ import annotations

import datetime as dt
import os
import random
import shutil
import subprocess
import sys
import textwrap
from pathlib import Path

import pytest

from shelter_app import accounts, backup, demo, paths, residents
from shelter_app.errors import DatabaseLocked, PermissionDenied, WrongPassword

TABLES = ("organisation", "accounts", "residents", "stays", "plans", "plan_needs", "plan_goals",
          "plan_reviews", "services", "legal_cases", "legal_events", "settings")


def dump(session) -> dict:
    """Every row of every record table, as a person's data would be compared."""
    out = {}
    for table in TABLES:
        rows = session.db.query(f"SELECT * FROM {table} ORDER BY 1")
        out[table] = [tuple(r) for r in rows]
    out["audit_log"] = [tuple(r) for r in session.db.query("SELECT * FROM audit_log ORDER BY id")]
    return out


def names(session) -> list[str]:
    return sorted(r[0] for r in session.db.query("SELECT full_name FROM residents"))


@pytest.fixture
def populated(director, database):
    demo.generate(director, 25, 7)
    return director


def _backup(session, tmp_path) -> Path:
    usb = tmp_path / "usb"
    usb.mkdir(exist_ok=True)
    return backup.create(session, usb).path


def test_backup_then_restore_gives_the_same_records(populated, database, tmp_path):
    before = dump(populated)
    result = backup.create(populated, tmp_path)
    assert result.path.parent == tmp_path and result.path.suffix == ".shelterbackup"
    assert result.info.residents == 25
    populated.close()

    # A new PC: no database there yet.
    target = tmp_path / "new-pc" / "shelter.db"
    restored = backup.restore(result.path, target, username="dina", password=database.passwords["dina"])
    assert restored.safety_copy is None
    session = accounts.open_session(target, "sam", database.passwords["sam"])
    try:
        after = dump(session)
        for table in TABLES:
            if table != "settings":
                assert after[table] == before[table], table
        # The log goes on from where the backup left it, with the restore in it.
        assert after["audit_log"][:len(before["audit_log"])] == before["audit_log"]
        actions = [row[3] for row in after["audit_log"][len(before["audit_log"]):]]
        assert actions[0] == "backup_restored"
    finally:
        session.close()


def test_the_backup_file_holds_no_readable_record(populated, tmp_path):
    resident = residents.create(populated, {
        "full_name": "Уникалдуу Ысым", "sex": "female", "date_of_birth": "1999-03-12", "citizenship": "KG",
        "registration_date": "2025-02-01", "referral_source": "iom", "primary_exploitation": "forced_labour",
        "exploitation_country": "RU", "consent_data_processing": "2025-02-01",
        "consent_anonymized_reporting": True, "safety_notes": "trafficker-searching-for-her"})
    path = _backup(populated, tmp_path)
    raw = path.read_bytes()
    for secret in ("Уникалдуу".encode(), b"trafficker-searching", resident["case_number"].encode(), b"Synthetic"):
        assert secret not in raw


def test_restore_over_the_live_database_asks_first_and_keeps_a_safety_copy(populated, database, tmp_path,
                                                                              make_resident):
    path = _backup(populated, tmp_path)
    later = residents.create(populated, make_resident(full_name="Added After Backup"))
    populated.close()
    live = database.path

    asked = []
    with pytest.raises(backup.RestoreCancelledError):
        backup.restore(path, live, username="dina", password=database.passwords["dina"],
                       confirm=lambda info: asked.append(info) or False)
    assert asked and asked[0].residents == 25
    session = accounts.open_session(live, "dina", database.passwords["dina"])
    assert "Added After Backup" in names(session)
    session.close()
    assert not list(live.parent.glob("*before-restore*"))

    result = backup.restore(path, live, username="dina", password=database.passwords["dina"],
                            confirm=lambda info: True)
    session = accounts.open_session(live, "dina", database.passwords["dina"])
    assert "Added After Backup" not in names(session)
    assert session.db.query_one("SELECT count(*) FROM residents")[0] == 25
    session.close()

    # The safety copy opens as the database was just before the restore.
    assert result.safety_copy is not None and result.safety_copy.is_dir()
    elsewhere = tmp_path / "from-safety-copy"
    shutil.copytree(result.safety_copy, elsewhere)
    copy = accounts.open_session(elsewhere / live.name, "dina", database.passwords["dina"])
    try:
        assert "Added After Backup" in names(copy)
        assert copy.db.integrity_problems() == []
    finally:
        copy.close()
    assert later["case_number"]


def test_restore_with_the_recovery_key(populated, database, tmp_path):
    path = _backup(populated, tmp_path)
    populated.close()
    target = tmp_path / "restored" / "shelter.db"
    with pytest.raises(WrongPassword):
        backup.restore(path, target, recovery_key="AAAA-BBBB-CCCC-DDDD-EEEE-FFFF-GGGG-HHHH")
    with pytest.raises(WrongPassword):
        backup.restore(path, target, username="dina", password="not-her-password")
    assert not target.exists()
    backup.restore(path, target, recovery_key=database.recovery_key.lower())
    session = accounts.open_with_recovery_key(target, database.recovery_key)
    try:
        assert session.db.query_one("SELECT count(*) FROM residents")[0] == 25
        last = session.db.query_one("SELECT username, action FROM audit_log ORDER BY id DESC LIMIT 2 OFFSET 1")
        assert tuple(last) == ("recovery", "backup_restored")
    finally:
        session.close()


def test_a_backup_with_one_byte_changed_anywhere_is_refused(populated, database, tmp_path):
    path = _backup(populated, tmp_path)
    populated.close()
    original = path.read_bytes()
    opened = backup._open(path)
    header_end = len(backup.MAGIC) + 4 + len(opened.header)
    keys_end = header_end + len(opened.key_file_raw)
    body = opened.body_offset
    positions = sorted({0, 15, 17, len(backup.MAGIC) + 10, header_end - 3, header_end + 40, keys_end - 2,
                        keys_end + 5, body - 1, body, body + 100, (body + len(original)) // 2,
                        len(original) - backup.MAC_SIZE - 1, len(original) - 1}
                       | set(random.Random(5).sample(range(len(original)), 40)))
    target = tmp_path / "target" / "shelter.db"
    for pos in positions:
        damaged = bytearray(original)
        damaged[pos] ^= 1 << (pos % 8)
        path.write_bytes(bytes(damaged))
        with pytest.raises(backup.BackupError, match="damaged or was altered"):
            backup.restore(path, target, username="dina", password=database.passwords["dina"])
        assert not target.exists(), pos
        left = list(target.parent.iterdir()) if target.parent.exists() else []
        assert left == [], (pos, left)
    for damaged in (original[:-1], original + b"\0", original[: len(original) // 2]):
        path.write_bytes(damaged)
        with pytest.raises(backup.BackupError):
            backup.restore(path, target, username="dina", password=database.passwords["dina"])
    path.write_bytes(original)
    backup.restore(path, target, username="dina", password=database.passwords["dina"])
    assert target.exists()


def test_not_a_backup_is_refused_clearly(tmp_path, database):
    bogus = tmp_path / "photo.jpg"
    bogus.write_bytes(b"\xff\xd8\xff" + os.urandom(3000))
    with pytest.raises(backup.BackupError) as caught:
        backup.restore(bogus, tmp_path / "x.db", username="dina", password="x")
    assert "not a backup" in str(caught.value)
    with pytest.raises(backup.BackupError, match="No backup file"):
        backup.inspect(tmp_path / "missing.shelterbackup", username="dina", password="x")


def test_only_a_director_makes_backups(login, tmp_path):
    sam = login("sam")
    with pytest.raises(PermissionDenied):
        backup.create(sam, tmp_path)
    assert list(tmp_path.glob("*.shelterbackup")) == []


def test_restore_is_refused_while_the_app_has_the_database_open(populated, database, tmp_path):
    path = _backup(populated, tmp_path)
    with pytest.raises(DatabaseLocked):
        backup.restore(path, database.path, username="dina", password=database.passwords["dina"],
                       confirm=lambda info: True)
    assert not list(database.path.parent.glob("*before-restore*"))
    assert not list(database.path.parent.glob(".*restoring*"))


def test_last_backup_age_and_the_weekly_reminder(director, tmp_path):
    assert backup.last_backup_age(director) is None
    assert backup.backup_overdue(director)
    assert backup.describe_age(None) == "No backup yet"
    backup.create(director, tmp_path)
    age = backup.last_backup_age(director)
    assert age is not None and age < dt.timedelta(minutes=1)
    assert not backup.backup_overdue(director)
    later = dt.datetime.now(dt.timezone.utc) + dt.timedelta(days=8)
    assert backup.backup_overdue(director, now=later)
    assert backup.describe_age(backup.last_backup_age(director, now=later)) == "Last backup: 8 d ago"
    assert backup.describe_age(dt.timedelta(hours=5), "ru") == "Последняя резервная копия: 5 ч назад"
    entry = director.db.query_one("SELECT action, details FROM audit_log ORDER BY id DESC LIMIT 1")
    assert entry["action"] == "backup_created" and "sha256" in entry["details"]


def test_inspect_reports_what_the_backup_holds(populated, database, tmp_path):
    path = _backup(populated, tmp_path)
    info = backup.inspect(path, username="lena", password=database.passwords["lena"])
    assert (info.residents, info.organisation_code, info.created_by) == (25, "KG-NGO-0001", "dina")
    assert info.accounts == ["dina", "lena", "sam"]


# --- a crash in the middle of a restore -------------------------------------------------

STEPS = ("after_safety_copy", "after_pending_key_file", "after_database_replaced")


@pytest.mark.parametrize("step", STEPS[:2])
def test_an_error_during_restore_leaves_the_live_database_as_it_was(populated, database, tmp_path, monkeypatch,
                                                                      make_resident, step):
    path = _backup(populated, tmp_path)
    residents.create(populated, make_resident(full_name="Only In The Live Database"))
    before = dump(populated)
    populated.close()

    def fail(name):
        if name == step:
            raise OSError(28, "No space left on device")

    monkeypatch.setattr(backup, "_step", fail)
    with pytest.raises(backup.BackupError, match="current database was not changed"):
        backup.restore(path, database.path, username="dina", password=database.passwords["dina"],
                       confirm=lambda info: True)
    key_path = paths.key_file_for(database.path)
    assert not key_path.with_name(key_path.name + ".pending").exists()
    session = accounts.open_session(database.path, "dina", database.passwords["dina"])
    try:
        after = dump(session)
        for table in TABLES:
            assert after[table] == before[table], table
        assert session.db.integrity_problems() == []
    finally:
        session.close()


CRASH = textwrap.dedent("""
    import os, sys, signal
    from shelter_app import backup
    step = sys.argv[1]
    def crash(name):
        if name == step:
            os.kill(os.getpid(), signal.SIGKILL)
    backup._step = crash
    backup.restore(sys.argv[2], sys.argv[3], username="dina", password=os.environ["PW"],
                   confirm=lambda info: True)
    print("finished")
""")


@pytest.mark.parametrize("step", STEPS)
def test_a_restore_killed_midway_leaves_a_whole_database(populated, database, tmp_path, make_resident, step):
    """The process is killed at each step; the next opening finds either the
    database as it was, or (past the moment of the swap) the restored one —
    never a mixture, never a database the passwords cannot open."""
    path = _backup(populated, tmp_path)
    residents.create(populated, make_resident(full_name="Only In The Live Database"))
    accounts.rotate_key(populated)  # the live key differs from the backup's
    live_names = names(populated)
    populated.close()
    env = dict(os.environ, PW=database.passwords["dina"])
    proc = subprocess.run([sys.executable, "-c", CRASH, step, str(path), str(database.path)],
                          capture_output=True, text=True, env=env, timeout=120)
    assert proc.returncode == -9, proc.stderr
    assert "finished" not in proc.stdout

    session = accounts.open_session(database.path, "dina", database.passwords["dina"])
    try:
        assert session.db.integrity_problems() == []
        if step == "after_database_replaced":
            assert "Only In The Live Database" not in names(session)
            assert session.db.query_one("SELECT count(*) FROM residents")[0] == 25
        else:
            assert names(session) == live_names
    finally:
        session.close()
    key_path = paths.key_file_for(database.path)
    assert not key_path.with_name(key_path.name + ".pending").exists()
    # And a second attempt goes through.
    backup.restore(path, database.path, username="dina", password=database.passwords["dina"],
                   confirm=lambda info: True)
    session = accounts.open_session(database.path, "dina", database.passwords["dina"])
    assert session.db.query_one("SELECT count(*) FROM residents")[0] == 25
    session.close()


def test_the_safety_copy_keeps_changes_left_in_the_log_by_a_crashed_app(populated, database, tmp_path):
    path = _backup(populated, tmp_path)
    populated.close()
    # The app dies with a change still in the write-ahead log.
    code = textwrap.dedent("""
        import os, sys
        from shelter_app import accounts, residents
        s = accounts.open_session(sys.argv[1], "dina", os.environ["PW"])
        residents.create(s, {"full_name": "Saved Just Before The Crash", "sex": "female", "citizenship": "KG",
                             "registration_date": "2025-02-01", "referral_source": "iom",
                             "primary_exploitation": "forced_labour", "exploitation_country": "RU",
                             "consent_data_processing": "2025-02-01", "consent_anonymized_reporting": True})
        os._exit(0)
    """)
    env = dict(os.environ, PW=database.passwords["dina"])
    subprocess.run([sys.executable, "-c", code, str(database.path)], check=True, env=env, timeout=120)
    wal = Path(str(database.path) + "-wal")
    assert wal.exists() and wal.stat().st_size > 0
    result = backup.restore(path, database.path, username="dina", password=database.passwords["dina"],
                            confirm=lambda info: True)
    elsewhere = tmp_path / "safety"
    shutil.copytree(result.safety_copy, elsewhere)
    copy = accounts.open_session(elsewhere / database.path.name, "dina", database.passwords["dina"])
    try:
        assert "Saved Just Before The Crash" in names(copy)
    finally:
        copy.close()


def test_a_backup_from_the_first_release_restores_and_is_upgraded(tmp_path):
    """A backup made by the first release (schema 1) restores with today's app."""
    from shelter_app.db import migrate
    from shelter_app.db import snapshot as snapshot_db
    from shelter_app.db.keys import KeyFile

    fixture = Path(__file__).resolve().parent.parent / "fixtures" / "schema_v1"
    snapshot = tmp_path / "v1.db"
    shutil.copy(fixture / "shelter.db", snapshot)
    key_file = KeyFile.load(fixture / "shelter.db.keys")
    key = key_file.unlock("dina", "fixture-pass-1")
    check = snapshot_db.check_file(snapshot, key)
    assert check.ok and check.schema_version == 1
    manifest = {"created_at": "2026-01-15T10:00:00.000000Z", "created_by": "dina", "organisation_code": "KG-OLD",
                "organisation_name": "Old", "schema_version": 1, "app_version": "0.0.1",
                "residents": check.residents, "audit_entries": check.audit_entries, "accounts": ["dina"]}
    old_backup = tmp_path / "old.shelterbackup"
    backup._write_container(old_backup, key_file.to_bytes(), manifest, snapshot, key)

    target = tmp_path / "today" / "shelter.db"
    backup.restore(old_backup, target, username="dina", password="fixture-pass-1")
    session = accounts.open_session(target, "dina", "fixture-pass-1")
    try:
        assert session.db.schema_version == migrate.latest()
        assert residents.count(session) == check.residents > 0
        assert session.db.integrity_problems() == []
    finally:
        session.close()
