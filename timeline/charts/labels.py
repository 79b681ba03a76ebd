"""Label text for the chart: direction, truncation, and the date of an event as a reader says it.

Arabic needs no reshaping here: browsers and vl-convert (rustybuzz) shape it and order its runs
themselves. They lay every text element out as a left-to-right paragraph, though, so right-to-left
labels carry RLMs at both ends (`directed`), are aligned right, and are cut at their logical end.
"""

from __future__ import annotations

import re
import unicodedata

ELLIPSIS = "…"
RLM = "\u200f"
"""RIGHT-TO-LEFT MARK: invisible, strongly right-to-left."""
LABEL_LIMIT = 52
"""Characters a label keeps before it is truncated (the tooltip has the full text)."""

_SPACE = re.compile(r"\s+")
_TRAILING = " ،,;؛:-–—"


def is_rtl(text: str) -> bool:
    """True when the first strongly directed character of `text` is right-to-left (Arabic, Hebrew...)."""
    for char in text:
        direction = unicodedata.bidirectional(char)
        if direction in ("R", "AL"):
            return True
        if direction == "L":
            return False
    return False


def directed(text: str) -> str:
    """Right-to-left text between two RLMs, so that a leading number or a trailing ellipsis or
    punctuation stays on its side where the text is laid out left-to-right (SVG text, PNG, axes)."""
    return f"{RLM}{text}{RLM}" if is_rtl(text) else text


def short_label(text: str, limit: int = LABEL_LIMIT) -> str:
    """`text` on one line, cut at a word boundary before `limit` characters with an ellipsis."""
    flat = _SPACE.sub(" ", text).strip()
    if len(flat) <= limit:
        return flat
    cut = flat[: limit - 1]
    space = cut.rfind(" ")
    if flat[len(cut)] != " " and space > limit // 2:
        cut = cut[:space]
    return cut.rstrip(_TRAILING) + ELLIPSIS
