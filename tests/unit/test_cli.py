"""The command line as a script or a director would use it."""

from __future__ import annotations

import os
import re
import subprocess
import sys

import pytest

from tests.cli_runner import run_cli


def run(*args, env_extra=None, home=None):
    env = dict(os.environ)
    env.update(env_extra or {})
    return run_cli(list(args), env=env)  # in-process; the smoke tests below start the real process


@pytest.fixture
def fresh(tmp_path):
    db = tmp_path / "cli" / "shelter.db"
    result = run("init", "--db", str(db), "--organisation-code", "KG-NGO-0042", "--organisation-name",
                 "Synthetic NGO", "--director", "dina", env_extra={"SHELTER_APP_PASSWORD": "director-pass-1"})
    assert result.returncode == 0, result.stderr
    return db, result


def test_init_prints_the_recovery_key_once_on_its_own_line(fresh):
    db, result = fresh
    keys = [line for line in result.stdout.splitlines()
            if re.fullmatch(r"[A-Z2-9]{4}(-[A-Z2-9]{4}){7}", line)]
    assert len(keys) == 1
    assert db.exists() and db.with_name("shelter.db.keys").exists()
    # It opens the database.
    reset = run("users", "reset", "--db", str(db), "--recovery-key", "--name", "dina",
                env_extra={"SHELTER_APP_RECOVERY_KEY": keys[0], "SHELTER_APP_NEW_PASSWORD": "new-director-pass"})
    assert reset.returncode == 0, reset.stderr
    listing = run("users", "list", "--db", str(db), "--user", "dina",
                  env_extra={"SHELTER_APP_PASSWORD": "new-director-pass"})
    assert listing.returncode == 0 and "dina" in listing.stdout


def test_users_add_list_remove_and_passwd(fresh):
    db, _ = fresh
    director = {"SHELTER_APP_PASSWORD": "director-pass-1"}
    added = run("users", "add", "--db", str(db), "--user", "dina", "--name", "sam", "--role", "social_worker",
                env_extra={**director, "SHELTER_APP_NEW_PASSWORD": "social-pass-1"})
    assert added.returncode == 0, added.stderr
    listing = run("users", "list", "--db", str(db), "--user", "dina", env_extra=director)
    assert [line.split("\t")[0] for line in listing.stdout.splitlines()] == ["dina", "sam"]
    passwd = run("users", "passwd", "--db", str(db), "--user", "sam",
                 env_extra={"SHELTER_APP_PASSWORD": "social-pass-1", "SHELTER_APP_NEW_PASSWORD": "social-pass-2"})
    assert passwd.returncode == 0, passwd.stderr
    # A social worker cannot manage accounts: refused in the domain, one clear line.
    denied = run("users", "list", "--db", str(db), "--user", "sam", env_extra={"SHELTER_APP_PASSWORD": "social-pass-2"})
    assert denied.returncode == 2
    assert denied.stderr.strip().startswith("Error: Your role does not allow this")
    assert len(denied.stderr.strip().splitlines()) == 1
    removed = run("users", "remove", "--db", str(db), "--user", "dina", "--name", "sam", env_extra=director)
    assert removed.returncode == 0, removed.stderr
    gone = run("users", "list", "--db", str(db), "--user", "sam", env_extra={"SHELTER_APP_PASSWORD": "social-pass-2"})
    assert gone.returncode == 2 and "Wrong account or password" in gone.stderr


@pytest.mark.parametrize("args, env, message", [
    (["users", "list", "--db", "{db}", "--user", "dina"], {"SHELTER_APP_PASSWORD": "wrong-password"},
     "Error: Wrong account or password."),
    (["verify", "--db", "{missing}", "--user", "dina"], {"SHELTER_APP_PASSWORD": "director-pass-1"},
     "Error: No database at"),
    (["users", "add", "--db", "{db}", "--user", "dina", "--name", "Bad Name", "--role", "lawyer"],
     {"SHELTER_APP_PASSWORD": "director-pass-1", "SHELTER_APP_NEW_PASSWORD": "lawyer-pass-1"},
     "Error: Account: An account name is"),
    (["users", "add", "--db", "{db}", "--user", "dina", "--name", "lena", "--role", "lawyer"],
     {"SHELTER_APP_PASSWORD": "director-pass-1", "SHELTER_APP_NEW_PASSWORD": "short"},
     "Error: Password: The password must have at least 10 characters."),
    (["users", "add", "--db", "{db}", "--user", "dina", "--name", "lena", "--role", "lawyer"],
     {"SHELTER_APP_PASSWORD": "director-pass-1", "SHELTER_APP_NEW_PASSWORD": "password1234"},
     "Error: Password: This password is too easy to guess. This is a "),
    (["users", "list", "--db", "{db}", "--user", "dina", "--no-such-option"], {}, "Error: unrecognized arguments"),
    (["backup", "--db", "{db}", "--user", "dina", "--out", "{tmp}/no-such-folder/x.shelterbackup"],
     {"SHELTER_APP_PASSWORD": "director-pass-1"}, "Error: The folder"),
])
def test_user_errors_are_one_clear_line_never_a_traceback(fresh, tmp_path, args, env, message):
    db, _ = fresh
    args = [a.format(db=db, missing=tmp_path / "missing.db", tmp=tmp_path) for a in args]
    result = run(*args, env_extra=env)
    assert result.returncode == 2
    assert "Traceback" not in result.stderr
    assert len(result.stderr.strip().splitlines()) == 1
    assert result.stderr.startswith(message)


def test_no_password_and_no_terminal_is_a_clear_error(fresh):
    db, _ = fresh
    env = {k: v for k, v in os.environ.items() if k != "SHELTER_APP_PASSWORD"}
    result = subprocess.run([sys.executable, "-m", "shelter_app", "verify", "--db", str(db), "--user", "dina"],
                            capture_output=True, text=True, env=env, stdin=subprocess.DEVNULL, timeout=60)
    assert result.returncode == 2
    assert "set SHELTER_APP_PASSWORD" in result.stderr


def test_init_refuses_to_overwrite(fresh):
    db, _ = fresh
    size = db.stat().st_size
    again = run("init", "--db", str(db), "--organisation-code", "X", "--organisation-name", "Y", "--director",
                "dina", env_extra={"SHELTER_APP_PASSWORD": "director-pass-1"})
    assert again.returncode == 2 and "already exists" in again.stderr
    assert db.stat().st_size == size


def test_demo_data_same_seed_same_data(tmp_path):
    names = []
    for attempt in range(2):
        db = tmp_path / f"demo{attempt}" / "shelter.db"
        env = {"SHELTER_APP_PASSWORD": "director-pass-1"}
        assert run("init", "--db", str(db), "--organisation-code", "KG-1", "--organisation-name", "Demo",
                   "--director", "dina", env_extra=env).returncode == 0
        result = run("demo-data", "--db", str(db), "--user", "dina", "--residents", "60", "--seed", "5",
                     env_extra=env)
        assert result.returncode == 0, result.stderr
        assert result.stdout.startswith("Added 60 residents")
        from shelter_app import accounts

        session = accounts.open_session(db, "dina", "director-pass-1")
        names.append(session.db.query("SELECT case_number, full_name, sex, date_of_birth, primary_exploitation,"
                                      " exploitation_country FROM residents ORDER BY id"))
        names[-1] = [tuple(r) for r in names[-1]]
        stays = session.db.query_one("SELECT count(*) FROM stays")[0]
        services = session.db.query_one("SELECT count(*) FROM services")[0]
        session.close()
        assert stays > 20 and services > 60
    assert names[0] == names[1]
    scripts = {("cyrillic" if any("\u0400" <= ch <= "\u04ff" for ch in n[1]) else "latin") for n in names[0]}
    assert scripts == {"cyrillic", "latin"}


def test_messages_in_russian_and_kyrgyz(fresh):
    db, _ = fresh
    for lang, word in (("ru", "Ошибка"), ("ky", "Ката")):
        result = run("--language", lang, "users", "list", "--db", str(db), "--user", "dina",
                     env_extra={"SHELTER_APP_PASSWORD": "wrong-password"})
        assert result.returncode == 2
        assert result.stderr.startswith(word), result.stderr
