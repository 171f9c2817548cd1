"""Power cuts and full disks: nothing already saved is lost, and the database
opens again with a clean integrity check."""

from __future__ import annotations

import os
import random
import subprocess
import sys
import textwrap

import pytest

from shelter_app import accounts, verification

WRITER = textwrap.dedent("""
    import sys
    from shelter_app import accounts, residents
    session = accounts.open_session(sys.argv[1], "sam", sys.argv[2])
    i = 0
    while True:
        i += 1
        record = residents.create(session, {
            "full_name": f"Synthetic Person {i}", "sex": "female", "citizenship": "KG",
            "registration_date": "2025-01-01", "referral_source": "ngo",
            "primary_exploitation": "forced_labour", "exploitation_country": "RU",
            "safety_notes": "x" * 2000})
        # Acknowledged: the transaction has committed.
        print(record["case_number"], flush=True)
""")


@pytest.mark.slow
def test_kill_9_during_saves_loses_no_acknowledged_record(database, tmp_path):
    script = tmp_path / "writer.py"
    script.write_text(WRITER)
    env = dict(os.environ)
    rng = random.Random(7)
    acknowledged: list[str] = []
    for round_ in range(20):
        proc = subprocess.Popen([sys.executable, str(script), str(database.path), database.passwords["sam"]],
                                stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True, env=env)
        stop_after = rng.randrange(1, 25)
        for _ in range(stop_after):
            line = proc.stdout.readline()
            if not line:
                break
            acknowledged.append(line.strip())
        proc.kill()  # SIGKILL: no cleanup, no checkpoint
        proc.wait()
        assert proc.returncode == -9, proc.stderr.read()
    session = accounts.open_session(database.path, "dina", database.passwords["dina"])
    try:
        report = verification.verify(session)
        assert report.ok, report.lines()
        stored = {r[0] for r in session.db.query("SELECT case_number FROM residents")}
        assert set(acknowledged) <= stored
        assert len(acknowledged) >= 20
    finally:
        session.close()


FILLER = textwrap.dedent("""
    import resource, signal, sys
    from shelter_app import accounts, residents
    from shelter_app.errors import ShelterError
    signal.signal(signal.SIGXFSZ, signal.SIG_IGN)  # a full disk, not a killed process
    session = accounts.open_session(sys.argv[1], "sam", sys.argv[2])
    limit = int(sys.argv[3])
    if limit:
        resource.setrlimit(resource.RLIMIT_FSIZE, (limit, limit))
    i = 0
    try:
        while True:
            i += 1
            record = residents.create(session, {
                "full_name": f"Synthetic Person {i}", "sex": "male", "citizenship": "KG",
                "registration_date": "2025-01-01", "referral_source": "ngo",
                "primary_exploitation": "forced_labour", "exploitation_country": "KZ",
                "safety_notes": "y" * 20000})
            print("saved", record["case_number"], flush=True)
    except ShelterError as exc:
        print("error", exc.localized(), flush=True)
        session.close()
        sys.exit(2)
""")

FULL = "The disk is full: the change was not saved. Free some space and try again."
IO_LIMIT = "The disk could not be written (it may be full or failing): the change was not saved."


def _mount_small_disk(folder, size_kib: int) -> bool:
    """A real full disk: a small tmpfs where the test runs as root (CI does);
    elsewhere a file-size limit on the writing process stands in for it."""
    folder.mkdir()
    if os.geteuid() != 0:
        return False
    done = subprocess.run(["mount", "-t", "tmpfs", "-o", f"size={size_kib}k", "tmpfs", str(folder)],
                          capture_output=True)
    return done.returncode == 0


def test_full_disk_gives_clear_error_and_intact_database(database, tmp_path):
    import shutil

    from shelter_app.paths import key_file_for

    script = tmp_path / "filler.py"
    script.write_text(FILLER)
    disk = tmp_path / "disk"
    tmpfs = _mount_small_disk(disk, 1024)
    try:
        db = disk / "shelter.db"
        shutil.copy(database.path, db)
        shutil.copy(key_file_for(database.path), key_file_for(db))
        limit = 0 if tmpfs else db.stat().st_size + 300_000
        result = subprocess.run([sys.executable, str(script), str(db), database.passwords["sam"], str(limit)],
                                capture_output=True, text=True, timeout=120)
        lines = result.stdout.splitlines()
        assert result.returncode == 2, result.stdout + result.stderr
        assert lines[-1] == "error " + (FULL if tmpfs else IO_LIMIT)
        assert "Traceback" not in result.stderr
        saved = [line.split()[1] for line in lines if line.startswith("saved")]
        assert saved, "the limit left no room for even one record"
        if tmpfs:
            # Room to open again: the disk is full only for new records.
            subprocess.run(["mount", "-o", "remount,size=4096k", str(disk)], check=True)
        session = accounts.open_session(db, "dina", database.passwords["dina"])
        try:
            assert verification.verify(session).ok
            stored = [r[0] for r in session.db.query("SELECT case_number FROM residents ORDER BY id")]
            assert stored == saved  # every acknowledged save, and no half-written one
        finally:
            session.close()
    finally:
        if tmpfs:
            subprocess.run(["umount", "-l", str(disk)], capture_output=True)
