"""Settings → About shows the version a person quotes when asking for help:
the one of pyproject.toml, in every language, for every role."""

from __future__ import annotations

import tomllib
from pathlib import Path

import pytest
from PySide6.QtWidgets import QGroupBox

ROOT = Path(__file__).resolve().parents[2]
VERSION = tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))["project"]["version"]


def test_a_social_worker_finds_the_version_in_settings(qtbot, signed_in):
    window = signed_in("sam")
    page = window.main_view.show_page("settings")
    about = page.findChild(QGroupBox, "about")
    assert about.title() == "About" and about.isVisible()
    assert page.version_label.text() == VERSION
    assert page.version_label.isVisible()


@pytest.mark.parametrize("lang, title, label", [("ru", "О программе", "Версия:"),
                                                ("ky", "Программа жөнүндө", "Версиясы:")])
def test_about_in_russian_and_kyrgyz(qtbot, login, lang, title, label):
    from PySide6.QtWidgets import QFormLayout

    from shelter_app.ui import app
    from shelter_app.ui.settings_page import SettingsPage

    app.application()
    app.install_language(lang)
    try:
        page = SettingsPage(login("lena"))
        qtbot.addWidget(page)
        about = page.findChild(QGroupBox, "about")
        assert about.title() == title
        form = about.layout()
        assert isinstance(form, QFormLayout)
        assert form.labelForField(page.version_label).text() == label
        assert page.version_label.text() == VERSION
    finally:
        app.install_language("en")
