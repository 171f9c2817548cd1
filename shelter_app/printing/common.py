"""Printed documents, described once and rendered twice: to a PDF with
reportlab (Save as PDF, the command line), and to HTML that the screens hand
to the system print dialog (no file on disk).

A document is a list of sections (one per resident in a batch); each section
is a list of blocks: Approval, Heading, Fields, Text, Note, Table, Signatures. Every
string in a block is plain text — translated labels and what users typed
alike — and is escaped by the renderer, so `<img src=…>`, `<font …>` or `&`
print literally and nothing is fetched or read from disk.

Each page carries the organisation (top left), the section's reference, e.g.
a case number (top right), a footer line and "page X of Y" counted within
the section. Long tables are cut into chunks, each repeating its header:
reportlab measures every remaining row of a table again on each page it
splits, which gets slow when one table runs over many pages."""

from __future__ import annotations

import contextlib
import html
import io
import threading
from dataclasses import dataclass, field

from shelter_app.printing import markup

CHUNK_ROWS = 12


# --- the document model ---------------------------------------------------------

@dataclass
class Heading:
    text: str
    level: int = 1


@dataclass
class Fields:
    """Label: value lines, e.g. the resident and the plan's version."""
    rows: list[tuple[str, str]]


@dataclass
class Text:
    text: str
    italic: bool = False


@dataclass
class Note:
    """A framed warning, e.g. "DRAFT — not approved"."""
    text: str


@dataclass
class Cell:
    """A cell in parts: (text, style) with style "bold", "normal" or "small"."""
    parts: list[tuple[str, str]]


@dataclass
class Group:
    """A row spanning the whole table, e.g. the area a group of goals belongs to."""
    text: str


@dataclass
class Table:
    columns: list[tuple[str, float]]  # header text, relative width
    rows: list  # each a list of str | Cell, or a Group
    empty: str = ""  # printed instead of the table when there are no rows


@dataclass
class Signatures:
    """Blocks to sign: one per signer, with lines for name, signature and date."""
    signers: list[tuple[str, str]]  # (role, name already known or "")
    name_label: str
    signature_label: str
    date_label: str


@dataclass
class Approval:
    """The approval block of Russian and Kyrgyz official documents («УТВЕРЖДАЮ»),
    at the top right of the first page: who approves, their signature, the
    date and the place for the stamp."""
    title: str  # «УТВЕРЖДАЮ»
    lines: list[str]  # e.g. the director's post and organisation
    name: str  # the director's full name, or "" for a line to write it on
    date: str  # the approval date, or "" for «___» ________ 20__
    stamp_label: str  # «М. П.»


@dataclass
class Section:
    reference: str  # top right of each page, e.g. the case number
    blocks: list = field(default_factory=list)


@dataclass
class Document:
    title: str  # the PDF's title metadata
    organisation: str  # top left of each page
    footer: str  # bottom left, e.g. "Printed 27.11.2026"
    page_label: str  # translated "Page {page} of {pages}"
    sections: list[Section] = field(default_factory=list)
    author: str = ""


# --- PDF ------------------------------------------------------------------------

def _styles():
    from reportlab.lib import colors
    from reportlab.lib.styles import ParagraphStyle

    from shelter_app.printing import fonts

    regular = fonts.register()
    base = ParagraphStyle("body", fontName=regular, fontSize=10, leading=13, splitLongWords=True)
    return {
        "body": base,
        "italic": ParagraphStyle("italic", parent=base, fontName=fonts.ITALIC),
        "bold": ParagraphStyle("bold", parent=base, fontName=fonts.BOLD),
        "small": ParagraphStyle("small", parent=base, fontSize=9, leading=11.5),
        "cell": ParagraphStyle("cell", parent=base, fontSize=9, leading=11.5, splitLongWords=False),
        "cell_bold": ParagraphStyle("cell_bold", parent=base, fontName=fonts.BOLD, fontSize=9, leading=11.5,
                                    splitLongWords=False),
        "head": ParagraphStyle("head", parent=base, fontName=fonts.BOLD, fontSize=9, leading=11.5,
                               splitLongWords=False),
        "label": ParagraphStyle("label", parent=base, textColor=colors.HexColor("#444444")),
        "h1": ParagraphStyle("h1", parent=base, fontName=fonts.BOLD, fontSize=15, leading=19, spaceAfter=6),
        "h2": ParagraphStyle("h2", parent=base, fontName=fonts.BOLD, fontSize=12, leading=15, spaceBefore=10,
                             spaceAfter=4),
        "note": ParagraphStyle("note", parent=base, fontName=fonts.BOLD, fontSize=11, leading=14,
                               textColor=colors.HexColor("#9a1c1c")),
    }


def _p(text: str, style):
    from reportlab.platypus import Paragraph

    return Paragraph(markup.text(text), style)


def _cell(value, st):
    if isinstance(value, Cell):
        style_of = {"bold": st["cell_bold"], "small": st["small"], "normal": st["cell"]}
        return [_p(text, style_of.get(kind, st["cell"])) for text, kind in value.parts if text]
    return _p("" if value is None else str(value), st["cell"])


def _cell_texts(value) -> list[tuple[str, str]]:
    if isinstance(value, Cell):
        return [(text, kind) for text, kind in value.parts if text]
    return [("" if value is None else str(value), "normal")]


def _fitting_widths(block: Table, width: float, st) -> tuple[list[float], dict]:
    """Column widths in which no word has to be cut: each column at least as
    wide as its longest word (header and cells), the rest shared by the
    relative widths. When the words cannot all fit, the table's type gets
    smaller, down to 7 pt."""
    from reportlab.lib.styles import ParagraphStyle
    from reportlab.pdfbase.pdfmetrics import stringWidth

    total = sum(w for _, w in block.columns)
    wanted = [width * w / total for _, w in block.columns]
    padding = 6 + 1
    for size in (9, 8, 7.5, 7):
        styles = dict(st)
        if size != 9:
            for name in ("cell", "cell_bold", "head", "small"):
                styles[name] = ParagraphStyle(name + "_fit", parent=st[name], fontSize=size if name != "small"
                                              else size - 0.5, leading=size + 2.5)
        font_of = {"bold": styles["cell_bold"], "small": styles["small"], "normal": styles["cell"]}
        need = []
        for i, (title, _) in enumerate(block.columns):
            texts = [(title, styles["head"])]
            for row in block.rows:
                if not isinstance(row, Group) and i < len(row):
                    texts += [(t, font_of.get(k, styles["cell"])) for t, k in _cell_texts(row[i])]
            longest = max((stringWidth(word, style.fontName, style.fontSize)
                           for text, style in texts for word in text.split()), default=0)
            need.append(longest + padding)
        if sum(need) <= width:
            widths = [max(w, n) for w, n in zip(wanted, need)]
            excess = sum(widths) - width
            slack = [w - n for w, n in zip(widths, need)]
            if excess > 0 and sum(slack) > 0:
                widths = [w - excess * s / sum(slack) for w, s in zip(widths, slack)]
            return widths, styles
    return wanted, styles


def _table_flowables(block: Table, width: float, st) -> list:
    """One reportlab table per group of rows (a Group row and the rows under
    it), cut after CHUNK_ROWS rows; the group's name repeats when it runs onto
    the next page."""
    from reportlab.lib import colors
    from reportlab.platypus import Table as RLTable
    from reportlab.platypus import TableStyle

    if not block.rows:
        return [_p(block.empty, st["italic"])] if block.empty else []
    widths, st = _fitting_widths(block, width, st)
    header = [_p(title, st["head"]) for title, _ in block.columns]
    base = [
        ("GRID", (0, 0), (-1, -1), 0.5, colors.HexColor("#888888")),
        ("VALIGN", (0, 0), (-1, -1), "TOP"),
        ("LEFTPADDING", (0, 0), (-1, -1), 3), ("RIGHTPADDING", (0, 0), (-1, -1), 3),
        ("TOPPADDING", (0, 0), (-1, -1), 2), ("BOTTOMPADDING", (0, 0), (-1, -1), 3),
    ]
    groups: list[tuple[Group | None, list]] = []
    for row in block.rows:
        if isinstance(row, Group):
            groups.append((row, []))
        else:
            if not groups:
                groups.append((None, []))
            groups[-1][1].append(row)
    out: list = []
    for group, rows in groups:
        for start in range(0, max(1, len(rows)), CHUNK_ROWS):
            # The tables follow one another closely and read as one: the column
            # header comes first, and a group's name repeats on each new page.
            data, commands = [], list(base)
            if not out:
                data.append(header)
                commands.append(("BACKGROUND", (0, 0), (-1, 0), colors.HexColor("#e6e6e6")))
            if group is not None:
                n = len(data)
                data.append([_p(group.text, st["cell_bold"])] + [""] * (len(widths) - 1))
                commands += [("SPAN", (0, n), (-1, n)), ("BACKGROUND", (0, n), (-1, n), colors.HexColor("#f3f3f3"))]
            repeat = len(data)
            data += [[_cell(v, st) for v in row] for row in rows[start:start + CHUNK_ROWS]]
            out.append(RLTable(data, colWidths=widths, repeatRows=repeat, splitInRow=1, style=TableStyle(commands),
                               hAlign="LEFT"))
    return out


def _fields_flowable(block: Fields, width: float, st):
    from reportlab.platypus import Table as RLTable
    from reportlab.platypus import TableStyle

    data = [[_p(label, st["label"]), _p(value, st["body"])] for label, value in block.rows]
    return RLTable(data, colWidths=[width * 0.3, width * 0.7], hAlign="LEFT", splitInRow=1, style=TableStyle([
        ("VALIGN", (0, 0), (-1, -1), "TOP"), ("LEFTPADDING", (0, 0), (-1, -1), 0),
        ("TOPPADDING", (0, 0), (-1, -1), 1), ("BOTTOMPADDING", (0, 0), (-1, -1), 1)]))


def _signatures_flowable(block: Signatures, width: float, st):
    from reportlab.platypus import Spacer
    from reportlab.platypus import Table as RLTable
    from reportlab.platypus import TableStyle

    n = max(1, len(block.signers))
    col = width / n
    line = "_" * 26
    cells = []
    for role, name in block.signers:
        cells.append([
            _p(role, st["bold"]), Spacer(1, 4),
            _p(block.name_label + ": " + (name or line), st["small"]), Spacer(1, 14),
            _p(block.signature_label + ": " + line, st["small"]), Spacer(1, 14),
            _p(block.date_label + ": " + line, st["small"]),
        ])
    table = RLTable([cells], colWidths=[col] * n, hAlign="LEFT", style=TableStyle([
        ("VALIGN", (0, 0), (-1, -1), "TOP"), ("LEFTPADDING", (0, 0), (-1, -1), 0),
        ("RIGHTPADDING", (0, 0), (-1, -1), 8)]))
    return [Spacer(1, 16), table]


def _approval_flowable(block: Approval, width: float, st):
    from reportlab.platypus import Spacer
    from reportlab.platypus import Table as RLTable
    from reportlab.platypus import TableStyle

    box = width * 0.46
    cells = [[_p(block.title, st["bold"])]]
    cells += [[_p(line, st["body"])] for line in block.lines if line]
    cells.append([Spacer(1, 8)])
    cells.append([_p("_" * 16 + " " + (block.name or "_" * 18), st["body"])])
    cells.append([_p(block.date or "«____» ______________ 20____", st["body"])])
    cells.append([_p(block.stamp_label, st["small"])])
    table = RLTable(cells, colWidths=[box], hAlign="RIGHT", style=TableStyle([
        ("LEFTPADDING", (0, 0), (-1, -1), 0), ("TOPPADDING", (0, 0), (-1, -1), 1),
        ("BOTTOMPADDING", (0, 0), (-1, -1), 1)]))
    return [table, Spacer(1, 10)]


def _note_flowable(block: Note, width: float, st):
    from reportlab.lib import colors
    from reportlab.platypus import Table as RLTable
    from reportlab.platypus import TableStyle

    return RLTable([[_p(block.text, st["note"])]], colWidths=[width], hAlign="LEFT", style=TableStyle([
        ("BOX", (0, 0), (-1, -1), 1, colors.HexColor("#9a1c1c")), ("TOPPADDING", (0, 0), (-1, -1), 4),
        ("BOTTOMPADDING", (0, 0), (-1, -1), 5)]))


def flowables(blocks: list, width: float) -> list:
    """reportlab flowables of a section's blocks (for documents laid out elsewhere)."""
    from reportlab.platypus import CondPageBreak, KeepTogether, Spacer

    st = _styles()
    out: list = []
    last_heading = -1
    for block in blocks:
        if isinstance(block, Heading):
            if block.level > 1:
                out.append(CondPageBreak(80))  # no heading alone at the foot of a page
            out.append(_p(block.text, st["h1"] if block.level == 1 else st["h2"]))
            last_heading = len(out) - 1
        elif isinstance(block, Fields):
            out.append(_fields_flowable(block, width, st))
        elif isinstance(block, Text):
            out.append(_p(block.text, st["italic"] if block.italic else st["body"]))
        elif isinstance(block, Note):
            out += [_note_flowable(block, width, st), Spacer(1, 6)]
        elif isinstance(block, Table):
            out += _table_flowables(block, width, st)
        elif isinstance(block, Signatures):
            # Never alone on a page: the end of the content (the last table chunk,
            # with its heading when that is just above) comes with the signatures.
            keep = [out.pop()] if out and not isinstance(out[-1], CondPageBreak) else []
            if len(out) >= 2 and isinstance(out[-2], CondPageBreak) and last_heading == len(out) - 1:
                keep = out[-2:] + keep
                del out[-2:]
            out.append(KeepTogether(keep + _signatures_flowable(block, width, st)))
        elif isinstance(block, Approval):
            out += _approval_flowable(block, width, st)
        else:
            raise TypeError(type(block).__name__)
    return out


def version_mark() -> str:
    """In every page's footer: which release printed it (the version of pyproject.toml)."""
    from shelter_app import DISTRIBUTION, __version__

    return f"{DISTRIBUTION} {__version__}"


def _canvas_class(document: Document):
    from reportlab.lib import colors
    from reportlab.pdfgen.canvas import Canvas

    from shelter_app.printing import fonts

    class SectionCanvas(Canvas):
        """Draws headers and footers once every page is known, so each page
        can say "page X of Y" of its own section."""

        def __init__(self, *args, **kwargs):
            super().__init__(*args, **kwargs)
            self._saved_pages: list[tuple[dict, int]] = []
            self.section_index = 0

        def showPage(self):
            self._saved_pages.append((dict(self.__dict__), self.section_index))
            self._startPage()

        def save(self):
            totals: dict[int, int] = {}
            for _, index in self._saved_pages:
                totals[index] = totals.get(index, 0) + 1
            seen: dict[int, int] = {}
            for state, index in self._saved_pages:
                self.__dict__.update(state)
                seen[index] = seen.get(index, 0) + 1
                self._decorate(index, seen[index], totals[index])
                Canvas.showPage(self)
            Canvas.save(self)

        def _decorate(self, index: int, page: int, pages: int) -> None:
            width, height = self._pagesize
            left, right = 18 * 2.8346, width - 18 * 2.8346
            section = document.sections[index] if index < len(document.sections) else None
            self.saveState()
            self.setFont(fonts.REGULAR, 8)
            self.setFillColor(colors.HexColor("#444444"))
            self.drawString(left, height - 12 * 2.8346, document.organisation)
            if section is not None:
                self.drawRightString(right, height - 12 * 2.8346, section.reference)
            self.setStrokeColor(colors.HexColor("#aaaaaa"))
            self.setLineWidth(0.5)
            self.line(left, height - 13.5 * 2.8346, right, height - 13.5 * 2.8346)
            self.line(left, 13.5 * 2.8346, right, 13.5 * 2.8346)
            self.drawString(left, 10 * 2.8346, document.footer)
            self.drawRightString(right, 10 * 2.8346, version_mark() + "  ·  "
                                 + document.page_label.format(page=page, pages=pages))
            self.restoreState()

    return SectionCanvas


_reporter = threading.local()


@contextlib.contextmanager
def reporting(callback):
    """While the block runs on this thread, render_pdf tells callback(done,
    total, page) how far it is (paragraphs and tables laid out of all, the
    page reached). The callback may raise to stop: nothing is written then,
    as the PDF is built in memory first."""
    previous = getattr(_reporter, "callback", None)
    _reporter.callback = callback
    try:
        yield
    finally:
        _reporter.callback = previous


def _progress_hook():
    callback = getattr(_reporter, "callback", None)
    if callback is None:
        return None
    state = {"total": 0, "page": 0}

    def hook(kind, value):
        if kind == "SIZE_EST":
            state["total"] = int(value)
        elif kind == "PAGE":
            state["page"] = int(value)
        elif kind == "PROGRESS":
            callback(int(value), state["total"], state["page"])

    return hook


_renderer = threading.local()


@contextlib.contextmanager
def rendering(renderer):
    """While the block runs on this thread, render_pdf hands each document to
    renderer(document) -> bytes instead of rendering it here (the screens
    render in a child process: printing/elsewhere.py)."""
    previous = getattr(_renderer, "renderer", None)
    _renderer.renderer = renderer
    try:
        yield
    finally:
        _renderer.renderer = previous


def render_pdf(document: Document) -> bytes:
    """The document as PDF bytes, in memory: nothing is written to disk."""
    renderer = getattr(_renderer, "renderer", None)
    if renderer is not None:
        return renderer(document)
    return render_here(document)


def render_here(document: Document) -> bytes:
    """render_pdf in this thread, whatever renderer is set."""
    from reportlab.lib.pagesizes import A4
    from reportlab.lib.units import mm
    from reportlab.platypus import ActionFlowable, BaseDocTemplate, Frame, PageBreak, PageTemplate

    from shelter_app.printing import fonts

    fonts.register()

    class StartSection(ActionFlowable):
        def __init__(self, index: int):
            super().__init__()
            self.index = index

        def apply(self, doc):
            doc.canv.section_index = self.index

    buffer = io.BytesIO()
    doc = BaseDocTemplate(buffer, pagesize=A4, leftMargin=18 * mm, rightMargin=18 * mm, topMargin=18 * mm,
                          bottomMargin=18 * mm, title=document.title, author=document.author,
                          creator=version_mark(), invariant=False)
    frame = Frame(doc.leftMargin, doc.bottomMargin, doc.width, doc.height, id="body", leftPadding=0,
                  rightPadding=0, topPadding=0, bottomPadding=0)
    doc.addPageTemplates([PageTemplate(id="page", frames=[frame])])
    story: list = []
    for index, section in enumerate(document.sections):
        if index:
            story.append(PageBreak())
        story.append(StartSection(index))
        story += flowables(section.blocks, doc.width)
    if not story:
        story.append(StartSection(0))
    hook = _progress_hook()
    if hook is not None:
        doc.setProgressCallBack(hook)
    doc.build(story, canvasmaker=_canvas_class(document))
    return buffer.getvalue()


# --- HTML, for the system print dialog -------------------------------------------

def _h(text) -> str:
    return html.escape("" if text is None else str(text)).replace("\n", "<br>")


def _html_cell(value) -> str:
    if isinstance(value, Cell):
        out = []
        for text, kind in value.parts:
            if not text:
                continue
            if kind == "bold":
                out.append(f"<b>{_h(text)}</b>")
            elif kind == "small":
                out.append(f'<span style="font-size:8pt">{_h(text)}</span>')
            else:
                out.append(_h(text))
        return "<br>".join(out)
    return _h(value)


def table_html(block: Table, rows: list, *, header: bool = True) -> str:
    """A table block (or some of its rows, or only its header: rows=[]) as
    HTML for QTextDocument; every text escaped. The column widths are the
    same whichever rows are given, so pieces of one table line up."""
    total = sum(w for _, w in block.columns) or 1
    widths = [f'{100 * w / total:.1f}%' for _, w in block.columns]
    head = ""
    if header:
        head = "<thead><tr>" + "".join(f'<th width="{width}" bgcolor="#e6e6e6" align="left">{_h(t)}</th>'
                                       for (t, _), width in zip(block.columns, widths)) + "</tr></thead>"
    lines = []
    for row in rows:
        if isinstance(row, Group):
            lines.append(f'<tr><td colspan="{len(block.columns)}" bgcolor="#f3f3f3"><b>{_h(row.text)}</b></td></tr>')
        elif not header:
            lines.append("<tr>" + "".join(f'<td width="{width}">{_html_cell(v)}</td>' for v, width in zip(row, widths))
                         + "</tr>")
        else:
            lines.append("<tr>" + "".join(f"<td>{_html_cell(v)}</td>" for v in row) + "</tr>")
    return ('<table border="1" cellspacing="0" cellpadding="3" width="100%" style="border-collapse:collapse">'
            f'{head}{"".join(lines)}</table>')


def section_html(section: Section) -> str:
    """One section as HTML for QTextDocument; every text escaped."""
    parts = []
    for block in section.blocks:
        if isinstance(block, Heading):
            tag = "h1" if block.level == 1 else "h2"
            size = "15pt" if block.level == 1 else "12pt"
            parts.append(f'<{tag} style="font-size:{size}">{_h(block.text)}</{tag}>')
        elif isinstance(block, Fields):
            lines = "".join(f'<tr><td width="30%" style="color:#444">{_h(k)}</td><td>{_h(v)}</td></tr>'
                            for k, v in block.rows)
            parts.append(f'<table cellpadding="1" width="100%">{lines}</table>')
        elif isinstance(block, Text):
            text = _h(block.text)
            parts.append(f"<p><i>{text}</i></p>" if block.italic else f"<p>{text}</p>")
        elif isinstance(block, Note):
            parts.append(f'<p style="color:#9a1c1c; font-weight:bold">{_h(block.text)}</p>')
        elif isinstance(block, Table):
            if not block.rows:
                if block.empty:
                    parts.append(f"<p><i>{_h(block.empty)}</i></p>")
                continue
            parts.append(table_html(block, block.rows))
        elif isinstance(block, Approval):
            lines = "".join(f"{_h(line)}<br>" for line in block.lines if line)
            name = _h(block.name) if block.name else "_" * 18
            date = _h(block.date) if block.date else "«____» ______________ 20____"
            parts.append(f'<table align="right" width="46%" cellpadding="1"><tr><td><b>{_h(block.title)}</b><br>'
                         f'{lines}<br>{"_" * 16} {name}<br>{date}<br>'
                         f'<span style="font-size:8pt">{_h(block.stamp_label)}</span></td></tr></table>'
                         '<br clear="all">')
        elif isinstance(block, Signatures):
            line = "_" * 22
            cells = "".join(
                f'<td valign="top"><b>{_h(role)}</b><br><br>{_h(block.name_label)}: {_h(name) if name else line}'
                f"<br><br>{_h(block.signature_label)}: {line}<br><br>{_h(block.date_label)}: {line}</td>"
                for role, name in block.signers)
            parts.append(f'<br><table width="100%" cellpadding="4"><tr>{cells}</tr></table>')
    return "\n".join(parts)
