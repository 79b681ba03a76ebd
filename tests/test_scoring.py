"""Scoring system output against gold: extent, type, value, interval, negatives, latent records."""

from __future__ import annotations

from typing import Any

import pytest
from hypothesis import given
from hypothesis import strategies as st

from timeline.errors import InputError
from timeline.scoring import PRF, context, render_mistakes, render_report, score

TEXT = "Talks began on Monday 28 November 2016 and ended two days later, officials said last week."


def timex(
    start: int, end: int, /, type_: str = "DATE", value: str | None = "2016-11-28", **extra: Any
) -> dict:
    record: dict[str, Any] = {"char_start": start, "char_end": end, "text": TEXT[start:end], "type": type_}
    if value is not None:
        record["value"] = value
    return record | extra


def doc(id_: str, timexes: list[dict], lang: str = "en", **extra: Any) -> dict:
    return {"id": id_, "lang": lang, "published": "2016-11-30", "text": TEXT, "timexes": timexes} | extra


MONDAY = timex(15, 38, start="2016-11-28T00:00:00", end="2016-11-29T00:00:00", grain="day")
LATER = timex(49, 63, value="2016-11-30", start="2016-11-30T00:00:00", end="2016-12-01T00:00:00", grain="day")
LAST_WEEK = timex(80, 89, value="2016-W47", start="2016-11-21T00:00:00", end="2016-11-28T00:00:00")


def test_identical_output_scores_one_everywhere() -> None:
    gold = [doc("d1", [MONDAY, LATER, LAST_WEEK])]
    report = score(gold, gold)
    for prf in (report.overall.strict, report.overall.relaxed, report.overall.type, report.overall.value):
        assert (prf.precision, prf.recall, prf.f1) == (1.0, 1.0, 1.0)
    assert report.overall.interval.share == 1.0
    assert report.overall.interval.total == 3
    assert report.mistakes == ()


def test_overlapping_span_is_a_relaxed_but_not_a_strict_match() -> None:
    system = [doc("d1", [timex(22, 38, start="2016-11-28T00:00:00", end="2016-11-29T00:00:00")])]
    report = score([doc("d1", [MONDAY])], system)
    assert report.overall.strict == PRF(0, 1, 1)
    assert report.overall.relaxed == PRF(1, 1, 1)
    assert report.overall.value.f1 == 1.0
    assert report.overall.interval.share == 1.0


def test_a_missed_expression_lowers_recall_and_is_listed_with_context() -> None:
    report = score([doc("d1", [MONDAY, LAST_WEEK])], [doc("d1", [MONDAY])])
    assert report.overall.relaxed.precision == 1.0
    assert report.overall.relaxed.recall == 0.5
    (miss,) = report.mistakes
    assert (miss.kind, miss.char_start, miss.char_end) == ("miss", 80, 89)
    assert "[last week]" in miss.context
    assert miss.context.startswith("…")


def test_a_spurious_expression_lowers_precision_and_attribute_precision() -> None:
    spurious = timex(0, 5, value="PRESENT_REF")
    report = score([doc("d1", [MONDAY])], [doc("d1", [MONDAY, spurious])])
    assert report.overall.relaxed.precision == 0.5
    assert report.overall.relaxed.recall == 1.0
    assert report.overall.value == PRF(1, 2, 1)
    assert [m.kind for m in report.mistakes] == ["spurious"]
    assert report.mistakes[0].found == "DATE PRESENT_REF"


def test_relaxed_matching_is_one_to_one_and_prefers_the_larger_overlap() -> None:
    left, right = timex(15, 21, value="2016-11-28"), timex(22, 38, value="2016-11-28")
    system = [doc("d1", [timex(18, 30, value="2016-11-28")])]
    report = score([doc("d1", [left, right])], system)
    assert report.overall.relaxed == PRF(1, 1, 2)
    assert [(m.kind, m.char_start) for m in report.mistakes] == [("miss", 15)]

    two_for_one = [doc("d1", [timex(15, 20), timex(20, 38)])]
    report = score([doc("d1", [MONDAY])], two_for_one)
    assert report.overall.relaxed == PRF(1, 2, 1)
    assert [(m.kind, m.char_start) for m in report.mistakes if m.kind != "interval"] == [("spurious", 15)]


def test_wrong_value_and_type_count_against_attribute_scores_only() -> None:
    wrong = timex(
        15, 38, type_="TIME", value="2016-12-05", start="2016-12-05T00:00:00", end="2016-12-06T00:00:00"
    )
    report = score([doc("d1", [MONDAY])], [doc("d1", [wrong])])
    assert report.overall.relaxed.f1 == 1.0
    assert report.overall.type == PRF(0, 1, 1)
    assert report.overall.value == PRF(0, 1, 1)
    assert report.overall.interval.share == 0.0
    assert [m.kind for m in report.mistakes] == ["value", "interval"]
    value, interval = report.mistakes
    assert (value.expected, value.found) == ("2016-11-28", "2016-12-05")
    assert interval.expected == "[2016-11-28T00:00:00, 2016-11-29T00:00:00)"


def test_alt_value_and_alt_interval_are_accepted() -> None:
    gold = timex(
        15,
        38,
        value="XXXX-11-28",
        alt_value="2016-11-28",
        start="2015-11-28T00:00:00",
        end="2015-11-29T00:00:00",
        alt_start="2016-11-28T00:00:00",
        alt_end="2016-11-29T00:00:00",
    )
    report = score([doc("d1", [gold])], [doc("d1", [MONDAY])])
    assert report.overall.value.f1 == 1.0
    assert report.overall.interval.share == 1.0


def test_interval_bounds_compare_as_instants_and_open_ends_as_null() -> None:
    gold = timex(15, 38, mod="AFTER", start="2016-11-28T00:00:00", end=None)
    system = timex(15, 38, mod="AFTER", start="2016-11-28T00:00", end=None)
    report = score([doc("d1", [gold])], [doc("d1", [system])])
    assert report.overall.interval.share == 1.0

    closed = timex(15, 38, start="2016-11-28T00:00:00", end="2016-11-29T00:00:00")
    report = score([doc("d1", [gold])], [doc("d1", [closed])])
    assert report.overall.interval.share == 0.0


def test_gold_without_value_or_interval_is_left_out_of_those_measures() -> None:
    interval_only = timex(15, 38, value=None, start="2016-11-28T00:00:00", end="2016-11-29T00:00:00")
    no_interval = timex(49, 63, type_="DURATION", value="P2D")
    system = [doc("d1", [timex(15, 38, value="2099-01-01"), timex(49, 63, type_="DURATION", value="P2D")])]
    report = score([doc("d1", [interval_only, no_interval])], system)
    assert report.overall.value == PRF(1, 1, 1)
    assert report.overall.interval.total == 1
    assert report.overall.interval.correct == 0


def test_expressions_in_negative_records_are_counted_and_spurious() -> None:
    negative = doc("n1", [], negative=True)
    report = score([doc("d1", [MONDAY]), negative], [doc("d1", [MONDAY]), doc("n1", [timex(0, 5)])])
    assert report.overall.negative_documents == 1
    assert report.overall.negative_found == 1
    assert report.overall.relaxed == PRF(1, 2, 1)

    clean = score([negative], [])
    assert (clean.overall.negative_documents, clean.overall.negative_found) == (1, 0)


def test_latent_records_are_left_out_unless_kept() -> None:
    gold = [doc("d1", [MONDAY]), doc("lat", [LATER], latent=True)]
    system = [doc("d1", [MONDAY])]
    report = score(gold, system)
    assert report.latent_left_out == 1
    assert report.overall.documents == 1
    assert report.overall.relaxed.recall == 1.0

    kept = score(gold, system, keep_latent=True)
    assert kept.latent_left_out == 0
    assert kept.overall.relaxed.recall == 0.5


def test_scores_are_split_by_gold_language_and_add_up() -> None:
    gold = [doc("e1", [MONDAY, LATER]), doc("a1", [LAST_WEEK], lang="ar")]
    system = [doc("e1", [MONDAY]), doc("a1", [LAST_WEEK])]
    report = score(gold, system)
    assert list(report.by_lang) == ["ar", "en"]
    assert report.by_lang["en"].relaxed == PRF(1, 1, 2)
    assert report.by_lang["ar"].relaxed == PRF(1, 1, 1)
    assert report.overall.relaxed == PRF(2, 2, 3)
    assert report.overall.documents == 2


def test_a_gold_document_without_system_output_is_all_misses() -> None:
    report = score([doc("d1", [MONDAY, LATER])], [])
    assert report.overall.relaxed == PRF(0, 0, 2)
    assert [m.kind for m in report.mistakes] == ["miss", "miss"]


@pytest.mark.parametrize(
    ("gold", "system", "message"),
    [
        ([doc("d1", [])], [doc("zz", [])], "system document zz is not in the gold file"),
        ([doc("d1", []), doc("d1", [])], [], "gold document d1 appears twice"),
        ([doc("d1", [])], [{"id": "d1", "timexes": "2016"}], 'document d1: "timexes" must be a list'),
        (
            [doc("d1", [{"type": "DATE", "value": "2016"}])],
            [],
            "document d1: a timex without valid char_start",
        ),
    ],
)
def test_inconsistent_input_is_an_input_error(gold: list[dict], system: list[dict], message: str) -> None:
    with pytest.raises(InputError, match=message):
        score(gold, system)


def test_rendered_report_has_a_column_per_language_and_the_measures() -> None:
    gold = [doc("e1", [MONDAY, LATER]), doc("a1", [LAST_WEEK], lang="ar", latent=True)]
    header, *lines = render_report(score(gold, [doc("e1", [MONDAY])], keep_latent=True)).splitlines()
    assert header.split() == ["all", "ar", "en"]
    rows = {label: values for label, *values in (line.rsplit(maxsplit=3) for line in lines)}
    assert rows["relaxed extent R"] == ["0.333", "0.000", "0.500"]
    assert rows["interval right / scored"] == ["1/1", "0/0", "1/1"]
    assert rows["documents"] == ["2", "1", "1"]


def test_rendered_mistakes_give_document_kind_offsets_and_context() -> None:
    report = score([doc("d1", [MONDAY, LAST_WEEK])], [doc("d1", [MONDAY])])
    assert render_mistakes(report.mistakes) == (
        "d1\tmiss\t80-89\tgold DATE 2016-W47\t…nd ended two days later, officials said [last week]."
    )


def test_context_keeps_one_line() -> None:
    assert context("a\n\nb  c", 3, 4) == "a [b] c"


spans = st.lists(st.tuples(st.integers(0, 80), st.integers(1, 12)), max_size=8).map(
    lambda pairs: [timex(s, s + n, value=f"2016-11-{s % 28 + 1:02d}") for s, n in pairs]
)


@given(spans, spans)
def test_counts_stay_consistent(gold_timexes: list[dict], system_timexes: list[dict]) -> None:
    report = score([doc("d1", gold_timexes)], [doc("d1", system_timexes)])
    scores = report.overall
    assert scores.strict.correct <= scores.relaxed.correct <= min(len(gold_timexes), len(system_timexes))
    assert scores.value.correct <= scores.relaxed.correct
    for prf in (scores.strict, scores.relaxed, scores.type, scores.value):
        assert 0.0 <= prf.f1 <= 1.0
    misses = sum(1 for m in report.mistakes if m.kind == "miss")
    assert misses == len(gold_timexes) - scores.relaxed.correct


@given(spans)
def test_gold_scored_against_itself_is_perfect(gold_timexes: list[dict]) -> None:
    report = score([doc("d1", gold_timexes)], [doc("d1", gold_timexes)])
    assert report.overall.strict.correct == len(gold_timexes)
    assert report.overall.value.correct == len(gold_timexes)
