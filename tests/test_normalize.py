"""Normalization: Arabic letter forms, digits and marks folded once, with a map back to original offsets."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from timeline.engine.lexicon import tokens
from timeline.engine.normalize import fold, fold_script, normalize

TATWEEL = "\u0640"
MARKS = [TATWEEL, "\u064b", "\u064e", "\u064f", "\u0650", "\u0651", "\u0652", "\u0670", "\u200f"]


@pytest.mark.parametrize(
    ("text", "folded"),
    [
        ("أمس", "امس"),
        ("إبريل", "ابريل"),
        ("آذار", "اذار"),
        ("ٱلعام", "العام"),
        ("الماضى", "الماضي"),
        ("السنة المقبلة", "السنه المقبله"),
        ("٣٠ نوفمبر ٢٠١٦", "30 نوفمبر 2016"),
        ("۱۴۳۷", "1437"),
        ("2016–2017", "2016-2017"),
        ("2016—2017", "2016-2017"),
        ("monday’s", "monday's"),
        ("30\u00a0nov.", "30 nov."),
        ("١٠٫٥", "10.5"),
    ],
)
def test_folds_letter_forms_digits_and_punctuation_keeping_length(text: str, folded: str) -> None:
    norm = normalize(text)
    assert norm.text == folded
    assert [norm.original(i) for i in range(len(folded) + 1)] == list(range(len(text) + 1))


@pytest.mark.parametrize(
    ("text", "folded"),
    [
        ("عاماً", "عاما"),
        ("مطّلعة", "مطلعه"),
        ("لــ", "ل"),
        ("يَوْمَ الإثْنَيْنِ", "يوم الاثنين"),
        ("الأسبـــوع", "الاسبوع"),
        ("\u200fأمس", "امس"),
    ],
)
def test_drops_diacritics_tatweel_and_direction_marks(text: str, folded: str) -> None:
    assert normalize(text).text == folded


def test_offsets_map_back_past_deleted_marks() -> None:
    text = 'وقال المصدر لــ"العربي الجديد" إن حفتر زار موسكو عاماً كاملاً'
    norm = normalize(text)
    quote = norm.text.index('"')
    assert text[norm.original(quote)] == '"'
    word = norm.text.index("عاما")
    start, end = norm.original(word), norm.original(word + len("عاما"))
    assert text[start:end] == "عاماً"


def test_a_span_end_keeps_the_marks_of_its_last_letter() -> None:
    text = "مطّلعة يَوْمَ"
    norm = normalize(text)
    assert norm.text == "مطلعه يوم"
    assert text[norm.original(0) : norm.original(5)] == "مطّلعة"
    assert text[norm.original(6) : norm.original(9)] == "يَوْمَ"


def test_plain_lower_case_ascii_is_unchanged() -> None:
    text = "on monday, november 28, 2016, at 3 p.m. (gmt)"
    norm = normalize(text)
    assert norm.text == text
    assert norm.original(len(text)) == len(text)


def test_vocabulary_folding() -> None:
    assert fold("MONDAY") == "monday"
    assert fold("أيار") == "ايار"
    assert fold("الماضى") == fold("الماضي")
    assert fold_script("Mon") == "Mon"
    assert fold_script("إ(?:بريل)") == "ا(?:بريل)"


ARABIC_TEXT = st.text(
    alphabet=st.sampled_from(list("أإآاىيةهوبلمنعس ٠١٢٣٤٥٦٧٨٩0123456789abc.,") + MARKS),
    max_size=60,
)


@given(ARABIC_TEXT)
def test_every_normalized_character_comes_from_its_original_offset(text: str) -> None:
    norm = normalize(text)
    deleted = sum(text.count(mark) for mark in MARKS)
    assert len(norm.text) == len(text) - deleted
    offsets = [norm.original(i) for i in range(len(norm.text) + 1)]
    assert offsets == sorted(offsets)
    assert offsets[-1] == len(text)
    for i, ch in enumerate(norm.text):
        assert normalize(text[offsets[i]]).text == ch


@given(ARABIC_TEXT, st.integers(0, 60), st.integers(0, 60))
def test_the_offsets_of_a_stretch_map_back_as_each_offset_does(text: str, low: int, high: int) -> None:
    norm = normalize(text)
    low, high = sorted((min(low, len(norm.text)), min(high, len(norm.text))))
    assert norm.originals(low, high) == [norm.original(i) for i in range(low, high + 1)]


def test_words_keep_their_offsets_in_a_text_with_marks() -> None:
    text = "قالَ الوزيرُ ـــ إنّ المحادثاتِ ستُستأنف"
    assert [text[t.start : t.end] for t in tokens(text)] == text.replace("ـــ ", "").split()
    assert [text[t.start : t.end] for t in tokens(text, 5, 12)] == ["الوزيرُ"]


@given(st.text(max_size=80))
def test_normalizing_twice_changes_nothing_more(text: str) -> None:
    once = normalize(text).text
    assert normalize(once).text == once
