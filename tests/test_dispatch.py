"""The recognizer tries each rule only where it can start (head words, numbers that have a date-like
word or sign after them) and only if the words there leave it possible (the gate): that must find exactly
what trying every rule at every word finds."""

from __future__ import annotations

import dataclasses
import json
import re
import tomllib
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from timeline.engine.grammar import Dispatch, Grammar, Rule
from timeline.engine.language import Language, load
from timeline.engine.normalize import fold_script, normalize
from timeline.engine.recognize import Mention, recognize


class _EveryRuleEverywhere(Grammar):
    def longest(
        self, text: str, at: int, start: str, endpos: int | None = None
    ) -> tuple[Rule, re.Match[str]] | None:
        return Dispatch(self.rules).longest(text, at, endpos)


def _exhaustive(lang: Language) -> Language:
    g = lang.grammar
    every = _EveryRuleEverywhere(g.rules, g.clitics, re.compile(r"(?<!\w)\w+|[('](?=\w)"))
    return dataclasses.replace(lang, grammar=every)


def _both(text: str, code: str) -> tuple[list[Mention], list[Mention]]:
    lang = load(code)
    norm = normalize(text)
    return recognize(norm, text, lang), recognize(norm, text, _exhaustive(lang))


_NUMBERS = [
    "4",
    "19",
    "2016",
    "1980s",
    "3pm",
    "10:30",
    "11/30/2016",
    "15",
    "700",
    "2.5",
    "1530",
    "٢٠١٦",
    "1,742",
    "2.30pm",
    "10.31.1974",
    "3.5",
    "2.4%",
]
_SIGNS = [" ", " ", " ", ", ", ". ", "-", "/", ":", " (", ") ", "\n"]
_FILLER = {
    "en": ["said", "people", "the", "company", "of", "in", "at", "on", "a", "percent", "million", "that"],
    "ar": ["قال", "مليارات", "دينار", "كم", "المرة", "في", "من", "إلى", "الـ", "الـ19", "وال5", "بنسبة"],
}


def _words(code: str) -> list[str]:
    lang = load(code)
    vocab = sorted({w for cls in lang.vocab.values() for w in cls if " " not in w})
    return vocab[:: max(1, len(vocab) // 150)] + _FILLER[code] + _NUMBERS


def _texts(code: str) -> st.SearchStrategy[str]:
    token = st.sampled_from(_words(code))
    sign = st.sampled_from(_SIGNS)
    pair = st.tuples(token, sign).map("".join)
    return st.lists(pair, min_size=1, max_size=14).map("".join)


@settings(max_examples=150, deadline=None)
@given(_texts("en"))
def test_english_dispatch_finds_what_every_rule_everywhere_finds(text: str) -> None:
    fast, slow = _both(text, "en")
    assert fast == slow


@settings(max_examples=150, deadline=None)
@given(_texts("ar"))
def test_arabic_dispatch_finds_what_every_rule_everywhere_finds(text: str) -> None:
    fast, slow = _both(text, "ar")
    assert fast == slow


def test_a_day_number_glued_to_the_article_is_a_candidate() -> None:
    fast, slow = _both("وصل الوفد في الـ19 من سبتمبر والـ5 من أكتوبر", "ar")
    assert fast == slow
    assert [m.rule for m in fast] == ["date.day-month-year", "date.day-month-year"]


def _corpus_texts(code: str) -> list[str]:
    folder = Path(__file__).parent / "corpus"
    return [
        normalize(json.loads(line)["text"]).text
        for name in (f"{code}.jsonl", f"{code}-negative.jsonl")
        for line in (folder / name).read_text(encoding="utf-8").splitlines()
        if line.strip()
    ]


@pytest.mark.parametrize("code", ["en", "ar"])
def test_names_are_tried_only_where_one_can_start_and_none_is_lost(code: str) -> None:
    """The names holding time words are tried only at the words they can start with; at every word of
    the test corpora, what the whole regex matches there is still found."""
    names = load(code).names
    raw = tomllib.loads((Path(__file__).parents[1] / "timeline" / "lang" / f"{code}.toml").read_text("utf-8"))
    whole = re.compile(fold_script(raw["weak"]["names"]))
    found = 0
    for text in _corpus_texts(code):
        for word in re.finditer(r"(?<!\w)\w", text):
            at = word.start()
            match = whole.match(text, at)
            spans = {m.span() for m in names.matches(text, at, at + 1, len(text))}
            if match is not None:
                found += 1
                assert match.span() in spans, (code, text[at : at + 60])
    assert found > 20  # the corpora hold names: "USA Today", صحيفة اليوم
