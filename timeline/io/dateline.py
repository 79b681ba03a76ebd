"""Find an article's publication date in its dateline: a full date alone on a line near the top.

News pages put the date on its own line under the headline ("30 نوفمبر 2016", "November 30, 2016").
A dateline is read with the engine itself, so every written form it knows counts, and a date is
kept only when it does not depend on the anchor: the text is tagged against two anchors far apart,
and only a full calendar date that both agree on can be the article's own.
"""

from __future__ import annotations

import re

import pendulum

from timeline.engine.anchor import parse_anchor
from timeline.engine.language import detect
from timeline.engine.tagger import tag
from timeline.errors import LanguageError

HEAD_LINES = 5
"""How many non-empty lines at the top of a text may hold the dateline."""

LONGEST_LINE = 100
"""A dateline is short: longer lines are sentences, not datelines, and are not tagged."""

ALONE = 0.5
"""The date must cover at least this share of its line's non-space characters."""

PROBES = (pendulum.naive(1931, 3, 17), pendulum.naive(2087, 9, 4))
"""Two anchors differing in year, month, day and weekday: a relative date resolves differently."""

_CALENDAR_DATE = re.compile(r"\d{4}-\d{2}-\d{2}(T\d{2}:\d{2}(:\d{2})?)?")


def find_dateline(text: str, lang: str | None = None) -> pendulum.DateTime | None:
    """The publication date written alone on one of the first lines of `text`, or None.

    The date is a naive DateTime (with its clock time when the dateline gives one). Only dates whose
    value does not depend on the anchor count: "30 نوفمبر 2016" or "2016-11-30", never "Monday".
    Without `lang`, each line is read in its own language, or the whole text's when the line has
    no letters to tell it by ("05/06/2016" is 5 June in an Arabic article, May 6 in an English one, as
    in their texts).
    """
    for line in _head(text):
        code = lang or _language_of(line) or _language_of(text) or _language_of(text, letters=False)
        found = None if code is None else _calendar_date(line, code)
        if found is not None:
            return found
    return None


def _language_of(text: str, *, letters: bool = True) -> str | None:
    """The language `text` is written in. Digits are no evidence of one: with `letters`, a text without
    letters has none, so a numeric dateline is read in the article's language, as the same date in its
    text is; only a text with no letters at all is read in the first language (its ISO forms are the
    same in every language)."""
    if letters and not any(char.isalpha() for char in text):
        return None
    try:
        return detect(text)
    except LanguageError:
        return None


def _head(text: str) -> list[str]:
    head: list[str] = []
    for line in text.splitlines():
        if line.strip():
            head.append(line)
            if len(head) == HEAD_LINES:
                break
    return head


def _calendar_date(line: str, lang: str) -> pendulum.DateTime | None:
    if len(line) > LONGEST_LINE:
        return None
    first, second = (tag(line, published=probe, lang=lang) for probe in PROBES)
    stable = {(t.char_start, t.char_end, t.value) for t in second}
    letters = sum(not c.isspace() for c in line)
    for timex in first:
        if (timex.char_start, timex.char_end, timex.value) not in stable:
            continue
        if not _CALENDAR_DATE.fullmatch(timex.value):
            continue
        covered = sum(not c.isspace() for c in line[timex.char_start : timex.char_end])
        if covered >= ALONE * letters:
            return parse_anchor(timex.value)
    return None
