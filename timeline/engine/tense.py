"""The tense around an expression: does a future cue (will, سوف، سـ) or a past cue (was, كان) govern it?"""

from __future__ import annotations

import re

from timeline.engine.language import Language

_MARKS = ".!?؟؛;\n"
_BOUNDARY = re.compile(f"[{re.escape(_MARKS)}]")
_CLAUSE = re.compile(r"[,،:]")
_REACH = 240
_VERB_REACH = 40
"""How far before an expression a reporting verb that governs it may end ("said on Monday")."""
_ABBREVIATION_REACH = 16
"""The longest abbreviation looked for before a full stop ("St.", "Gov.", "Sept.")."""
_PHRASE_WORDS = 3
"""A clause of at most this many words before an expression, without a cue of its own, is a phrase that
takes a future from the clause before it: "the wage will rise in three steps, starting on Jan. 1"."""


def sentence_bounds(text: str, start: int, end: int, lang: Language | None = None) -> tuple[int, int]:
    """The sentence around [start, end): from the previous boundary to the next, at most _REACH away.

    A full stop that ends one of the language's abbreviations ("St.", "Mr.", "Jan.") is no boundary."""
    reach = max(0, start - _REACH)
    left = reach
    for mark in _MARKS:
        at = text.rfind(mark, reach, start)
        while (
            at >= reach
            and mark == "."
            and lang is not None
            and lang.abbreviation.search(text, max(reach, at - _ABBREVIATION_REACH), at)
        ):
            at = text.rfind(mark, reach, at)
        left = max(left, at + 1)
    right_match = _BOUNDARY.search(text, end, min(len(text), end + _REACH))
    return left, (right_match.start() if right_match else min(len(text), end + _REACH))


def _cue(piece: str, lang: Language, before: bool = True) -> str | None:
    """The direction a piece of a sentence gives: a future cue wins over a past one (passives: "will be
    signed"); between a past cue and a present-tense verb of a scheduled event ("opens", تنطلق) the one
    nearer the expression wins: "beat them last week and faces the top seed on Wednesday" is upcoming
    (forwards, the publication day itself included: "Britons head to the polls on Thursday", a Thursday),
    "the summit, which opens on Monday, was postponed" past. `before` says the piece ends at the
    expression (else it starts there)."""
    if lang.future.search(piece):
        return "future"
    for word in lang.future_prefix.findall(piece):
        if word.lstrip(lang.grammar.clitics) not in lang.future_prefix_not:
            return "future"
    past, scheduled = _nearness(lang.past, piece, before), _nearness(lang.scheduled, piece, before)
    if past is None and scheduled is None:
        return None
    return "upcoming" if past is None or (scheduled is not None and scheduled > past) else "past"


def _nearness(cue: re.Pattern[str], piece: str, before: bool) -> int | None:
    """How near the expression the nearest match of `cue` in `piece` is (higher is nearer), or None."""
    return max((m.end() if before else -m.start() for m in cue.finditer(piece)), default=None)


def direction(text: str, start: int, end: int, lang: Language) -> str:
    """The reading direction of [start, end) of normalized `text`: "future", "upcoming", "past" or "news".

    Cues count in the expression's own clause (between commas, within its sentence): first the part before
    it, then the part after it up to a relative pronoun ("vote on Saturday in a primary that Biden hopes will
    revive his campaign" is no future); a short phrase takes
    a future cue from the clause before it (see _PHRASE_WORDS), not a past one, which is often an aside:
    "The summit, which opened on Sunday, runs until Nov. 12". A reporting verb right
    before it ("said Monday", قال أمس) or a past cue (was, had, a verb in -ed, كان، قد) makes it "past"; a
    future cue (will, is expected to, سوف، سـ + verb) "future". With neither it is "news" (see
    `timeline.engine.resolve.NEWS_HORIZON_DAYS`).
    """
    left, right = sentence_bounds(text, start, end, lang)
    if lang.past_before.search(text, max(left, start - _VERB_REACH), start):
        return "past"
    before = text[left:start]
    cuts = [0, *(c.end() for c in _CLAUSE.finditer(before))]
    after = text[end:right]
    after_clause = _CLAUSE.search(after)
    own_after = after[: after_clause.start() if after_clause else None]
    relative = lang.relative.search(own_after)
    own = (before[cuts[-1] :], own_after[: relative.start() if relative else None])
    for piece, ends_there in zip(own, (True, False), strict=True):
        found = _cue(piece, lang, ends_there)
        if found is not None:
            return found
    if (
        len(cuts) > 1
        and len(own[0].split()) <= _PHRASE_WORDS
        and _cue(before[cuts[-2] : cuts[-1]], lang) == "future"
    ):
        return "future"
    return "news"
