"""The font every chart uses: DejaVu Sans, shipped in the package (fonts/LICENSE.txt: Bitstream Vera
licence, DejaVu changes public domain). One face holds Latin, Arabic and the symbols the chart draws,
so vl-convert shapes and measures every label with it; per-glyph fallback to another face gives
wrong widths and odd weights there. Browsers fall back to their own fonts where it is missing."""

from __future__ import annotations

from functools import cache
from pathlib import Path

import vl_convert

FONT_DIR = Path(__file__).parent / "fonts"
FONT_FAMILY = "DejaVu Sans, sans-serif"


@cache
def register_fonts() -> None:
    """Make the bundled font known to vl-convert (once per process)."""
    vl_convert.register_font_directory(str(FONT_DIR))
