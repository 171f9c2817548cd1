"""An anchored audit log: an insider holding the database key cuts the
chain's tail, or removes entries and recomputes the whole chain; the heads
signed at sign-out (in the key file), in a backup and in a return's metadata
still give it away, with the first missing position and the anchor's date."""

from __future__ import annotations

import json
import os

import pytest

from shelter_app import anchors, audit, backup, residents, verification
from shelter_app.db import audit as audit_db
from shelter_app.db.keys import KeyFile
from shelter_app.paths import key_file_for
from tests.cli_runner import run_cli


def _recompute_chain(conn) -> None:
    """What an insider with some programming does: renumber and rehash everything."""
    rows = conn.execute("SELECT id, ts, username, action, record_type, record_id, details FROM audit_log"
                        " ORDER BY id").fetchall()
    conn.execute("DELETE FROM audit_log")
    prev = audit_db.GENESIS
    for new_id, row in enumerate(rows, start=1):
        digest = audit_db.entry_hash(new_id, *row[1:], prev)
        conn.execute("INSERT INTO audit_log (id, ts, username, action, record_type, record_id, details, prev_hash,"
                     " hash) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)", (new_id, *row[1:], prev, digest))
        prev = digest


@pytest.fixture
def signed(login, make_resident):
    """Dina records some work and signs out: the head is signed."""
    dina = login("dina")
    for i in range(6):
        residents.create(dina, make_resident(full_name=f"Synthetic Person {i}"))
    head = anchors.current_head(dina.db.conn)
    dina.close()
    return head


def test_sign_out_keeps_a_signed_head_in_the_key_file(database, signed):
    kf = KeyFile.load(key_file_for(database.path))
    last = kf.anchors[-1]
    assert (last["entries"], last["hash"]) == signed
    assert last["by"] == "dina" and anchors.valid_signature(last)


def test_cutting_the_last_ten_entries_is_found(login, signed):
    sam = login("sam")
    with sam.transaction() as conn:
        conn.execute("DELETE FROM audit_log WHERE id > ?", (signed[0] - 10,))
    sam.close()
    dina = login("dina")
    check = audit.verify(dina)
    assert not check.ok
    # The chain itself looks whole: only the signed head shows the cut.
    assert check.broken_entry is None
    assert f"entry #{signed[0] - 9} is missing" in check.message()
    report = verification.verify(dina)
    assert not report.ok
    assert any("is missing" in line for line in report.lines())


def test_recomputed_chain_is_found(login, signed):
    sam = login("sam")
    with sam.transaction() as conn:
        conn.execute("DELETE FROM audit_log WHERE id IN (3, 4)")
        _recompute_chain(conn)
    sam.close()
    dina = login("dina")
    assert audit_db.first_broken(dina.db.conn) is None  # the chain alone says "intact"
    check = audit.verify(dina)
    assert not check.ok
    assert "differs from the head signed on" in check.message()


def test_an_outside_copy_finds_it_when_the_key_file_anchors_are_gone(database, login, signed, tmp_path):
    dina = login("dina")
    (tmp_path / "stick").mkdir()
    made = backup.create(dina, tmp_path / "stick").path
    head = anchors.signed_head(dina)  # what the returns exporter puts in its metadata
    meta = tmp_path / "return.meta.json"
    meta.write_text(json.dumps({"return": "synthetic", "audit_head": head}))
    dina.close()
    sam = login("sam")
    with sam.transaction() as conn:
        conn.execute("DELETE FROM audit_log WHERE id > ?", (signed[0] - 10,))
        _recompute_chain(conn)
    # She also empties the key file's anchors.
    kf = KeyFile.load(key_file_for(database.path))
    kf.anchors = []
    kf.save(key_file_for(database.path))
    sam.key_file = kf
    sam.account_keys = None  # and signs out without leaving a head of her own
    sam.close()
    dina = login("dina")
    assert audit.verify(dina).ok  # nothing left inside to contradict
    for outside in (made, meta):
        check = audit.verify(dina, against=outside)
        assert not check.ok
        assert "entry #" in check.message()
        report = verification.verify(dina, against=outside)
        assert not report.ok
    dina.close()


def test_a_forged_anchor_is_reported(database, login, signed):
    kf = KeyFile.load(key_file_for(database.path))
    kf.anchors[-1] = dict(kf.anchors[-1], entries=kf.anchors[-1]["entries"] - 1)
    kf.save(key_file_for(database.path))
    dina = login("dina")
    check = audit.verify(dina)
    assert not check.ok and "wrong signature" in check.message()


def test_an_intact_log_passes_against_its_own_backup(database, login, signed, tmp_path):
    dina = login("dina")
    (tmp_path / "b").mkdir()
    made = backup.create(dina, tmp_path / "b").path
    residents.create(dina, {**_resident(), "full_name": "After The Backup"})
    assert audit.verify(dina, against=made).ok
    assert verification.verify(dina, against=made).ok


def _resident():
    from tests.conftest import resident_data

    return resident_data()


def test_verify_against_from_the_command_line(database, login, signed, tmp_path):
    dina = login("dina")
    (tmp_path / "b").mkdir()
    made = backup.create(dina, tmp_path / "b").path
    dina.close()
    sam = login("sam")
    with sam.transaction() as conn:
        conn.execute("DELETE FROM audit_log WHERE id > ?", (signed[0] - 10,))
    kf = KeyFile.load(key_file_for(database.path))
    kf.anchors = []
    kf.save(key_file_for(database.path))
    sam.key_file = kf
    sam.account_keys = None
    sam.close()
    env = dict(os.environ, SHELTER_APP_PASSWORD=database.passwords["dina"])
    for command in (["verify"], ["audit", "verify"]):
        out = run_cli(["--language", "en", *command, "--db", str(database.path), "--user", "dina", "--against",
                       str(made)], env=env)
        assert out.returncode == 1, out.stdout + out.stderr
        assert "is missing: the log was cut after the head signed on" in out.stdout


def test_an_exported_return_carries_the_signed_head(database, login, signed, tmp_path):
    from shelter_app.returns import service

    dina = login("dina")
    ret = service.build(dina, "2025")
    out = tmp_path / "return.json"
    service.export(dina, ret, "json", out)
    head = json.loads(out.read_bytes().decode("utf-8-sig"))["audit_head"]
    assert anchors.valid_signature(head) and head["by"] == "dina"
    assert verification.verify(dina, against=out).ok
    dina.close()
    sam = login("sam")
    with sam.transaction() as conn:
        conn.execute("DELETE FROM audit_log WHERE id > ?", (signed[0] - 3,))
    sam.close()
    dina = login("dina")
    check = audit.verify(dina, against=out)
    assert not check.ok and "is missing" in check.message()
