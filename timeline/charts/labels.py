"""Label text for the chart: direction, truncation, and the date of an event as a reader says it.

Arabic needs no reshaping here: browsers and vl-convert (rustybuzz) shape it and order its runs
themselves. They lay every text element out as a left-to-right paragraph, though, so right-to-left
labels carry RLMs at both ends (`directed`), are aligned right, and are cut at their logical end.
"""

from __future__ import annotations

import re
import unicodedata
from datetime import datetime

import pendulum

ELLIPSIS = "…"
RLM = "\u200f"
"""RIGHT-TO-LEFT MARK: invisible, strongly right-to-left."""
LABEL_LIMIT = 52
"""Characters a label keeps before it is truncated (the tooltip has the full text)."""

_SPACE = re.compile(r"\s+")
_TRAILING = " ،,;؛:-–—"
_STEPS: dict[str, dict[str, int]] = {
    "second": {"seconds": 1},
    "minute": {"minutes": 1},
    "hour": {"hours": 1},
    "day": {"days": 1},
    "week": {"weeks": 1},
    "month": {"months": 1},
    "quarter": {"months": 3},
    "year": {"years": 1},
    "decade": {"years": 10},
    "century": {"years": 100},
}


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


def when_text(start: datetime, end: datetime, grain: str | None) -> str:
    """The interval [start, end) written at its grain: "1980s", "Jun 2016", "Mon 28 Nov 2016",
    "Mon 28 Nov 2016 15:00"; a span of several units as "28–29 Nov 2016", "30 May – 29 Nov 2016"."""
    unit = grain if grain in _STEPS else "day"
    first = pendulum.instance(start, tz=None)
    last = pendulum.instance(end, tz=None).subtract(**_STEPS[unit])
    if last <= first:
        return _at_grain(first, unit)
    if unit == "day":
        if (first.year, first.month) == (last.year, last.month):
            return f"{first.day}–{last.format('D MMM YYYY')}"
        head = first.format("D MMM" if first.year == last.year else "D MMM YYYY")
        return f"{head} – {last.format('D MMM YYYY')}"
    if unit == "month" and first.year == last.year:
        return f"{first.format('MMM')} – {last.format('MMM YYYY')}"
    return f"{_at_grain(first, unit)} – {_at_grain(last, unit)}"


def _at_grain(moment: pendulum.DateTime, unit: str) -> str:
    if unit == "century":
        return f"{_ordinal(moment.year // 100 + 1)} century"
    if unit == "decade":
        return f"{moment.year - moment.year % 10}s"
    if unit == "year":
        return str(moment.year)
    if unit == "quarter":
        return f"Q{(moment.month - 1) // 3 + 1} {moment.year}"
    if unit == "month":
        return moment.format("MMM YYYY")
    if unit == "week":
        return f"week of {moment.format('D MMM YYYY')}"
    if unit == "day":
        return moment.format("ddd D MMM YYYY")
    if unit == "second":
        return moment.format("ddd D MMM YYYY HH:mm:ss")
    return moment.format("ddd D MMM YYYY HH:mm")


def _ordinal(number: int) -> str:
    suffix = "th" if 10 <= number % 100 <= 20 else {1: "st", 2: "nd", 3: "rd"}.get(number % 10, "th")
    return f"{number}{suffix}"
