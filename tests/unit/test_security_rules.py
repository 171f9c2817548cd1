"""The rest of the review (issue 12, point 5): the recovery key replaced,
strong passwords, a lawyer's view of services, scratch files and safety
copies, files readable by the owner only, one-line failures, the Argon2id
cost, and output paths that are not regular files."""

from __future__ import annotations

import datetime as _dt
import os
import shutil
import stat
import subprocess
import sys
from pathlib import Path

import pytest

from shelter_app import accounts, atomic, backup, i18n, residents, services
from shelter_app.db.keys import KdfParams, KeyFile
from shelter_app.errors import PermissionDenied, StorageError, ValidationError, WrongPassword
from shelter_app.paths import key_file_for
from tests.cli_runner import run_cli

# --- recovery-key new ----------------------------------------------------------------

def test_new_recovery_key_makes_the_old_one_open_nothing(database, login, tmp_path):
    old_copy = tmp_path / "old.keys"
    shutil.copy(key_file_for(database.path), old_copy)
    dina = login("dina")
    new = accounts.new_recovery_key(dina)
    assert new != database.recovery_key
    dina.close()
    with pytest.raises(WrongPassword):
        accounts.open_with_recovery_key(database.path, database.recovery_key)
    # Not even with a key file copied before: the database key changed too.
    old_file = KeyFile.load(old_copy)
    stale_key = old_file.unlock_with_recovery(database.recovery_key)
    from shelter_app.db.connection import Database

    with pytest.raises(StorageError):
        Database.open(database.path, stale_key)
    session = accounts.open_with_recovery_key(database.path, new)
    try:
        assert session.organisation_keys is not None
        done = session.db.query("SELECT details FROM audit_log WHERE action = 'key_rotated'")
        assert "recovery_key_replaced" in done[-1][0]
    finally:
        session.close()


def test_only_a_director_replaces_the_recovery_key(login):
    with pytest.raises(PermissionDenied):
        accounts.new_recovery_key(login("sam"))


def test_recovery_key_new_from_the_command_line(database):
    env = dict(os.environ, SHELTER_APP_PASSWORD=database.passwords["dina"])
    out = run_cli(["--language", "en", "recovery-key", "new", "--db", str(database.path), "--user", "dina"], env=env)
    assert out.returncode == 0, out.stderr
    lines = out.stdout.splitlines()
    new = next(line for line in lines if len(line) == 39 and line.count("-") == 7)
    accounts.open_with_recovery_key(database.path, new).close()
    assert any(line.startswith("Organisation fingerprint: ") for line in lines)


# --- passwords ---------------------------------------------------------------------

@pytest.mark.parametrize("weak", ["short-1", "password1234", "qwertyuiop12", "lenalenalena"])
def test_weak_passwords_are_refused(login, weak):
    dina = login("dina")
    with pytest.raises(ValidationError) as info:
        accounts.add_account(dina, "lenalena", "Lena Second", "lawyer", weak)
    assert info.value.field == "password"
    assert accounts.list_accounts(dina)[-1]["username"] != "lenalena"


def test_a_passphrase_is_accepted_and_feedback_is_in_the_persons_language(login):
    dina = login("dina")
    accounts.add_account(dina, "aida", "Aida Social", "social_worker", "aida grows apricots in naryn")
    with pytest.raises(ValidationError) as info:
        accounts.change_own_password(dina, "dina keeps the shelter keys 1", "password1234")
    english = info.value.localized()
    assert "too easy to guess" in english
    for lang in ("ru", "ky"):
        i18n.set_language(lang)
        try:
            text = info.value.localized()
        finally:
            i18n.set_language("en")
        assert text != english and "guess" not in text, text


# --- a lawyer's view of services -------------------------------------------------------

def test_a_lawyer_sees_legal_aid_services_only(login, make_resident):
    dina = login("dina")
    resident = residents.create(dina, make_resident())
    medical = services.log(dina, resident["id"], {"date": "2025-03-01", "service_type": "medical",
                                                  "provider": "in_house"})
    legal = services.log(dina, resident["id"], {"date": "2025-03-02", "service_type": "legal_consultation",
                                                "provider": "in_house"})
    lena = login("lena")
    ids = services.search(lena, resident["id"])
    assert ids == [legal["id"]]
    assert services.search(lena, resident["id"], service_types="medical") == []
    assert list(services.rows(lena, [medical["id"], legal["id"]])) == [legal["id"]]
    assert [s["id"] for s in services.for_resident(lena, resident["id"])] == [legal["id"]]
    with pytest.raises(PermissionDenied):
        services.get(lena, medical["id"])
    sam = login("sam")
    assert sorted(services.search(sam, resident["id"])) == sorted([medical["id"], legal["id"]])


# --- files left behind ------------------------------------------------------------

def _dead_pid() -> int:
    proc = subprocess.Popen([sys.executable, "-c", "pass"])
    proc.wait()
    return proc.pid


def test_scratch_files_of_a_dead_process_are_removed_at_the_next_start(database):
    folder = database.path.parent
    dead = _dead_pid()
    leftovers = [folder / f".shelter.db.restoring.{dead}-ab12cd34", folder / f".shelter.db.snapshot.{dead}-0f0f0f0f",
                 folder / f".verify.{dead}-00aa11bb", folder / f".shelter.db.keys.tmp-{dead}"]
    mine = folder / f".verify.{os.getpid()}-deadbeef"
    for path in [*leftovers, mine]:
        path.write_bytes(b"encrypted scratch")
    accounts.open_session(database.path, "dina", database.passwords["dina"]).close()
    assert [p for p in leftovers if p.exists()] == []
    assert mine.exists()  # a running process's own file is left alone
    assert database.path.exists() and key_file_for(database.path).exists()


def test_safety_copies_older_than_30_days_are_listed_for_deletion(database, login, tmp_path):
    dina = login("dina")
    (tmp_path / "b").mkdir()
    made = backup.create(dina, tmp_path / "b").path
    dina.close()
    result = backup.restore(made, database.path, username="dina", password=database.passwords["dina"],
                            confirm=lambda info: True)
    assert result.safety_copy is not None
    dina = login("dina")
    assert backup.safety_copies(dina) == []
    later = _dt.datetime.now(_dt.UTC) + _dt.timedelta(days=31)
    listed = backup.safety_copies(dina, now=later)
    assert [c.path for c in listed] == [result.safety_copy]
    with pytest.raises(StorageError):
        backup.delete_safety_copy(dina, database.path.parent)
    backup.delete_safety_copy(dina, result.safety_copy)
    assert not result.safety_copy.exists()
    assert dina.db.query("SELECT count(*) FROM audit_log WHERE action = 'safety_copy_deleted'")[0][0] == 1


def test_every_file_the_app_writes_is_readable_by_the_owner_only(tmp_path):
    folder = tmp_path / "office"
    env = dict(os.environ, SHELTER_APP_PASSWORD="dina keeps the shelter keys 1", SHELTER_APP_HOME=str(folder / "home"))

    def run(*args):
        out = subprocess.run([sys.executable, "-m", "shelter_app", "--language", "en", *args], capture_output=True,
                             text=True, env=env, timeout=120, check=False)
        assert out.returncode == 0, out.stdout + out.stderr

    db = folder / "data" / "shelter.db"
    run("init", "--db", str(db), "--organisation-code", "KG-NGO-0007", "--organisation-name", "Synthetic",
        "--director", "dina")
    (folder / "stick").mkdir()
    run("backup", "--db", str(db), "--user", "dina", "--out", str(folder / "stick"))
    stick = next((folder / "stick").iterdir())
    run("restore", "--backup", str(stick), "--db", str(db), "--user", "dina", "--yes")
    run("audit", "print", "--db", str(db), "--user", "dina", "--out", str(folder / "audit.pdf"))
    # Every file, and every folder the app made (not the test's own "stick").
    loose = [p for p in folder.rglob("*") if p.stat().st_mode & 0o077 and p != folder / "stick"]
    assert loose == [], [(str(p), oct(p.stat().st_mode)) for p in loose]


# --- one line, exit 2 -----------------------------------------------------------------

def test_an_unexpected_failure_is_one_line_and_exit_2_unless_debug(database, monkeypatch, capsys):
    from shelter_app import cli

    monkeypatch.setenv("SHELTER_APP_PASSWORD", database.passwords["dina"])

    def boom(session):
        raise RuntimeError("something deep\nwent wrong")

    monkeypatch.setattr(accounts, "list_accounts", boom)
    args = ["users", "list", "--db", str(database.path), "--user", "dina"]
    assert cli.main(args) == 2
    err = capsys.readouterr().err
    assert len(err.strip().splitlines()) == 1 and "Traceback" not in err
    assert "RuntimeError: something deep went wrong" in err and "--debug" in err
    with pytest.raises(RuntimeError):
        cli.main(["--debug", *args])


def test_a_full_disk_is_one_translated_line(database, monkeypatch, capsys):
    import errno

    from shelter_app import cli
    from shelter_app.db import rotation

    monkeypatch.setenv("SHELTER_APP_PASSWORD", database.passwords["dina"])
    monkeypatch.setattr(rotation, "_fault", lambda step: (_ for _ in ()).throw(OSError(errno.ENOSPC, "full"))
                        if step == "export" else None)
    assert cli.main(["--language", "ru", "rotate-key", "--db", str(database.path), "--user", "dina"]) == 2
    err = capsys.readouterr().err.strip()
    assert len(err.splitlines()) == 1
    assert "Диск заполнен" in err, err


# --- the Argon2id cost -------------------------------------------------------------

def test_no_environment_variable_lowers_the_cost_outside_the_test_suite(tmp_path):
    code = ("from shelter_app.db.keys import KdfParams, _checked; d = KdfParams.default();"
            "w = _checked(KdfParams(1, 8192, 1)); print(d.time_cost, d.memory_cost, w.time_cost)")
    env = {k: v for k, v in os.environ.items() if k != "PYTEST_CURRENT_TEST"}
    env["SHELTER_APP_KDF_PROFILE"] = "test"
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, env=env, timeout=60,
                         check=False)
    real = KdfParams()
    assert out.stdout.split() == [str(real.time_cost), str(real.memory_cost), str(real.time_cost)], out.stderr


def test_a_frozen_app_never_lowers_the_cost(monkeypatch):
    assert KdfParams.default().time_cost == 1  # the suite's cheap profile, here
    monkeypatch.setattr(sys, "frozen", True, raising=False)
    assert KdfParams.default() == KdfParams()


# --- output paths that are not regular files ------------------------------------------

def test_a_device_is_written_through_not_replaced(tmp_path):
    if os.geteuid() == 0:
        device = tmp_path / "null"
        os.mknod(device, stat.S_IFCHR | 0o666, os.makedev(1, 3))  # a private /dev/null
    else:
        device = Path(os.devnull)
    atomic.write_bytes(device, b"%PDF-1.7 synthetic")
    assert stat.S_ISCHR(device.stat().st_mode)
    assert not list(device.parent.glob(f".{device.name}.tmp-*"))


def test_a_fifo_is_written_through_and_a_folder_refused(tmp_path):
    fifo = tmp_path / "pipe"
    os.mkfifo(fifo)
    with pytest.raises(StorageError):  # nobody reads it: refused, not replaced
        atomic.write_bytes(fifo, b"data")
    assert stat.S_ISFIFO(fifo.stat().st_mode)
    reader = subprocess.Popen(["cat", str(fifo)], stdout=subprocess.PIPE)
    import time

    for _ in range(100):
        try:
            atomic.write_bytes(fifo, b"through the pipe")
            break
        except StorageError:
            time.sleep(0.05)
    assert reader.communicate(timeout=30)[0] == b"through the pipe"
    assert stat.S_ISFIFO(fifo.stat().st_mode)
    with pytest.raises(StorageError, match="not a regular file"):
        atomic.write_bytes(tmp_path, b"data")


def test_a_symlink_keeps_pointing_at_its_file(tmp_path):
    real = tmp_path / "real.pdf"
    real.write_bytes(b"old")
    link = tmp_path / "link.pdf"
    link.symlink_to(real)
    atomic.write_bytes(link, b"new")
    assert link.is_symlink() and real.read_bytes() == b"new"


def test_return_and_print_commands_do_not_replace_a_device(database, tmp_path):
    if os.geteuid() != 0:
        device = Path(os.devnull)
    else:
        device = tmp_path / "null"
        os.mknod(device, stat.S_IFCHR | 0o666, os.makedev(1, 3))
    env = dict(os.environ, SHELTER_APP_PASSWORD=database.passwords["dina"])
    out = subprocess.run([sys.executable, "-m", "shelter_app", "--language", "en", "audit", "print", "--db",
                          str(database.path), "--user", "dina", "--out", str(device)], capture_output=True,
                         text=True, env=env, timeout=120, check=False)
    assert out.returncode == 0, out.stderr
    assert stat.S_ISCHR(device.stat().st_mode)
    out = subprocess.run([sys.executable, "-m", "shelter_app", "--language", "en", "backup", "--db",
                          str(database.path), "--user", "dina", "--out", str(device)], capture_output=True,
                         text=True, env=env, timeout=120, check=False)
    assert out.returncode == 2 and "Nothing was written" in out.stderr
    assert stat.S_ISCHR(device.stat().st_mode)


def test_a_database_readable_by_others_is_made_owner_only_when_opened(database):
    for path in (database.path, key_file_for(database.path)):
        path.chmod(0o644)
    accounts.open_session(database.path, "sam", database.passwords["sam"]).close()
    for path in (database.path, key_file_for(database.path)):
        assert stat.S_IMODE(path.stat().st_mode) == 0o600, path


def test_a_return_to_a_device_is_written_through_or_refused(database, tmp_path):
    if os.geteuid() == 0:
        device = tmp_path / "null"
        os.mknod(device, stat.S_IFCHR | 0o666, os.makedev(1, 3))
    else:
        device = Path(os.devnull)
    env = dict(os.environ, SHELTER_APP_PASSWORD=database.passwords["dina"])
    base = [sys.executable, "-m", "shelter_app", "--language", "en", "return", "--db", str(database.path), "--user",
            "dina", "--period", "2025", "--out", str(device)]
    out = subprocess.run([*base, "--format", "json"], capture_output=True, text=True, env=env, timeout=120,
                         check=False)
    assert out.returncode == 0, out.stdout + out.stderr
    out = subprocess.run([*base, "--format", "csv"], capture_output=True, text=True, env=env, timeout=120,
                         check=False)
    assert out.returncode == 2 and "Nothing was written" in out.stderr, out.stdout + out.stderr
    assert stat.S_ISCHR(device.stat().st_mode)
    assert not list(device.parent.glob("*.meta.json"))
