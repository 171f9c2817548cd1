"""PT Sans (OFL, from the `fontpkg-pt-sans` package) in four styles, embedded
in every PDF: reportlab's own fonts have no Cyrillic, and PT Sans covers every
Kyrgyz letter (ң ө ү)."""

from __future__ import annotations

from functools import lru_cache

REGULAR = "PTSans"
BOLD = "PTSans-Bold"
ITALIC = "PTSans-Italic"
BOLD_ITALIC = "PTSans-BoldItalic"


@lru_cache(maxsize=1)
def register() -> str:
    """Registers the family once; returns the regular font's name."""
    import fontpkg_pt_sans
    from reportlab.lib.fonts import addMapping
    from reportlab.pdfbase import pdfmetrics
    from reportlab.pdfbase.ttfonts import TTFont

    files = fontpkg_pt_sans.ROOT / "files"
    for name, filename in ((REGULAR, "PT_Sans-Web-Regular.ttf"), (BOLD, "PT_Sans-Web-Bold.ttf"),
                           (ITALIC, "PT_Sans-Web-Italic.ttf"), (BOLD_ITALIC, "PT_Sans-Web-BoldItalic.ttf")):
        pdfmetrics.registerFont(TTFont(name, str(files / filename)))
    addMapping(REGULAR, 0, 0, REGULAR)
    addMapping(REGULAR, 1, 0, BOLD)
    addMapping(REGULAR, 0, 1, ITALIC)
    addMapping(REGULAR, 1, 1, BOLD_ITALIC)
    return REGULAR
