"""A long regex tried at the starts of words, only at the words its matches can start with."""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass
from typing import Any

from timeline.engine import sre
from timeline.engine.grammar import alternation_of
from timeline.engine.heads import ANY, DIGIT, heads_of

_WORD_START = re.compile(r"(?<!\w)\w")


@dataclass(frozen=True, slots=True)
class Headed:
    """A regex tried at the starts of words, only at the words its matches can start with.

    Made from a language file's long alternation of names (`Language.names`): trying all of it at every
    word around every expression was a twelfth of the tagging time, though most words start none of its
    alternatives. The alternatives whose heads are known (`heads_of`) are tried at those heads only, found
    by one regex of them; those that may start at any word (after a quote, at a line's start) at every
    word. Each part keeps the order of its alternatives; a match of either part at a word is a match of
    the whole there (tests/test_dispatch.py checks that none is lost)."""

    heads: re.Pattern[str] | None
    """Where a headed alternative may start: a word beginning with one of their heads."""
    headed: re.Pattern[str] | None
    anywhere: re.Pattern[str] | None

    @classmethod
    def of(cls, pattern: str) -> Headed:
        """The Headed regex of `pattern`."""
        tree = sre.parse(pattern)
        known: list[Any] = []
        unknown: list[Any] = []
        words: set[str] = set()
        for alternative in sre.alternatives(tree):
            found = heads_of(list(alternative))
            if ANY in found or "" in found:
                unknown.append(alternative)
            else:
                known.append(alternative)
                words |= found
        spelled = [word for word in words if word != DIGIT]
        heads = alternation_of(spelled) + (r"|\d" if DIGIT in words else "")
        return cls(
            re.compile(rf"(?<!\w)(?:{heads})") if known else None,
            sre.compile_alternatives(tree, known) if known else None,
            sre.compile_alternatives(tree, unknown) if unknown else None,
        )

    def matches(self, text: str, start: int, end: int, stop: int) -> Iterator[re.Match[str]]:
        """The matches of the regex in `text[:stop]` that start at a word starting in [start, end): those
        of the headed alternatives first, then those of the others."""
        for pattern, places in ((self.headed, self.heads), (self.anywhere, _WORD_START)):
            if pattern is not None and places is not None:
                for place in places.finditer(text, start, stop):  # not to `end`: a head may run past it
                    if place.start() >= end:
                        break
                    found = pattern.match(text, place.start(), stop)
                    if found is not None:
                        yield found
