"""The engine's pipeline for one text: normalize, recognize, interpret, resolve, map back to offsets."""

from __future__ import annotations

import dataclasses
import datetime
from functools import lru_cache

import pendulum

from timeline.engine.anchor import parse_anchor
from timeline.engine.calendar import Span, moment, naive
from timeline.engine.cascade import needs_direction, resolve_meaning
from timeline.engine.compose import compose
from timeline.engine.language import Language, detect, load
from timeline.engine.meaning import Meaning, interpret
from timeline.engine.normalize import normalize
from timeline.engine.recognize import Mention, recognize
from timeline.engine.resolve import Unresolvable
from timeline.engine.tense import direction as tense_direction
from timeline.errors import TimelineError
from timeline.model import Timex

PREFER = ("tense", "past", "future")
"""Anchoring policies: "tense" follows each sentence's tense (news default: past); "past" and
"future" force one direction for expressions that do not say which occurrence they mean."""

AnchorLike = str | datetime.date | datetime.datetime | pendulum.DateTime


def language_for(text: str, lang: str | None) -> Language:
    """The language data for `lang`, or for the language `text` is written in."""
    return load(lang if lang is not None else detect(text))


def _check_prefer(prefer: str) -> None:
    if prefer not in PREFER:
        raise TimelineError(f"unknown policy prefer={prefer!r}; use one of: {', '.join(PREFER)}")


@lru_cache(maxsize=16384)
def _interpret(code: str, rule: str, slots: tuple[tuple[str, str], ...]) -> Meaning:
    return interpret(rule, dict(slots), load(code))


def _measures(text: str, mention: Mention, lang: Language) -> bool:
    return lang.measuring.search(text, max(0, mention.start - 80), mention.start) is not None


def tag(text: str, published: AnchorLike, lang: str | None = None, prefer: str = "tense") -> list[Timex]:
    """Every temporal expression in `text`, resolved against `published`, in text order.

    `lang` is an ISO 639-1 code ("ar", "en"); None tells it from the script. `prefer` is the anchoring
    policy (see PREFER). Offsets index the original `text`.
    """
    return _tag(text, published, lang, prefer, whole=False)


def _tag(text: str, published: AnchorLike, lang: str | None, prefer: str, *, whole: bool) -> list[Timex]:
    anchor = parse_anchor(published)
    _check_prefer(prefer)
    if not text.strip():
        return []
    language = language_for(text, lang)
    norm = normalize(text)
    at = naive(anchor)
    folded = norm.text
    out: list[Timex] = []
    last: Span | None = None
    for mention in compose(recognize(norm, text, language, whole=whole), norm.text, language):
        meaning = _interpret(language.code, mention.rule, tuple(mention.slots.items()))
        if meaning.since and not _measures(folded, mention, language):
            meaning = dataclasses.replace(meaning, since=False, ago=-1)
        if prefer != "tense":
            direction = prefer
        elif needs_direction(meaning):
            direction = tense_direction(folded, mention.start, mention.end, language)
        else:
            direction = "news"
        try:
            resolved = resolve_meaning(meaning, at, direction, last)
        except Unresolvable:
            continue
        start, end = norm.original(mention.start), norm.original(mention.end)
        out.append(
            Timex(
                type=resolved.type,
                value=resolved.value,
                mod=resolved.mod,
                start=None if resolved.start is None else moment(resolved.start),
                end=None if resolved.end is None else moment(resolved.end),
                grain=resolved.grain,
                anchor=anchor,
                rule=mention.rule,
                text=text[start:end],
                char_start=start,
                char_end=end,
                alternatives=resolved.alternatives,
            )
        )
        if resolved.calendar is not None:
            last = resolved.calendar
    return out


def resolve(expression: str, anchor: AnchorLike, lang: str | None = None, prefer: str = "tense") -> Timex:
    """Resolve one bare expression ("last June", "الشهر الماضي") against `anchor`.

    The longest expression found in `expression` is returned; TimelineError when there is none. Weak
    words ("May", "now", الآن) count here without the context they need in running text.
    """
    found = _tag(expression, anchor, lang, prefer, whole=True)
    if not found:
        raise TimelineError(f"no temporal expression found in {expression!r}")
    return max(found, key=lambda t: (t.char_end - t.char_start, -t.char_start))
