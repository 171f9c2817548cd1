"""A resident's record: every field of the data dictionary, code lists as
pickers with translated labels, each validation message beside its field, the
possible-duplicate warning before a new resident is saved, and the tabs other
parts of the app add (stays, plans, services, legal). Works from the keyboard:
Tab between fields, Ctrl+S saves, Escape goes back to the register."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (QCheckBox, QComboBox, QFormLayout, QFrame, QGroupBox, QHBoxLayout,
                               QLabel, QLineEdit, QMenu, QPlainTextEdit, QPushButton, QScrollArea, QTabWidget,
                               QVBoxLayout, QWidget)

from shelter_app import codes, i18n, residents
from shelter_app.text import name_concerns
from shelter_app.errors import ShelterError, ValidationError
from shelter_app.permissions import Permission
from shelter_app.ui import dialogs, extensions, tasks
from shelter_app.ui.common import (ERROR_STYLE, CodeChecklist, CodeCombo, CountryCombo, LanguagePicker, SectionBar,
                                   broken_into_lines, citizenship_special, colour_text, edit_date, error_label,
                                   set_error, show_date, yes_no_unknown)
from shelter_app.ui.extensions import UnsavedWork, holds_unsaved_work

REQUIRED = {"full_name", "sex", "citizenship", "registration_date", "referral_source", "primary_exploitation",
            "exploitation_country"}
DATE_FIELDS = {"date_of_birth", "registration_date", "nrm_identified_date", "residence_permit_date",
               "asylum_date", "consent_data_processing", "intake_date"}


class ResidentRecord(UnsavedWork, QWidget):
    closed = Signal()
    saved = Signal(int)
    open_existing = Signal(int)  # the possible-duplicate dialog's "Open the existing record"

    def __init__(self, session, resident_id: int | None, parent=None):
        super().__init__(parent)
        self.session = session
        self.resident_id = resident_id
        self.stored: dict = {}
        self.fields: dict[str, tuple] = {}  # name -> (widget, error label)
        self.tab_widgets: dict[int, QWidget] = {}
        self.can_edit = session.can(Permission.EDIT_RESIDENTS)

        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        top = QHBoxLayout()
        self.back_button = QPushButton(self.tr("← &Register"))
        self.back_button.setObjectName("back")
        self.back_button.setToolTip(self.tr("Back to the register (Esc)"))
        self.back_button.clicked.connect(self.close_record)
        top.addWidget(self.back_button)
        self.title = QLabel()
        self.title.setObjectName("record_title")
        font = self.title.font()
        font.setPointSizeF(font.pointSizeF() * 1.25)
        font.setBold(True)
        self.title.setFont(font)
        top.addWidget(self.title, 1)
        self.risk_badge = QLabel()  # the latest risk level (issue 15)
        self.risk_badge.setObjectName("risk_badge")
        self.risk_badge.hide()
        top.addWidget(self.risk_badge)
        self.save_button = QPushButton(self.tr("&Save"))
        self.save_button.setObjectName("save")
        self.save_button.setToolTip(self.tr("Save the record (Ctrl+S)"))
        self.save_button.setEnabled(self.can_edit)
        self.save_button.clicked.connect(self.save)
        top.addWidget(self.save_button)
        self.held_button = None
        if session.can(Permission.PRINT_RESIDENT_RECORD):
            # A resident's right to see what is held about them (security.md, "Data protection").
            # With its parent from the start: shown before the layout is set, a
            # parentless button flashes up as a window of its own and takes the focus.
            self.held_button = QPushButton(self.tr("Everything held…"), self)
            self.held_button.setObjectName("everything_held")
            self.held_button.setToolTip(self.tr("Print everything held about this person, when they ask for it"))
            menu = QMenu(self.held_button)
            self.print_held_action = menu.addAction(self.tr("Print everything held about this person…"))
            self.print_held_action.triggered.connect(self.print_held)
            self.save_held_action = menu.addAction(self.tr("Save everything held about this person as PDF…"))
            self.save_held_action.triggered.connect(self.save_held_pdf)
            self.held_button.setMenu(menu)
            top.addWidget(self.held_button)
            self.held_button.setVisible(resident_id is not None)
        self.correct_button = None
        if session.user.role == "director":
            from shelter_app.ui import corrections_ui

            self.correct_button = corrections_ui.correct_button(self)
            self.correct_button.setParent(self)  # as the button above: never a window of its own
            top.addWidget(self.correct_button)
            self.correct_button.setVisible(resident_id is not None)
        layout.addLayout(top)
        self.summary = QLabel()
        self.summary.setObjectName("summary")
        self.summary.setWordWrap(True)
        self.summary.hide()
        layout.addWidget(self.summary)

        self.tabs = QTabWidget()
        self.tabs.setObjectName("record_tabs")
        self.tabs.currentChanged.connect(self._tab_shown)
        self.sections = SectionBar(self.tabs)  # every tab in view, on two rows when needed
        layout.addWidget(self.sections)
        layout.addWidget(self.tabs, 1)
        self.tabs.addTab(self._details(), self.tr("&Details"))
        self.sections.sync()

        QShortcut(QKeySequence.Save, self, activated=self.save_current_tab)
        QShortcut(QKeySequence(Qt.Key_Escape), self, activated=self.close_record)

        if resident_id is not None:
            self.stored = residents.get(self.session, resident_id)
            self._fill(self.stored)
            self._add_tabs()
        else:
            self._fill({"registration_date": residents.today().isoformat(), "case_status": "open",
                        "nrm_status": "none", "sex": None})
        self._loaded = self.values()
        self._update_title()

    # --- building ---------------------------------------------------------------------

    def _field(self, form: QFormLayout, name: str, widget: QWidget, note: str = "") -> QWidget:
        widget.setObjectName(name)
        label_text = i18n.field_label(name) + (" *" if name in REQUIRED else "")
        label = QLabel(label_text + ":")
        label.setBuddy(widget)
        tip = self._tips().get(name)
        if tip:
            label.setToolTip(tip)
            widget.setToolTip(tip)
        # Cut into lines when shown (show_problems): a long message stays beside its field instead of
        # pushing the other column off screen; QFormLayout clips a word-wrapped label to one line's height.
        err = error_label()
        err.setWordWrap(False)
        err.setObjectName(name + "_error")
        box = QVBoxLayout()
        box.setSpacing(1)
        box.addWidget(widget)
        if note:
            hint = colour_text(QLabel(), "#555555")
            hint.setText(broken_into_lines(note, hint.fontMetrics(), 26 * hint.fontMetrics().averageCharWidth()))
            box.addWidget(hint)
        box.addWidget(err)
        form.addRow(label, box)
        self.fields[name] = (widget, err)
        if not self.can_edit:
            widget.setEnabled(False)
        return widget

    def _tips(self) -> dict[str, str]:
        """Abbreviations explained where they are read (НМП in Russian, УКБМ in Kyrgyz)."""
        nrm = self.tr("NRM: the National Referral Mechanism of victims of trafficking in persons (Government "
                      "Resolution No. 493 of 19 September 2019); НМП in Russian, УКБМ in Kyrgyz.")
        return {"nrm_status": nrm, "nrm_identified_date": nrm, "nrm_identifying_body": nrm}

    def _date(self, form, name) -> QLineEdit:
        edit = QLineEdit()
        edit.setPlaceholderText(self.tr("dd.mm.yyyy"))
        edit.setMaximumWidth(140)
        return self._field(form, name, edit)

    def _group(self, title: str) -> tuple[QGroupBox, QFormLayout]:
        box = QGroupBox(title)
        form = QFormLayout(box)
        form.setFieldGrowthPolicy(QFormLayout.ExpandingFieldsGrow)
        form.setRowWrapPolicy(QFormLayout.WrapLongRows)
        return box, form

    def _details(self) -> QWidget:
        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        inner = QWidget()
        columns = QHBoxLayout(inner)
        left, right = QVBoxLayout(), QVBoxLayout()
        columns.addLayout(left, 1)
        columns.addLayout(right, 1)
        blank = self.tr("— not given —")

        box, f = self._group(self.tr("Person"))
        self._field(f, "full_name", QLineEdit())
        self._field(f, "sex", CodeCombo(codes.SEX, blank=self.tr("— choose —")))
        self._date(f, "date_of_birth")
        year = QLineEdit()
        year.setMaximumWidth(80)
        self._field(f, "birth_year_estimated", year, self.tr("Only when the date of birth is not known."))
        self._field(f, "citizenship", CountryCombo(codes.COMMON_COUNTRIES, citizenship_special()),
                    self.tr("Pick a country or type its two-letter code."))
        self._field(f, "languages", LanguagePicker(codes.LANGUAGE))
        disability = QComboBox()
        for value, text in yes_no_unknown():
            disability.addItem(text, value)
        self._field(f, "disability", disability)
        self._field(f, "external_id", QLineEdit())
        left.addWidget(box)

        box, f = self._group(self.tr("Case"))
        self._date(f, "registration_date")
        self._field(f, "referral_source", CodeCombo(codes.REFERRAL_SOURCE, blank=self.tr("— choose —")))
        self._field(f, "case_status", CodeCombo(codes.CASE_STATUS))
        self._field(f, "key_worker", self._key_worker_combo())
        left.addWidget(box)
        self.admission_group = None
        if self.resident_id is None:
            box, f = self._group(self.tr("Admission"))
            self.admission_group = box
            self.admit_box = QCheckBox(self.tr("Admit to the shelter now"))
            self.admit_box.setObjectName("admit_now")
            f.addRow("", self.admit_box)
            self._date(f, "intake_date")
            self._field(f, "room", QLineEdit())
            self.admit_box.toggled.connect(self._admit_toggled)
            self._admit_toggled(False)
        left.addWidget(box)

        box, f = self._group(self.tr("Consent"))
        self._date(f, "consent_data_processing")
        self._field(f, "consent_anonymized_reporting", QCheckBox(self.tr("yes")))
        left.addWidget(box)
        left.addStretch(1)

        box, f = self._group(self.tr("Exploitation"))
        self._field(f, "primary_exploitation", CodeCombo(codes.EXPLOITATION, blank=self.tr("— choose —")))
        self._field(f, "other_exploitation", CodeChecklist(codes.EXPLOITATION))
        self._field(f, "exploitation_country", CountryCombo(codes.COMMON_COUNTRIES, (citizenship_special()[1],)),
                    self.tr("Pick a country or type its two-letter code."))
        self._field(f, "recruitment_channel", CodeCombo(codes.RECRUITMENT_CHANNEL, blank=blank))
        self._field(f, "recruiter_relation", CodeCombo(codes.RECRUITER_RELATION, blank=blank))
        self._field(f, "means_of_control", CodeChecklist(codes.MEANS_OF_CONTROL))
        self._field(f, "labour_sector", CodeCombo(codes.LABOUR_SECTOR, blank=blank))
        right.addWidget(box)

        box, f = self._group(self.tr("Identification and status"))
        self._field(f, "nrm_status", CodeCombo(codes.NRM_STATUS))
        self._date(f, "nrm_identified_date")
        self._field(f, "nrm_identifying_body", QLineEdit())
        self._date(f, "residence_permit_date")
        self._date(f, "asylum_date")
        right.addWidget(box)

        box, f = self._group(self.tr("Safety notes — never exported"))
        box.setObjectName("safety_group")
        box.setStyleSheet("QGroupBox#safety_group { color: #8a4b00; font-weight: bold; }")
        notes = QPlainTextEdit()
        notes.setTabChangesFocus(True)
        notes.setMinimumHeight(90)
        self._field(f, "safety_notes", notes, self.tr("Kept only in this database: never printed in returns, "
                                                       "never exported, never imported."))
        right.addWidget(box)
        right.addStretch(1)
        scroll.setWidget(inner)
        return scroll

    def _key_worker_combo(self) -> QComboBox:
        from shelter_app import casefile

        combo = QComboBox()
        combo.addItem(self.tr("— none —"), None)
        for account in casefile.staff(self.session):
            combo.addItem(account["display_name"], account["username"])
        return combo

    def _admit_toggled(self, on: bool) -> None:
        for name in ("intake_date", "room"):
            widget = self.fields[name][0]
            widget.setEnabled(on and self.can_edit)
        if on and not self.fields["intake_date"][0].text():
            self.fields["intake_date"][0].setText(edit_date(residents.today().isoformat()))

    def _add_tabs(self) -> None:
        for module, name in extensions.RECORD_TABS:
            try:
                cls = extensions.load(module, name)
            except ImportError:
                continue  # a tab another part of the app has not delivered yet
            # In a scroll area: no tab's minimum width can push the window past a small screen.
            holder = QScrollArea()
            holder.setWidgetResizable(True)
            holder.setFrameShape(QFrame.NoFrame)
            inner = QWidget()
            QVBoxLayout(inner).setContentsMargins(0, 0, 0, 0)
            holder.setWidget(inner)
            holder.setProperty("tab_class", (module, name))
            self.tabs.addTab(holder, cls.tab_title())
        self.sections.sync()

    def _tab_shown(self, index: int):
        """Extension tabs are built when first shown: opening a record stays fast."""
        if index <= 0 or index in self.tab_widgets:
            return self.tab_widgets.get(index)
        holder = self.tabs.widget(index)
        spec = holder.property("tab_class")
        if not spec:
            return None
        cls = extensions.load(*spec)
        inner = holder.widget()
        tab = cls(self.session, self.resident_id, inner)
        inner.layout().addWidget(tab)
        if tab.findChild(QScrollArea) is not None:
            # The tab scrolls its own long parts (the plan's needs): one scroll area, never two nested.
            holder.setVerticalScrollBarPolicy(Qt.ScrollBarAlwaysOff)
        self.tab_widgets[index] = tab
        tab.changed.connect(self._tab_changed)  # a signal of the tab contract (extensions.RecordTab)
        return tab

    def tab(self, title_or_class: str):
        """The extension tab whose class name is given, built if needed (for tests and restore)."""
        for i in range(1, self.tabs.count()):
            spec = self.tabs.widget(i).property("tab_class")
            if spec and spec[1] == title_or_class:
                self.tabs.setCurrentIndex(i)
                return self._tab_shown(i)
        return None

    def _tab_changed(self) -> None:
        self.stored = residents.get(self.session, self.resident_id, audit_view=False)
        self._update_title()

    # --- values --------------------------------------------------------------------------

    def _get(self, name: str):
        widget = self.fields[name][0]
        if isinstance(widget, (CodeCombo,)):
            return widget.code()
        if isinstance(widget, CountryCombo):
            return widget.code()
        if isinstance(widget, (CodeChecklist, LanguagePicker)):
            return widget.codes()
        if isinstance(widget, QComboBox):
            return widget.currentData()
        if isinstance(widget, QCheckBox):
            return widget.isChecked()
        if isinstance(widget, QPlainTextEdit):
            return widget.toPlainText()
        return widget.text()

    def _set(self, name: str, value) -> None:
        widget = self.fields[name][0]
        if isinstance(widget, (CodeCombo, CountryCombo)):
            widget.set_code(value)
        elif isinstance(widget, (CodeChecklist, LanguagePicker)):
            widget.set_codes(value or [])
        elif isinstance(widget, QComboBox):
            widget.setCurrentIndex(max(0, widget.findData(value)))
        elif isinstance(widget, QCheckBox):
            widget.setChecked(bool(value))
        elif isinstance(widget, QPlainTextEdit):
            widget.setPlainText(value or "")
        elif name in DATE_FIELDS:
            widget.setText(edit_date(value) if value and "-" in str(value) else (value or ""))
        elif isinstance(value, list):
            widget.setText("; ".join(value))
        else:
            widget.setText("" if value is None else str(value))

    def _fill(self, record: dict) -> None:
        for name in self.fields:
            if name in ("intake_date", "room"):
                continue
            self._set(name, record.get(name))
        self._apply_privacy()

    def values(self) -> dict:
        data = {name: self._get(name) for name in self.fields if name not in ("intake_date", "room")}
        if self.resident_id is None:
            data["_admit"] = self.admit_box.isChecked()
            data["_intake_date"] = self.fields["intake_date"][0].text()
            data["_room"] = self.fields["room"][0].text()
        return data

    def is_dirty(self) -> bool:
        return self.values() != self._loaded

    def _apply_privacy(self) -> None:
        name = self.fields["full_name"][0]
        name.setEchoMode(QLineEdit.Password if self.session.privacy_mode else QLineEdit.Normal)

    def _update_title(self) -> None:
        if self.resident_id is None:
            self.title.setText(self.tr("New resident"))
            return
        who = residents.display_name(self.session, self.stored)
        text = who if self.session.privacy_mode else f"{who} — {self.stored['case_number']}"
        if self.stored.get("in_shelter"):
            text += " · " + self.tr("in the shelter")
        self.title.setText(text)
        self._update_risk_badge()

    def _update_risk_badge(self) -> None:
        from shelter_app import safety

        level = safety.latest_level(self.session, self.resident_id) if not self.session.closed else None
        self.risk_badge.setVisible(level is not None)
        if level is not None:
            colours = {"high": "#ffffff; background: #b00020", "medium": "#5a3200; background: #ffe0b2",
                       "low": "#1b5e20; background: #e8f5e9"}
            self.risk_badge.setText(self.tr("Risk: {level}").format(level=codes.RISK_LEVEL.label(level)))
            self.risk_badge.setStyleSheet(f"color: {colours[level]}; padding: 2px 8px; font-weight: bold;")

    def refresh(self) -> None:
        if self.session.closed:
            return
        self._apply_privacy()
        if self.resident_id is not None:
            self.stored = residents.get(self.session, self.resident_id, audit_view=False)
            if not self.is_dirty():
                self._fill(self.stored)
                self._loaded = self.values()
            for tab in self.tab_widgets.values():
                tab.refresh()
        self._update_title()

    def focus_first(self) -> None:
        self.fields["full_name"][0].setFocus()

    # --- saving ---------------------------------------------------------------------------

    def show_problems(self, problems: dict[str, str]) -> None:
        first = None
        for name, (widget, err) in self.fields.items():
            text = problems.get(name, "")
            set_error(err, broken_into_lines(text, err.fontMetrics(), max(240, widget.width())))
            if text and first is None:
                first = widget
        other = {f: m for f, m in problems.items() if f not in self.fields}
        if problems:
            lines = [self.tr("Please correct the fields marked in red.")]
            lines += [f"{i18n.field_label(f)}: {m}" for f, m in other.items()]
            self.summary.setText("\n".join(lines))
            self.summary.setStyleSheet(ERROR_STYLE)
            self.summary.show()
        else:
            self.summary.hide()
        if first is not None:
            self.tabs.setCurrentIndex(0)
            first.setFocus()
            scroll = self.tabs.widget(0)
            if isinstance(scroll, QScrollArea):
                scroll.ensureWidgetVisible(first)

    def _data(self) -> dict:
        return {k: v for k, v in self.values().items() if not k.startswith("_")}

    def _name_ok(self, data: dict) -> bool:
        """A name mixing scripts in a word, with an emoji or without a letter: a warning, not a refusal."""
        name = data.get("full_name") or ""
        if self.resident_id is not None and name == self.stored.get("full_name"):
            return True
        concerns = name_concerns(name)
        if not concerns:
            return True
        return dialogs.confirm(self, "\n".join(concerns) + "\n\n" + self.tr("Save the name as it is?"),
                               title=self.tr("Check the name"), yes=self.tr("Save as it is"),
                               no=self.tr("Correct the name"))

    def _duplicates_ok(self, data: dict) -> bool:
        found = residents.possible_duplicates(self.session, data, exclude_id=self.resident_id)
        if not found:
            return True
        lines = []
        for r in found:
            born = show_date(r["date_of_birth"]) or (str(r["birth_year_estimated"] or ""))
            who = r["case_number"] if self.session.privacy_mode else f"{r['case_number']} {r['full_name']}"
            lines.append(f"• {who}" + (f" ({born})" if born else ""))
        text = self.tr("This may be a person already registered:") + "\n" + "\n".join(lines) + "\n\n" + \
            self.tr("People come back, sometimes under another spelling. Open the existing record instead, "
                    "or save this one as a new resident?")
        answer = dialogs.choose(self, text, [("open", self.tr("Open the existing record")),
                                             ("new", self.tr("Save as a new resident")),
                                             ("back", self.tr("Go back"))],
                                title=self.tr("Possible duplicate"), default="open", escape="back", yes="new")
        if answer == "open":
            self._loaded = self.values()  # the person chose the existing record over this draft
            self.open_existing.emit(found[0]["id"])
        return answer == "new"

    def save(self) -> bool:
        if not self.can_edit or self.session.closed:
            return False
        data = self._data()
        try:
            if self.resident_id is None:
                residents.validate(data)  # every field checked before asking about duplicates
                if not self._name_ok(data) or not self._duplicates_ok(data):
                    return False
                values = self.values()
                intake = values["_intake_date"] if values["_admit"] else None
                if values["_admit"] and not intake:
                    self.show_problems({"intake_date": self.tr("Required.")})
                    return False
                record = residents.create(self.session, data, intake_date=intake, room=values["_room"])
                self.resident_id = record["id"]
                self._rebuild_as_existing()
            else:
                if not self._name_ok(data):
                    return False
                record = residents.update(self.session, self.resident_id, data)
        except ValidationError as exc:
            self.show_problems(exc.localized_problems())
            return False
        except ShelterError as exc:
            self.show_problems({})
            dialogs.error(self, exc.localized())
            return False
        self.show_problems({})
        self.stored = residents.get(self.session, self.resident_id, audit_view=False)
        self._fill(self.stored)
        self._loaded = self.values()
        self._update_title()
        self.summary.setText(self.tr("Saved."))
        self.summary.setStyleSheet("color: #1b5e20;")
        self.summary.show()
        self.saved.emit(self.resident_id)
        return True

    def _rebuild_as_existing(self) -> None:
        """After the first save the intake fields go (the Stays tab takes over) and the tabs come."""
        self.admission_group.setVisible(False)
        for name in ("intake_date", "room"):
            self.fields.pop(name)
        self._add_tabs()
        if self.held_button is not None:
            self.held_button.setVisible(True)
        if self.correct_button is not None:
            self.correct_button.setVisible(True)

    # --- everything held about the person ------------------------------------------------

    def print_held(self) -> bool:
        """Straight to the printer, in the language of the screens; no file is left behind."""
        from shelter_app import subject_access
        from shelter_app.ui import document_printer

        if self.resident_id is None:
            return False
        lang = i18n.current_language()
        resident_id = self.resident_id
        try:
            self.session.require(Permission.PRINT_RESIDENT_RECORD)
            printer = document_printer.ask_printer(self, self.tr("Print everything held about this person"))
            if printer is None:
                return False
            document, _pages = tasks.run_print(
                self, lambda job: subject_access.document(job.session, resident_id, lang), printer,
                session=self.session)
            subject_access.record_print(self.session, document.sections[0].reference, "printer", lang)
        except ShelterError as exc:
            dialogs.show_error(self, exc)
            return False
        return True

    def save_held_pdf(self) -> str | None:
        """Save as PDF, after the warning that a PDF is not encrypted."""
        from shelter_app import subject_access

        if self.resident_id is None:
            return None
        if not dialogs.confirm(self, self.tr("A PDF file is not encrypted: anyone who gets hold of it can read "
                                             "everything about this person. Save it only where it is safe, and "
                                             "delete it once it is printed or handed over."),
                               title=self.tr("Save as PDF"), yes=self.tr("Save PDF"), no=self.tr("Cancel")):
            return None
        suggested = self.tr("everything-held-{case_number}.pdf").format(case_number=self.stored["case_number"])
        path = dialogs.ask_save_path(self, self.tr("Save as PDF"), suggested, self.tr("PDF files (*.pdf)"), "pdf")
        if not path:
            return None
        resident_id, lang = self.resident_id, i18n.current_language()
        try:
            tasks.run_pdf(self, lambda job: subject_access.save_pdf(job.session, resident_id, lang, path),
                          session=self.session, label=self.tr("Saving everything held about this person as PDF…"))
        except tasks.Cancelled:
            return None
        except ShelterError as exc:
            dialogs.show_error(self, exc)
            return None
        return path

    def close_record(self) -> None:
        self.closed.emit()

    # --- unsaved work (extensions.UnsavedWork) ----------------------------------------------

    def built_tabs(self) -> list:
        """The extension tabs built so far, in the order they are shown."""
        return [self.tab_widgets[i] for i in sorted(self.tab_widgets)]

    def _dirty_tabs(self) -> list:
        return [tab for tab in self.built_tabs() if isinstance(tab, UnsavedWork) and tab.has_unsaved_work()]

    def changed_fields(self) -> list[str]:
        """The details a person changed, by their labels."""
        now = self.values()
        names = [name for name in now if now.get(name) != self._loaded.get(name)]
        labels = []
        for name in names:
            if name in ("_admit", "_intake_date", "_room"):
                name = {"_admit": "intake_date", "_intake_date": "intake_date", "_room": "room"}[name]
            label = i18n.field_label(name)
            if label not in labels:
                labels.append(label)
        return labels

    def has_unsaved_work(self) -> bool:
        return self.is_dirty() or bool(self._dirty_tabs())

    def unsaved_work(self) -> list[str]:
        items = []
        if self.is_dirty():
            who = self.tr("New resident") if self.resident_id is None else self.stored.get("case_number", "")
            items.append(self.tr("{record}, details: {fields}").format(
                record=who, fields=", ".join(self.changed_fields())))
        for tab in self._dirty_tabs():
            items += tab.unsaved_work()
        return items

    def save_work(self) -> bool:
        """Details first (a new resident must exist before its tabs), then each tab;
        the first that fails is shown and the rest wait."""
        if self.is_dirty() and not self.save():
            self.tabs.setCurrentIndex(0)
            return False
        for index in sorted(self.tab_widgets):
            tab = self.tab_widgets[index]
            if isinstance(tab, UnsavedWork) and tab.has_unsaved_work() and not tab.save_work():
                self.tabs.setCurrentIndex(index)
                return False
        return True

    def discard_work(self) -> None:
        if self.is_dirty():
            if self.resident_id is not None:
                self._fill(self.stored)
            else:
                self._fill({"registration_date": residents.today().isoformat(), "case_status": "open",
                            "nrm_status": "none", "sex": None})
                self.admit_box.setChecked(False)
                self.fields["intake_date"][0].clear()
                self.fields["room"][0].clear()
            self._loaded = self.values()
            self.show_problems({})
        for tab in self._dirty_tabs():
            tab.discard_work()

    def save_current_tab(self) -> bool:
        """Ctrl+S: what the tab on screen holds. With nothing unsaved nothing is
        stored again (the Services tab keeps its date and service filled in: a
        second Ctrl+S would log the same service twice)."""
        index = self.tabs.currentIndex()
        tab = self.tab_widgets.get(index)
        if index <= 0 and self.is_dirty():
            return self.save()
        if index > 0 and holds_unsaved_work(tab):
            return tab.save_work()
        self.summary.setText(self.tr("Nothing to save."))
        self.summary.setStyleSheet("color: #555555;")
        self.summary.show()
        return False

    # --- lock -----------------------------------------------------------------------------

    def lock_state(self) -> dict:
        state = {"resident_id": self.resident_id, "values": self.values(), "dirty": self.is_dirty(),
                 "tab": self.tabs.currentIndex(), "tabs": {}}
        for tab in self.built_tabs():
            if isinstance(tab, UnsavedWork):
                kept = tab.lock_state()
                if kept:
                    state["tabs"][type(tab).__name__] = kept
        return state

    def restore_state(self, state: dict) -> None:
        values = state.get("values", {})
        if state.get("dirty"):
            for name in self.fields:
                if name in values:
                    self._set(name, values[name])
            if self.resident_id is None:
                self.admit_box.setChecked(bool(values.get("_admit")))
                self.fields["intake_date"][0].setText(values.get("_intake_date", ""))
                self.fields["room"][0].setText(values.get("_room", ""))
        for name, kept in state.get("tabs", {}).items():
            tab = self.tab(name)
            if isinstance(tab, UnsavedWork):
                tab.restore_state(kept)
        tab_index = int(state.get("tab", 0))
        if 0 <= tab_index < self.tabs.count():
            self.tabs.setCurrentIndex(tab_index)
        self._update_title()
