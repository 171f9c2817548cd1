"""The audit log: every change and view is written in the change's own
transaction, and `verify` names the first entry altered or removed."""

from __future__ import annotations

import os

import pytest

from shelter_app import accounts, residents, verification
from shelter_app.errors import ValidationError
from tests.cli_runner import run_cli


def _cli(database, *args, password=None):
    env = dict(os.environ, SHELTER_APP_PASSWORD=password or database.passwords["dina"])
    return run_cli(list(args), env=env)


def _tamper(database, sql):
    session = accounts.open_session(database.path, "dina", database.passwords["dina"])
    session.db.execute(sql)
    session.close()


@pytest.fixture
def history(login, make_resident):
    session = login("sam")
    first = residents.create(session, make_resident(full_name="Person One"))
    residents.create(session, make_resident(full_name="Person Two", date_of_birth="1990-01-01"))
    residents.update(session, first["id"], {"case_status": "follow_up"})
    residents.get(session, first["id"])
    session.close()


def test_changes_and_views_are_logged(history, database, login):
    session = login("dina")
    rows = session.db.query("SELECT username, action, record_type, record_id, details FROM audit_log ORDER BY id")
    actions = [(r[0], r[1], r[3]) for r in rows]
    assert ("sam", "resident_created", "2025-0001") in actions
    assert ("sam", "resident_updated", "2025-0001") in actions
    assert ("sam", "resident_viewed", "2025-0001") in actions
    updated = next(r for r in rows if r[1] == "resident_updated")
    assert updated[4] == '{"fields":["case_status"]}'  # which fields, never their values
    assert not any("Person One" in (r[4] or "") for r in rows)


def test_a_failed_change_writes_no_audit_entry(login, make_resident):
    session = login("sam")
    count = session.db.query_one("SELECT count(*) FROM audit_log")[0]
    with pytest.raises(ValidationError):
        residents.create(session, make_resident(sex="woman"))
    assert session.db.query_one("SELECT count(*) FROM audit_log")[0] == count


def test_verify_passes_on_an_untouched_log(history, database):
    result = _cli(database, "verify", "--db", str(database.path), "--user", "dina")
    assert result.returncode == 0, result.stderr
    assert "Audit log: ok" in result.stdout


def test_verify_names_an_altered_entry(history, database):
    _tamper(database, "UPDATE audit_log SET username = 'someone' WHERE id = 6")
    result = _cli(database, "verify", "--db", str(database.path), "--user", "dina")
    assert result.returncode == 1
    assert "first broken entry: #6 (altered)" in result.stdout


def test_verify_names_a_removed_entry(history, database):
    _tamper(database, "DELETE FROM audit_log WHERE id = 5")
    result = _cli(database, "verify", "--db", str(database.path), "--user", "dina")
    assert result.returncode == 1
    assert "first broken entry: #5 (removed)" in result.stdout


def test_verify_names_a_rewritten_entry_even_with_its_hash_recomputed(history, database, login):
    from shelter_app.db import audit

    session = login("dina")
    row = session.db.query_one("SELECT * FROM audit_log WHERE id = 4")
    forged = audit.entry_hash(4, row["ts"], "nobody", row["action"], row["record_type"], row["record_id"],
                              row["details"], row["prev_hash"])
    session.db.execute("UPDATE audit_log SET username = 'nobody', hash = ? WHERE id = 4", (forged,))
    report = verification.verify(session)
    # The entry itself now looks right, but the next one no longer links to it.
    assert report.broken_entry == (5, "link")
