"""Printing a document (printing/common.py) through the system print dialog.

The printer gets pages painted by Qt from the document's HTML: no PDF or any
other file is written on the way (security.md: "Printing goes to the printer
without leaving a file behind"). Each page carries the organisation, the
section's reference, the footer and "page X of Y" of its section, as the PDF
does."""

from __future__ import annotations

from functools import lru_cache

from PySide6.QtCore import QMarginsF, QRectF, Qt
from PySide6.QtGui import QFont, QFontDatabase, QPageLayout, QPainter, QTextDocument
from PySide6.QtPrintSupport import QPrintDialog, QPrinter
from PySide6.QtWidgets import QDialog

from shelter_app.printing.common import Document, section_html, version_mark


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


def print_document(document: Document, printer: QPrinter, progress=None) -> int:
    """Paint every section on the printer; returns the number of pages.
    progress(pages so far) after each page (ui/tasks.run_print runs this in a
    worker thread: QPainter on a QPrinter and QTextDocument are allowed there)."""
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
        for index, section in enumerate(document.sections):
            doc = QTextDocument()
            doc.documentLayout().setPaintDevice(printer)
            font = QFont(family)
            font.setPointSizeF(9.5)
            doc.setDefaultFont(font)
            doc.setDocumentMargin(0)
            doc.setHtml(section_html(section))
            doc.setPageSize(body.size())
            pages = max(1, doc.pageCount())
            for number in range(pages):
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
                                 + document.page_label.format(page=number + 1, pages=pages))
                painter.translate(body.left(), body.top() - number * body.height())
                doc.drawContents(painter, QRectF(0, number * body.height(), body.width(), body.height()))
                painter.restore()
                if progress is not None:
                    progress(total)
            del index
    finally:
        painter.end()
    return total
