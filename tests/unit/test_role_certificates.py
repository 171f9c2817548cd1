"""Roles that cannot be edited into the database: an insider with a staff
password and the database key edits `accounts.role` or a certificate, and
gains nothing; the organisation keys exist, are wrapped for directors and the
recovery key only, and survive rotation; an older database upgrades in place."""

from __future__ import annotations

import re
import shutil
from pathlib import Path

import pytest

from shelter_app import accounts, certificates, organisation_keys, verification
from shelter_app.db.keys import RECOVERY_ALPHABET, KeyFile, fingerprint
from shelter_app.errors import PermissionDenied
from shelter_app.paths import key_file_for
from shelter_app.permissions import Permission

FIXTURE = Path(__file__).resolve().parent.parent / "fixtures" / "schema_v1"
FINGERPRINT = re.compile("^" + "-".join([f"[{RECOVERY_ALPHABET}]{{4}}"] * 8) + "$")


def test_editing_the_role_column_gives_no_role(database, login):
    sam = login("sam")
    with sam.transaction() as conn:  # the insider's own UPDATE, with the key she unwrapped
        conn.execute("UPDATE accounts SET role = 'director' WHERE username = 'sam'")
    sam.close()
    sam = login("sam")
    assert sam.user.role == "social_worker"
    assert not sam.can(Permission.MANAGE_ACCOUNTS)
    with pytest.raises(PermissionDenied):
        accounts.add_account(sam, "eve", "Eve", "director", "a long enough passphrase 77")
    sam.close()
    dina = login("dina")
    report = verification.verify(dina)
    assert not report.ok
    assert any("sam" in line and "director" in line and "social_worker" in line for line in report.lines())


def test_forged_certificate_is_refused(database, login):
    sam = login("sam")
    with sam.transaction() as conn:
        body = conn.execute("SELECT body FROM role_certificates WHERE username = 'sam'").fetchone()[0]
        conn.execute("UPDATE role_certificates SET body = ? WHERE username = 'sam'",
                     (body.replace('"social_worker"', '"director"'),))
    sam.close()
    with pytest.raises(PermissionDenied, match="no valid role certificate"):
        login("sam")
    # A self-signed certificate with her own signing key is no better.
    lena = login("lena")
    with lena.transaction() as conn:
        certificates.issue(conn, lena.key_file, "lena", "director", "lena", lena.account_keys.signing)
    lena.close()
    with pytest.raises(PermissionDenied):
        login("lena")


def test_certificate_for_another_key_pair_is_refused(database, login):
    """A certificate copied onto another account's name does not match its keys."""
    sam = login("sam")
    with sam.transaction() as conn:
        dina_cert = conn.execute("SELECT body, signature, issuer FROM role_certificates WHERE username = 'dina'"
                                 ).fetchone()
        conn.execute("UPDATE role_certificates SET body = ?, signature = ?, issuer = ? WHERE username = 'sam'",
                     tuple(dina_cert))
    sam.close()
    with pytest.raises(PermissionDenied):
        login("sam")


def test_organisation_keys_for_directors_and_the_recovery_key_only(database, login):
    dina = login("dina")
    keys = organisation_keys.require(dina)
    fp = organisation_keys.fingerprint_of(dina)
    assert FINGERPRINT.match(fp)
    assert fp == fingerprint(keys.x25519_public, keys.ed25519_public)
    card = organisation_keys.card(dina)
    assert card["code"] == "KG-NGO-0001" and card["fingerprint"] == fp
    # Signing with the organisation key verifies under the card's public key.
    import base64

    from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PublicKey

    Ed25519PublicKey.from_public_bytes(base64.b64decode(card["ed25519_public"])).verify(
        keys.signing.sign(b"transfer"), b"transfer")
    accounts.rotate_key(dina)
    dina.close()
    for user in ("sam", "lena"):
        session = login(user)
        assert session.organisation_keys is None
        with pytest.raises(PermissionDenied):
            organisation_keys.require(session)
        assert organisation_keys.fingerprint_of(session) == fp  # public: every role sees it
        session.close()
    recovery = accounts.open_with_recovery_key(database.path, database.recovery_key)
    try:
        assert recovery.organisation_keys.fingerprint == fp  # still the same keys after the rotation
    finally:
        recovery.close()
    kf = KeyFile.load(key_file_for(database.path))
    assert sorted(kf.organisation_holders()) == ["dina"]


def test_new_director_gets_the_organisation_keys_and_removal_reissues(database, login):
    dina = login("dina")
    accounts.add_account(dina, "dana", "Dana Director", "director", "second director passphrase 5")
    dina.close()
    dana = accounts.open_session(database.path, "dana", "second director passphrase 5")
    assert dana.user.role == "director"
    assert dana.organisation_keys is not None
    # Dana adds an account; Dina then removes Dana: the account Dana certified keeps its role.
    accounts.add_account(dana, "kim", "Kim Social", "social_worker", "kim social worker phrase 3")
    dana.close()
    dina = login("dina")
    accounts.remove_account(dina, "dana")
    dina.close()
    kim = accounts.open_session(database.path, "kim", "kim social worker phrase 3")
    assert kim.user.role == "social_worker"
    kim.close()
    dina = login("dina")
    assert verification.verify(dina).ok


def test_password_reset_and_change_keep_roles(database, login):
    dina = login("dina")
    accounts.reset_password(dina, "sam", "sam has a new passphrase 1")
    accounts.change_own_password(dina, database.passwords["dina"], "dina changed her passphrase 2")
    dina.close()
    sam = accounts.open_session(database.path, "sam", "sam has a new passphrase 1")
    assert sam.user.role == "social_worker"
    sam.close()
    dina = accounts.open_session(database.path, "dina", "dina changed her passphrase 2")
    assert dina.user.role == "director" and dina.organisation_keys is not None
    assert verification.verify(dina).ok
    dina.close()


@pytest.fixture
def v1_database(tmp_path) -> Path:
    target = tmp_path / "old"
    shutil.copytree(FIXTURE, target)
    return target / "shelter.db"


def test_first_release_database_upgrades_at_the_first_director_sign_in(v1_database):
    kf = KeyFile.load(key_file_for(v1_database))
    assert kf.organisation_public is None
    session = accounts.open_session(v1_database, "dina", "fixture-pass-1")
    try:
        assert session.user.role == "director"
        assert FINGERPRINT.match(organisation_keys.fingerprint_of(session))
        assert session.organisation_keys is not None
        assert certificates.role_of(session.db.conn, session.key_file, "dina") == "director"
        created = session.db.query("SELECT details FROM audit_log WHERE action = 'organisation_keys_created'")
        assert len(created) == 1
        assert verification.verify(session).ok
    finally:
        session.close()
    # From now on the column is not trusted.
    session = accounts.open_session(v1_database, "dina", "fixture-pass-1")
    with session.transaction() as conn:
        conn.execute("UPDATE accounts SET role = 'lawyer' WHERE username = 'dina'")
    session.close()
    session = accounts.open_session(v1_database, "dina", "fixture-pass-1")
    try:
        assert session.user.role == "director"
    finally:
        session.close()


def _add_first_release_account(database: Path, username: str, role: str, password: str) -> None:
    """An account as the first release made it: one X25519 key, no signing key."""
    from shelter_app.db.connection import Database
    from shelter_app.db.keys import KdfParams, seal_account_key

    kf = KeyFile.load(key_file_for(database))
    key = kf.unlock("dina", "fixture-pass-1")
    params = KdfParams(time_cost=1, memory_cost=8192, parallelism=1)
    keys = kf.add_account(username, password, key, params)
    env = kf.find(username)
    env.sealed_private_key = seal_account_key(kf.database_id, username, password, keys.exchange, params)
    env.signing_public_key = None
    kf.save(key_file_for(database))
    db = Database.open(database, key)
    try:
        with db.transaction() as conn:
            conn.execute("INSERT INTO accounts (username, display_name, role, created_at) VALUES (?, ?, ?, 'x')",
                         (username, username, role))
    finally:
        db.close()


def test_upgrade_gives_every_account_a_signing_key(v1_database):
    """Before the first director signs in, the column gives the role; that
    sign-in gives accounts a signing key sealed to their own key and a
    certificate; from then on the certificate decides."""
    _add_first_release_account(v1_database, "sam", "social_worker", "sam-pass-1")
    sam = accounts.open_session(v1_database, "sam", "sam-pass-1")
    assert sam.user.role == "social_worker" and sam.account_keys.signing is None
    sam.close()
    accounts.open_session(v1_database, "dina", "fixture-pass-1").close()
    sam = accounts.open_session(v1_database, "sam", "sam-pass-1")
    try:
        assert sam.user.role == "social_worker"
        assert sam.account_keys.signing is not None
        with sam.transaction() as conn:
            conn.execute("UPDATE accounts SET role = 'director' WHERE username = 'sam'")
    finally:
        sam.close()
    sam = accounts.open_session(v1_database, "sam", "sam-pass-1")
    try:
        assert sam.user.role == "social_worker"
    finally:
        sam.close()


def test_recovery_key_upgrades_a_first_release_database(v1_database):
    key = (v1_database.parent / "recovery-key.txt").read_text().strip()
    session = accounts.open_with_recovery_key(v1_database, key)
    try:
        assert session.organisation_keys is not None
    finally:
        session.close()
    session = accounts.open_session(v1_database, "dina", "fixture-pass-1")
    try:
        assert session.user.role == "director"
        assert session.organisation_keys.fingerprint == organisation_keys.fingerprint_of(session)
    finally:
        session.close()
