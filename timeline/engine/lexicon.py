"""Word lists for events, read from `timeline/lang/<kind>_<code>.toml` and merged over every language.

Scripts do not collide, so segmentation and trigger finding use every language's words at once and need
no language tag: an unlabelled or mixed document is handled like any other. Words are compared in the
engine's folded form (`timeline.engine.normalize.fold`), and may be inflected by the `prefixes` and `suffixes`
of the `triggers_<code>.toml` files.
"""

from __future__ import annotations

import re
import tomllib
from collections.abc import Iterable, Iterator, Sequence
from dataclasses import dataclass
from functools import cache, lru_cache, partial
from importlib import resources
from itertools import accumulate
from typing import Any, NamedTuple

from timeline.engine.normalize import fold, normalize
from timeline.engine.schema import check_words

WORD = re.compile(r"\w+")
"""A word of the normalized text (marks are gone by then, so Arabic words stay whole)."""

SHORTEST_STEM = 2
"""Removing an affix must leave at least this many letters."""


@dataclass(frozen=True, slots=True)
class TextSpan:
    """A half-open range of character offsets `[start, end)` into a text."""

    start: int
    end: int


class Token(NamedTuple):
    """A word: its offsets in the original text and its folded form.

    A named tuple, not a `TextSpan`: one is built for every word of every text the event side reads, and a
    frozen dataclass takes nearly twice as long to build (a quarter of the time `tokens` takes)."""

    start: int
    end: int
    word: str


def tokens(text: str, start: int = 0, end: int | None = None) -> list[Token]:
    """The words of `text[start:end]`, folded, with offsets into `text` (read from the engine's
    normalized copy of the whole text, which the tagger has usually just made).

    Built a list at a time, not a match at a time (the event side reads every word of every text): one
    split gives the words and the text between them, whose running lengths are the offsets."""
    norm = normalize(text)
    low, high = norm.folded(start), norm.folded(len(text) if end is None else end)
    parts = _SPLIT.split(norm.text[low:high])
    n = len(parts) // 2
    if not n:
        return []
    at = None if len(norm.text) == len(text) else norm.originals(low, high)
    bounds = list(accumulate(map(len, parts), initial=low if at is None else 0))
    starts, ends = bounds[1 : 2 * n : 2], bounds[2 : 2 * n + 1 : 2]
    if at is not None:  # marks deleted: map the offsets back
        starts, ends = [at[i] for i in starts], [at[i] for i in ends]
    # Normalizing lowers ASCII letters: the words of an ASCII text are lower case already.
    words = parts[1::2] if norm.text.isascii() else map(str.lower, parts[1::2])
    return list(map(_token, zip(starts, ends, words, strict=True)))


_SPLIT = re.compile(f"({WORD.pattern})")
"""A WORD, kept by `re.split` between the text around it."""
_token = partial(tuple.__new__, Token)
"""A Token from a (start, end, word) tuple, without the named tuple's Python-level constructor."""


@cache
def merged(kind: str) -> dict[str, Any]:
    """Every language's `<kind>_<code>.toml`, each checked (`timeline.engine.schema.check_words`), merged:
    lists joined, tables merged, strings joined."""
    folder = resources.files("timeline").joinpath("lang")
    names = sorted(
        p.name for p in folder.iterdir() if p.name.startswith(f"{kind}_") and p.name.endswith(".toml")
    )
    result: dict[str, Any] = {}
    for name in names:
        raw = tomllib.loads(folder.joinpath(name).read_text("utf-8"))
        check_words(kind, raw, name)
        _merge(result, raw)
    return result


def _merge(into: dict[str, Any], data: dict[str, Any]) -> None:
    for key, value in data.items():
        if isinstance(value, dict):
            _merge(into.setdefault(key, {}), value)
        elif key in into:
            into[key] = into[key] + value
        else:
            into[key] = value


Phrases = dict[str, tuple[tuple[str, ...], ...]]
"""Word sequences in folded form by their first word, longest first."""


def phrases(words: Iterable[str]) -> Phrases:
    """Word sequences in folded form, for matching against `tokens`."""
    by_first: dict[str, set[tuple[str, ...]]] = {}
    for w in words:
        phrase = tuple(WORD.findall(fold(w))) or (fold(w),)
        by_first.setdefault(phrase[0], set()).add(phrase)
    return {first: tuple(sorted(found, key=len, reverse=True)) for first, found in by_first.items()}


def match(phrase_set: Phrases, toks: Sequence[Token], at: int) -> int:
    """How many tokens from `toks[at]` on form the longest phrase of `phrase_set` (0: none)."""
    for phrase in phrase_set.get(toks[at].word, ()):
        if tuple(t.word for t in toks[at : at + len(phrase)]) == phrase:
            return len(phrase)
    return 0


class Lexicon:
    """A set of words, found in their inflected forms too ("visited" -> "visit", "وزيارته" -> "زيارة")."""

    def __init__(self, words: Iterable[str]) -> None:
        self._words = frozenset(fold(w) for w in words)
        self.knows = lru_cache(maxsize=65536)(self._knows)

    def _knows(self, word: str) -> bool:
        """True when `word` (folded) is in the set as written or inflected."""
        return any(stem in self._words for stem in self._stems(word))

    def _stems(self, word: str) -> tuple[str, ...]:
        return stems(word)


@lru_cache(maxsize=1024)
def stems(word: str) -> tuple[str, ...]:
    """`word` (folded) and its forms without the affixes of the trigger files, in the order a lexicon
    tries them. Every lexicon strips the same affixes, and a word new to a text is asked of several at
    once (its readings as a trigger ask four, each twice): cached, so the affixes are stripped once."""
    prefixes, suffixes = _affixes()
    return tuple(
        stem
        for bare in _unprefixed(word, prefixes, depth=2)
        for stem in (
            bare,
            *(
                bare[: -len(suffix)] + replacement
                for suffix, replacement in suffixes
                if bare.endswith(suffix) and len(bare) - len(suffix) >= SHORTEST_STEM
            ),
        )
    )


@cache
def _affixes() -> tuple[tuple[str, ...], tuple[tuple[str, str], ...]]:
    """The prefixes (longest first) and suffix rewrites of the trigger files."""
    morphology = merged("triggers")
    prefixes = tuple(sorted((fold(p) for p in morphology.get("prefixes", [])), key=len, reverse=True))
    return prefixes, tuple(_rewrite(s) for s in morphology.get("suffixes", []))


def _unprefixed(word: str, prefixes: tuple[str, ...], depth: int) -> Iterator[str]:
    yield word
    if depth:
        for prefix in prefixes:
            if word.startswith(prefix) and len(word) - len(prefix) >= SHORTEST_STEM:
                yield from _unprefixed(word[len(prefix) :], prefixes, depth - 1)


def _rewrite(suffix: str) -> tuple[str, str]:
    removed, _, added = suffix.partition(">")
    return fold(removed), fold(added)
