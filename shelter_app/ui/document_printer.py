"""Printing a document (printing/common.py) through the system print dialog.

The printer gets pages painted by Qt from the document's HTML: no PDF or any
other file is written on the way (security.md: "Printing goes to the printer
without leaving a file behind"). Each page carries the organisation, the
section's reference, the footer and "page X of Y" of its section, as the PDF
does."""

from __future__ import annotations

from functools import lru_cache

from PySide6.QtCore import QMarginsF, QRectF, QSizeF, Qt
from PySide6.QtGui import QFont, QFontDatabase, QPageLayout, QPainter, QTextDocument
from PySide6.QtPrintSupport import QPrintDialog, QPrinter
from PySide6.QtWidgets import QDialog

from shelter_app.printing.common import Document, Section, Table, section_html, table_html, version_mark


@lru_cache(maxsize=1)
def font_family() -> str:
    """PT Sans, as in the PDF: it has every Kyrgyz letter on any PC."""
    try:
        import fontpkg_pt_sans

        files = fontpkg_pt_sans.ROOT / "files"
        family = ""
        for name in ("PT_Sans-Web-Regular.ttf", "PT_Sans-Web-Bold.ttf", "PT_Sans-Web-Italic.ttf",
                     "PT_Sans-Web-BoldItalic.ttf"):
            font_id = QFontDatabase.addApplicationFont(str(files / name))
            families = QFontDatabase.applicationFontFamilies(font_id) if font_id >= 0 else []
            family = family or (families[0] if families else "")
        return family or "Sans Serif"
    except ImportError:
        return "Sans Serif"


def ask_printer(parent, title: str) -> QPrinter | None:
    """The system print dialog; None when cancelled. Tests replace this function."""
    printer = QPrinter(QPrinter.HighResolution)
    dialog = QPrintDialog(printer, parent)
    dialog.setWindowTitle(title)
    if dialog.exec() != QDialog.Accepted:
        return None
    return printer


ROWS_PER_PIECE = 10  # table rows laid out in one go: each Qt call stays short (see print_document)


class _Piece:
    """A part of a section laid out on its own: a block, a table's header, or
    a few rows of a table. Qt lays a document out and paints it without
    letting another thread run Python, so a whole section in one document (a
    table of 2,000 services) held the window still for seconds; pieces keep
    each call short, and the pages are filled with them here."""

    def __init__(self, html: str, family: str, width: float, device, head: "_Piece | None" = None,
                 gap: float = 0.0):
        doc = QTextDocument()
        doc.documentLayout().setPaintDevice(device)
        font = QFont(family)
        font.setPointSizeF(9.5)
        doc.setDefaultFont(font)
        doc.setDocumentMargin(0)
        doc.setTextWidth(width)
        doc.setHtml(html)
        self.doc = doc
        self.height = doc.size().height()
        self.head = head  # the table's header, repeated when its rows go on over a page
        self.gap = gap  # space above, unless it starts a page
        self.join = 0.0  # how far it goes up over the piece above it, of the same table (see _join)


def _join(block: Table, family: str, width: float, device) -> float:
    """How far a piece of a table's rows is drawn up over the piece above it
    (the header, or the rows before): each piece is a table of its own, with
    its outer border and the space around it, and drawn one under the other
    they showed a double line with a gap every few rows. The rows under the
    header: two pieces of one row each are taller than one piece of both rows
    by exactly that much (their borders and the space around them), so the
    top border of the second falls on the bottom border of the first."""
    one = [["x"] * len(block.columns)]

    def height(rows) -> float:
        return _Piece(table_html(block, rows, header=False), family, width, device).height

    return max(0.0, 2 * height(one) - height(one + one))


def _pieces(section, family: str, width: float, device, line: float):
    """The section's pieces, one at a time, each laid out as it comes."""
    first = True
    for block in section.blocks:
        if isinstance(block, Table) and block.rows:
            head = _Piece(table_html(block, []), family, width, device, gap=line * 0.4)
            yield head
            join = _join(block, family, width, device)
            for start in range(0, len(block.rows), ROWS_PER_PIECE):
                piece = _Piece(table_html(block, block.rows[start:start + ROWS_PER_PIECE], header=False),
                               family, width, device, head=head)
                piece.join = join
                yield piece
        else:
            yield _Piece(section_html(Section(section.reference, [block])), family, width, device,
                         gap=0.0 if first else line * 0.4)
        first = False


def _pages(pieces: list[_Piece], height: float) -> list[list[tuple[_Piece, float, float]]]:
    """The section's pages: on each, (piece, y on the page, y in the piece).
    A piece taller than a page (a very long note) gets pages of its own, cut
    between lines by Qt's own pagination."""
    pages: list[list[tuple[_Piece, float, float]]] = [[]]
    y = 0.0
    for piece in pieces:
        if piece.height > height:
            piece.doc.setPageSize(QSizeF(piece.doc.textWidth(), height))
            count = max(1, piece.doc.pageCount())
            if y > 0:
                pages.append([])
            for number in range(count):
                if number:
                    pages.append([])
                pages[-1].append((piece, 0.0, number * height))
            piece.height = count * height
            pages.append([])
            y = 0.0
            continue
        gap = piece.gap if y > 0 else 0.0
        if piece.head is not None and y > 0:  # rows under their header, or under the rows before
            gap = -piece.join
        if y > 0 and y + gap + piece.height > height:
            pages.append([])
            y, gap = 0.0, 0.0
            if piece.head is not None:  # the rows go on under their header
                pages[-1].append((piece.head, 0.0, 0.0))
                y, gap = piece.head.height, -piece.join
        pages[-1].append((piece, y + gap, 0.0))
        y += gap + piece.height
    return [page for page in pages if page] or [[]]


def print_document(document: Document, printer: QPrinter, progress=None) -> int:
    """Paint every section on the printer; returns the number of pages.
    progress(pages so far) after each page."""
    steps = print_steps(document, printer)
    while True:
        try:
            pages = next(steps)
        except StopIteration as done:
            return done.value
        if progress is not None and pages:
            progress(pages)


def print_steps(document: Document, printer: QPrinter):
    """print_document in small steps (a generator): each step lays out one
    piece of a section (see _Piece) or paints one page, a few milliseconds at
    most, and yields the number of pages printed so far; it returns the
    number of pages. ui/tasks.run_print runs the steps on the GUI thread with
    the event loop going between them: Qt's text layout holds the interpreter
    for its whole duration, and in a worker thread it held the window still."""
    printer.setPageMargins(QMarginsF(18, 18, 18, 18), QPageLayout.Millimeter)
    printer.setDocName(document.title)
    painter = QPainter()
    if not painter.begin(printer):
        from shelter_app.errors import ShelterError

        raise ShelterError("The printer could not be started.")
    total = 0
    try:
        family = font_family()
        page = printer.pageLayout().paintRectPixels(printer.resolution())
        width, height = float(page.width()), float(page.height())
        dpi = printer.resolution()
        small = QFont(family)
        small.setPointSizeF(8)
        band = dpi * 0.22  # header and footer bands, about 5.5 mm each
        body = QRectF(0, band * 1.4, width, height - band * 2.8)
        line = dpi * 9.5 / 72 * 1.3
        for section in document.sections:
            pieces = []
            for piece in _pieces(section, family, body.width(), printer, line):
                pieces.append(piece)
                yield total
            pages = _pages(pieces, body.height())
            for number, placed in enumerate(pages):
                if total:
                    printer.newPage()
                total += 1
                painter.save()
                painter.setFont(small)
                painter.drawText(QRectF(0, 0, width, band), Qt.AlignLeft | Qt.AlignVCenter, document.organisation)
                painter.drawText(QRectF(0, 0, width, band), Qt.AlignRight | Qt.AlignVCenter, section.reference)
                painter.drawLine(0, int(band * 1.1), int(width), int(band * 1.1))
                foot = QRectF(0, height - band, width, band)
                painter.drawLine(0, int(height - band * 1.1), int(width), int(height - band * 1.1))
                painter.drawText(foot, Qt.AlignLeft | Qt.AlignVCenter, document.footer)
                painter.drawText(foot, Qt.AlignRight | Qt.AlignVCenter, version_mark() + "  ·  "
                                 + document.page_label.format(page=number + 1, pages=len(pages)))
                painter.restore()
                for piece, y, offset in placed:
                    painter.save()
                    painter.translate(body.left(), body.top() + y - offset)
                    piece.doc.drawContents(painter, QRectF(0, offset, body.width(),
                                                           min(piece.height - offset, body.height() - y)))
                    painter.restore()
                yield total
    finally:
        painter.end()
    return total
