"""Find event triggers: the verbs and event nouns of a text (زار، زيارته، visited, the visit, talks).

Trigger words are language data (`lang/triggers_<code>.toml`): verbs and event nouns, matched in their
inflected forms; in English an unlisted lower-case word in "-ed" counts as a verb and one in "-ation" or
"-ment" as an event noun (nominalisations), in Arabic a word of a masdar pattern (تفعيل، افتعال، استفعال،
مفاعلة ...) as an event noun. Verbs of saying (the `[reporting]` lists of `lang/segment_<code>.toml`) are
triggers too, marked as such. Each trigger carries its lemma: the listed word it was found as (or the
`[lemmas]` entry of an irregular form), else the word without its ending.

`attach` picks, of the trigger words in a date's clause, the one nearest to the date: the fewest commas
between them, then the fewest characters, then the one before it.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass
from functools import cache, lru_cache

from timeline.engine.lexicon import Lexicon, TextSpan, Token, merged
from timeline.engine.normalize import fold
from timeline.engine.segment import SortedSpans, reporting_verbs

TITLE_WORD = 4
"""A word this long in lower case shows a sentence is not in title case ("Apple Unveils Phone at Fair")."""


@dataclass(frozen=True, slots=True)
class Trigger(TextSpan):
    """A trigger word: its offsets in the text, its lemma and whether it is a verb of saying."""

    lemma: str
    reporting: bool


class _Stems(Lexicon):
    """A lexicon that also tells which listed word a form was found as."""

    def lemma(self, word: str) -> str | None:
        return next((stem for stem in self._stems(word) if stem in self._words), None)

    def shaped(self, word: str, pattern: re.Pattern[str], exceptions: frozenset[str]) -> str | None:
        return next((s for s in self._stems(word) if s not in exceptions and pattern.fullmatch(s)), None)

    def blocked(self, word: str, exceptions: frozenset[str]) -> bool:
        """Whether `word`, or a form of it without its affixes, is one of `exceptions`."""
        return any(stem in exceptions for stem in self._stems(word))


@dataclass(frozen=True, slots=True)
class _Words:
    lexicon: _Stems
    reporting: _Stems
    verb_endings: tuple[str, ...]
    not_verbs: frozenset[str]
    noun_endings: tuple[str, ...]
    not_nouns: frozenset[str]
    patterns: re.Pattern[str]
    not_patterns: frozenset[str]
    lemmas: dict[str, str]
    not_triggers: frozenset[str]


@cache
def _words() -> _Words:
    data = merged("triggers")
    patterns = data.get("noun_patterns", []) or ["(?!)"]
    return _Words(
        lexicon=_Stems([*data["verbs"], *data["nouns"]]),
        reporting=_Stems(reporting_verbs()),
        verb_endings=tuple(fold(e) for e in data.get("verb_endings", [])),
        not_verbs=frozenset(fold(w) for w in data.get("not_verbs", [])),
        noun_endings=tuple(fold(e) for e in data.get("noun_endings", [])),
        not_nouns=frozenset(fold(w) for w in data.get("not_nouns", [])),
        patterns=re.compile("|".join(f"(?:{p})" for p in patterns)),
        not_patterns=frozenset(fold(w) for w in data.get("not_patterns", [])),
        lemmas={fold(k): fold(v) for k, v in data.get("lemmas", {}).items()},
        not_triggers=frozenset(fold(w) for w in data.get("not_triggers", [])),
    )


def triggers(
    text: str, toks: Sequence[Token], exclude: SortedSpans | Sequence[TextSpan] = ()
) -> list[Trigger]:
    """Every trigger word among the tokens `toks` of `text` (a sentence) outside the `exclude` spans (the
    dates; sorted once per document by the caller that asks sentence by sentence) and outside names: a
    capitalised word after another, or before one past the sentence's first word ("the Rapid Support
    Forces", "Apple's Worldwide Developers Conference"), unless the sentence is in title case (a headline:
    no lower-case word of TITLE_WORD letters or more).

    Most words are no trigger, which one cached look-up per word tells; the case of the letters and the
    dates are read only for the words that may be."""
    found: list[Trigger] = []
    dates = exclude if isinstance(exclude, SortedSpans) else SortedSpans(exclude)
    headline: bool | None = None
    last = len(toks) - 1
    for k, token in enumerate(toks):
        readings = _readings(token.word)
        if readings is None or dates.overlaps(token.start, token.end):
            continue
        if k and text[token.start].isupper():
            if headline is None:
                headline = not any(text[t.start].islower() and t.end - t.start >= TITLE_WORD for t in toks)
            if not headline and (
                text[toks[k - 1].start].isupper() or (k < last and text[toks[k + 1].start].isupper())
            ):
                continue
        lower, other = readings
        found_as = lower if lower == other else (lower if text[token.start : token.end].islower() else other)
        if found_as is not None:
            lemma, reporting = found_as
            found.append(Trigger(token.start, token.end, lemma, reporting))
    return found


@lru_cache(maxsize=65536)
def _readings(word: str) -> tuple[tuple[str, bool] | None, tuple[str, bool] | None] | None:
    """The lemma of a trigger word (folded) and whether it is a verb of saying, when the word is written in
    lower case and when it is not (None: no trigger written so); None for a word that is no trigger either
    way. Cached: news repeats its words."""
    words = _words()
    readings = tuple(
        None if lemma is None else (lemma, words.reporting.knows(word))
        for lemma in (_found_as(word, True, words), _found_as(word, False, words))
    )
    return None if readings == (None, None) else (readings[0], readings[1])


def _found_as(word: str, lower: bool, words: _Words) -> str | None:
    if word in words.lemmas:
        return words.lemmas[word]
    if words.not_triggers and words.lexicon.blocked(word, words.not_triggers):
        return None
    listed = words.lexicon.lemma(word) or words.reporting.lemma(word)
    if listed is not None:
        return words.lemmas.get(listed, listed)
    if lower:
        for endings, exceptions in (
            (words.verb_endings, words.not_verbs),
            (words.noun_endings, words.not_nouns),
        ):
            if word not in exceptions and any(word.endswith(e) and len(word) > len(e) + 2 for e in endings):
                return word.removesuffix("ed") if endings is words.verb_endings else word
    return words.lexicon.shaped(word, words.patterns, words.not_patterns)


def attach(
    candidates: Sequence[TextSpan], expression: TextSpan, clause: TextSpan, pauses: Sequence[TextSpan] = ()
) -> TextSpan | None:
    """The trigger nearest to `expression` among `candidates` inside `clause`; None when there is none.

    Nearest counts the `pauses` (commas) in between first, then the characters; on a tie, the word
    before the expression wins.
    """
    inside = [c for c in candidates if clause.start <= c.start and c.end <= clause.end]
    commas = SortedSpans(pauses)
    return min(
        inside, key=lambda c: (*distance(c, expression, commas), c.start > expression.start), default=None
    )


def distance(word: TextSpan, expression: TextSpan, pauses: SortedSpans) -> tuple[int, int]:
    """How far apart two spans are: the `pauses` (commas) between them, then the characters."""
    left, right = (
        (word.end, expression.start) if word.end <= expression.start else (expression.end, word.start)
    )
    return pauses.count(left, right), right - left
