"""Where the app keeps its files: one place, on platformdirs.

Local (not roaming) app data on Windows: a roaming profile would copy an open
database to a network share. `SHELTER_APP_HOME` overrides everything, for tests
and for a portable install on a USB stick."""

from __future__ import annotations

import os
import sys
from pathlib import Path

import platformdirs

from shelter_app import APP_NAME

DATABASE_NAME = "shelter.db"


def app_home() -> Path:
    override = os.environ.get("SHELTER_APP_HOME")
    if override:
        return Path(override)
    return Path(platformdirs.user_data_dir(APP_NAME, appauthor=False, roaming=False))


def data_dir() -> Path:
    path = app_home()
    path.mkdir(parents=True, exist_ok=True)
    return path


def default_database() -> Path:
    return app_home() / DATABASE_NAME


def log_dir() -> Path:
    override = os.environ.get("SHELTER_APP_HOME")
    if override:
        path = Path(override) / "logs"
    else:
        path = Path(platformdirs.user_log_dir(APP_NAME, appauthor=False))
    path.mkdir(parents=True, exist_ok=True)
    return path


def config_file() -> Path:
    """Per-PC preferences that must be readable before unlocking (language)."""
    return app_home() / "preferences.json"


def resources_dir() -> Path:
    bundle = getattr(sys, "_MEIPASS", None)
    if bundle:
        return Path(bundle) / "resources"
    return Path(__file__).resolve().parent.parent / "resources"


def key_file_for(database: Path) -> Path:
    return database.with_name(database.name + ".keys")


def unlock_state_for(database: Path) -> Path:
    return database.with_name(database.name + ".unlock")


def lock_file_for(database: Path) -> Path:
    """Keyed by the resolved real path: a symlink, `..` or another spelling
    of the path reaches the same lock."""
    real = Path(os.path.realpath(database))
    return real.with_name(real.name + ".lock")
