"""The typed table of settings kept in the database (per organisation, not per
PC): key, default, type, description. Reading is open to everyone signed in;
changing one is for a director and is written to the audit log."""

from __future__ import annotations

from dataclasses import dataclass

from shelter_app.db import settings as settings_db
from shelter_app.errors import ShelterError, ValidationError
from shelter_app.i18n import N_
from shelter_app.permissions import Action, Permission
from shelter_app.session import Session


@dataclass(frozen=True)
class Setting:
    key: str
    default: object
    type: type
    description: str
    minimum: int | None = None
    maximum: int | None = None
    permission: Permission = Permission.SETTINGS


SETTINGS: tuple[Setting, ...] = (
    Setting("auto_lock_minutes", 5, int,
            N_("Settings", "Lock the screen after this many minutes without input."), 1, 60),
    Setting("retention_years", 5, int,
            N_("Settings", "Years after a case is closed before its record is anonymized."), 1, 50),
    Setting("return_threshold", 5, int,
            N_("Settings", "Cells of a statistical return below this number are suppressed."), 1, 20),
    Setting("last_backup_at", "", str,
            N_("Settings", "When the last backup was made (UTC)."), permission=Permission.BACKUP),
)
BY_KEY = {s.key: s for s in SETTINGS}


def _setting(key: str) -> Setting:
    try:
        return BY_KEY[key]
    except KeyError:
        raise ShelterError("Unknown setting: {key}.", key=key) from None


def _convert(setting: Setting, raw) -> object:
    if setting.type is int:
        try:
            value = int(str(raw).strip())
        except ValueError:
            raise ValidationError({setting.key: ("Enter a whole number.", {})}) from None
        if (setting.minimum is not None and value < setting.minimum) or \
                (setting.maximum is not None and value > setting.maximum):
            raise ValidationError({setting.key: ("Enter a number from {minimum} to {maximum}.",
                                                 {"minimum": setting.minimum, "maximum": setting.maximum})})
        return value
    return str(raw if raw is not None else "")


def get(session: Session, key: str):
    setting = _setting(key)
    raw = settings_db.get_all(session.db.conn).get(key)
    if raw is None:
        return setting.default
    try:
        return _convert(setting, raw)
    except ShelterError:
        return setting.default  # a value stored by an older version outside today's range


def all_values(session: Session) -> dict[str, object]:
    stored = settings_db.get_all(session.db.conn)
    out = {}
    for setting in SETTINGS:
        try:
            out[setting.key] = _convert(setting, stored[setting.key]) if setting.key in stored else setting.default
        except ShelterError:
            out[setting.key] = setting.default
    return out


def set_value(session: Session, key: str, value) -> object:
    """Store one setting (checked against its type and range); returns the stored value."""
    setting = _setting(key)
    session.require(setting.permission)
    clean = _convert(setting, value)
    before = get(session, key)
    if clean == before and key in settings_db.get_all(session.db.conn):
        return clean
    with session.transaction():
        settings_db.put(session.db.conn, key, str(clean))
        session.audit(Action.SETTING_CHANGED, "setting", key, {"from": before, "to": clean})
    return clean
