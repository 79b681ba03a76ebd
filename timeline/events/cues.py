"""Cues that place an event relative to others: a future clause, a pluperfect, an "after" or "before" phrase.

The words are language data (`[cues]` of `lang/triggers_<code>.toml`): `future` (will, سوف; and the
prefix سـ on a present-tense verb, `future_prefixes`), `earlier` (had + participle, كان قد), and the
signals `after` (after, following, بعد، عقب) and `before` (before, ahead of, قبل). A relative clause
keeps its own tense; its pronouns are the engine's (`[tense] relative` of `lang/<code>.toml`).
"""

from __future__ import annotations

import re
from bisect import bisect_left
from collections.abc import Sequence
from dataclasses import dataclass
from functools import cache, lru_cache

from timeline.engine.language import available, load
from timeline.engine.lexicon import Phrases, TextSpan, Token, match, merged, phrases
from timeline.engine.normalize import fold
from timeline.engine.segment import comma

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
    relative: tuple[re.Pattern[str], ...]
    possessive: tuple[str, ...]
    infinitive: frozenset[str]


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
        relative=tuple(load(code).relative for code in available()),
        possessive=tuple(data.get("possessive", [])),
        infinitive=frozenset(fold(w) for w in data.get("infinitive", [])),
    )


def future_cues(toks: Sequence[Token], salient: Sequence[int] | None = None) -> list[int]:
    """The indices of `toks` (a sentence) where a future cue starts: "will", "سوف", سـ + verb ("ستعقد").
    An event is about the future when one comes before it in its clause, is it, or follows it by at
    most FUTURE_REACH words. `salient`, when given, are the indices that may be cues (`cue_word`; others
    may be among them), in order: only those are read."""
    future = _cues().future
    return [
        k
        for k in (range(len(toks)) if salient is None else salient)
        if ((word := toks[k].word) in future and match(future, toks, k)) or _prefixed(word)
    ]


def relative_pronouns(toks: Sequence[Token], salient: Sequence[int] | None = None) -> list[int]:
    """The indices of `toks` (a sentence) that are relative pronouns ("which", "that", التي، الذين: the
    `relative` words of each language's `[tense]`, the one list of them). A relative clause has a tense
    of its own: a future cue before the pronoun does not make the clause's verb future. `salient` as
    for `future_cues`."""
    return [k for k in (range(len(toks)) if salient is None else salient) if _relative(toks[k].word)]


@lru_cache(maxsize=65536)
def _relative(word: str) -> bool:
    """Whether `word` is a relative pronoun; cached, as every word of a sentence with a date is asked."""
    return any(p.fullmatch(word) for p in _cues().relative)


def cue_word(word: str) -> bool:
    """Whether the word (folded) may be or start a cue of this module: future, pluperfect, "after" or
    "before", or a relative pronoun."""
    cues = _cues()
    return (
        any(word in phrase_set for phrase_set in (cues.future, cues.earlier, cues.after, cues.before))
        or _prefixed(word)
        or _relative(word)
    )


def possessive(text: str, end: int) -> bool:
    """Whether the expression ending at `end` of `text` is in the possessive ("this year's conference",
    `[cues] possessive`): it modifies a noun, and dates that noun, not its clause."""
    return bool(_cues().possessive) and text.startswith(_cues().possessive, end)


@lru_cache(maxsize=65536)
def _prefixed(word: str) -> bool:
    """Whether `word` reads as سـ + a present-tense verb; cached, as every word of every sentence is asked."""
    cues = _cues()
    return (
        bool(cues.future_prefixes)
        and len(word) >= SHORTEST_PREFIXED
        and word.startswith(cues.future_prefixes)
        and word not in cues.not_future
        and not word.endswith(cues.not_future_endings)
    )


def earlier_starts(toks: Sequence[Token], salient: Sequence[int] | None = None) -> list[int]:
    """The indices of `toks` (a sentence) whose word may start a pluperfect cue, for `is_earlier`: none in
    most sentences, which then need not ask it word by word. `salient` as for `future_cues`."""
    earlier = _cues().earlier
    return [k for k in (range(len(toks)) if salient is None else salient) if toks[k].word in earlier]


def is_earlier(toks: Sequence[Token], at: int, salient: Sequence[int] | None = None) -> bool:
    """True when a pluperfect cue ends right before the word `toks[at]` ("had signed", "كان قد وقع"); only
    the few words before it are read, so a long sentence costs no more per word. `salient`, when given,
    are the indices that may start a cue (`earlier_starts`, or as for `future_cues`), in order: only
    those words are read."""
    cues = _cues()
    first = max(0, at - 2 - EARLIER_GAP)
    if salient is None:
        starts: Sequence[int] = range(first, at)
    else:
        starts = salient[bisect_left(salient, first) : bisect_left(salient, at)]
        if not starts:  # most words
            return False
    words = list(toks[first:at])
    for k in starts:
        n = match(cues.earlier, words, k - first)
        if n and at - EARLIER_GAP <= k + n <= at:
            return True
    return False


def infinitives(toks: Sequence[Token], verbs: set[int]) -> list[int]:
    """The indices of `toks` (a sentence) where an infinitive or a complement clause starts: a word of
    `[cues] infinitive` ("to", أن) right before a verb (a word index in `verbs`): "expect the delegations
    to negotiate from Monday", "failed on Friday to agree". Only the word before each verb is read."""
    marks = _cues().infinitive
    return [k - 1 for k in sorted(verbs) if k > 0 and toks[k - 1].word in marks]


def signal_starts(toks: Sequence[Token], salient: Sequence[int] | None = None) -> dict[int, int]:
    """Where an "after" phrase (-1: its event comes before the rest of the sentence: "left after the
    talks") or a "before" phrase (1: "before the vote") starts among `toks` (a sentence), by word index.
    `salient` as for `future_cues`."""
    cues = _cues()
    found = {}
    for k in range(len(toks)) if salient is None else salient:
        word = toks[k].word
        if word in cues.after and match(cues.after, toks, k):
            found[k] = -1
        elif word in cues.before and match(cues.before, toks, k):
            found[k] = 1
    return found


def signals(toks: Sequence[Token], pauses: Sequence[TextSpan], starts: dict[int, int]) -> list[int]:
    """For each word of `toks` (a sentence): the direction of the "after" or "before" phrase that holds
    it (`signal_starts`), else 0. A phrase runs from its signal to the next comma or clause mark in
    `pauses`."""
    if not starts:  # no phrase: no word is in one (most sentences)
        return [0] * len(toks)
    marks = sorted(p.start for p in pauses)
    result = []
    state, m = 0, 0
    for k, word in enumerate(toks):
        while m < len(marks) and marks[m] < word.start:
            state, m = 0, m + 1
        result.append(state)
        state = starts.get(k, state)
    return result


@dataclass(frozen=True, slots=True)
class Chain:
    """The words that join a verb to the next one of the same subject (`[chain]` of the trigger files):
    a word before it ("moved on to talk", "visited Paris and met", ثم التقى), a conjunction written on it
    (والتقى), a participle ending after a comma ("..., saying"), and the words before a passive's agent
    ("by", من قبل، على يد)."""

    words: frozenset[str]
    prefixes: tuple[str, ...]
    participles: tuple[str, ...]
    agent: Phrases


@cache
def chain() -> Chain:
    data = merged("triggers").get("chain", {})
    return Chain(
        frozenset(data.get("words", [])),
        tuple(data.get("prefixes", [])),
        tuple(data.get("participle_endings", [])),
        phrases(data.get("agent", [])),
    )


def joined(text: str, toks: Sequence[Token], k: int) -> bool:
    """Whether the verb `toks[k]` is joined to one before it, sharing its subject (`chain`): after a
    joining word ("visited Paris and met"), with a joining prefix (والتقى), or as a participle after a
    comma ("..., saying")."""
    words = chain()
    word = toks[k].word
    return (
        (k > 0 and toks[k - 1].word in words.words)
        or word.startswith(words.prefixes)
        or (k > 0 and word.endswith(words.participles) and comma(text, toks[k - 1].end, toks[k].start))
    )
