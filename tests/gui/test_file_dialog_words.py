"""The file dialog in Kyrgyz and Russian, opening in the person's Documents."""

from __future__ import annotations

import os

import pytest
from PySide6.QtCore import QFileInfo, Qt
from PySide6.QtWidgets import QFileIconProvider, QFileSystemModel

from shelter_app.ui import app, dialogs


@pytest.mark.parametrize("lang,computer,folder,name", [("ky", "Компьютер", "Папка", "Аталышы"),
                                                       ("ru", "Компьютер", "Папка", "Имя")])
def test_the_file_dialog_words_are_translated(qapp, tmp_path, lang, computer, folder, name):
    app.application()
    app.install_language(lang)
    try:
        model = QFileSystemModel()
        assert model.myComputer() == computer
        assert QFileIconProvider().type(QFileInfo(str(tmp_path))) == folder
        assert model.headerData(0, Qt.Horizontal) == name  # a file's name, not a person's («Аты-жөнү», «ФИО»)
    finally:
        app.install_language("en")


def test_file_dialogs_open_in_documents(tmp_path, monkeypatch):
    from PySide6.QtCore import QStandardPaths

    documents = tmp_path / "Documents"
    documents.mkdir()
    monkeypatch.setattr(QStandardPaths, "writableLocation", staticmethod(lambda kind: str(documents)))
    assert dialogs.start_in("") == str(documents)
    assert dialogs.start_in("plan-2025-0001.pdf") == os.path.join(str(documents), "plan-2025-0001.pdf")
    assert dialogs.start_in(str(tmp_path / "usb" / "x.pdf")) == str(tmp_path / "usb" / "x.pdf")  # a chosen place stays
