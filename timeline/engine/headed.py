"""A long regex tried at the starts of words, only at the words its matches can start with."""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass, field
from typing import Any

from timeline.engine import sre
from timeline.engine.grammar import alternation_of
from timeline.engine.heads import ANY, DIGIT, heads_of

_WORD_START = re.compile(r"(?<!\w)\w")
_WORD_START_TREE = list(sre.parse(r"(?<!\w)\w"))
_BEHIND = (sre.constants.ASSERT, sre.constants.ASSERT_NOT)


@dataclass(frozen=True, slots=True)
class Headed:
    """A regex tried at the starts of words, only at the words its matches can start with.

    Made from a language file's long alternation of names (`Language.names`): trying all of it at every
    word around every expression was a twelfth of the tagging time, though most words start none of its
    alternatives. The alternatives whose heads are known (`heads_of`) are tried at those heads only, found
    by one regex of them, and there only those whose head the word begins with (the longest head found
    there holds every shorter one the word begins with); those that may start at any word (after a quote,
    at a line's start) at every word, or, when each opens with a look behind, only at the words that look
    admits. Each part keeps the order of its alternatives; a match of either part at a word is a match of
    the whole there (tests/test_dispatch.py checks that none is lost)."""

    heads: re.Pattern[str] | None
    """Where a headed alternative may start: a word beginning with one of their heads."""
    tree: Any
    """The parse tree of the whole regex (its state serves each part compiled from it)."""
    by_head: dict[str, tuple[Any, ...]]
    """Each head (spelled, or DIGIT) and the headed alternatives that start with it, in order."""
    anywhere: re.Pattern[str] | None
    anywhere_places: re.Pattern[str]
    _at_head: dict[str, re.Pattern[str] | None] = field(default_factory=dict, compare=False)
    """The compiled regex of the alternatives a word beginning with a head may start, made once per head."""

    @classmethod
    def of(cls, pattern: str) -> Headed:
        """The Headed regex of `pattern`."""
        tree = sre.parse(pattern)
        by_head: dict[str, list[Any]] = {}
        unknown: list[Any] = []
        for alternative in sre.alternatives(tree):
            found = heads_of(list(alternative))
            if ANY in found or "" in found:
                unknown.append(alternative)
            else:
                for head in found:
                    by_head.setdefault(head, []).append(alternative)
        spelled = [word for word in by_head if word != DIGIT]
        heads = alternation_of(spelled) + (r"|\d" if DIGIT in by_head else "")
        places = _WORD_START
        firsts = [next(iter(alternative), None) for alternative in unknown]
        if unknown and all(first is not None and first[0] in _BEHIND and first[1][0] < 0 for first in firsts):
            # "(?<=«)...", "(?<![^\n])...": only the words right after a quote, at a line's start
            opening = [sre.subpattern(tree, [first, *_WORD_START_TREE]) for first in firsts]
            places = sre.compile_alternatives(tree, opening)
        return cls(
            re.compile(rf"(?<!\w)(?:{heads})") if by_head else None,
            tree,
            {head: tuple(alternatives) for head, alternatives in by_head.items()},
            sre.compile_alternatives(tree, unknown) if unknown else None,
            places,
        )

    def _headed_at(self, head: str) -> re.Pattern[str] | None:
        """The regex of the alternatives a word beginning with `head` (the longest head there) may start."""
        if head in self._at_head:
            return self._at_head[head]
        ids = {
            id(alternative)
            for word, alternatives in self.by_head.items()
            if (head.startswith(word) if word != DIGIT else head[:1].isdigit())
            for alternative in alternatives
        }
        chosen = [a for a in sre.alternatives(self.tree) if id(a) in ids]
        found = self._at_head[head] = sre.compile_alternatives(self.tree, chosen) if chosen else None
        return found

    def matches(self, text: str, start: int, end: int, stop: int) -> Iterator[re.Match[str]]:
        """The matches of the regex in `text[:stop]` that start at a word starting in [start, end): those
        of the headed alternatives first, then those of the others."""
        if self.heads is not None:
            for place in self.heads.finditer(text, start, stop):  # not to `end`: a head may run past it
                if place.start() >= end:
                    break
                pattern = self._headed_at(place.group())
                found = None if pattern is None else pattern.match(text, place.start(), stop)
                if found is not None:
                    yield found
        if self.anywhere is not None:
            for place in self.anywhere_places.finditer(text, start, stop):
                if place.start() >= end:
                    break
                found = self.anywhere.match(text, place.start(), stop)
                if found is not None:
                    yield found
