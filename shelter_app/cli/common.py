"""What every command shares: the password, opening a session, printing."""

from __future__ import annotations

import getpass
import os
import sys
from pathlib import Path

from shelter_app import accounts, paths
from shelter_app.errors import ShelterError
from shelter_app.i18n import translate
from shelter_app.session import Session


def t(text: str) -> str:
    return translate("Cli", text)


def say(text: str = "") -> None:
    stream = sys.stdout or sys.__stdout__
    if stream is not None:
        print(text, file=stream)


def database_path(args) -> Path:
    return Path(args.db) if getattr(args, "db", None) else paths.default_database()


def secret(env_var: str, prompt: str, *, confirm: bool = False) -> str:
    """A password from the environment, or asked for on a terminal."""
    value = os.environ.get(env_var)
    if value is not None:
        return value
    if not (sys.stdin and sys.stdin.isatty()):
        raise ShelterError("No password given: set {var} or run the command in a terminal.", var=env_var)
    value = getpass.getpass(prompt + ": ")
    if confirm and getpass.getpass(t("Repeat") + ": ") != value:
        raise ShelterError("The two passwords differ.")
    return value


def password(prompt: str | None = None) -> str:
    return secret("SHELTER_APP_PASSWORD", prompt or t("Password"))


def open_session(args) -> Session:
    db = database_path(args)
    if not db.is_file():
        raise ShelterError("No database at {path}.", path=str(db))
    return accounts.open_session(db, args.user, password())


def add_db_user(parser, user: bool = True) -> None:
    parser.add_argument("--db", required=True, help="database file")
    if user:
        parser.add_argument("--user", required=True, help="your account")


def run_with_session(args, action):
    session = open_session(args)
    try:
        return action(session)
    finally:
        session.close()
