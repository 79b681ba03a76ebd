"""The gate (timeline.engine.gate) rules a rule out at a place only where the rule cannot match there: at
every place of every text of the test corpora and of generated texts, every rule of the language whose
regex matches is among those the gate admits."""

from __future__ import annotations

import json
import re
import sys
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from timeline.engine.gate import DIGIT, Gate, opening_of, spelled
from timeline.engine.language import load
from timeline.engine.normalize import normalize
from timeline.engine.sre import parse

_CORPUS = Path(__file__).parent / "corpus"
_OUTSIDE_WORDS = re.compile(r"(?<!\w)")
"""The places a rule can match at (every rule's regex starts with a look-behind for no word character)."""


def _missed(text: str, code: str) -> list[tuple[int, str]]:
    """The (place, rule) pairs where a rule matches the normalized `text` but the gate rules it out."""
    grammar = load(code).grammar
    folded = normalize(text).text
    every = (1 << len(grammar.rules)) - 1
    missed = []
    for place in _OUTSIDE_WORDS.finditer(folded):
        at = place.start()
        admitted = grammar.gate.admitted(folded, at, every)
        for number, rule in enumerate(grammar.rules):
            if not admitted >> number & 1 and rule.regex.match(folded, at):
                missed.append((at, rule.name))
    return missed


def _texts(code: str) -> list[str]:
    lines = []
    for name in (f"{code}.jsonl", f"{code}-negative.jsonl"):
        lines += (_CORPUS / name).read_text("utf-8").splitlines()
    return [json.loads(line)["text"] for line in lines if line.strip()]


@pytest.mark.parametrize("code", ["en", "ar"])
def test_the_gate_admits_every_rule_that_matches_in_the_corpus(code: str) -> None:
    texts = _texts(code)
    assert texts
    missed = [(text[:60], found) for text in texts for found in _missed(text, code)]
    assert missed == []


def _words(code: str) -> list[str]:
    lang = load(code)
    vocab = sorted({w for cls in lang.vocab.values() for w in cls})
    numbers = ["4", "19", "2016", "3pm", "10", "30", "1980s", "٢٠١٦", "15th", "1,742", "2.5"]
    return vocab[:: max(1, len(vocab) // 200)] + numbers + ["the", "of", "in", "and", "في", "من", "ال"]


def _generated(code: str) -> st.SearchStrategy[str]:
    word = st.sampled_from(_words(code))
    sign = st.sampled_from([" ", " ", "  ", ", ", ".", "-", "/", ":", " (", "'", "", "\n"])
    return st.lists(st.tuples(word, sign).map("".join), min_size=1, max_size=8).map("".join)


@settings(max_examples=200, deadline=None)
@given(_generated("en"))
def test_the_gate_admits_every_rule_that_matches_in_english_word_salad(text: str) -> None:
    assert _missed(text, "en") == []


@settings(max_examples=200, deadline=None)
@given(_generated("ar"))
def test_the_gate_admits_every_rule_that_matches_in_arabic_word_salad(text: str) -> None:
    assert _missed(text, "ar") == []


def _gate_of(pattern: str) -> Gate:
    return Gate([opening_of(parse(pattern))])


def test_a_rule_is_ruled_out_by_a_second_word_it_cannot_spell() -> None:
    gate = _gate_of(r"(?<!\w)the\s{1,4}(?:same|following)\s{1,4}day(?!\w)")
    assert gate.admitted("the same day", 0, 1) == 1
    assert gate.admitted("the company said", 0, 1) == 0
    assert gate.admitted("then same day", 0, 1) == 0


def test_digits_are_compared_as_digits_and_classes_it_does_not_spell_admit_any_word() -> None:
    year = _gate_of(r"(?<!\w)(?:in\s)?\d{4}(?!\w)")
    assert year.admitted("2016 was", 0, 1) == 1
    assert year.admitted("in 1999", 0, 1) == 1
    assert year.admitted("450 seats", 0, 1) == 0
    letters = _gate_of(r"(?<!\w)\d{1,2}\s[a-z]+\stime(?!\w)")
    assert letters.admitted("10 eastern time", 0, 1) == 1
    assert spelled("3pm") == f"{DIGIT}pm"


def test_a_rule_that_may_end_after_its_first_word_needs_no_second() -> None:
    gate = _gate_of(r"(?<!\w)(?:jan\.|january)(?:\s\d{4})?(?!\w)")
    assert gate.admitted("jan. the", 0, 1) == 1
    assert gate.admitted("january and", 0, 1) == 1
    assert gate.admitted("june and", 0, 1) == 0


def test_a_construct_the_reading_does_not_follow_leaves_the_rule_always_admitted() -> None:
    backreference = _gate_of(r"(?<!\w)(a)b\1(?!\w)")
    assert backreference.admitted("xyz", 0, 1) == 1
    case_blind = _gate_of(r"(?i)(?<!\w)may(?!\w)")
    assert case_blind.admitted("MAY", 0, 1) == 1


def test_the_categories_the_reading_knows_hold_what_it_assumes() -> None:
    everything = "".join(map(chr, range(sys.maxunicode + 1)))
    word = set(re.findall(r"\w", everything))
    assert word == {c for c in everything if c.isalnum() or c == "_"}
    assert not word & set(re.findall(r"\s", everything))
    assert set(re.findall(r"\d", everything)) <= word
