"""One reading for one written date (issue 13, item 5): partial dates are never anchors, and a numeric
dateline is read as the same date in the article's text is (digits are no evidence of a language)."""

from __future__ import annotations

import pytest
from checks import assert_one_line_error
from click.testing import CliRunner
from hypothesis import given, settings
from hypothesis import strategies as st

import timeline
from timeline.cli import main
from timeline.errors import AnchorError
from timeline.io.dateline import find_dateline

PARTIAL = ("2016", "2016-11", "2016-W48", "2016W48", "2016-w48", "٢٠١٦-١١")


@pytest.mark.parametrize("value", PARTIAL)
def test_no_partial_date_is_an_anchor(value: str) -> None:
    with pytest.raises(AnchorError, match="partial date"):
        timeline.tag("On Monday.", value)
    result = CliRunner().invoke(main, ["tag", "-", "--published", value], input="On Monday.")
    assert_one_line_error(result, "partial date", "2016-11-30")
    result = CliRunner().invoke(main, ["resolve", "Monday", "--anchor", value])
    assert_one_line_error(result, "partial date")


BODIES = {
    "en": "The talks began on {date} in Geneva, officials said.",
    "ar": "بدأت المحادثات في {date} في جنيف، وقال المسؤولون.",
}


@settings(max_examples=20, deadline=None)
@given(st.integers(1, 12), st.integers(1, 12), st.sampled_from(sorted(BODIES)), st.sampled_from(["/", "."]))
def test_a_numeric_dateline_reads_as_the_same_date_in_the_text(
    first: int, second: int, lang: str, sep: str
) -> None:
    date = f"{first:02d}{sep}{second:02d}{sep}2016"
    body = BODIES[lang].format(date=date)
    in_text = [t.value for t in timeline.tag(body, "2016-12-31") if t.text == date]
    dateline = find_dateline(f"{date}\n\n{body}")
    if in_text and dateline is not None:
        assert dateline.date().isoformat() == in_text[0]
    assert (dateline is None) == (not in_text)


def test_a_text_of_digits_alone_still_has_its_iso_dateline() -> None:
    found = find_dateline("2016-11-30\n\n12 34")
    assert found is not None and found.date().isoformat() == "2016-11-30"


@pytest.mark.parametrize("year", ["1600", "1999"])
def test_a_hijri_year_the_converter_cannot_reach_is_dropped_not_guessed(year: str) -> None:
    text = f"وقع ذلك في 10 رمضان {year} هـ في المدينة."
    assert timeline.tag(text, "2016-11-30") == []
    found = timeline.tag("وقع ذلك في 10 رمضان 1445 هـ في المدينة.", "2016-11-30")
    assert [t.value for t in found] == ["2024-03-20"]


@pytest.mark.parametrize(
    ("year", "value"),
    [
        ("1200", "1786-07-07"),
        ("1300", "1883-07-15"),
        ("1342", "1924-04-15"),
        ("١٣٢٠", "1902-12-11"),
        ("890", "1485-09-20"),
    ],
)
def test_a_hijri_year_before_the_tables_is_read_in_the_arithmetic_calendar(year: str, value: str) -> None:
    """Histories date by Hijri years older than the Umm al-Qura tables: the tabular calendar gives their days,
    in the Julian calendar before 1582 as histories write them."""
    text = f"وقع ذلك في 10 رمضان {year} هـ في المدينة."
    assert [t.value for t in timeline.tag(text, "2016-11-30")] == [value]
