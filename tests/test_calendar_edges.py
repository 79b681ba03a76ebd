"""Anchors near the calendar's ends: outside the supported years a one-line error, inside them every
relative expression either resolves or is dropped, through every command and the API (issue 13, 1)."""

from __future__ import annotations

import datetime
from pathlib import Path

import pytest
from checks import assert_one_line_error, write_jsonl
from click.testing import CliRunner, Result
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

import timeline
from timeline.cli import main
from timeline.engine.anchor import YEARS, parse_anchor
from timeline.engine.calendar import day_named
from timeline.errors import AnchorError, TimelineError

FIRST, LAST = YEARS

RELATIVE = (
    "yesterday",
    "tomorrow",
    "next week",
    "last month",
    "next month",
    "last year",
    "next year",
    "next decade",
    "the next century",
    "the last century",
    "in 900 years",
    "900 years ago",
    "in 8000 years",
    "9000 years ago",
    "the 90s",
    "June",
    "Monday",
    "الشهر الماضي",
    "العام الماضي",
    "السنة القادمة",
    "غدا",
    "أمس",
    "منذ ٩٠٠ عام",
    "بعد ٩٠٠ سنة",
)
"""Relative expressions in both languages, some reaching centuries away from their anchor."""

EDGES = st.one_of(
    st.datetimes(datetime.datetime(FIRST, 1, 1), datetime.datetime(FIRST, 1, 31, 23, 59)),
    st.datetimes(datetime.datetime(LAST, 12, 1), datetime.datetime(LAST, 12, 31, 23, 59, 59)),
)
"""Anchors in the first and last month of the supported years."""

SOME = settings(max_examples=25, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])


def run(*args: str | Path) -> Result:
    return CliRunner().invoke(main, list(map(str, args)))


@pytest.mark.parametrize("value", ["0001-01-01", "0999-12-31T23:59", "9001-01-01", "9999-12-31"])
def test_an_anchor_outside_the_supported_years_is_refused(value: str) -> None:
    with pytest.raises(AnchorError, match=f"{FIRST}-{LAST}"):
        parse_anchor(value)
    with pytest.raises(AnchorError):
        parse_anchor(datetime.date.fromisoformat(value[:10]))
    assert_one_line_error(run("resolve", "tomorrow", "--anchor", value), f"{FIRST}-{LAST}")
    assert_one_line_error(run("tag", "-", "--published", value), f"{FIRST}-{LAST}")


@SOME
@given(EDGES, st.sampled_from(RELATIVE))
def test_an_expression_near_the_edge_resolves_or_is_dropped(anchor: datetime.datetime, text: str) -> None:
    sentence = f"It happened {text}."
    for found in timeline.tag(sentence, anchor):
        assert found.start is None or found.start.year <= 9999
    try:
        resolved = timeline.resolve(text, anchor)
    except TimelineError as error:
        assert "no temporal expression" in str(error)
    else:
        assert resolved.value
    result = run("resolve", text, "--anchor", anchor.isoformat())
    assert result.exit_code in (0, 1)
    assert "Traceback" not in result.stderr


@settings(SOME, max_examples=6)
@given(EDGES)
def test_every_command_copes_with_edge_expressions(tmp_path: Path, anchor: datetime.datetime) -> None:
    text = "It was said " + ", ".join(RELATIVE) + "; and on 3 May 2016."
    docs = write_jsonl(
        tmp_path / "edge.jsonl",
        {"id": "a", "text": text, "published": anchor.isoformat(), "lang": "en"},
        {"id": "b", "text": "قيل " + "، ".join(RELATIVE), "published": anchor.isoformat(), "lang": "ar"},
    )
    for args in (
        ("tag", docs),
        ("events", docs, "-q"),
        ("events", docs, "-q", "--skip-bad"),
        ("chart", docs, "-q", "-o", tmp_path / "c.json"),
    ):
        result = run(*args)
        assert result.exit_code == 0, (args, result.stderr)
    gold = write_jsonl(
        tmp_path / "gold.jsonl",
        {"id": "g", "text": text, "published": anchor.date().isoformat(), "lang": "en", "timexes": []},
    )
    result = run("eval", gold)
    assert result.exit_code == 0, result.stderr


@pytest.mark.parametrize(
    ("value", "named"),
    [
        ("2011-07-26", datetime.datetime(2011, 7, 26)),
        ("2011-07-26T19:30", datetime.datetime(2011, 7, 26)),
        ("2011-07-26TEV", datetime.datetime(2011, 7, 26)),
        ("2011-07", None),
        ("2011-W30", None),
        ("XXXX-07-26", None),
        ("2011-02-30", None),
    ],
)
def test_the_day_a_value_names(value: str, named: datetime.datetime | None) -> None:
    """A part of the day has no interval of its own, but the walk still reads the day it is on ("the evening
    of March 3, 2009" lends its year to a later "March 11"); a month, a week or an unknown year names none."""
    found = day_named(value)
    assert (found.start if found is not None else None) == named
    if found is not None:
        assert found.end - found.start == datetime.timedelta(days=1)
