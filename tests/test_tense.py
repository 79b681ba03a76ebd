"""The tense policy of bare weekdays, months and yearless days: cues in the clause decide the direction."""

from __future__ import annotations

import pytest

import timeline
from timeline.engine.normalize import normalize
from timeline.engine.segment import punctuation
from timeline.engine.tagger import language_for
from timeline.engine.tense import Reading, direction, sentence_bounds


def value_of(text: str, expression: str, published: str) -> str:
    (found,) = [t for t in timeline.tag(text, published) if t.text == expression]
    return found.value


@pytest.mark.parametrize(
    ("text", "expression", "published", "value"),
    [
        # No cue: the most recent one (news are written in the past).
        ("The talks ended on Monday.", "Monday", "2016-11-30", "2016-11-28"),
        ("Prices rose in June.", "June", "2016-11-30", "2016-06"),
        # A future cue in the clause reads forwards, strictly after the publication date.
        ("The talks will resume on Monday.", "Monday", "2016-11-30", "2016-12-05"),
        ("The minister is expected to visit in June.", "June", "2016-11-30", "2017-06"),
        ("سيزور الوزير القاهرة يوم الإثنين.", "يوم الإثنين", "2016-11-30", "2016-12-05"),
        ("ومن المقرر أن تعقد الجولة الثانية في يونيو.", "يونيو", "2016-11-30", "2017-06"),
        # A cue in another clause of the sentence does not count.
        ("Farmers plan to protest next week, their union said Monday night.", "Monday night", "2018-05-22",
         "2018-05-21TNI"),
        # A reporting verb right before the expression makes it past.
        ("The company said Friday that it will cut jobs.", "Friday", "2016-11-30", "2016-11-25"),
        # So does "since" / منذ, even where the news horizon would read forwards.
        ("Prices have doubled since March.", "March", "2016-12-20", "2016-03"),
        ("وفقد الجنيه نصف قيمته منذ مارس.", "مارس", "2016-12-20", "2016-03"),
        # News horizon: with no cue, a month or day whose past reading is over 270 days back and whose
        # next one is at most 92 days ahead reads forwards ...
        ("Track laying starts in late March.", "late March", "2017-01-10", "2017-03"),
        ("Talks in December.", "December", "2016-11-30", "2016-12"),
        ("وحددت المحكمة جلسة 17 يناير.", "17 يناير", "2009-12-31", "2010-01-17"),
        # ... but a past cue in the clause keeps it in the past.
        ("Talks collapsed in December.", "December", "2016-11-30", "2015-12"),
        ("The strike was in March.", "March", "2017-01-10", "2016-03"),
        ("وكانت المحادثات قد انهارت في ديسمبر.", "ديسمبر", "2016-11-30", "2015-12"),
        # A past cue behind a clitic counts (وكانت is كانت).
        ("وكانت المحادثات في مارس.", "مارس", "2017-01-10", "2016-03"),
        # A present-tense verb of a scheduled event reads forwards ...
        ("The summit opens on Monday in Lima.", "Monday", "2016-11-30", "2016-12-05"),
        ("Turkey faces elections on May 14.", "May 14", "2023-03-01", "2023-05-14"),
        ("وتنطلق القمة يوم الإثنين في الرياض.", "يوم الإثنين", "2016-11-30", "2016-12-05"),
        # ... unless a past cue is nearer the expression ...
        ("The summit, which opens each year, was held on Monday.", "Monday", "2016-11-30", "2016-11-28"),
        # ... and the nearer of the two decides when both are there.
        ("She beat Smith last week and faces the top seed on Wednesday.", "Wednesday", "2016-11-28",
         "2016-11-30"),
        # A scheduled event told in the present tense may be today's.
        ("Britons head to the polls on Thursday.", "Thursday", "2024-07-04", "2024-07-04"),
        ("Turkey faces elections in May.", "May", "2023-05-01", "2023-05"),
        # Words that only end in -ed are no past cue: "seed", "need", "hundred".
        ("The top seed plays in December.", "December", "2016-11-30", "2016-12"),
        ("Farmers need rain in December.", "December", "2016-11-30", "2016-12"),
    ],
)  # fmt: skip
def test_the_clause_decides_the_direction(text: str, expression: str, published: str, value: str) -> None:
    assert value_of(text, expression, published) == value


@pytest.mark.parametrize(("prefer", "value"), [("past", "2016-11-28"), ("future", "2016-12-05")])
def test_prefer_overrides_the_cues(prefer: str, value: str) -> None:
    (found,) = timeline.tag("The talks will resume on Monday.", "2016-11-30", prefer=prefer)
    assert found.value == value


@pytest.mark.parametrize(
    "text",
    [
        "Sales rose 1,000 units on Monday, the firm said; on Tuesday, at 10:30, it will: report.",
        "قال الوزير، يوم الإثنين، إن 1،5 مليون سيصلون؛ ثم غادر: الثلاثاء.",
    ],
)
def test_the_marks_read_once_are_those_of_any_span(text: str) -> None:
    """The tense's clause marks, found once per text, are the ones `punctuation` finds in each span, the
    commas between two digits left out as there."""
    norm = normalize(text)
    reading = Reading(text, norm, language_for(text, None))
    size = len(norm.text)
    for start in range(size + 1):
        for end in range(start, size + 1):
            assert reading.marks(start, end) == punctuation(norm.text, start, end)


def test_the_marks_read_by_blocks_are_those_of_spans_across_blocks() -> None:
    text = " ".join(f"on Monday, {n},000 said; then" for n in range(60))
    norm = normalize(text)
    reading = Reading(text, norm, language_for(text, "en"))
    for start in range(0, len(norm.text), 7):
        for end in (start, start + 1, start + 240, start + 700, len(norm.text)):
            assert reading.marks(start, end) == punctuation(norm.text, start, end)


def test_each_span_keeps_its_own_direction() -> None:
    """Directions kept per span: asked again, in any order, each span reads as it did the first time."""
    text = "The talks ended on Monday, and they will resume on Friday."
    norm = normalize(text)
    reading = Reading(text, norm, language_for(text, "en"))
    starts = [text.index(word) for word in ("Monday", "Friday")]
    spans = [(norm.folded(start), norm.folded(start + 6)) for start in starts]
    for span in [*spans, *reversed(spans)]:
        assert reading.direction(*span) == direction(Reading(text, norm, reading.lang), *span)
    assert [reading.direction(*span) for span in spans] == ["past", "future"]


def test_the_sentence_bounds_read_once_are_those_of_each_expression() -> None:
    """Sentence ends mapped once per text land where `sentence_bounds` puts them for each span, through
    the marks normalization deletes."""
    text = "قَالَ الوزيرُ إنه سيزور القاهرة. وعاد يوم الإثنين، ثم غادر يوم الثلاثاءِ. The talks end on Friday."
    norm = normalize(text)
    reading = Reading(text, norm, language_for(text, "ar"))
    size = len(norm.text)
    for start in range(size):
        for end in (start + 1, min(size, start + 7)):
            assert reading.bounds(start, end) == sentence_bounds(text, norm, start, end)
