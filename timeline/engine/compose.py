"""Composition: adjacent expressions that name one time together become one expression.

A day and its clock time ("4/25 at 4:00pm", "tomorrow 8am", "2 a.m. Wednesday", "13:00 on February 28"),
a day and its part ("Tuesday in the morning") and a weekday in apposition to its date ("Thursday, Feb. 14",
"الخميس الموافق 14 فبراير") are one TIMEX3
(CONVENTIONS: appositions make one expression). Two mentions join when nothing but white space, a comma
or one of the language's `joiner` words lies between them, and their slots do not overlap; the joined
mention carries the union of both slots, so resolution puts the clock on the day and checks the weekday
against the date.
"""

from __future__ import annotations

import re
from functools import lru_cache

from timeline.engine.grammar import Fill
from timeline.engine.language import Language, load
from timeline.engine.meaning import Meaning, interpret
from timeline.engine.recognize import Mention

_GAP_LIMIT = 24
"""Longest text between two mentions that may still join (a joiner word and its spaces)."""

_EDGES = re.compile(r"^[\s,،]+|[\s,،]+$")
_SPACES = re.compile(r"\s+")


@lru_cache(maxsize=16384)
def _meaning(code: str, rule: str, slots: tuple[Fill, ...]) -> Meaning:
    return interpret(rule, slots, load(code))


def _kind(m: Meaning) -> str | None:
    """What a mention names: a time of day alone ("clock"), a part of the day alone ("part"), a weekday
    alone ("weekday"), a day ("day"), or something that composes with nothing (None)."""
    if m.unit is not None or m.count is not None or m.every or m.set_value is not None or m.ref is not None:
        return None
    dated = (
        m.day is not None
        or m.weekday is not None
        or m.deictic is not None
        or m.nth is not None
        or (m.ordinal is not None and m.month is not None)
    )
    if m.hour is not None:
        return None if dated or m.month is not None or m.year is not None else "clock"
    if dated:
        return "weekday" if m.weekday is not None and m.day is None and m.month is None else "day"
    if m.part is not None and m.month is None and m.year is None and m.rel is None and m.narr is None:
        return "part"
    return None


def _joins(kinds: tuple[str, str]) -> bool:
    """Whether two kinds of mention, in this order, make one expression."""
    first, second = kinds
    if "clock" in kinds or "part" in kinds:
        return first != second and {first, second} != {"clock", "part"}
    return {first, second} == {"weekday", "day"}


def _canonical(slots: tuple[Fill, ...]) -> set[str]:
    return {fill.slot for fill in slots}


def _joined(a: Mention, b: Mention, text: str, lang: Language) -> Mention | None:
    gap = text[a.end : b.start]
    if len(gap) > _GAP_LIMIT:
        return None
    words = _SPACES.sub(" ", _EDGES.sub("", gap))
    if words and words not in lang.vocab.get("joiner", {}):
        return None
    if _canonical(a.slots) & _canonical(b.slots):
        return None
    kinds = (
        _kind(_meaning(lang.code, a.rule, a.slots)),
        _kind(_meaning(lang.code, b.rule, b.slots)),
    )
    if None in kinds or not _joins(kinds):  # type: ignore[arg-type]
        return None
    return Mention(a.start, b.end, f"{a.rule}+{b.rule}", a.slots + b.slots)


def compose(mentions: list[Mention], text: str, lang: Language) -> list[Mention]:
    """`mentions` (in text order, from `timeline.engine.recognize`) with adjacent parts of one time joined."""
    out: list[Mention] = []
    for mention in mentions:
        if out:
            joined = _joined(out[-1], mention, text, lang)
            if joined is not None:
                out[-1] = joined
                continue
        out.append(mention)
    return out
