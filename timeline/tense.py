"""The tense around an expression: does a future cue (will, سوف، سـ) or a past cue (was, كان) govern it?"""

from __future__ import annotations

import re

from timeline.lang import Language

_MARKS = ".!?؟؛;\n"
_BOUNDARY = re.compile(f"[{re.escape(_MARKS)}]")
_CLAUSE = re.compile(r"[,،:]")
_REACH = 240
_VERB_REACH = 40
"""How far before an expression a reporting verb that governs it may end ("said on Monday")."""


def sentence_bounds(text: str, start: int, end: int) -> tuple[int, int]:
    """The sentence around [start, end): from the previous boundary to the next, at most _REACH away."""
    reach = max(0, start - _REACH)
    left = max(reach, *(text.rfind(mark, reach, start) + 1 for mark in _MARKS))
    right_match = _BOUNDARY.search(text, end, min(len(text), end + _REACH))
    return left, (right_match.start() if right_match else min(len(text), end + _REACH))


def direction(text: str, start: int, end: int, lang: Language) -> str:
    """The reading direction of [start, end) of normalized `text`: "future", "past" or "news".

    Cues count in the expression's own clause (between commas, within its sentence). A reporting verb
    right before it ("said Monday", قال أمس) or a past cue in the clause (was, had, a verb in -ed, كان،
    قد) makes it "past"; a future cue (will, is expected to, سوف، سـ + verb) "future". With neither it is
    "news" (see `timeline.resolve.NEWS_HORIZON_DAYS`).
    """
    left, right = sentence_bounds(text, start, end)
    if lang.past_before.search(text, max(left, start - _VERB_REACH), start):
        return "past"
    before = text[left:start]
    clause = [c.end() for c in _CLAUSE.finditer(before)]
    after = text[end:right]
    after_clause = _CLAUSE.search(after)
    pieces = (before[clause[-1] if clause else 0 :], after[: after_clause.start() if after_clause else None])
    for piece in pieces:
        if lang.future.search(piece):
            return "future"
        for word in lang.future_prefix.findall(piece):
            if word.lstrip("وف") not in lang.future_prefix_not:
                return "future"
    if any(lang.past.search(piece) for piece in pieces):
        return "past"
    return "news"
