"""Message boxes and file dialogs behind one thin wrapper, so a test can answer
them in advance (as KeePassXC's MessageBox::setNextAnswer) and read what was
shown. The standard buttons carry our own translations: Qt ships no Kyrgyz
catalogue for its dialogs.

    dialogs.set_next_answer(True)            # the next confirm() says yes
    dialogs.set_next_answer("/tmp/out.pdf")  # the next ask_save_path() returns it
    dialogs.set_next_answer(None)            # the next file dialog is cancelled
    dialogs.set_next_answer("discard")       # the next Save / Discard / Cancel question
    dialogs.shown[-1] -> ("warn", title, text)

Without a queued answer a real dialog is shown (native file dialogs are not
used: they are not translated and differ between PCs).
"""

from __future__ import annotations

from collections import deque

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QFileDialog, QMessageBox, QWidget

_UNSET = object()
_answers: deque = deque()
shown: list[tuple[str, str, str]] = []
"""Every dialog shown (or answered in advance): (kind, title, text)."""


def set_next_answer(answer) -> None:
    """Queue the answer for the next dialog: True/False for confirm, a path (or
    None for cancel) for a file dialog, anything for info/warn/error."""
    _answers.append(answer)


def clear() -> None:
    _answers.clear()
    shown.clear()


def pending() -> int:
    return len(_answers)


def _next():
    return _answers.popleft() if _answers else _UNSET


def _t(text: str) -> str:
    return _words().get(text, text)


def _titles():
    return {
        "info": QCoreApplication.translate("Dialogs", "Information"),
        "warn": QCoreApplication.translate("Dialogs", "Warning"),
        "error": QCoreApplication.translate("Dialogs", "Error"),
        "confirm": QCoreApplication.translate("Dialogs", "Please confirm"),
    }


def _words():
    """The standard words of our dialogs (Qt has no Kyrgyz catalogue for its own)."""
    return {
        "OK": QCoreApplication.translate("Dialogs", "OK"),
        "Yes": QCoreApplication.translate("Dialogs", "Yes"),
        "No": QCoreApplication.translate("Dialogs", "No"),
        "Save": QCoreApplication.translate("Dialogs", "Save"),
        "Open": QCoreApplication.translate("Dialogs", "Open"),
        "Cancel": QCoreApplication.translate("Dialogs", "Cancel"),
        "Choose": QCoreApplication.translate("Dialogs", "Choose"),
        "Look in:": QCoreApplication.translate("Dialogs", "Look in:"),
        "File name:": QCoreApplication.translate("Dialogs", "File name:"),
        "Files of type:": QCoreApplication.translate("Dialogs", "Files of type:"),
    }


def _box(parent: QWidget | None, kind: str, title: str, text: str, details: str = "") -> QMessageBox:
    icon = {"info": QMessageBox.Information, "warn": QMessageBox.Warning,
            "error": QMessageBox.Critical, "confirm": QMessageBox.Question}[kind]
    box = QMessageBox(parent)
    box.setIcon(icon)
    box.setWindowTitle(title or _titles()[kind])
    box.setText(text)
    if details:
        box.setInformativeText(details)
    return box


def _message(kind: str, parent, text: str, title: str = "", details: str = "") -> None:
    shown.append((kind, title or _titles()[kind], text))
    if _next() is not _UNSET:
        return
    box = _box(parent, kind, title, text, details)
    ok = box.addButton(_t("OK"), QMessageBox.AcceptRole)
    box.setDefaultButton(ok)
    box.exec()


def info(parent: QWidget | None, text: str, title: str = "", details: str = "") -> None:
    _message("info", parent, text, title, details)


def warn(parent: QWidget | None, text: str, title: str = "", details: str = "") -> None:
    _message("warn", parent, text, title, details)


def error(parent: QWidget | None, text: str, title: str = "", details: str = "") -> None:
    _message("error", parent, text, title, details)


def confirm(parent: QWidget | None, text: str, title: str = "", yes: str = "", no: str = "",
            details: str = "", default_yes: bool = False) -> bool:
    """Yes/No question; `yes`/`no` name the actions ("Discharge", "Keep")."""
    shown.append(("confirm", title or _titles()["confirm"], text))
    answer = _next()
    if answer is not _UNSET:
        return bool(answer)
    box = _box(parent, "confirm", title, text, details)
    yes_button = box.addButton(yes or _t("Yes"), QMessageBox.YesRole)
    no_button = box.addButton(no or _t("No"), QMessageBox.NoRole)
    box.setDefaultButton(yes_button if default_yes else no_button)
    box.setEscapeButton(no_button)
    box.exec()
    return box.clickedButton() is yes_button


def ask_save_discard(parent: QWidget | None, text: str, title: str = "") -> str:
    """Save / Discard / Cancel about unsaved work: "save", "discard" or
    "cancel" (Esc and the close button mean Cancel: nothing is lost)."""
    title = title or QCoreApplication.translate("tasks", "Unsaved changes")
    shown.append(("unsaved", title, text))
    answer = _next()
    if answer is not _UNSET:
        if answer is True:  # a yes/no answer: yes leaves without saving, as the old question did
            return "discard"
        return answer if answer in ("save", "discard") else "cancel"
    box = _box(parent, "warn", title, text)
    save = box.addButton(_t("Save"), QMessageBox.AcceptRole)
    discard = box.addButton(QCoreApplication.translate("tasks", "Discard"), QMessageBox.DestructiveRole)
    cancel = box.addButton(_t("Cancel"), QMessageBox.RejectRole)
    box.setDefaultButton(save)
    box.setEscapeButton(cancel)
    box.exec()
    clicked = box.clickedButton()
    return "save" if clicked is save else "discard" if clicked is discard else "cancel"


def choose(parent: QWidget | None, text: str, options: list[tuple[str, str]], title: str = "",
           default: str = "", escape: str = "", yes: str = "") -> str:
    """A question with named actions: `options` is [(key, button text)]; returns
    the key of the button pressed (Escape: `escape`, else the last option). A
    test answers with a key, or with True (the `yes` key) / False (`escape`)."""
    escape = escape or options[-1][0]
    shown.append(("choose", title or _titles()["confirm"], text))
    answer = _next()
    if answer is not _UNSET:
        if isinstance(answer, bool):
            return (yes or options[0][0]) if answer else escape
        return str(answer)
    box = _box(parent, "confirm", title, text)
    buttons = {}
    for key, label in options:
        buttons[key] = box.addButton(label, QMessageBox.AcceptRole if key == default else QMessageBox.ActionRole)
    if default in buttons:
        box.setDefaultButton(buttons[default])
    box.setEscapeButton(buttons[escape])
    box.exec()
    for key, button in buttons.items():
        if box.clickedButton() is button:
            return key
    return escape


def documents_folder() -> str:
    """The person's Documents folder (their home folder where there is none)."""
    import os

    from PySide6.QtCore import QStandardPaths

    folder = QStandardPaths.writableLocation(QStandardPaths.DocumentsLocation)
    return folder if folder and os.path.isdir(folder) else os.path.expanduser("~")


def start_in(directory: str) -> str:
    """Where a file dialog opens: a bare file name or nothing starts in Documents."""
    import os

    if not directory:
        return documents_folder()
    if not os.path.dirname(directory):
        return os.path.join(documents_folder(), directory)
    return directory


def _file_dialog(parent, title: str, directory: str, filters: str, mode, accept, default_suffix: str = ""):
    dialog = QFileDialog(parent, title, start_in(directory), filters)
    dialog.setOption(QFileDialog.DontUseNativeDialog, True)
    dialog.setFileMode(mode)
    dialog.setAcceptMode(accept)
    if default_suffix:
        dialog.setDefaultSuffix(default_suffix)
    dialog.setLabelText(QFileDialog.Accept, _t("Save") if accept == QFileDialog.AcceptSave else _t("Open"))
    dialog.setLabelText(QFileDialog.Reject, _t("Cancel"))
    dialog.setLabelText(QFileDialog.LookIn, _t("Look in:"))
    dialog.setLabelText(QFileDialog.FileName, _t("File name:"))
    dialog.setLabelText(QFileDialog.FileType, _t("Files of type:"))
    if mode == QFileDialog.Directory:
        dialog.setOption(QFileDialog.ShowDirsOnly, True)
        dialog.setLabelText(QFileDialog.Accept, _t("Choose"))
    if dialog.exec():
        files = dialog.selectedFiles()
        return files[0] if files else None
    return None


def ask_save_path(parent: QWidget | None, title: str, suggested: str = "", filters: str = "",
                  default_suffix: str = "") -> str | None:
    """A path to write to, or None when cancelled. `suggested` may be a full path."""
    shown.append(("save", title, suggested))
    answer = _next()
    if answer is not _UNSET:
        return None if answer is None else str(answer)
    return _file_dialog(parent, title, suggested, filters, QFileDialog.AnyFile, QFileDialog.AcceptSave,
                        default_suffix)


def ask_open_path(parent: QWidget | None, title: str, directory: str = "", filters: str = "") -> str | None:
    shown.append(("open", title, directory))
    answer = _next()
    if answer is not _UNSET:
        return None if answer is None else str(answer)
    return _file_dialog(parent, title, directory, filters, QFileDialog.ExistingFile, QFileDialog.AcceptOpen)


def ask_folder(parent: QWidget | None, title: str, directory: str = "") -> str | None:
    shown.append(("folder", title, directory))
    answer = _next()
    if answer is not _UNSET:
        return None if answer is None else str(answer)
    return _file_dialog(parent, title, directory, "", QFileDialog.Directory, QFileDialog.AcceptOpen)


def show_error(parent: QWidget | None, exc: Exception) -> None:
    """A ShelterError as one translated line (others: their text)."""
    text = exc.localized() if hasattr(exc, "localized") else str(exc)
    error(parent, text)
