"""The return printed for signature: organisation, period, threshold, date,
every table with `<k` where a count is suppressed, a chart of the persons
assisted by form of exploitation and sex/age, and the director's signature
line — in the exporting person's language. reportlab is imported here only,
when a PDF is made."""

from __future__ import annotations

import io

from shelter_app import codes
from shelter_app.i18n import translate
from shelter_app.printing import fonts
from shelter_app.printing.common import version_mark
from shelter_app.printing.markup import text as esc
from shelter_app.returns.model import StatisticalReturn
from shelter_app.returns.tables import UNIT_LABELS

# One colour per sex/age group, told apart in grey print too.
SERIES_COLOURS = ("#c0392b", "#2471a3", "#e59866", "#7fb3d5", "#7f8c8d")


def _tr(text: str, lang: str) -> str:
    return translate("Returns", text, lang)


def suppressed_mark(threshold: int) -> str:
    return "<" + str(threshold)


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
    note = translate("Returns", "Suppressed counts are not drawn.", lang) if table.suppressed else ""
    if note:
        drawing.add(String(width - 120, 10, note, fontName=font, fontSize=7, textAnchor="middle"))
    return drawing


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
    cell_style = ParagraphStyle("cell", fontName=font, fontSize=7.5, leading=9)
    head_style = ParagraphStyle("head", fontName=bold, fontSize=7.5, leading=9, alignment=1)

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
        canvas.restoreState()

    story = [Paragraph(esc(translate("Returns", "Anonymized statistical return", lang)), title_style)]
    period_text = translate("Returns", "{label}: {start} to {end}", lang).format(
        label=ret.period.label, start=ret.period.start, end=ret.period.end)  # ISO dates in every format
    if ret.suppression:
        suppression_text = translate(
            "Returns", "{mark} marks a suppressed count: from 1 to {below}, or suppressed with one so that it "
            "cannot be worked out from the totals", lang).format(below=ret.threshold - 1, mark=mark)
    else:
        suppression_text = translate("Returns", "turned off: every count is published", lang)
    generated = ret.generated_at[:10] + " " + ret.generated_at[11:16] + " UTC"
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
        "Returns",
        "Only residents who agreed to anonymized reporting are counted. Ages are ages at registration. "
        "A count from 1 to {below} could point at a person and is never published ({mark}); other cells "
        "are suppressed with it so that it cannot be worked out from the totals.", lang)
    story.append(Paragraph(esc(explanation.format(below=ret.threshold - 1, mark=mark)), small))
    story.append(Spacer(1, 4 * mm))
    chart_title = translate("Returns", "Persons assisted, by form of exploitation, sex and age", lang)
    story.append(Paragraph(esc(chart_title), h_style))
    story.append(chart(ret, lang, usable, 70 * mm))

    for table in ret.tables:
        spec = table.spec
        label_w = 52 * mm
        col_w = min(24 * mm, (usable - label_w) / len(table.columns))
        header = [Paragraph(esc(spec.columns.label(c, lang)), head_style) for c in table.columns]
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
        grid = Table(rows, colWidths=[label_w] + [col_w] * len(table.columns), repeatRows=1,
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


