"""Per-PC preferences read before unlocking (the database holds everything
else): the language of the screens and the last database opened."""

from __future__ import annotations

import json
import os

from shelter_app import atomic, i18n, paths


def load() -> dict:
    try:
        data = json.loads(paths.config_file().read_text(encoding="utf-8"))
        return data if isinstance(data, dict) else {}
    except (OSError, ValueError):
        return {}


def save(**changes) -> None:
    data = load()
    data.update(changes)
    paths.data_dir()
    atomic.write_text(paths.config_file(), json.dumps(data, ensure_ascii=False, indent=1))


def language() -> str:
    env = os.environ.get("SHELTER_APP_LANGUAGE")
    if env in i18n.LANGUAGES:
        return env
    lang = load().get("language")
    return lang if lang in i18n.LANGUAGES else i18n.system_language()


TEXT_SIZES = (100, 125, 150)


def text_size() -> int:
    """The size of the screens' text on this PC, in per cent (100, 125 or 150):
    for people who read small text with difficulty."""
    env = os.environ.get("SHELTER_APP_TEXT_SIZE", "")
    value = int(env) if env.isdigit() else load().get("text_size", 100)
    return value if value in TEXT_SIZES else 100
