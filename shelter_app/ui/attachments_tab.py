"""The Attachments tab: scans, photos and PDFs kept inside the encrypted
database. Add by the file dialog or by dropping files on the tab; view an
image or a PDF inside the app (drawn from memory, no file); save a copy out
after a warning. Thumbnails are made once, when first shown, and kept."""

from __future__ import annotations

import datetime as _dt
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QSize, Qt, QTimer
from PySide6.QtGui import QPixmap
from PySide6.QtWidgets import (QApplication, QDialog, QFormLayout, QHBoxLayout, QHeaderView, QLabel, QLineEdit,
                               QScrollArea, QVBoxLayout, QWidget)

from shelter_app import casefile, codes
from shelter_app.errors import ShelterError
from shelter_app.permissions import Permission
from shelter_app.ui import dialogs, error_hook
from shelter_app.ui.attachment_render import (CannotShow, close, load_image, page_count, pdf_document,
                                              render_pdf_page, thumbnail as make_thumbnail)
from shelter_app.ui import tasks
from shelter_app.ui.common import (CodeCombo, RowsModel, edit_date, error_label, lay_out_record_dialog, push_button,
                                   rows_view, set_error, show_date)
from shelter_app.ui.extensions import RecordTab, UnsavedDialog


# Plain ints: Qt's enum members cost microseconds each to compare, and a view asks for every cell and role.
_DISPLAY, _DECORATION, _TOOLTIP = 0, 1, 3


def _size_text(n: int) -> str:
    return f"{n / 1048576:.1f} MB" if n >= 1048576 else f"{max(1, n // 1024)} KB"


class AttachmentsModel(RowsModel):
    TITLE, KIND, DATE, SIZE, ADDED_BY = range(5)

    def __init__(self, parent=None):
        super().__init__(parent)
        self.pixmaps: dict[int, QPixmap] = {}
        self.kinds = dict(codes.ATTACHMENT_KIND.choices())
        self.wanted: list[int] = []
        self.on_want = None

    def headers(self) -> list[str]:
        return [self.tr("Title"), self.tr("Kind"), self.tr("Date"), self.tr("Size"), self.tr("Added by")]

    def data(self, index, role=_DISPLAY):
        if role not in (_DISPLAY, _DECORATION, _TOOLTIP):
            return None
        r, col = index.row(), index.column()
        if not (0 <= r < len(self.rows)):
            return None
        row = self.rows[r]
        if role == _DECORATION:
            if col != self.TITLE:
                return None
            pixmap = self.pixmaps.get(row["id"])
            if pixmap is None and casefile.viewable(row["media_type"]) and row["id"] not in self.wanted:
                # Lazily: only a row that is drawn asks for its picture.
                self.wanted.append(row["id"])
                if self.on_want:
                    self.on_want()
            return pixmap
        if role == _TOOLTIP:
            return row["file_name"]
        if col == self.TITLE:
            return row["title"]
        if col == self.KIND:
            return self.kinds.get(row["kind"], row["kind"])
        if col == self.DATE:
            return show_date(row["date"])
        if col == self.SIZE:
            return _size_text(row["size"])
        return row["added_by"]


class AttachDialog(UnsavedDialog):
    """Title, kind and date for the files about to be attached."""

    def __init__(self, paths: list[Path], kinds: list[str], parent=None):
        super().__init__(parent)
        self.setWindowTitle(self.tr("Attach to the case file"))
        self.paths = paths
        form = QFormLayout()
        names = QLabel("\n".join(p.name for p in paths[:8]) + ("\n…" if len(paths) > 8 else ""))
        form.addRow(self.tr("Files:"), names)
        self.title = QLineEdit(paths[0].stem if len(paths) == 1 else "")
        self.title.setObjectName("attach_title")
        self.title.setPlaceholderText(self.tr("What the paper is") if len(paths) == 1 else
                                      self.tr("Each file keeps its name"))
        self.title.setEnabled(len(paths) == 1)
        self.kind = CodeCombo(codes.ATTACHMENT_KIND)
        self.kind.setObjectName("attach_kind")
        for code in codes.ATTACHMENT_KIND.codes:
            if code not in kinds:
                self.kind.removeItem(self.kind.findData(code))
        self.date = QLineEdit(edit_date(_dt.date.today().isoformat()))
        self.date.setObjectName("attach_date")
        self.date.setPlaceholderText(self.tr("dd.mm.yyyy"))
        form.addRow(self.tr("Title:"), self.title)
        form.addRow(self.tr("Kind:"), self.kind)
        form.addRow(self.tr("Date of the paper:"), self.date)
        lay_out_record_dialog(self, form, self.tr("Attach"), self.tr("Cancel"))
        self.mark_clean()

    def set_values(self, values: dict) -> None:
        self.title.setText(values.get("title", ""))
        self.kind.set_code(values.get("kind"))
        self.date.setText(values.get("date", ""))

    def save(self) -> None:
        if not self.kind.code():
            set_error(self.error, self.tr("Choose the kind of paper."))
            return
        self.accept()

    def values(self) -> dict:
        return {"title": self.title.text().strip(), "kind": self.kind.code(), "date": self.date.text().strip()}


class AttachmentViewer(QDialog):
    """An image, or a PDF a page at a time, drawn from the bytes in memory."""

    def __init__(self, session, attachment: dict, data: bytes, parent=None):
        super().__init__(parent)
        self.session = session
        self.attachment = attachment
        self.setWindowTitle(attachment["title"])
        self.page = 0
        self.pages = 1
        self.document = None
        self.image = None
        layout = QVBoxLayout(self)
        bar = QHBoxLayout()
        self.prev_button = push_button(self.tr("◀ Previous page"), "previous_page",
                                       lambda: self.show_page(self.page - 1))
        self.next_button = push_button(self.tr("Next page ▶"), "next_page", lambda: self.show_page(self.page + 1))
        self.page_label = QLabel()
        self.page_label.setObjectName("page_label")
        self.save_button = push_button(self.tr("Save a copy…"), "save_copy", self.save_copy)
        for w in (self.prev_button, self.page_label, self.next_button):
            bar.addWidget(w)
        bar.addStretch(1)
        bar.addWidget(self.save_button)
        layout.addLayout(bar)
        self.picture = QLabel()
        self.picture.setObjectName("picture")
        self.picture.setAlignment(Qt.AlignCenter)
        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setWidget(self.picture)
        layout.addWidget(scroll, 1)
        self.message = error_label()
        layout.addWidget(self.message)
        screen = QApplication.primaryScreen()
        available = screen.availableGeometry().size() if screen else QSize(1366, 697)
        self.resize(min(1000, available.width() - 40), min(760, available.height() - 40))
        try:
            if attachment["media_type"] == "application/pdf":
                self.document = pdf_document(data)
                self.pages = page_count(self.document)
            elif attachment["media_type"].startswith("image/"):
                self.image = load_image(data)
            else:
                raise CannotShow()
        except CannotShow:
            set_error(self.message, self.tr("This file cannot be shown inside the app (it is damaged or not an "
                                            "image or PDF). You can save a copy and open it elsewhere."))
        self.show_page(0)

    def show_page(self, page: int) -> None:
        page = max(0, min(page, self.pages - 1))
        self.page = page
        width = max(400, self.width() - 60)
        if self.document is not None:
            image = render_pdf_page(self.document, page, width)
            self.picture.setPixmap(QPixmap.fromImage(image))
        elif self.image is not None:
            image = self.image
            if image.width() > width:
                image = image.scaledToWidth(width, Qt.SmoothTransformation)
            self.picture.setPixmap(QPixmap.fromImage(image))
        self.page_label.setText(self.tr("Page {page} of {pages}").format(page=page + 1, pages=self.pages))
        self.prev_button.setEnabled(page > 0)
        self.next_button.setEnabled(page < self.pages - 1)
        for w in (self.prev_button, self.next_button, self.page_label):
            w.setVisible(self.pages > 1)

    def save_copy(self) -> str | None:
        return save_copy(self, self.session, self.attachment)

    def done(self, result: int) -> None:
        if self.document is not None:
            close(self.document)
            self.document = None
        super().done(result)


def save_copy(parent, session, attachment: dict) -> str | None:
    """Warn that the copy is not encrypted, ask where, write it."""
    text = QCoreApplication.translate(
        "AttachmentsTab", "A copy saved out of the app is not encrypted: anyone who gets hold of it can read it. "
        "Save it only where it is safe, and delete it once it has been used.")
    if not dialogs.confirm(parent, text, title=QCoreApplication.translate("AttachmentsTab", "Save a copy"),
                           yes=QCoreApplication.translate("AttachmentsTab", "Save a copy"),
                           no=QCoreApplication.translate("AttachmentsTab", "Cancel")):
        return None
    path = dialogs.ask_save_path(parent, QCoreApplication.translate("AttachmentsTab", "Save a copy"),
                                 attachment["file_name"], "")
    if not path:
        return None
    try:
        tasks.run(parent, lambda job: casefile.save_copy(job.session, attachment["id"], path), session=session,
                  label=QCoreApplication.translate("AttachmentsTab", "Saving a copy…"))
    except ShelterError as exc:
        dialogs.show_error(parent, exc)
        return None
    return path


class AttachmentsTab(RecordTab, QWidget):
    @classmethod
    def tab_title(cls) -> str:
        return QCoreApplication.translate("AttachmentsTab", "Atta&chments")

    def __init__(self, session, resident_id: int, parent=None):
        super().__init__(parent)
        self.session = session
        self.resident_id = resident_id
        self.can_add = session.can(Permission.EDIT_RESIDENTS) or session.can(Permission.EDIT_LEGAL)
        # A lawyer adds legal papers only (casefile._require_attach).
        self.kinds = list(codes.ATTACHMENT_KIND.codes) if session.can(Permission.EDIT_RESIDENTS) else ["legal"]
        self.setAcceptDrops(self.can_add)
        layout = QVBoxLayout(self)
        bar = QHBoxLayout()
        self.add_button = push_button(self.tr("&Add files…"), "add_attachment", self.add_from_dialog)
        self.add_button.setEnabled(self.can_add)
        self.view_button = push_button(self.tr("&View"), "view_attachment", self.view_current)
        self.save_button = push_button(self.tr("Save a &copy…"), "save_attachment", self.save_current)
        self.delete_button = push_button(self.tr("Delete…"), "delete_attachment", self.delete_current)
        self.delete_button.setVisible(session.can(Permission.EDIT_RESIDENTS))
        for b in (self.add_button, self.view_button, self.save_button, self.delete_button):
            bar.addWidget(b)
        hint = QLabel(self.tr("Drop scans, photos or PDFs here (at most 25 MB each). They are kept inside the "
                              "encrypted database."))
        hint.setWordWrap(True)
        bar.addWidget(hint, 1)
        layout.addLayout(bar)
        self.model = AttachmentsModel(self)
        self.model.on_want = self._want_thumbnails
        self.table = rows_view(self.model, "attachments", single=True)
        self.table.setIconSize(QSize(48, 48))
        self.table.verticalHeader().setDefaultSectionSize(52)
        header = self.table.horizontalHeader()
        # Fixed widths: sizing columns to their contents would read every cell of every row first.
        header.setSectionResizeMode(QHeaderView.Interactive)
        header.setSectionResizeMode(AttachmentsModel.TITLE, QHeaderView.Stretch)
        for col, width in ((AttachmentsModel.KIND, 190), (AttachmentsModel.DATE, 100),
                           (AttachmentsModel.SIZE, 80), (AttachmentsModel.ADDED_BY, 120)):
            header.resizeSection(col, width)
        self.table.verticalHeader().setSectionResizeMode(QHeaderView.Fixed)
        self.table.doubleClicked.connect(lambda _index: self.view_current())
        layout.addWidget(self.table, 1)
        self.message = error_label()
        layout.addWidget(self.message)
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(0)
        self._timer.timeout.connect(self._next_thumbnail)
        self._thumbnailing = None
        self.viewer = None
        self.refresh()

    def refresh(self) -> None:
        if self.session.closed:
            return
        self.model.set_rows(casefile.attachments(self.session, self.resident_id))

    def current(self) -> dict | None:
        index = self.table.currentIndex()
        return self.model.row_at(self.model.index(index.row(), 0)) if index.isValid() else None

    # --- thumbnails, made lazily -------------------------------------------------------------

    def _want_thumbnails(self) -> None:
        if not self._timer.isActive() and self._thumbnailing is None:
            self._timer.start()

    def _next_thumbnail(self) -> None:
        """A few thumbnails at a time, made (or read back) in the background."""
        if self.session.closed or not self.model.wanted or self._thumbnailing is not None:
            return
        batch, self.model.wanted = self.model.wanted[:8], self.model.wanted[8:]
        media = {r["id"]: r["media_type"] for r in self.model.rows}

        def work(job):
            made = {}
            for attachment_id in batch:
                job.check()
                try:
                    stored = casefile.thumbnail(job.session, attachment_id)
                    if stored is None:
                        data = b"".join(casefile.read_chunks(job.session, attachment_id))
                        png, pages = make_thumbnail(media.get(attachment_id, ""), data)
                        casefile.store_thumbnail(job.session, attachment_id, png, pages)
                    else:
                        png = stored[0]
                except (CannotShow, ShelterError):
                    png = b""
                made[attachment_id] = png
            return made

        self._thumbnailing = tasks.start(self, work, session=self.session, on_done=self._thumbnails_made,
                                         on_error=lambda exc: self._thumbnails_failed(batch, exc))

    def _thumbnails_failed(self, batch: list[int], exc: BaseException) -> None:
        """Files that cannot be shown are plain rows already; anything else the person is told of (the log
        has the details), and those rows stay without a picture instead of being tried again at every paint."""
        self._thumbnails_made(dict.fromkeys(batch, b""))
        if not isinstance(exc, tasks.Cancelled):
            error_hook.show(type(exc))

    def _thumbnails_made(self, made: dict) -> None:
        self._thumbnailing = None
        for attachment_id, png in made.items():
            pixmap = QPixmap()
            if png:
                pixmap.loadFromData(png)
            self.model.pixmaps[attachment_id] = pixmap
            for r, row in enumerate(self.model.rows):
                if row["id"] == attachment_id:
                    self.model.dataChanged.emit(self.model.index(r, 0), self.model.index(r, 0))
        if self.model.wanted and not self.session.closed:
            self._timer.start()

    # --- adding -----------------------------------------------------------------------------

    def add_from_dialog(self) -> int:
        path = dialogs.ask_open_path(self, self.tr("Attach a scan, photo or PDF"), "",
                                     self.tr("Scans, photos and PDFs (*.pdf *.jpg *.jpeg *.png *.tif *.tiff *.bmp "
                                             "*.gif *.webp);;All files (*)"))
        if not path:
            return 0
        return self.add_files([Path(path)])

    def add_files(self, paths: list[Path], values: dict | None = None) -> int:
        """Ask for title, kind and date, then store each file; returns how many were added."""
        paths = [p for p in paths if p.is_file()]
        if not paths or not self.can_add:
            return 0
        dialog = AttachDialog(paths, self.kinds, self)
        if values:
            dialog.set_values(values)
        if not self.exec_dialog(dialog, {"kind": "attach", "paths": [str(p) for p in paths]}):
            return 0
        details = dialog.values()

        def work(job):
            added, problems = 0, []
            for n, path in enumerate(paths):
                job.progress(n, len(paths), path.name)
                try:
                    casefile.add_attachment_file(job.session, self.resident_id, path,
                                                 title=details["title"] if len(paths) == 1 else path.stem,
                                                 kind=details["kind"], date=details["date"])
                    added += 1
                except ShelterError as exc:
                    problems.append(f"{path.name}: {exc.localized()}")
            return added, problems

        try:
            added, problems = tasks.run(self, work, session=self.session, label=self.tr("Attaching…"))
        except tasks.Cancelled:
            added, problems = 0, []
        set_error(self.message, "\n".join(problems))
        self.refresh()
        if added:
            self.changed.emit()
        return added

    # --- unsaved work: the attach dialog's typing, kept across auto-lock ---------------------

    def reopen_dialog(self, reopen: dict, values: dict) -> None:
        if not self.session.closed:
            self.add_files([Path(p) for p in reopen.get("paths", [])], values)

    def dragEnterEvent(self, event) -> None:
        if self.can_add and event.mimeData().hasUrls() and any(u.isLocalFile() for u in event.mimeData().urls()):
            event.acceptProposedAction()
        else:
            event.ignore()

    def dragMoveEvent(self, event) -> None:
        self.dragEnterEvent(event)

    def dropEvent(self, event) -> None:
        paths = [Path(u.toLocalFile()) for u in event.mimeData().urls() if u.isLocalFile()]
        if not paths:
            event.ignore()
            return
        event.acceptProposedAction()
        # After the drop has returned: the dialog must not run inside the drag.
        QTimer.singleShot(0, lambda: self.add_files(paths))

    # --- viewing and saving ---------------------------------------------------------------------

    def view_current(self):
        row = self.current()
        if row is None:
            return None
        try:
            attachment, data = tasks.run(self, lambda job: casefile.open_attachment(job.session, row["id"]),
                                         session=self.session, label=self.tr("Opening…"))
        except ShelterError as exc:
            dialogs.show_error(self, exc)
            return None
        self.viewer = AttachmentViewer(self.session, attachment, data, self)
        self.viewer.setAttribute(Qt.WA_DeleteOnClose)
        self.viewer.open()
        return self.viewer

    def save_current(self) -> str | None:
        row = self.current()
        return save_copy(self, self.session, row) if row else None

    def delete_current(self) -> bool:
        row = self.current()
        if row is None:
            return False
        if not dialogs.confirm(self, self.tr("Delete the attachment “{title}”? Its file is removed from the "
                                             "database.").format(title=row["title"]),
                               yes=self.tr("Delete"), no=self.tr("Cancel")):
            return False
        try:
            casefile.delete_attachment(self.session, row["id"])
        except ShelterError as exc:
            dialogs.show_error(self, exc)
            return False
        self.refresh()
        self.changed.emit()
        return True
