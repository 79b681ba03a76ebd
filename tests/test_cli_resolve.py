"""`timeline resolve`: one expression against an explicit anchor, for people and as JSON."""

from __future__ import annotations

import json

import pytest
from checks import assert_one_line_error
from click.testing import CliRunner, Result

from timeline.cli import main


def resolve(*args: str) -> Result:
    return CliRunner().invoke(main, ["resolve", *args])


def as_json(*args: str) -> dict[str, object]:
    result = resolve(*args, "--json")
    assert result.exit_code == 0, result.stderr
    return json.loads(result.stdout)


def test_json_holds_the_value_interval_grain_rule_and_anchor() -> None:
    record = as_json("last June", "--anchor", "2016-11-30")
    assert {
        "text": "last June", "type": "DATE", "value": "2016-06", "mod": None,
        "start": "2016-06-01T00:00:00", "end": "2016-07-01T00:00:00", "grain": "month",
        "anchor": "2016-11-30T00:00:00",
    }.items() <= record.items()  # fmt: skip
    assert isinstance(record["rule"], str) and record["rule"]
    assert isinstance(record["alternatives"], list)


def test_arabic_resolves_against_the_anchor_given() -> None:
    assert as_json("الشهر الماضي", "--anchor", "2016-11-30")["value"] == "2016-10"
    assert as_json("الشهر الماضي", "--anchor", "2017-01-15T10:00:00+03:00")["value"] == "2016-12"


@pytest.mark.parametrize(("prefer", "value"), [("past", "2016-11-28"), ("future", "2016-12-05")])
def test_prefer_picks_the_direction_of_a_bare_weekday(prefer: str, value: str) -> None:
    assert as_json("Monday", "--anchor", "2016-11-30", "--prefer", prefer)["value"] == value


def test_human_output_labels_every_part() -> None:
    result = resolve("last June", "--anchor", "2016-11-30")
    assert result.exit_code == 0, result.stderr
    labelled = dict(line.split(maxsplit=1) for line in result.stdout.splitlines())
    assert labelled["type"] == "DATE"
    assert labelled["value"] == "2016-06"
    assert labelled["mod"] == "none"
    assert labelled["interval"] == "[2016-06-01T00:00:00, 2016-07-01T00:00:00)"
    assert labelled["grain"] == "month"
    assert labelled["anchor"] == "2016-11-30T00:00:00"
    assert {"rule", "alternatives"} <= labelled.keys()


def test_a_missing_anchor_is_an_error_not_today() -> None:
    assert_one_line_error(resolve("yesterday"), "--anchor", "no anchor")


@pytest.mark.parametrize("anchor", ["tomorrow", "2016-02-30", "2016-11", ""])
def test_an_unparsable_anchor_is_one_line(anchor: str) -> None:
    assert_one_line_error(resolve("yesterday", "--anchor", anchor), "--anchor", repr(anchor))


def test_an_unknown_language_is_one_line() -> None:
    assert_one_line_error(resolve("yesterday", "--anchor", "2016-11-30", "--lang", "xx"), "--lang", "'xx'")


@pytest.mark.parametrize("expression", ["the cat sat on the mat", "4 مليارات دينار", ""])
def test_no_expression_found_is_one_line(expression: str) -> None:
    assert_one_line_error(resolve(expression, "--anchor", "2016-11-30"))


@pytest.mark.parametrize(
    ("args", "value", "other"),
    [
        # The language's order unless a flag says otherwise; the other order is the alternative reading.
        (("--lang", "en"), "2024-05-03", ("2024-03-05", "the day-first reading")),
        (("--lang", "en", "--dayfirst"), "2024-03-05", ("2024-05-03", "the month-first reading")),
        (("--lang", "ar"), "2024-03-05", ("2024-05-03", "the month-first reading")),
        (("--lang", "ar", "--monthfirst"), "2024-05-03", ("2024-03-05", "the day-first reading")),
    ],
)
def test_dayfirst_and_monthfirst_choose_the_order_of_a_numeric_date(
    args: tuple[str, ...], value: str, other: tuple[str, str]
) -> None:
    record = as_json("05/03/2024", "--anchor", "2024-06-12", *args)
    assert record["value"] == value
    assert [(r["value"], r["why"]) for r in record["alternatives"]] == [other]  # type: ignore[attr-defined]


@pytest.mark.parametrize("order", ["--dayfirst", "--monthfirst"])
@pytest.mark.parametrize("written", ["25/03/2024", "3/25/2024"])
def test_a_numeric_date_with_a_number_above_12_has_one_reading_whatever_the_flag(
    written: str, order: str
) -> None:
    record = as_json(written, "--anchor", "2024-06-12", "--lang", "en", order)
    assert (record["value"], record["alternatives"]) == ("2024-03-25", [])


def test_the_human_output_names_the_other_order() -> None:
    result = resolve("05/03/2024", "--anchor", "2024-06-12", "--lang", "en")
    assert result.exit_code == 0, result.stderr
    assert "2024-03-05 [2024-03-05T00:00:00, 2024-03-06T00:00:00) (the day-first reading)" in result.stdout
