"""The return printed for signature: organisation, period, threshold, date,
every table with `x` where a cell is not published, a chart of the persons
assisted by form of exploitation and sex/age, and the director's signature
line — in the exporting person's language. reportlab is imported here only,
when a PDF is made."""

from __future__ import annotations

import datetime as _dt
import io

from shelter_app import codes
from shelter_app.i18n import translate
from shelter_app.printing import fonts
from shelter_app.printing.common import version_mark
from shelter_app.printing.markup import text as esc
from shelter_app.returns.model import StatisticalReturn
from shelter_app.returns.tables import TOTAL, UNIT_LABELS

# One colour per sex/age group, told apart in grey print too.
SERIES_COLOURS = ("#c0392b", "#2471a3", "#e59866", "#7fb3d5", "#7f8c8d")


def _tr(text: str, lang: str) -> str:
    return translate("Returns", text, lang)


def suppressed_mark(threshold: int | None = None) -> str:
    """One mark for every hidden cell: nothing tells a small count from a cell
    hidden to protect it, which may be large."""
    return "x"


def chart(ret: StatisticalReturn, lang: str, width: float, height: float):
    """Stacked bars of the persons assisted by form of exploitation and sex/age.
    Only published counts are drawn: a suppressed cell adds nothing."""
    from reportlab.graphics.charts.barcharts import HorizontalBarChart
    from reportlab.graphics.charts.legends import Legend
    from reportlab.graphics.shapes import Drawing, String
    from reportlab.lib import colors

    font = fonts.register()
    table = ret.table("assisted_by_exploitation")
    rows = list(table.spec.rows.codes)
    series = list(table.spec.columns.codes)
    data = [[table.value(r, c) or 0 for r in reversed(rows)] for c in series]
    drawing = Drawing(width, height)
    bars = HorizontalBarChart()
    bars.x, bars.y = 150, 30
    bars.width, bars.height = width - 290, height - 50
    bars.data = data
    bars.categoryAxis.style = "stacked"
    bars.categoryAxis.categoryNames = [codes.EXPLOITATION.label(r, lang) for r in reversed(rows)]
    bars.categoryAxis.labels.fontName = font
    bars.categoryAxis.labels.fontSize = 7
    bars.categoryAxis.labels.boxAnchor = "e"
    bars.valueAxis.labels.fontName = font
    bars.valueAxis.labels.fontSize = 7
    bars.valueAxis.valueMin = 0
    peak = max([sum(col) for col in zip(*data)] or [0])
    step = next(s for s in (1, 2, 5, 10, 20, 25, 50, 100, 200, 250, 500, 1000, 2000, 5000, 10**4, 10**5, 10**6)
                if peak <= 6 * s)
    bars.valueAxis.valueMax = max(step, -(-peak // step) * step)
    bars.valueAxis.valueStep = step
    bars.barWidth = 6
    for i, colour in enumerate(SERIES_COLOURS[:len(series)]):
        bars.bars[i].fillColor = colors.HexColor(colour)
        bars.bars[i].strokeColor = colors.white
    drawing.add(bars)
    legend = Legend()
    legend.x, legend.y = width - 120, height - 25
    legend.fontName = font
    legend.fontSize = 8
    legend.alignment = "right"
    legend.colorNamePairs = [(colors.HexColor(SERIES_COLOURS[i]), codes.SEX_AGE.label(c, lang))
                             for i, c in enumerate(series)]
    drawing.add(legend)
    note = hidden_note(table, lang)
    if note:
        drawing.add(String(bars.x, 4, note, fontName=font, fontSize=7.5, textAnchor="start"))
    return drawing


def hidden_note(table, lang: str) -> str:
    """How much of the total the chart leaves out: it draws published values only."""
    if not table.suppressed:
        return ""
    shown = sum(table.value(r, c) or 0 for r in table.spec.rows.codes for c in table.spec.columns.codes)
    total = table.value(TOTAL, TOTAL) if table.spec.row_totals and table.spec.column_totals else None
    if total is None:
        return translate("Returns", "Drawn from published cells only: {shown} persons; the total is not published.",
                         lang).format(shown=shown)
    return translate("Returns", "Drawn from published cells only: {shown} of {total} persons; {hidden} are in "
                     "hidden cells.", lang).format(shown=shown, total=total, hidden=total - shown)


def local_date_time(moment_iso: str) -> str:
    """dd.mm.yyyy HH:MM in the computer's time zone (the stored moment is UTC)."""
    moment = _dt.datetime.fromisoformat(moment_iso.replace("Z", "+00:00"))
    if moment.tzinfo is None:
        moment = moment.replace(tzinfo=_dt.timezone.utc)
    return moment.astimezone().strftime("%d.%m.%Y %H:%M")


def day(iso: str) -> str:
    return _dt.date.fromisoformat(str(iso)[:10]).strftime("%d.%m.%Y")


def column_widths(headers: list[str], font: str, size: float, available: float, padding: float = 6.0,
                  minimum: float = 34.0, maximum: float = 68.0) -> list[float] | None:
    """Widths at which every word of every header fits on a line (no word is
    broken inside a cell), or None when they cannot fit in `available`."""
    from reportlab.pdfbase.pdfmetrics import stringWidth

    widths = []
    for text in headers:
        longest = max([stringWidth(w, font, size) for w in text.split()] or [0])
        widths.append(max(minimum, longest + 2 * padding + 1))
    if sum(widths) > available:
        return None
    spare = available - sum(widths)
    grow = [max(0.0, maximum - w) for w in widths]
    if sum(grow) > 0:
        share = min(1.0, spare / sum(grow))
        widths = [w + g * share for w, g in zip(widths, grow)]
    return widths


def render(ret: StatisticalReturn, lang: str) -> bytes:
    from reportlab.lib import colors
    from reportlab.lib.pagesizes import A4, landscape
    from reportlab.lib.styles import ParagraphStyle
    from reportlab.lib.units import mm
    from reportlab.platypus import (CondPageBreak, KeepTogether, Paragraph, SimpleDocTemplate, Spacer,
                                    Table, TableStyle)

    font = fonts.register()
    bold = fonts.BOLD
    title_style = ParagraphStyle("title", fontName=bold, fontSize=15, leading=19, spaceAfter=4)
    h_style = ParagraphStyle("h", fontName=bold, fontSize=10.5, leading=13, spaceBefore=8, spaceAfter=3)
    body = ParagraphStyle("body", fontName=font, fontSize=9, leading=12)
    small = ParagraphStyle("small", fontName=font, fontSize=8, leading=10, textColor=colors.HexColor("#444444"))
    # splitLongWords off: a word is never cut inside a cell; the widths below make room for it.
    cell_style = ParagraphStyle("cell", fontName=font, fontSize=7.5, leading=9, splitLongWords=0)
    head_style = ParagraphStyle("head", fontName=bold, fontSize=7.5, leading=9, alignment=1, splitLongWords=0)

    mark = suppressed_mark(ret.threshold)
    org = ret.organisation
    buf = io.BytesIO()
    page = landscape(A4)
    margin = 14 * mm
    doc = SimpleDocTemplate(buf, pagesize=page, leftMargin=margin, rightMargin=margin, topMargin=margin,
                            bottomMargin=margin, title=translate("Returns", "Anonymized statistical return", lang),
                            author=org["name"], creator=version_mark())
    usable = page[0] - 2 * margin

    def footer(canvas, document):
        canvas.saveState()
        canvas.setFont(font, 7.5)
        canvas.drawString(margin, 8 * mm, f"{org['name']} ({org['code']}) — "
                          + translate("Returns", "Statistical return", lang) + f" {ret.period.label}")
        canvas.drawRightString(page[0] - margin, 8 * mm, version_mark() + "  ·  "
                               + translate("Returns", "Page {page}", lang).format(page=document.page))
        head = ret.metadata()["audit_head"]
        canvas.setFont(font, 6)
        canvas.drawString(margin, 5 * mm, translate("Returns2", "Audit log head: {entries} entries, last {hash}",
                                                    lang).format(entries=head["entries"], hash=head["hash"]))
        canvas.restoreState()

    from shelter_app.printing import common

    approval = common.Approval(
        title=translate("Returns", "APPROVED", lang),
        lines=[translate("Returns", "Director", lang), org["name"]], name="", date="",
        stamp_label=translate("Returns", "Place for the stamp", lang))
    story = common.flowables([approval], usable)
    story.append(Paragraph(esc(translate("Returns", "Anonymized statistical return", lang)), title_style))
    period_text = translate("Returns", "{label}: {start} to {end}", lang).format(
        label=ret.period.label, start=day(ret.period.start), end=day(ret.period.end))
    if ret.suppression:
        suppression_text = translate("Returns2", "threshold {k}; {legend}", lang).format(
            k=ret.threshold, legend=translate("Returns2", "x: not published, to protect individuals", lang))
    else:
        suppression_text = translate("Returns", "turned off: every count is published", lang)
    generated = local_date_time(ret.generated_at)
    facts = [
        (translate("Returns", "Organisation", lang), f"{org['name']} ({org['code']})"),
        (translate("Returns", "Period", lang), period_text),
        (translate("Returns", "Suppression", lang), suppression_text),
        (translate("Returns", "Generated", lang), generated),
    ]
    story.append(Table([[Paragraph(esc(k), body), Paragraph(esc(v), body)] for k, v in facts],
                       colWidths=[45 * mm, usable - 45 * mm],
                       style=TableStyle([("VALIGN", (0, 0), (-1, -1), "TOP"),
                                         ("LEFTPADDING", (0, 0), (-1, -1), 0)])))
    explanation = translate(
        "Returns2",
        "Only residents who agreed to anonymized reporting are counted. Ages are ages at registration. "
        "A count small enough to point at a person is not published, nor is any cell from which such a "
        "count could be worked out, in this return or together with the organisation's earlier returns.", lang)
    story.append(Paragraph(esc(explanation), small))
    if ret.suppression:
        story.append(Paragraph(esc(translate("Returns2", "x: not published, to protect individuals", lang)), small))
    story.append(Spacer(1, 4 * mm))
    chart_title = translate("Returns", "Persons assisted, by form of exploitation, sex and age", lang)
    story.append(Paragraph(esc(chart_title), h_style))
    story.append(chart(ret, lang, usable, 70 * mm))

    for table in ret.tables:
        spec = table.spec
        label_w = 52 * mm
        titles = [spec.columns.label(c, lang) for c in table.columns]
        size = 7.5
        widths = column_widths(titles, bold, size, usable - label_w)
        while widths is None and size > 5.5:
            size -= 0.5
            widths = column_widths(titles, bold, size, usable - label_w)
        widths = widths or [(usable - label_w) / len(table.columns)] * len(table.columns)
        this_head = ParagraphStyle("head_fit", parent=head_style, fontSize=size, leading=size + 1.5)
        header = [Paragraph(esc(t), this_head) for t in titles]
        rows = [[Paragraph("", cell_style)] + header]
        for r in table.rows:
            cells = []
            for c in table.columns:
                v = table.value(r, c)
                cells.append(mark if v is None else str(v))
            rows.append([Paragraph(esc(spec.rows.label(r, lang)), cell_style)] + cells)
        style = [
            ("FONT", (0, 0), (-1, -1), font, 8),
            ("GRID", (0, 0), (-1, -1), 0.4, colors.HexColor("#999999")),
            ("BACKGROUND", (0, 0), (-1, 0), colors.HexColor("#e8e8e8")),
            ("ALIGN", (1, 1), (-1, -1), "RIGHT"),
            ("VALIGN", (0, 0), (-1, -1), "MIDDLE"),
            ("TOPPADDING", (0, 0), (-1, -1), 1.5), ("BOTTOMPADDING", (0, 0), (-1, -1), 1.5),
        ]
        if spec.column_totals:
            style.append(("FONT", (1, len(rows) - 1), (-1, len(rows) - 1), bold, 8))
            style.append(("BACKGROUND", (0, len(rows) - 1), (-1, len(rows) - 1), colors.HexColor("#f3f3f3")))
        if spec.row_totals:
            style.append(("FONT", (len(table.columns), 1), (len(table.columns), -1), bold, 8))
        for i, r in enumerate(table.rows, start=1):
            for j, c in enumerate(table.columns, start=1):
                if table.is_suppressed(r, c):
                    style.append(("TEXTCOLOR", (j, i), (j, i), colors.HexColor("#a04000")))
        grid = Table(rows, colWidths=[label_w] + widths, repeatRows=1,
                     style=TableStyle(style), hAlign="LEFT")
        unit = _tr(UNIT_LABELS[spec.unit], lang)
        heading = Paragraph(esc(_tr(spec.title, lang)) + f" <font size=8 color='#555555'>({esc(unit)})</font>",
                            h_style)
        story.append(CondPageBreak(40 * mm))
        story.append(KeepTogether([heading, grid]) if len(rows) < 16 else heading)
        if len(rows) >= 16:
            story.append(grid)

    signature = [
        [Paragraph(esc(translate("Returns", "Director", lang)), body), "",
         Paragraph(esc(translate("Returns", "Signature", lang)), body), "",
         Paragraph(esc(translate("Returns", "Date", lang)), body), ""],
    ]
    sig = Table(signature, colWidths=[25 * mm, 80 * mm, 25 * mm, 60 * mm, 15 * mm, 40 * mm], rowHeights=[14 * mm],
                style=TableStyle([("LINEBELOW", (1, 0), (1, 0), 0.6, colors.black),
                                  ("LINEBELOW", (3, 0), (3, 0), 0.6, colors.black),
                                  ("LINEBELOW", (5, 0), (5, 0), 0.6, colors.black),
                                  ("VALIGN", (0, 0), (-1, -1), "BOTTOM")]), hAlign="LEFT")
    story.append(CondPageBreak(45 * mm))
    story.append(Spacer(1, 6 * mm))
    confirm = translate("Returns", "I confirm that this return was prepared from the organisation's records.", lang)
    story.append(Paragraph(esc(confirm), body))
    story.append(sig)
    doc.build(story, onFirstPage=footer, onLaterPages=footer)
    return buf.getvalue()


