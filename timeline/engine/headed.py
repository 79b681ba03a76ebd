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
    at_head: dict[str, re.Pattern[str]]
    """Each head and the regex of the headed alternatives a word beginning with it may start (its own, and
    those of the shorter heads it begins with); heads of the same alternatives share one compiled regex (a
    few dozen in all)."""
    anywhere: re.Pattern[str] | None
    anywhere_places: re.Pattern[str]

    @classmethod
    def of(cls, pattern: str) -> Headed:
        """The Headed regex of `pattern`."""
        tree = sre.parse(pattern)
        alternatives = sre.alternatives(tree)
        by_head: dict[str, set[int]] = {}
        unknown: list[Any] = []
        for number, alternative in enumerate(alternatives):
            found = heads_of(list(alternative))
            if ANY in found or "" in found:
                unknown.append(alternative)
                continue
            for head in found:
                by_head.setdefault(head, set()).add(number)
        compiled: dict[tuple[int, ...], re.Pattern[str]] = {}
        at_head = {}
        for head in by_head:
            numbers = set(by_head.get(DIGIT, ())) if head[:1].isdigit() else set()
            for length in range(1, len(head) + 1):
                numbers |= by_head.get(head[:length], set())
            key = tuple(sorted(numbers))
            if key not in compiled:
                compiled[key] = sre.compile_alternatives(tree, [alternatives[number] for number in key])
            at_head[head] = compiled[key]
        spelled = [word for word in by_head if word != DIGIT]
        places = _WORD_START
        firsts = [next(iter(alternative), None) for alternative in unknown]
        if unknown and all(first is not None and first[0] in _BEHIND and first[1][0] < 0 for first in firsts):
            # "(?<=«)...", "(?<![^\n])...": only the words right after a quote, at a line's start
            opening = [sre.subpattern(tree, [first, *_WORD_START_TREE]) for first in firsts]
            places = sre.compile_alternatives(tree, opening)
        digit = r"|\d" if DIGIT in by_head else ""
        return cls(
            re.compile(rf"(?<!\w)(?:{alternation_of(spelled)}{digit})") if by_head else None,
            at_head,
            sre.compile_alternatives(tree, unknown) if unknown else None,
            places,
        )

    def matches(self, text: str, start: int, end: int, stop: int) -> Iterator[re.Match[str]]:
        """The matches of the regex in `text[:stop]` that start at a word starting in [start, end): those
        of the headed alternatives first, then those of the others."""
        if self.heads is not None:
            for place in self.heads.finditer(text, start, stop):  # not to `end`: a head may run past it
                if place.start() >= end:
                    break
                head = place.group()  # a single figure is looked up as DIGIT
                regex = self.at_head[DIGIT if head not in self.at_head and head.isdigit() else head]
                found = regex.match(text, place.start(), stop)
                if found is not None:
                    yield found
        if self.anywhere is not None:
            for place in self.anywhere_places.finditer(text, start, stop):
                if place.start() >= end:
                    break
                found = self.anywhere.match(text, place.start(), stop)
                if found is not None:
                    yield found
