"""Find event triggers: the verbs and event nouns of a text (زار، زيارته، visited, the visit, talks).

Trigger words are language data (`lang/triggers_<code>.toml`): verbs and event nouns, matched in their
inflected forms; in English an unlisted lower-case word in "-ed" counts as a verb and one in "-ation" or
"-ment" as an event noun (nominalisations), in Arabic a word of a masdar pattern (تفعيل، افتعال، استفعال،
مفاعلة ...) as an event noun. Verbs of saying (the `[reporting]` lists of `lang/segment_<code>.toml`) are
triggers too, marked as such. Each trigger carries its lemma: the listed word it was found as (or the
`[lemmas]` entry of an irregular form), else the word without its ending.

A light verb with an event noun as its object ("held talks", "gave a keynote", قام بزيارة: `[light]`) is one
trigger from the verb to the noun, with the noun's lemma: the noun tells the event, the verb's place in its
clause tells its subject and tense.

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
from timeline.engine.segment import SortedSpans, punctuation, reporting_verbs

TITLE_WORD = 4
"""A word this long in lower case shows a sentence is not in title case ("Apple Unveils Phone at Fair")."""
LIGHT_REACH = 3
"""How many words may stand between a light verb and its event noun: a determiner and adjectives ("gave
his annual keynote"), or the subject of a verb-first Arabic clause (أجرى وزير الخارجية محادثات)."""


@dataclass(frozen=True, slots=True)
class Trigger(TextSpan):
    """A trigger word: its offsets in the text, its lemma, whether it is a verb of saying and whether it is
    read as a noun: a word that is only a noun (a listed noun, a nominalisation, a masdar), or one that may
    also be a verb after a determiner (`[determiners]`: "the attack", الهجوم) or right after another
    trigger, as its object or the head of its compound ("resumed talks", "ceasefire talks"), unless it
    has a verb's ending ("talks collapsed": `verb_endings`)."""

    lemma: str
    reporting: bool
    noun: bool = False


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
    nouns: frozenset[str]
    verbs: frozenset[str]
    light: frozenset[str]
    not_between: frozenset[str]
    determiners: frozenset[str]
    determiner_prefixes: tuple[str, ...]


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
        nouns=frozenset(fold(w) for w in data["nouns"]),
        verbs=frozenset(fold(w) for w in data["verbs"]),
        light=frozenset(fold(w) for w in data.get("light", {}).get("verbs", [])),
        not_between=frozenset(fold(w) for w in data.get("light", {}).get("not_between", [])),
        determiners=frozenset(fold(w) for w in data.get("determiners", {}).get("words", [])),
        determiner_prefixes=tuple(fold(w) for w in data.get("determiners", {}).get("prefixes", [])),
    )


@dataclass(frozen=True, slots=True)
class _Found:
    """What a trigger word is: its lemma, whether it is a verb of saying, whether it may be an event noun
    (a listed noun, a nominalisation, a masdar), whether it may be a verb, whether it is a light verb and
    whether it is an unlisted word taken for a verb by its ending, which after a determiner is an adjective
    ("each affected family", "the injured") and no event."""

    lemma: str
    reporting: bool
    noun: bool
    verb: bool
    light: bool
    guessed: bool


def triggers(
    text: str,
    toks: Sequence[Token],
    exclude: SortedSpans | Sequence[TextSpan] = (),
    salient: Sequence[int] | None = None,
) -> list[Trigger]:
    """Every trigger word among the tokens `toks` of `text` (a sentence) outside the `exclude` spans (the
    dates; sorted once per document by the caller that asks sentence by sentence) and outside names: a
    capitalised word after another, or before one past the sentence's first word ("the Rapid Support
    Forces", "Apple's Worldwide Developers Conference"), unless the sentence is in title case (a headline:
    no lower-case word of TITLE_WORD letters or more).

    Most words are no trigger, which one cached look-up per word tells; the case of the letters and the
    dates are read only for the words that may be. A light verb and its event noun make one trigger
    (`_object`), and a word that may be a noun or a verb is read as one (`Trigger.noun`). `salient`, when
    given, are the indices of the tokens that may be triggers (and others: see `timeline.events.salient`),
    in order: only those are looked up."""
    found: list[tuple[int, _Found]] = []
    dates = exclude if isinstance(exclude, SortedSpans) else SortedSpans(exclude)
    headline: bool | None = None
    last = len(toks) - 1
    for k in range(len(toks)) if salient is None else salient:
        token = toks[k]
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
        found_as = lower if lower is other else (lower if text[token.start : token.end].islower() else other)
        if found_as is not None and not (found_as.guessed and determined(toks, k)):
            found.append((k, found_as))
    result = []
    i = 0
    while i < len(found):
        k, word = found[i]
        j = _object(text, toks, found, i, dates) if word.light else None
        if j is None:
            after = i > 0 and found[i - 1][0] == k - 1 and not toks[k].word.endswith(_words().verb_endings)
            noun = word.noun and (not word.verb or after or determined(toks, k))
            result.append(Trigger(toks[k].start, toks[k].end, word.lemma, word.reporting, noun))
            i += 1
        else:
            head = found[j][1]
            result.append(Trigger(toks[k].start, toks[found[j][0]].end, head.lemma, head.reporting))
            i = j + 1
    return result


def determined(toks: Sequence[Token], k: int) -> bool:
    """Whether the word `toks[k]` follows a determiner or carries one (`[determiners]`): "the attack",
    الهجوم — a noun, where the word may also be a verb."""
    return after_determiner(toks, k) or toks[k].word.startswith(_words().determiner_prefixes)


def after_determiner(toks: Sequence[Token], k: int) -> bool:
    """Whether the word `toks[k]` follows a determiner word (`[determiners] words`): "the attack"; "the
    Thursday session", a date that modifies the noun after it."""
    return k > 0 and toks[k - 1].word in _words().determiners


def _object(
    text: str, toks: Sequence[Token], found: Sequence[tuple[int, _Found]], i: int, dates: SortedSpans
) -> int | None:
    """The index in `found` of the event noun whose light verb is `found[i]`: the next trigger, a noun at
    most LIGHT_REACH words on, with no mark, date or `[light] not_between` word before it; then the last
    of the nouns right after it ("opening keynote": the head of a compound). None when there is none."""
    k = found[i][0]
    if i + 1 == len(found) or not found[i + 1][1].noun or found[i + 1][0] - k - 1 > LIGHT_REACH:
        return None
    between = toks[k + 1 : found[i + 1][0]]
    stop = _words().not_between
    end = toks[found[i + 1][0]].start
    if (
        any(t.word in stop for t in between)
        or dates.overlaps(toks[k].end, end)
        or punctuation(text, toks[k].end, end)
    ):
        return None
    j = i + 1
    while j + 1 < len(found) and found[j + 1][0] == found[j][0] + 1 and found[j + 1][1].noun:
        if punctuation(text, toks[found[j][0]].end, toks[found[j + 1][0]].start):
            break
        j += 1
    return j


def may_trigger(word: str) -> bool:
    """Whether the word (folded) may be a trigger, in some case of its letters."""
    return _readings(word) is not None


@lru_cache(maxsize=65536)
def _readings(word: str) -> tuple[_Found | None, _Found | None] | None:
    """What the word (folded) is as a trigger when written in lower case and when not (None: no trigger
    written so); None for a word that is no trigger either way. Cached: news repeats its words. Two equal
    readings are one object, which `triggers` tells by identity."""
    lower, other = _reading(word, True), _reading(word, False)
    if lower == other:
        return None if lower is None else (lower, lower)
    return lower, other


def _reading(word: str, lower: bool) -> _Found | None:
    """What the word (folded; `lower`: written in lower case) is as a trigger; None for a word that is no
    trigger."""
    words = _words()
    lemma = _found_as(word, lower, words)
    if lemma is None:
        return None
    noun = (
        lemma in words.nouns
        or (lower and word not in words.not_nouns and word.endswith(words.noun_endings))
        or words.lexicon.shaped(word, words.patterns, words.not_patterns) is not None
    )
    reporting = words.reporting.knows(word)
    verb = not noun or reporting or lemma in words.verbs
    guessed = verb and not reporting and lemma not in words.verbs and word.endswith(words.verb_endings)
    return _Found(lemma, reporting, noun, verb, lemma in words.light, guessed)


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
