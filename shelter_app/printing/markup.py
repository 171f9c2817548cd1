"""Text typed by users goes into reportlab Paragraphs, which read a small
markup language (<img src=…> would read a file from disk, <font> changes
style). Everything a user typed is escaped so that it prints literally."""

from __future__ import annotations

from xml.sax.saxutils import escape


def text(value) -> str:
    """User text as Paragraph markup: printed literally, line breaks kept."""
    if value is None:
        return ""
    escaped = escape(str(value))
    return escaped.replace("\r\n", "\n").replace("\n", "<br/>")
