"""The `timeline` namespace of Polars expressions (`import timeline.polars`): each row gives what the API
gives for it, null in is null out, and a bad anchor is a null and a warning, never a failed query."""

from __future__ import annotations

import datetime
import subprocess
import sys
import warnings
from typing import Any

import pendulum
import polars as pl
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

import timeline
import timeline.polars
from timeline import AnchorError, LanguageError, TimelineError, Timex
from timeline.errors import InputError
from timeline.polars import TIMEX, BadAnchorWarning

TEXTS = [
    "Talks ended on Monday and resume next month.",
    "زار الوفد موسكو يوم الإثنين الماضي، وتستأنف المحادثات الأسبوع المقبل.",
    "The minister resigned in June 2015; a year later he returned.",
    "Nothing to see.",
    "",
]
DAY = datetime.date(2016, 11, 30)


def fields(timex: Timex) -> dict[str, Any]:
    """What a struct holds for one expression: the jsonl fields, the interval as datetimes."""
    found = timex.as_dict()
    found["start"] = None if timex.start is None else datetime.datetime.fromisoformat(found["start"])
    found["end"] = None if timex.end is None else datetime.datetime.fromisoformat(found["end"])
    return found


def test_the_struct_holds_the_jsonl_fields_in_their_order() -> None:
    [timex] = timeline.tag("Monday", published=DAY)
    assert [field.name for field in TIMEX.fields] == list(timex.as_dict())


ANCHOR_COLUMNS: dict[str, pl.Series] = {
    "ISO text": pl.Series(["2016-11-30"] * len(TEXTS)),
    "Date": pl.Series([DAY] * len(TEXTS), dtype=pl.Date),
    "Datetime": pl.Series([datetime.datetime(2016, 11, 30)] * len(TEXTS)),
    "zoned Datetime": pl.Series([datetime.datetime(2016, 11, 30)] * len(TEXTS)).dt.replace_time_zone(
        "Asia/Riyadh"
    ),
}
LITERALS: dict[str, Any] = {
    "ISO text": "2016-11-30",
    "date": DAY,
    "datetime": datetime.datetime(2016, 11, 30),
    "pendulum DateTime": pendulum.datetime(2016, 11, 30, tz="Africa/Cairo"),
}
EXPECTED = [[fields(t) for t in timeline.tag(text, published=DAY)] for text in TEXTS]


@pytest.mark.parametrize("kind", ANCHOR_COLUMNS)
def test_tag_gives_each_text_its_expressions_from_a_column_of_anchors(kind: str) -> None:
    frame = pl.DataFrame({"body": TEXTS, "date": ANCHOR_COLUMNS[kind]})
    tagged = frame.with_columns(found=pl.col("body").timeline.tag(published=pl.col("date")))
    assert tagged["found"].dtype == pl.List(TIMEX)
    assert tagged["found"].to_list() == EXPECTED


@pytest.mark.parametrize("kind", LITERALS)
def test_tag_takes_one_anchor_for_every_row_in_any_form(kind: str) -> None:
    frame = pl.DataFrame({"body": TEXTS})
    assert frame.select(pl.col("body").timeline.tag(published=LITERALS[kind]))["body"].to_list() == EXPECTED


def test_eager_and_lazy_select_and_with_columns_agree() -> None:
    frame = pl.DataFrame({"body": TEXTS, "date": [DAY] * len(TEXTS)})
    tagged = pl.col("body").timeline.tag(published=pl.col("date"))
    eager = frame.select(tagged)
    assert eager.equals(frame.lazy().select(tagged).collect())
    assert eager.equals(frame.lazy().with_columns(tagged).select("body").collect(engine="streaming"))
    assert eager.equals(frame.with_columns(tagged).select("body"))


def test_nulls_in_give_nulls_out_and_a_text_without_dates_an_empty_list() -> None:
    frame = pl.DataFrame({"body": ["Monday.", None, "Monday.", "No dates."], "date": [DAY, DAY, None, DAY]})
    with warnings.catch_warnings():
        warnings.simplefilter("error")  # a null is no bad anchor: nothing is warned
        found = frame.select(pl.col("body").timeline.tag(published=pl.col("date")))["body"].to_list()
    assert [None if f is None else len(f) for f in found] == [1, None, None, 0]


PHRASES = ["last June", "الشهر الماضي", "the past six months", "next Friday at 3pm"]


@pytest.mark.parametrize("phrase", PHRASES)
def test_resolve_gives_each_expression_what_the_api_gives(phrase: str) -> None:
    frame = pl.DataFrame({"phrase": [phrase], "anchor": ["2016-11-30T10:00:00"]})
    [struct] = frame.select(pl.col("phrase").timeline.resolve(anchor=pl.col("anchor")))["phrase"].to_list()
    assert struct == fields(timeline.resolve(phrase, anchor="2016-11-30T10:00:00"))


def test_resolve_gives_null_where_nothing_is_found_or_nothing_is_given() -> None:
    frame = pl.DataFrame({"phrase": ["no date here", None, "tomorrow"]})
    resolved = frame.select(pl.col("phrase").timeline.resolve(anchor=DAY))["phrase"]
    assert resolved.dtype == TIMEX
    assert resolved.is_null().to_list() == [True, True, False]
    assert resolved.struct.field("value").to_list() == [None, None, "2016-12-01"]


def test_the_api_arguments_reach_every_row() -> None:
    def value(phrase: str = "Monday", **arguments: Any) -> str:
        frame = pl.DataFrame({"phrase": [phrase]})
        resolved = frame.select(pl.col("phrase").timeline.resolve(anchor=DAY, **arguments))
        return str(resolved["phrase"].struct.field("value")[0])

    assert value(prefer="past") == timeline.resolve("Monday", DAY, prefer="past").value == "2016-11-28"
    assert value(prefer="future") == timeline.resolve("Monday", DAY, prefer="future").value == "2016-12-05"
    assert value("5/3/2016 talks", dayfirst=True) == "2016-03-05"
    assert value("5/3/2016 talks", dayfirst=False) == "2016-05-03"
    story = pl.DataFrame({"text": ["Talks on 5/3/2016."]})
    ordered = story.select(pl.col("text").timeline.tag(published=DAY, dayfirst=True))
    assert [t["value"] for t in ordered["text"][0]] == ["2016-03-05"]
    story = pl.DataFrame({"text": ["In 1940 the army moved. In April it stopped."]})
    narrative = story.select(pl.col("text").timeline.tag(published=DAY, genre="narrative"))
    assert [t["value"] for t in narrative["text"][0]] == [
        t.value for t in timeline.tag(story["text"][0], DAY, genre="narrative")
    ]


@pytest.mark.parametrize(
    ("arguments", "error"),
    [
        ({"prefer": "sideways"}, TimelineError),
        ({"genre": "poetry"}, TimelineError),
        ({"dayfirst": "no"}, TimelineError),
        ({"lang": "xx"}, LanguageError),
        ({"published": "date"}, AnchorError),
        ({"published": "2016-11"}, AnchorError),
    ],
)
def test_arguments_every_row_shares_are_checked_when_the_expression_is_built(
    arguments: dict[str, Any], error: type[TimelineError]
) -> None:
    with pytest.raises(error):
        pl.col("text").timeline.tag(**{"published": DAY, **arguments})


def test_a_literal_anchor_that_looks_like_a_column_name_says_how_to_give_a_column() -> None:
    with pytest.raises(AnchorError, match=r"pl\.col"):
        pl.col("phrase").timeline.resolve(anchor="date")


BAD = pl.DataFrame(
    {
        "body": ["Monday.", "Monday.", "Monday.", "Monday.", "Monday."],
        "date": ["2016-11-30", "soon", "2016-11-30", "2016-02-30", "2016-11"],
    }
)


def test_bad_anchors_are_nulls_and_one_warning_counting_them_and_naming_the_first() -> None:
    with pytest.warns(BadAnchorWarning) as warned:
        found = BAD.select(pl.col("body").timeline.tag(published=pl.col("date")))["body"]
    assert found.is_null().to_list() == [False, True, False, True, True]
    [warning] = warned
    assert str(warning.message).startswith(
        "3 row(s)"
    ) and "row index 1: cannot read the anchor 'soon'" in str(warning.message)


def test_strict_makes_a_bad_anchor_an_error_naming_its_row() -> None:
    with pytest.raises(AnchorError, match="row index 1: cannot read the anchor 'soon'"):
        BAD.lazy().select(pl.col("body").timeline.tag(published=pl.col("date"), strict=True)).collect()


def test_columns_of_the_wrong_type_are_an_error() -> None:
    frame = pl.DataFrame({"number": [1], "text": ["Monday"], "day": [20161130]})
    with pytest.raises(InputError, match="String column of texts, found Int64"):
        frame.select(pl.col("number").timeline.tag(published=DAY))
    with pytest.raises(InputError, match="String, Date or Datetime column, found Int64"):
        frame.select(pl.col("text").timeline.tag(published=pl.col("day")))


PIECES = st.sampled_from(
    ["Talks ended on Monday.", "He left last June.", "وصل الوفد أمس.", "No dates.", "In 2015 it began.", " "]
)
DATES = st.dates(datetime.date(1950, 1, 1), datetime.date(2050, 12, 31))


@settings(deadline=None, max_examples=40)
@given(
    st.lists(st.tuples(st.lists(PIECES, max_size=3).map(" ".join) | st.none(), DATES | st.none()), max_size=8)
)
def test_each_row_is_the_api_on_that_row(rows: list[tuple[str | None, datetime.date | None]]) -> None:
    frame = pl.DataFrame(rows, schema={"text": pl.String, "day": pl.Date}, orient="row")
    found = frame.select(pl.col("text").timeline.tag(published=pl.col("day")))["text"].to_list()
    assert found == [
        None if text is None or day is None else [fields(t) for t in timeline.tag(text, day)]
        for text, day in rows
    ]


def test_importing_timeline_registers_nothing_and_imports_no_polars() -> None:
    code = (
        "import sys, timeline; print('polars' in sys.modules); "
        "import polars as pl; print(hasattr(pl.col('x'), 'timeline')); "
        "import timeline.polars; print(hasattr(pl.col('x'), 'timeline'), callable(timeline.events))"
    )
    found = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert found.stdout.split() == ["False", "False", "True", "True"]
    assert timeline.polars.TimelineExpressions is not None
