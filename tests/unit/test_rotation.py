"""Re-encryption that cannot lose the database (issue 12, point 1): a full
disk (ENOSPC) at every write, sync and rename of a key rotation, a kill -9 at
every step, and a real small filesystem. After each the database opens with
the credentials valid just before or just after, passes its integrity check,
and keeps every acknowledged record; a rotation that failed is not in the
audit log as done."""

from __future__ import annotations

import errno
import os
import shutil
import subprocess
import sys
import textwrap
from pathlib import Path

import pytest

from shelter_app import accounts, residents, verification
from shelter_app.db import rotation
from shelter_app.db.connection import Database
from shelter_app.errors import StorageError
from shelter_app.paths import key_file_for

# Steps before the journal is written: the rotation is abandoned. After: finished.
BEFORE = ("export", "audit_entry", "check", "sync_database", "write_key_file", "write_journal")
AFTER = ("close_live", "swap_database", "sync_folder", "swap_key_file", "remove_journal")
FULL = "The disk is full: the database was not re-encrypted and is unchanged. Free some space and try again."


def test_every_step_is_named():
    assert set(BEFORE) | set(AFTER) == set(rotation.STEPS)


def _populate(session, make_resident, n=12) -> list[str]:
    return [residents.create(session, make_resident(full_name=f"Synthetic Person {i}",
                                                     safety_notes="z" * 3000))["case_number"]
            for i in range(n)]


def _leftovers(database: Path) -> list[str]:
    names = [p.name for p in database.parent.iterdir()]
    return [n for n in names if ".rotating." in n or n.endswith((".rotation", ".next", ".rotation.tmp"))]


def _check_opens(database, expected_cases, rotated: bool, old_key: bytes) -> None:
    session = accounts.open_session(database.path, "dina", database.passwords["dina"])
    try:
        report = verification.verify(session)
        assert report.ok, report.lines()
        stored = {r[0] for r in session.db.query("SELECT case_number FROM residents")}
        assert set(expected_cases) <= stored
        done = session.db.query("SELECT count(*) FROM audit_log WHERE action = 'key_rotated'")[0][0]
        assert done == (1 if rotated else 0)
        assert (session.database_key != old_key) == rotated
    finally:
        session.close()
    # Every other credential still opens it too.
    accounts.open_session(database.path, "sam", database.passwords["sam"]).close()
    accounts.open_with_recovery_key(database.path, database.recovery_key).close()
    assert _leftovers(database.path) == []


@pytest.mark.parametrize("step", BEFORE)
def test_full_disk_before_the_decision_leaves_the_database_unchanged(database, login, make_resident,
                                                                      monkeypatch, step):
    session = login("dina")
    cases = _populate(session, make_resident)
    old_key = session.database_key

    def disk_full(name):
        if name == step:
            raise OSError(errno.ENOSPC, "No space left on device")

    monkeypatch.setattr(rotation, "_fault", disk_full)
    with pytest.raises(StorageError) as info:
        accounts.rotate_key(session)
    assert str(info.value) == FULL
    monkeypatch.setattr(rotation, "_fault", lambda name: None)
    # The session goes on with the old key: a record saved now is kept.
    cases += _populate(session, make_resident, 1)
    assert session.database_key == old_key
    session.close()
    _check_opens(database, cases, rotated=False, old_key=old_key)


@pytest.mark.parametrize("step", AFTER)
def test_failure_after_the_decision_is_finished_at_the_next_opening(database, login, make_resident,
                                                                   monkeypatch, step):
    session = login("dina")
    cases = _populate(session, make_resident)
    old_key = session.database_key

    def disk_full(name):
        if name == step:
            raise OSError(errno.ENOSPC, "No space left on device")

    monkeypatch.setattr(rotation, "_fault", disk_full)
    with pytest.raises(StorageError, match="Open it again to finish"):
        accounts.rotate_key(session)
    assert session.closed
    monkeypatch.setattr(rotation, "_fault", lambda name: None)
    _check_opens(database, cases, rotated=True, old_key=old_key)
    with pytest.raises(StorageError):
        Database.open(database.path, old_key)


def test_failed_removal_rotation_is_finished_at_the_next_sign_in(database, login, monkeypatch):
    session = login("dina")
    monkeypatch.setattr(rotation, "_fault", lambda name: (_ for _ in ()).throw(OSError(errno.ENOSPC, "full"))
                        if name == "export" else None)
    with pytest.raises(StorageError, match="disk is full"):
        accounts.remove_account(session, "sam")
    monkeypatch.setattr(rotation, "_fault", lambda name: None)
    session.close()
    # The account is gone at once; its envelope goes with a new key at the next sign-in.
    with pytest.raises(Exception):  # noqa: B017 - WrongPassword or no certificate: either way refused
        accounts.open_session(database.path, "sam", database.passwords["sam"])
    session = login("dina")
    reasons = [r[0] for r in session.db.query("SELECT details FROM audit_log WHERE action = 'key_rotated'")]
    assert len(reasons) == 1 and "finish_account_removal" in reasons[0]
    assert session.key_file.find("sam") is None


KILLER = textwrap.dedent("""
    import os, signal, sys
    from shelter_app import accounts
    from shelter_app.db import rotation
    step = sys.argv[3]
    def die(name):
        if name == step:
            print("dying at", name, flush=True)
            os.kill(os.getpid(), signal.SIGKILL)
    rotation._fault = die
    session = accounts.open_session(sys.argv[1], "dina", sys.argv[2])
    print("key", session.database_key.hex(), flush=True)
    accounts.rotate_key(session)
    print("rotated", flush=True)
""")


@pytest.mark.slow
@pytest.mark.parametrize("step", rotation.STEPS)
def test_kill_9_at_every_step(database, login, make_resident, tmp_path, step):
    session = login("dina")
    cases = _populate(session, make_resident, 5)
    session.close()
    script = tmp_path / "killer.py"
    script.write_text(KILLER)
    proc = subprocess.run([sys.executable, str(script), str(database.path), database.passwords["dina"], step],
                          capture_output=True, text=True, timeout=120, check=False)
    assert proc.returncode == -9, proc.stdout + proc.stderr
    assert f"dying at {step}" in proc.stdout
    old_key = bytes.fromhex(proc.stdout.split("key ", 1)[1].split()[0])
    _check_opens(database, cases, rotated=step in AFTER, old_key=old_key)


# --- a real full disk ----------------------------------------------------------------

def _mount(folder: Path, size_kib: int) -> str | None:
    """A small tmpfs; the reason when it cannot be mounted."""
    folder.mkdir()
    if os.geteuid() != 0:
        return "mounting a tmpfs needs root; the ENOSPC fault injection above covers every step"
    done = subprocess.run(["mount", "-t", "tmpfs", "-o", f"size={size_kib}k", "tmpfs", str(folder)],
                          capture_output=True, text=True, check=False)
    if done.returncode != 0:
        return "tmpfs could not be mounted here: " + (done.stderr.strip() or "mount failed")
    return None


def test_rotation_on_a_real_full_disk(database, login, make_resident, tmp_path):
    session = login("dina")
    cases = _populate(session, make_resident, 40)
    session.close()
    disk = tmp_path / "disk"
    reason = _mount(disk, 8192)
    if reason:
        pytest.skip(reason)
    try:
        target = disk / "shelter.db"
        shutil.copy(database.path, target)
        shutil.copy(key_file_for(database.path), key_file_for(target))
        size = target.stat().st_size
        copy = type(database)(target, database.recovery_key, database.passwords)
        outcomes = []
        # Leave less and less room: the disk fills up at a different point of the export each time.
        for fraction in (0.05, 0.3, 0.6, 0.9, 1.0, 1.1, 1.3):
            filler = disk / "filler"
            session = accounts.open_session(target, "dina", database.passwords["dina"])
            old_key = session.database_key
            free = shutil.disk_usage(disk).free
            room = int(size * fraction)
            if free > room:
                with open(filler, "wb") as fh:
                    fh.write(b"\0" * (free - room))
            try:
                accounts.rotate_key(session)
                outcomes.append("rotated")
                rotated = True
            except StorageError as exc:
                outcomes.append("full")
                assert str(exc) == FULL or "Open it again" in str(exc), str(exc)
                rotated = "Open it again" in str(exc)
            finally:
                filler.unlink(missing_ok=True)
                session.close()
            filler.unlink(missing_ok=True)
            session = accounts.open_session(target, "dina", database.passwords["dina"])
            try:
                assert verification.verify(session).ok
                assert set(cases) <= {r[0] for r in session.db.query("SELECT case_number FROM residents")}
                assert (session.database_key != old_key) == rotated
            finally:
                session.close()
            assert _leftovers(target) == []
        assert "full" in outcomes, outcomes
        # With room again, the rotation goes through.
        session = accounts.open_session(target, "dina", database.passwords["dina"])
        accounts.rotate_key(session)
        session.close()
        _check_keys_still_open(copy)
    finally:
        subprocess.run(["umount", "-l", str(disk)], capture_output=True, check=False)


def _check_keys_still_open(database) -> None:
    accounts.open_session(database.path, "lena", database.passwords["lena"]).close()
    accounts.open_with_recovery_key(database.path, database.recovery_key).close()


def test_a_copy_damaged_on_disk_is_not_swapped_in(database, login, make_resident, monkeypatch):
    """A page of the new file altered on disk after it was written (a failing
    disk): the check of every page under the new key refuses it."""
    session = login("dina")
    cases = _populate(session, make_resident)
    old_key = session.database_key

    def damage(name):
        if name == "check":
            copy = next(database.path.parent.glob(rotation.scratch_prefix(database.path) + "*"))
            with open(copy, "r+b") as fh:
                fh.seek(4096 * 3 + 100)
                byte = fh.read(1)
                fh.seek(4096 * 3 + 100)
                fh.write(bytes([byte[0] ^ 0xFF]))

    monkeypatch.setattr(rotation, "_fault", damage)
    with pytest.raises(StorageError, match="failed its check"):
        accounts.rotate_key(session)
    monkeypatch.setattr(rotation, "_fault", lambda name: None)
    session.close()
    _check_opens(database, cases, rotated=False, old_key=old_key)
