"""The Case notes tab: the resident's journal, newest first, searchable; a
note can be changed by its author for 24 hours, then only annotated. A
restricted note shows others only that it exists."""

from __future__ import annotations

import datetime as _dt

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QBrush, QColor, QFont
from PySide6.QtWidgets import (QFormLayout, QGroupBox, QHBoxLayout, QHeaderView, QLabel, QLineEdit,
                               QPlainTextEdit, QSplitter, QVBoxLayout, QWidget)

from shelter_app import casefile, codes
from shelter_app.errors import ShelterError, ValidationError
from shelter_app.permissions import Permission
from shelter_app.ui.common import CodeCombo, RowsModel, error_label, push_button, rows_view, set_error, show_date
from shelter_app.ui.extensions import RecordTab
from shelter_app.ui.contact_combo import UNSAFE_COLOUR, ContactCombo

_GREY = QBrush(QColor("#777777"))


def _show_moment(text: str) -> str:
    day, _, clock = (text or "").partition(" ")
    return f"{show_date(day)} {clock}".strip()


def _edit_moment(text: str) -> str:
    day, _, clock = (text or "").partition(" ")
    try:
        return f"{_dt.date.fromisoformat(day).strftime('%d.%m.%Y')} {clock}".strip()
    except ValueError:
        return text or ""


def _now_text() -> str:
    return _dt.datetime.now().strftime("%d.%m.%Y %H:%M")


class NotesModel(RowsModel):
    WHEN, KIND, AUTHOR, TEXT = range(4)

    def headers(self) -> list[str]:
        return [self.tr("Date and time"), self.tr("Kind"), self.tr("Written by"), self.tr("Note")]

    def data(self, index, role=Qt.DisplayRole):
        note = self.row_at(index)
        if note is None:
            return None
        col = index.column()
        if role == Qt.ForegroundRole:
            if note["hidden"]:
                return _GREY
            if col == self.TEXT and note.get("contact_safe") == "no":
                return QBrush(UNSAFE_COLOUR)
            return None
        if role == Qt.FontRole and note["confidentiality"] == "restricted":
            font = QFont()
            font.setItalic(True)
            return font
        if role not in (Qt.DisplayRole, Qt.ToolTipRole):
            return None
        if col == self.WHEN:
            return _show_moment(note["noted_at"])
        if col == self.KIND:
            return codes.NOTE_KIND.label(note["kind"])
        if col == self.AUTHOR:
            return note["author"]
        if note["hidden"]:
            return self.tr("Restricted note: only its author and the directors can read it.")
        first = note["text"].strip().splitlines()[0] if note["text"].strip() else ""
        if role == Qt.ToolTipRole:
            return note["text"]
        extra = []
        if note["confidentiality"] == "restricted":
            extra.append(self.tr("restricted"))
        if note["annotations"]:
            extra.append(self.tr("{n} annotations").format(n=len(note["annotations"])))
        if note.get("contact_name"):
            extra.append("→ " + note["contact_name"])
        return first + (f"  [{'; '.join(extra)}]" if extra else "")


class NotesTab(RecordTab, QWidget):
    @classmethod
    def tab_title(cls) -> str:
        return QCoreApplication.translate("NotesTab", "Case &notes")

    def __init__(self, session, resident_id: int, parent=None):
        super().__init__(parent)
        self.session = session
        self.resident_id = resident_id
        self.can_write = session.can(Permission.EDIT_RESIDENTS)
        self.editing_id: int | None = None
        self._loaded: dict = {}
        layout = QVBoxLayout(self)
        self.denied = QLabel(self.tr("Case notes are read by social workers and directors."))
        self.denied.setObjectName("notes_denied")
        layout.addWidget(self.denied)
        self.body = QSplitter(Qt.Horizontal)
        layout.addWidget(self.body, 1)

        left = QWidget()
        lv = QVBoxLayout(left)
        lv.setContentsMargins(0, 0, 0, 0)
        row = QHBoxLayout()
        self.search = QLineEdit()
        self.search.setObjectName("notes_search")
        self.search.setClearButtonEnabled(True)
        self.search.setPlaceholderText(self.tr("Search this resident's notes"))
        self.search.textChanged.connect(self.refresh)
        row.addWidget(self.search, 1)
        self.count = QLabel()
        row.addWidget(self.count)
        lv.addLayout(row)
        self.model = NotesModel(self)
        self.table = rows_view(self.model, "notes", single=True)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeToContents)
        header.setSectionResizeMode(NotesModel.TEXT, QHeaderView.Stretch)
        self.table.selectionModel().currentRowChanged.connect(self._selected)
        lv.addWidget(self.table, 1)
        self.body.addWidget(left)

        right = QWidget()
        rv = QVBoxLayout(right)
        rv.setContentsMargins(0, 0, 0, 0)
        self.form_group = QGroupBox(self.tr("New note"))
        form = QFormLayout(self.form_group)
        self.when = QLineEdit(_now_text())
        self.when.setObjectName("note_when")
        self.when.setPlaceholderText(self.tr("dd.mm.yyyy hh:mm"))
        self.when.setMaximumWidth(160)
        self.kind = CodeCombo(codes.NOTE_KIND, blank=self.tr("— choose —"))
        self.kind.setObjectName("note_kind")
        self.confidentiality = CodeCombo(codes.CONFIDENTIALITY)
        self.confidentiality.setObjectName("note_confidentiality")
        self.confidentiality.setToolTip(self.tr("Restricted: only you and the directors can read it; others see "
                                                "that a restricted note exists."))
        self.contact = ContactCombo()
        self.contact.setObjectName("note_contact")
        self.text = QPlainTextEdit()
        self.text.setObjectName("note_text")
        self.text.setTabChangesFocus(True)
        self.text.setMinimumHeight(80)
        self.errors = {name: error_label() for name in ("noted_at", "kind", "confidentiality", "contact_id", "text")}
        form.addRow(self.tr("Date and time:"), self.when)
        form.addRow("", self.errors["noted_at"])
        form.addRow(self.tr("Kind:"), self.kind)
        form.addRow("", self.errors["kind"])
        form.addRow(self.tr("Confidentiality:"), self.confidentiality)
        form.addRow(self.tr("With contact:"), self.contact)
        form.addRow("", self.errors["contact_id"])
        form.addRow(self.text)
        form.addRow(self.errors["text"])
        buttons = QHBoxLayout()
        self.save_button = push_button(self.tr("&Save note"), "save_note", self.save_note)
        self.new_button = push_button(self.tr("New note"), "new_note", self.start_new)
        self.edit_button = push_button(self.tr("Change the selected note"), "edit_note", self.edit_selected)
        self.edit_button.setToolTip(self.tr("Its author can change a note for 24 hours after writing it"))
        self.edit_button.setEnabled(False)
        buttons.addWidget(self.save_button)
        buttons.addWidget(self.new_button)
        buttons.addWidget(self.edit_button)
        buttons.addStretch(1)
        form.addRow(buttons)
        self.message = error_label()
        form.addRow(self.message)
        rv.addWidget(self.form_group, 3)

        self.annotation_group = QGroupBox(self.tr("Annotations"))
        av = QVBoxLayout(self.annotation_group)
        self.annotations = QLabel()
        self.annotations.setObjectName("annotations")
        self.annotations.setWordWrap(True)
        self.annotations.setTextInteractionFlags(Qt.TextSelectableByMouse)
        av.addWidget(self.annotations)
        arow = QHBoxLayout()
        self.annotation = QLineEdit()
        self.annotation.setObjectName("annotation_text")
        self.annotation.setPlaceholderText(self.tr("Annotation to the selected note"))
        self.annotation.setToolTip(self.tr("Add an annotation (after 24 hours a note is only annotated)"))
        arow.addWidget(self.annotation, 1)
        self.annotate_button = push_button(self.tr("&Annotate"), "annotate", self.annotate)
        arow.addWidget(self.annotate_button)
        av.addLayout(arow)
        self.annotation_error = error_label()
        av.addWidget(self.annotation_error)
        rv.addWidget(self.annotation_group, 1)
        self.body.addWidget(right)
        self.body.setStretchFactor(0, 3)
        self.body.setStretchFactor(1, 2)
        for widget in (self.form_group, self.annotate_button, self.annotation):
            widget.setEnabled(self.can_write)
        self.annotation_group.setEnabled(False)
        self.refresh()
        self._loaded = self.values()

    # --- reading -------------------------------------------------------------------------

    def refresh(self) -> None:
        if self.session.closed:
            return
        readable = casefile.can_read_notes(self.session)
        self.denied.setVisible(not readable)
        self.body.setVisible(readable)
        if not readable:
            return
        current = self.current_note()
        notes = casefile.notes(self.session, self.resident_id, self.search.text())
        self.model.set_rows(notes)
        self.count.setText(self.tr("{n} notes").format(n=len(notes)))
        if self.contact.count() <= 1 or not self.contact.hasFocus():
            self.contact.set_contacts(casefile.contacts(self.session, self.resident_id))
        if current is not None:
            for row, note in enumerate(notes):
                if note["id"] == current["id"]:
                    self.table.selectRow(row)
                    break

    def current_note(self) -> dict | None:
        index = self.table.currentIndex()
        return self.model.row_at(self.model.index(index.row(), 0)) if index.isValid() else None

    def _selected(self, *_):
        note = self.current_note()
        self.annotation_group.setEnabled(bool(note) and not note["hidden"] and self.can_write)
        self.edit_button.setEnabled(bool(note) and note["editable"])
        if note is None:
            self.annotations.setText("")
            return
        lines = []
        if not note["hidden"]:
            for a in note["annotations"]:
                lines.append(f"<b>{_show_moment(a['created_at'][:10] + ' ' + a['created_at'][11:16])}"
                             f" {a['author']}:</b> {_escape(a['text'])}")
        self.annotations.setText("<br>".join(lines) if lines else self.tr("No annotations."))
        if self.editing_id is not None and self.editing_id != note["id"] and not self.is_dirty():
            self.start_new()

    def edit_selected(self) -> bool:
        note = self.current_note()
        if note is None or not note["editable"]:
            return False
        self._load(note)
        self.text.setFocus()
        return True

    def _load(self, note: dict) -> None:
        self.editing_id = note["id"]
        self.form_group.setTitle(self.tr("Change note (for 24 hours after writing it)"))
        self.when.setText(_edit_moment(note["noted_at"]))
        self.kind.set_code(note["kind"])
        self.confidentiality.set_code(note["confidentiality"])
        self.contact.set_contact_id(note["contact_id"])
        self.text.setPlainText(note["text"])
        self._loaded = self.values()

    def start_new(self) -> None:
        self.editing_id = None
        self.form_group.setTitle(self.tr("New note"))
        self.when.setText(_now_text())
        self.kind.set_code(None)
        self.confidentiality.set_code("normal")
        self.contact.set_contact_id(None)
        self.text.clear()
        self._errors({})
        self._loaded = self.values()

    # --- writing -------------------------------------------------------------------------

    def values(self) -> dict:
        return {"noted_at": _iso_moment(self.when.text()), "kind": self.kind.code(),
                "confidentiality": self.confidentiality.code() or "normal", "contact_id": self.contact.contact_id(),
                "text": self.text.toPlainText()}

    def is_dirty(self) -> bool:
        return self.values() != self._loaded and bool(self.text.toPlainText().strip())

    def _errors(self, problems: dict) -> None:
        for name, label in self.errors.items():
            set_error(label, problems.get(name, ""))
        set_error(self.message, problems.get("", ""))

    def save_note(self) -> bool:
        try:
            if self.editing_id is None:
                note = casefile.add_note(self.session, self.resident_id, self.values())
            else:
                note = casefile.update_note(self.session, self.editing_id, self.values())
        except ValidationError as exc:
            self._errors(exc.localized_problems())
            return False
        except ShelterError as exc:
            self._errors({"": exc.localized()})
            return False
        self.start_new()
        self.refresh()
        for row, shown in enumerate(self.model.rows):
            if shown["id"] == note["id"]:
                self.table.selectRow(row)
        self.changed.emit()
        return True

    def annotate(self) -> bool:
        note = self.current_note()
        if note is None:
            return False
        try:
            casefile.annotate_note(self.session, note["id"], self.annotation.text())
        except ValidationError as exc:
            set_error(self.annotation_error, next(iter(exc.localized_problems().values())))
            return False
        except ShelterError as exc:
            set_error(self.annotation_error, exc.localized())
            return False
        set_error(self.annotation_error, "")
        self.annotation.clear()
        self.refresh()
        self._selected()
        return True

    # --- unsaved work (extensions.UnsavedWork): a note or an annotation typed ---------------

    def has_unsaved_work(self) -> bool:
        return self.is_dirty() or bool(self.annotation.text().strip())

    def unsaved_work(self) -> list[str]:
        items = []
        if self.is_dirty():
            items.append(self.tr("Case notes: the note being written"))
        if self.annotation.text().strip():
            items.append(self.tr("Case notes: the annotation being written"))
        return items

    def save_work(self) -> bool:
        if self.is_dirty() and not self.save_note():
            return False
        if self.annotation.text().strip():
            return self.annotate()
        return True

    def discard_work(self) -> None:
        self.start_new()
        self.annotation.clear()

    def lock_state(self) -> dict | None:
        return {"values": self.values(), "editing": self.editing_id, "annotation": self.annotation.text(),
                "when": self.when.text()} if self.is_dirty() or self.annotation.text() else None

    def restore_state(self, state: dict) -> None:
        values = state.get("values", {})
        self.editing_id = state.get("editing")
        self.when.setText(state.get("when", ""))
        self.kind.set_code(values.get("kind"))
        self.confidentiality.set_code(values.get("confidentiality") or "normal")
        self.contact.set_contact_id(values.get("contact_id"))
        self.text.setPlainText(values.get("text", ""))
        self.annotation.setText(state.get("annotation", ""))


def _iso_moment(text: str) -> str:
    """'dd.mm.yyyy hh:mm' as typed → 'yyyy-mm-dd hh:mm' for the domain (which checks it)."""
    text = (text or "").strip()
    day, _, clock = text.partition(" ")
    parts = day.split(".")
    if len(parts) == 3 and all(p.isdigit() for p in parts):
        day = f"{parts[2]:0>4}-{parts[1]:0>2}-{parts[0]:0>2}"
    return f"{day} {clock.strip()}".strip()


def _escape(text: str) -> str:
    return (text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")).replace("\n", "<br>")
