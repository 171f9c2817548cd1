"""`shelter-app import` as a director runs it in a terminal."""

from __future__ import annotations

import os
from pathlib import Path

from tests.cli_runner import run_cli
from tests.conftest import PASSWORDS

FIXTURES = Path(__file__).resolve().parent.parent / "fixtures" / "import"


def shelter_app(database, *args, password=PASSWORDS["dina"]):
    env = dict(os.environ, SHELTER_APP_KDF_PROFILE="test", SHELTER_APP_PASSWORD=password,
               SHELTER_APP_HOME=os.environ["SHELTER_APP_HOME"])
    return run_cli(list(args), env=env)


def import_args(database, kind, path, *extra, language=None, user="dina"):
    head = ["--language", language] if language else []
    return [*head, "import", "--db", str(database.path), "--user", user, "--kind", kind, *extra, str(path)]


def count(login, table):
    session = login("dina")
    try:
        return session.db.query_one(f"SELECT count(*) FROM {table}")[0]
    finally:
        session.close()


def test_dry_run_then_import_then_again(database, login):
    dry = shelter_app(database, *import_args(database, "residents", FIXTURES / "residents.csv", "--dry-run"))
    assert dry.returncode == 0, dry.stderr
    assert "To be written: 5 residents, 4 stays." in dry.stdout
    assert "nothing was written" in dry.stdout
    assert count(login, "residents") == 0

    done = shelter_app(database, *import_args(database, "residents", FIXTURES / "residents.csv"))
    assert done.returncode == 0, done.stderr
    assert "Written: 5 residents, 4 stays." in done.stdout
    assert count(login, "residents") == 5

    again = shelter_app(database, *import_args(database, "residents", FIXTURES / "residents.csv"))
    assert again.returncode == 0
    assert "Nothing new to write" in again.stdout and "left unchanged: 5 residents" in again.stdout
    assert count(login, "residents") == 5


def test_errors_are_listed_in_russian_and_the_exit_is_non_zero(database, login, tmp_path):
    path = tmp_path / "services.csv"
    path.write_text("external_id;date;service_type\nNOBODY;2024-02-30;medical\n", encoding="utf-8")
    result = shelter_app(database, *import_args(database, "services", path, language="ru"))
    assert result.returncode != 0
    assert "Строка 2, столбец A (external_id)" in result.stdout
    assert "Строка 2, столбец B (date)" in result.stdout
    assert "Ничего не записано" in result.stdout
    assert count(login, "services") == 0


def test_a_social_worker_is_refused(database):
    result = shelter_app(database, *import_args(database, "residents", FIXTURES / "residents.csv", user="sam"),
                         password=PASSWORDS["sam"])
    assert result.returncode == 2
    assert "Traceback" not in result.stderr and result.stderr.strip().count("\n") == 0
