"""The tense of an expression and the event it dates are read in the same sentence: one segmenter."""

from __future__ import annotations

import pytest

import timeline
from timeline.engine.normalize import normalize
from timeline.engine.segment import sentence_at, sentences
from timeline.engine.tense import sentence_bounds


@pytest.mark.parametrize("company", ["Acme Corp.", "Acme Group", "Acme Inc.", "Acme Co."])
def test_an_abbreviated_company_name_does_not_cut_the_future_off_its_date(company: str) -> None:
    (monday,) = timeline.tag(f"The merger will win approval by {company} on Monday.", "2016-11-30")
    assert monday.value == "2016-12-05"


def test_tense_reads_the_sentence_the_event_table_cuts() -> None:
    text = "Talks were held in the U.S. on Monday. The next round will open on Friday at 3 p.m. sharp."
    norm = normalize(text)
    for word in ("Monday", "Friday"):
        start = text.index(word)
        left, right = sentence_bounds(text, norm, start, start + len(word))
        sentence = sentence_at(text, start)
        assert (left, right) == (sentence.start, sentence.end)
    assert len(sentences(text)) == 2


def test_a_decimal_point_ends_no_sentence_for_the_tense() -> None:
    (june,) = timeline.tag("Prices will rise 3.5 percent in June.", "2016-11-30")
    assert june.value == "2017-06"


def test_sentence_bounds_map_back_through_deleted_marks() -> None:
    text = "قَالَ الوزيرُ إنه سيزور القاهرة. وعاد يوم الإثنين."
    norm = normalize(text)
    start = norm.text.index("يوم الاثنين")
    left, right = sentence_bounds(text, norm, start, start + len("يوم الاثنين"))
    assert norm.text[left:right] == "وعاد يوم الاثنين."


@pytest.mark.parametrize(
    ("text", "expression", "value"),
    [
        # Verbs of saying are one list: the clause frames and the tense read the same words.
        ("أضاف يوم الإثنين أن الوفد سيزور القاهرة.", "يوم الإثنين", "2016-11-28"),
        ("The ministry noted on Monday that talks will resume.", "Monday", "2016-11-28"),
    ],
)
def test_a_past_verb_of_saying_right_before_a_date_makes_it_past(
    text: str, expression: str, value: str
) -> None:
    (found,) = [t for t in timeline.tag(text, "2016-11-30") if t.text == expression]
    assert found.value == value


def test_the_verbs_of_saying_open_a_reported_clause() -> None:
    from timeline.engine.segment import boundaries, reporting_verbs

    assert {"said", "قال"} <= set(reporting_verbs("past"))
    text = "أضاف المصدر أن الوفد وصل."
    (cut,) = [b for b in boundaries(text, sentences(text)[0]) if b.strong]
    assert text[cut.start : cut.end] == "أن"
