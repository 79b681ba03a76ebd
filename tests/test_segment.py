"""Sentence and clause segmentation in Arabic and English, and the signals that make a range."""

from __future__ import annotations

from itertools import pairwise

from hypothesis import given
from hypothesis import strategies as st

from timeline.engine.lexicon import TextSpan
from timeline.engine.segment import (
    boundaries,
    clauses,
    heading,
    heading_within,
    headings,
    joins_range,
    sentences,
)


def texts_of(text: str) -> list[str]:
    return [text[s.start : s.end] for s in sentences(text)]


def test_abbreviations_do_not_end_a_sentence() -> None:
    text = "Dr. Smith met U.S. officials in Jan. 2016 at 3 p.m. Monday. The talks ended."
    first = "Dr. Smith met U.S. officials in Jan. 2016 at 3 p.m. Monday."
    assert texts_of(text) == [first, "The talks ended."]


def test_an_ambiguous_abbreviation_ends_a_sentence_before_an_opener() -> None:
    assert texts_of("The firm was founded in the U.S. The company grew.") == [
        "The firm was founded in the U.S.",
        "The company grew.",
    ]


def test_decimals_initials_and_lower_case_continuations_stay_in_the_sentence() -> None:
    assert len(sentences("Prices rose 3.5 percent, J. Smith said. He left.")) == 2
    assert len(sentences("The deal... was signed.")) == 1


def test_a_closing_quote_stays_with_its_sentence() -> None:
    assert texts_of('He said: "It is over." Then they left.') == ['He said: "It is over."', "Then they left."]


def test_arabic_question_mark_ends_and_arabic_comma_does_not() -> None:
    text = "هل زار حفتر موسكو؟ قال المصدر، يوم الإثنين، إنه زارها."
    assert texts_of(text) == ["هل زار حفتر موسكو؟", "قال المصدر، يوم الإثنين، إنه زارها."]


def test_line_breaks_end_a_sentence_unless_the_line_ends_with_a_comma() -> None:
    text = "عنوان الخبر\n30 نوفمبر 2016\nزار الوفد العاصمة الجزائر،\n الأحد الماضي، ثم عاد.\n\nفقرة ثانية"
    assert texts_of(text) == [
        "عنوان الخبر",
        "30 نوفمبر 2016",
        "زار الوفد العاصمة الجزائر،\n الأحد الماضي، ثم عاد.",
        "فقرة ثانية",
    ]


@given(st.text(alphabet=st.sampled_from('ab .?!،؛\n"«»U.S'), max_size=80))
def test_sentences_are_ordered_disjoint_and_cover_every_visible_character(text: str) -> None:
    spans = sentences(text)
    assert all(a.end <= b.start for a, b in pairwise(spans))
    covered = {i for s in spans for i in range(s.start, s.end)}
    assert all(i in covered for i, char in enumerate(text) if not char.isspace())
    assert all(text[s.start : s.end] == text[s.start : s.end].strip() for s in spans)


def clause_texts(text: str, *dates: str, hints: tuple[str, ...] = ()) -> list[str]:
    sentence = sentences(text)[0]
    anchors = [TextSpan(text.index(d), text.index(d) + len(d)) for d in dates]
    hint_spans = [TextSpan(text.index(h), text.index(h) + len(h)) for h in hints]

    def is_hint(span: TextSpan) -> bool:
        return any(span.start <= h.start and h.end <= span.end for h in hint_spans)

    found = boundaries(text, sentence)
    return [text[c.start : c.end] for c in clauses(text, sentence, anchors, found, is_hint)]


def test_headings_are_short_lines_without_a_stop_in_any_script() -> None:
    text = (
        "Siege of the port\n"
        "The garrison held out for weeks.\n"
        "== Aftermath ==\n"
        "and the line that goes on a sentence broken across lines\n"
        "Later years and death\n"
        "He died in 1861.\n"
        "الحصار الثاني\n"
        "انتهى الحصار في مايو.\n"
    )
    found = [text[h.start : h.end] for h in headings(text)]
    assert found == ["Siege of the port", "== Aftermath ==", "Later years and death", "الحصار الثاني"]
    second = text.index("== Aftermath")
    assert heading_within(text, 0, second + len("== Aftermath ==\n"))
    assert not heading_within(text, second, len(text.split("\nLater")[0]) + 1)
    later = text.index("Later years")
    assert heading(text, later, later + len("Later years"))
    died = text.index("1861")
    assert not heading(text, died, died + 4)


def test_a_reporting_verb_and_its_complementizer_open_the_reported_clause() -> None:
    text = "Officials said on Monday that the talks would resume in March."
    expected = ["Officials said on Monday", "the talks would resume in March"]
    assert clause_texts(text, "Monday", "March") == expected
    arabic = 'وقال المصدر إن "الوفد وصل الأحد الماضي".'
    assert clause_texts(arabic, "الأحد الماضي") == ["الوفد وصل الأحد الماضي"]


def test_semicolons_and_connectors_always_separate_clauses() -> None:
    text = "زار الوفد موسكو في يونيو؛ وعاد في سبتمبر، حيث التقى الوزير في أكتوبر."
    assert clause_texts(text, "يونيو", "سبتمبر", "أكتوبر") == [
        "زار الوفد موسكو في يونيو",
        "وعاد في سبتمبر",
        "التقى الوزير في أكتوبر",
    ]


def test_a_single_date_keeps_its_commas_and_two_dates_split_where_triggers_fall() -> None:
    one = "The army, backed by militias, withdrew on Monday, officials said."
    assert clause_texts(one, "Monday") == ["The army, backed by militias, withdrew on Monday, officials said"]
    two = "On Monday, the army withdrew, and on Tuesday, it returned."
    assert clause_texts(two, "Monday", "Tuesday", hints=("withdrew", "returned")) == [
        "On Monday, the army withdrew",
        "and on Tuesday, it returned",
    ]


def test_colons_in_clock_times_and_commas_in_numbers_are_not_boundaries() -> None:
    text = "It lifted off at 10:30 GMT with 1,000 kg on board."
    assert boundaries(text, sentences(text)[0]) == []


def between(text: str, first: str, second: str) -> bool:
    a = text.index(first)
    b = text.index(second, a + len(first))
    return joins_range(text, TextSpan(a, a + len(first)), TextSpan(b, b + len(second)))


def test_range_signals_join_two_dates() -> None:
    assert between("from March 3 to 5", "March 3", "5")
    assert between("June 24-28", "June 24", "28")
    assert between("between 2019 and 2021", "2019", "2021")
    assert between("بين 2019 و2021", "2019", "2021")
    assert between("منذ مساء الإثنين وحتّى  الثلاثاء", "مساء الإثنين", "الثلاثاء")
    assert between("من 3 إلى 5 مارس", "3", "5 مارس")


def test_dates_merely_listed_are_not_a_range() -> None:
    assert not between("on Monday and Tuesday", "Monday", "Tuesday")
    assert not between("في يونيو ثم في سبتمبر", "يونيو", "سبتمبر")
