"""The command line: backup, restore (password or recovery key), backup-check,
audit list/verify/print, retention list, print-record."""

from __future__ import annotations

import io
import os

import pytest
from pypdf import PdfReader

from shelter_app import accounts, residents
from tests.cli_runner import run_cli
from tests.conftest import PASSWORDS


def run(args, database, *, password=PASSWORDS["dina"], **env):
    full_env = dict(os.environ, SHELTER_APP_KDF_PROFILE="test", SHELTER_APP_LANGUAGE="en",
                    SHELTER_APP_HOME=os.environ["SHELTER_APP_HOME"], **env)
    if password is not None:
        full_env["SHELTER_APP_PASSWORD"] = password
    else:
        full_env.pop("SHELTER_APP_PASSWORD", None)
    return run_cli(["--language", "en", *args], env=full_env)


@pytest.fixture
def with_residents(director, make_resident, database):
    for n in range(3):
        residents.create(director, make_resident(full_name=f"Resident Number {n}"))
    director.close()
    return database


def test_backup_and_restore_from_the_command_line(with_residents, tmp_path):
    db = with_residents
    usb = tmp_path / "usb"
    usb.mkdir()
    out = run(["backup", "--db", str(db.path), "--user", "dina", "--out", str(usb)], db)
    assert out.returncode == 0, out.stderr
    assert "verified" in out.stdout
    files = list(usb.glob("*.shelterbackup"))
    assert len(files) == 1

    check = run(["backup-check", "--backup", str(files[0]), "--user", "sam"], db, password=PASSWORDS["sam"])
    assert check.returncode == 0, check.stderr
    assert "Residents: 3" in check.stdout

    target = tmp_path / "elsewhere" / "shelter.db"
    out = run(["restore", "--backup", str(files[0]), "--db", str(target), "--recovery-key"], db, password=None,
              SHELTER_APP_RECOVERY_KEY=db.recovery_key)
    assert out.returncode == 0, out.stderr
    session = accounts.open_session(target, "lena", db.passwords["lena"])
    assert residents.count(session) == 3
    session.close()

    # Over an existing database: refused without --yes (no terminal to ask on) ...
    out = run(["restore", "--backup", str(files[0]), "--db", str(db.path), "--user", "dina"], db)
    assert out.returncode == 2
    assert "--yes" in out.stderr and "Traceback" not in out.stderr
    # ... with a wrong password, one clear line ...
    out = run(["restore", "--backup", str(files[0]), "--db", str(db.path), "--user", "dina", "--yes"], db,
              password="wrong-password")
    assert out.returncode == 2 and "Wrong account or password" in out.stderr
    # ... and done with --yes, keeping a safety copy.
    out = run(["restore", "--backup", str(files[0]), "--db", str(db.path), "--user", "dina", "--yes"], db)
    assert out.returncode == 0, out.stderr
    assert "before-restore" in out.stdout
    assert list(db.path.parent.glob("shelter.db.before-restore-*"))


def test_a_damaged_backup_is_refused_in_one_line(with_residents, tmp_path):
    db = with_residents
    out_file = tmp_path / "b.shelterbackup"
    assert run(["backup", "--db", str(db.path), "--user", "dina", "--out", str(out_file)], db).returncode == 0
    data = bytearray(out_file.read_bytes())
    data[len(data) // 2] ^= 0xFF
    out_file.write_bytes(bytes(data))
    out = run(["restore", "--backup", str(out_file), "--db", str(tmp_path / "x.db"), "--user", "dina"], db)
    assert out.returncode == 2
    assert out.stderr.strip().count("\n") == 0 and "damaged or was altered" in out.stderr
    assert not (tmp_path / "x.db").exists()


def test_audit_retention_and_print_record_commands(with_residents, tmp_path):
    db = with_residents
    out = run(["audit", "list", "--db", str(db.path), "--user", "dina", "--action", "resident_created"], db)
    assert out.returncode == 0, out.stderr
    assert out.stdout.count("Resident registered") == 3 and "3 of 3 entries shown" in out.stdout

    out = run(["audit", "verify", "--db", str(db.path), "--user", "dina"], db)
    assert out.returncode == 0 and "intact" in out.stdout

    pdf = tmp_path / "audit.pdf"
    out = run(["audit", "print", "--db", str(db.path), "--user", "dina", "--person", "dina", "--language", "ru",
               "--out", str(pdf)], db)
    assert out.returncode == 0, out.stderr
    assert "not encrypted" in out.stdout
    assert len(PdfReader(io.BytesIO(pdf.read_bytes())).pages) >= 1

    out = run(["retention", "list", "--db", str(db.path), "--user", "dina"], db)
    assert out.returncode == 0 and "Records past it: 0" in out.stdout

    record = tmp_path / "record.pdf"
    out = run(["print-record", "--db", str(db.path), "--user", "dina", "--resident", "2025-0002",
               "--out", str(record)], db)
    assert out.returncode == 0, out.stderr
    text = "".join(p.extract_text() for p in PdfReader(io.BytesIO(record.read_bytes())).pages)
    assert "Resident Number 1" in text

    out = run(["audit", "list", "--db", str(db.path), "--user", "sam"], db, password=PASSWORDS["sam"])
    assert out.returncode == 2 and "Traceback" not in out.stderr
