"""Cues that place an event relative to others: a future clause, a pluperfect, an "after" or "before" phrase.

The words are language data (`[cues]` of `lang/triggers_<code>.toml`): `future` (will, سوف; and the
prefix سـ on a present-tense verb, `future_prefixes`), `earlier` (had + participle, كان قد), and the
signals `after` (after, following, بعد، عقب) and `before` (before, ahead of, قبل).
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from functools import cache

from timeline.engine.lexicon import Phrases, TextSpan, Token, match, merged, phrases
from timeline.engine.normalize import fold

FUTURE_REACH = 3
"""Words after an event that a future cue may follow it by and still govern it ("the visit will ...")."""
EARLIER_GAP = 1
"""Words allowed between an `earlier` cue and its trigger ("had already left", "كان قد وصل")."""
SHORTEST_PREFIXED = 5
"""A word read as سـ + present-tense verb has at least this many letters (سيزور، ستعقد)."""


@dataclass(frozen=True, slots=True)
class _Cues:
    future: Phrases
    future_prefixes: tuple[str, ...]
    not_future: frozenset[str]
    not_future_endings: tuple[str, ...]
    earlier: Phrases
    after: Phrases
    before: Phrases


@cache
def _cues() -> _Cues:
    data = merged("triggers").get("cues", {})
    return _Cues(
        future=phrases(data.get("future", [])),
        future_prefixes=tuple(fold(w) for w in data.get("future_prefixes", [])),
        not_future=frozenset(fold(w) for w in data.get("not_future", [])),
        not_future_endings=tuple(fold(w) for w in data.get("not_future_endings", [])),
        earlier=phrases(data.get("earlier", [])),
        after=phrases(data.get("after", [])),
        before=phrases(data.get("before", [])),
    )


def is_future(toks: Sequence[Token], at: int, reach: int = FUTURE_REACH) -> bool:
    """True when a future cue ("will", "سوف", سـ + verb: "ستعقد") among the words `toks` (a clause)
    comes before the word `toks[at]`, is that word, or follows it by at most `reach` words."""
    cues = _cues()
    words = list(toks[: at + reach + 1])
    return any(match(cues.future, words, k) for k in range(len(words))) or any(
        _prefixed(t.word, cues) for t in words
    )


def _prefixed(word: str, cues: _Cues) -> bool:
    return (
        len(word) >= SHORTEST_PREFIXED
        and word.startswith(cues.future_prefixes)
        and word not in cues.not_future
        and not word.endswith(cues.not_future_endings)
    )


def is_earlier(toks: Sequence[Token], at: int) -> bool:
    """True when a pluperfect cue ends right before the word `toks[at]` ("had signed", "كان قد وقع")."""
    cues = _cues()
    words = list(toks)
    for k in range(max(0, at - 2 - EARLIER_GAP), at):
        n = match(cues.earlier, words, k)
        if n and at - EARLIER_GAP <= k + n <= at:
            return True
    return False


def signal(toks: Sequence[Token], at: int, pauses: Sequence[TextSpan]) -> int:
    """-1 when an "after" phrase holds the word `toks[at]` (its event comes before the rest of the
    sentence: "left after the talks"), 1 for a "before" phrase ("before the vote"), else 0. A phrase
    runs from its signal to the next comma or clause mark in `pauses`."""
    cues = _cues()
    words = list(toks)
    word = words[at]
    for k in range(at - 1, -1, -1):
        if any(words[k].end <= p.start and p.end <= word.start for p in pauses):
            return 0
        if match(cues.after, words, k):
            return -1
        if match(cues.before, words, k):
            return 1
    return 0
