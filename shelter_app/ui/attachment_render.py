"""Images and PDFs of the case file drawn in memory: a scan is decoded from
the bytes the database gave, a PDF page rendered by pdfium (pypdfium2) from
the same bytes. Nothing is written to a file, temporary or not."""

from __future__ import annotations

import threading

from PySide6.QtCore import QBuffer, QByteArray, QIODevice, Qt
from PySide6.QtGui import QImage

THUMBNAIL = 96
# pdfium is not thread-safe: thumbnails are made in a worker while the viewer draws on the GUI thread.
PDFIUM = threading.RLock()


class CannotShow(Exception):
    """The bytes are not an image or PDF that can be drawn (damaged or another kind of file)."""


def load_image(data: bytes) -> QImage:
    image = QImage()
    if not image.loadFromData(data):
        raise CannotShow()
    return image


def pdf_document(data: bytes):
    import pypdfium2 as pdfium

    try:
        with PDFIUM:
            return pdfium.PdfDocument(data)
    except Exception as exc:  # pdfium's errors for a damaged or encrypted file
        raise CannotShow() from exc


def page_count(document) -> int:
    with PDFIUM:
        return len(document)


def close(document) -> None:
    with PDFIUM:
        document.close()


def render_pdf_page(document, index: int, width: int) -> QImage:
    """Page `index` scaled to `width` pixels."""
    with PDFIUM:
        return _render(document, index, width)


def _render(document, index: int, width: int) -> QImage:
    page = document[index]
    try:
        points = page.get_width() or 595
        bitmap = page.render(scale=max(0.05, width / points), rev_byteorder=True)
        channels = bitmap.n_channels
        fmt = {3: QImage.Format_RGB888, 4: QImage.Format_RGBA8888}.get(channels)
        if fmt is None:
            raise CannotShow()
        raw = bytes(bitmap.buffer)
        image = QImage(raw, bitmap.width, bitmap.height, bitmap.stride, fmt).copy()
        bitmap.close()
        return image
    finally:
        page.close()


def to_png(image: QImage) -> bytes:
    array = QByteArray()
    buffer = QBuffer(array)
    buffer.open(QIODevice.WriteOnly)
    image.save(buffer, "PNG")
    buffer.close()
    return bytes(array.data())


def thumbnail(media_type: str, data: bytes, size: int = THUMBNAIL) -> tuple[bytes, int | None]:
    """(PNG of a small picture, number of pages for a PDF)."""
    if media_type == "application/pdf":
        document = pdf_document(data)
        try:
            pages = page_count(document)
            image = render_pdf_page(document, 0, size)
        finally:
            close(document)
    elif media_type.startswith("image/"):
        image = load_image(data)
        pages = None
    else:
        raise CannotShow()
    image = image.scaled(size, size, Qt.KeepAspectRatio, Qt.SmoothTransformation)
    return to_png(image), pages
