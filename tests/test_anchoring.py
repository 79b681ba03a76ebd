"""The news anchoring policy: which Monday, which June, which week, on every weekday and at calendar edges.

Bare weekday in a past (default) sentence: the most recent such day on or before the publication date,
the same day included. last X / X الماضي: strictly before. next X / X المقبل / القادم: strictly after.
A future cue (will, سـ، سوف) turns a bare weekday forward; prefer="past" / "future" overrides the tense
but never an explicit last/next. Weeks are ISO weeks.
"""

from __future__ import annotations

import datetime
from collections.abc import Callable

import pytest
from test_resolve_en import Row, day, month, reading, week, year

import timeline
from timeline.model import iso

WEEK = [datetime.date(2016, 11, 28) + datetime.timedelta(days=i) for i in range(7)]  # Monday .. Sunday
EN_DAYS = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"]
AR_DAYS = ["الإثنين", "الثلاثاء", "الأربعاء", "الخميس", "الجمعة", "السبت", "الأحد"]

Rule = Callable[[datetime.date, int], datetime.date]


def on_or_before(anchor: datetime.date, weekday: int) -> datetime.date:
    return anchor - datetime.timedelta(days=(anchor.isoweekday() - weekday) % 7)


def strictly_before(anchor: datetime.date, weekday: int) -> datetime.date:
    return anchor - datetime.timedelta(days=(anchor.isoweekday() - weekday - 1) % 7 + 1)


def strictly_after(anchor: datetime.date, weekday: int) -> datetime.date:
    return anchor + datetime.timedelta(days=(weekday - anchor.isoweekday() - 1) % 7 + 1)


# (template with {day}, day names, rule, prefer); a sentence template is tagged, its one date read.
FORMS: list[tuple[str, list[str], Rule, str]] = [
    ("{day}", EN_DAYS, on_or_before, "tense"),
    ("on {day}", EN_DAYS, on_or_before, "tense"),
    ("The minister met the envoy on {day}.", EN_DAYS, on_or_before, "tense"),
    ("last {day}", EN_DAYS, strictly_before, "tense"),
    ("next {day}", EN_DAYS, strictly_after, "tense"),
    ("The minister will visit Cairo on {day}.", EN_DAYS, strictly_after, "tense"),
    ("{day}", EN_DAYS, strictly_after, "future"),
    ("{day}", EN_DAYS, on_or_before, "past"),
    ("The minister will visit Cairo on {day}.", EN_DAYS, on_or_before, "past"),
    ("last {day}", EN_DAYS, strictly_before, "future"),
    ("next {day}", EN_DAYS, strictly_after, "past"),
    ("{day}", AR_DAYS, on_or_before, "tense"),
    ("يوم {day}", AR_DAYS, on_or_before, "tense"),
    ("التقى الوزير المبعوث يوم {day}.", AR_DAYS, on_or_before, "tense"),
    ("{day} الماضي", AR_DAYS, strictly_before, "tense"),
    ("{day} المقبل", AR_DAYS, strictly_after, "tense"),
    ("{day} القادم", AR_DAYS, strictly_after, "tense"),
    ("سيزور الوزير القاهرة يوم {day}.", AR_DAYS, strictly_after, "tense"),
    ("سوف يزور الوزير القاهرة يوم {day}.", AR_DAYS, strictly_after, "tense"),
    ("يوم {day}", AR_DAYS, strictly_after, "future"),
    ("سيزور الوزير القاهرة يوم {day}.", AR_DAYS, on_or_before, "past"),
    ("{day} الماضي", AR_DAYS, strictly_before, "future"),
    ("{day} المقبل", AR_DAYS, strictly_after, "past"),
]


@pytest.mark.parametrize("anchor", WEEK, ids=[d.strftime("%a") for d in WEEK])
@pytest.mark.parametrize(("template", "days", "rule", "prefer"), FORMS, ids=[f"{f[0]}|{f[3]}" for f in FORMS])
def test_weekday_on_every_day_of_the_week(
    anchor: datetime.date, template: str, days: list[str], rule: Rule, prefer: str
) -> None:
    found = []
    for name in days:
        tagged = timeline.tag(template.format(day=name), anchor, prefer=prefer)
        found.append([reading(t) for t in tagged])
    expected = [[day(rule(anchor, weekday).isoformat())] for weekday in range(1, 8)]
    assert found == expected


@pytest.mark.parametrize("anchor", WEEK, ids=[d.strftime("%a") for d in WEEK])
def test_a_bare_weekday_offers_the_other_direction(anchor: datetime.date) -> None:
    for weekday, name in enumerate(EN_DAYS, start=1):
        t = timeline.resolve(name, anchor)
        assert t.value == on_or_before(anchor, weekday).isoformat()
        assert strictly_after(anchor, weekday).isoformat() in [r.value for r in t.alternatives]


def test_the_rules_agree_with_the_calendar() -> None:
    wednesday = datetime.date(2016, 11, 30)
    assert on_or_before(wednesday, 3) == wednesday
    assert strictly_before(wednesday, 3) == datetime.date(2016, 11, 23)
    assert strictly_after(wednesday, 3) == datetime.date(2016, 12, 7)
    assert on_or_before(wednesday, 1) == datetime.date(2016, 11, 28)
    assert strictly_after(wednesday, 1) == datetime.date(2016, 12, 5)


# Edges of months, years, ISO weeks and leap days; rows as in test_resolve_en.
EDGES: list[Row] = [
    # 2016-02-29: a leap day, Monday of 2016-W09.
    ("yesterday", "2016-02-29", day("2016-02-28")),
    ("أمس", "2016-02-29", day("2016-02-28")),
    ("tomorrow", "2016-02-29", day("2016-03-01")),
    ("last month", "2016-02-29", month("2016-01")),
    ("الشهر الماضي", "2016-02-29", month("2016-01")),
    ("last year", "2016-02-29", year("2015")),
    ("العام الماضي", "2016-02-29", year("2015")),
    ("a year ago", "2016-02-29", year("2015")),
    ("قبل عام", "2016-02-29", year("2015")),
    ("last week", "2016-02-29", week("2016-W08")),
    ("الأسبوع الماضي", "2016-02-29", week("2016-W08")),
    ("next week", "2016-02-29", week("2016-W10")),
    ("last June", "2016-02-29", month("2015-06")),
    ("يونيو الماضي", "2016-02-29", month("2015-06")),
    ("last February", "2016-02-29", month("2015-02")),
    # 2016-03-01: the day after a leap day, Tuesday of 2016-W09.
    ("yesterday", "2016-03-01", day("2016-02-29")),
    ("أمس", "2016-03-01", day("2016-02-29")),
    ("أول أمس", "2016-03-01", day("2016-02-28")),
    ("three days ago", "2016-03-01", day("2016-02-27")),
    ("منذ ثلاثة أيام", "2016-03-01", day("2016-02-27")),
    ("last month", "2016-03-01", month("2016-02")),
    ("الشهر الماضي", "2016-03-01", month("2016-02")),
    ("last week", "2016-03-01", week("2016-W08")),
    ("last February", "2016-03-01", month("2016-02")),
    ("فبراير الماضي", "2016-03-01", month("2016-02")),
    ("last March", "2016-03-01", month("2015-03")),
    # 2016-12-31: the last day of the year, Saturday of 2016-W52.
    ("yesterday", "2016-12-31", day("2016-12-30")),
    ("tomorrow", "2016-12-31", day("2017-01-01")),
    ("غداً", "2016-12-31", day("2017-01-01")),
    ("last month", "2016-12-31", month("2016-11")),
    ("next month", "2016-12-31", month("2017-01")),
    ("الشهر المقبل", "2016-12-31", month("2017-01")),
    ("last year", "2016-12-31", year("2015")),
    ("next year", "2016-12-31", year("2017")),
    ("last week", "2016-12-31", week("2016-W51")),
    ("this week", "2016-12-31", week("2016-W52")),
    ("next week", "2016-12-31", week("2017-W01")),
    ("last December", "2016-12-31", month("2015-12")),
    ("ديسمبر الماضي", "2016-12-31", month("2015-12")),
    # 2017-01-01: the first day of the year, Sunday of ISO week 2016-W52.
    ("yesterday", "2017-01-01", day("2016-12-31")),
    ("أمس", "2017-01-01", day("2016-12-31")),
    ("last month", "2017-01-01", month("2016-12")),
    ("الشهر الماضي", "2017-01-01", month("2016-12")),
    ("last year", "2017-01-01", year("2016")),
    ("العام الماضي", "2017-01-01", year("2016")),
    ("this year", "2017-01-01", year("2017")),
    ("last week", "2017-01-01", week("2016-W51")),
    ("الأسبوع الماضي", "2017-01-01", week("2016-W51")),
    ("this week", "2017-01-01", week("2016-W52")),
    ("next week", "2017-01-01", week("2017-W01")),
    ("last December", "2017-01-01", month("2016-12")),
    ("last January", "2017-01-01", month("2016-01")),
    ("يناير الماضي", "2017-01-01", month("2016-01")),
    ("كانون الثاني الماضي", "2017-01-01", month("2016-01")),
    ("Monday", "2017-01-01", day("2016-12-26")),
    # 2016-06-15: "last June" published in June is a year back; "next June" a year ahead.
    ("last June", "2016-06-15", month("2015-06")),
    ("يونيو الماضي", "2016-06-15", month("2015-06")),
    ("حزيران الماضي", "2016-06-15", month("2015-06")),
    ("جوان الماضي", "2016-06-15", month("2015-06")),
    ("last May", "2016-06-15", month("2016-05")),
    ("next June", "2016-06-15", month("2017-06")),
    ("يونيو المقبل", "2016-06-15", month("2017-06")),
    # 2021-01-04: Monday of 2021-W01; the week before is 2020-W53.
    ("last week", "2021-01-04", week("2020-W53")),
    ("الأسبوع الماضي", "2021-01-04", week("2020-W53")),
]


@pytest.mark.parametrize("row", EDGES, ids=[f"{r[0]}@{r[1]}" for r in EDGES])
def test_calendar_edges(row: Row) -> None:
    text, published, expected = row
    assert reading(timeline.resolve(text, published)) == expected


@pytest.mark.parametrize(
    ("text", "prefer", "value"),
    [
        ("June", "past", "2015-06"),
        ("June", "future", "2016-06"),
        ("يونيو", "past", "2015-06"),
        ("يونيو", "future", "2016-06"),
        ("last June", "future", "2015-06"),
        ("next June", "past", "2016-06"),
    ],
)
def test_prefer_picks_the_occurrence_of_a_bare_month(text: str, prefer: str, value: str) -> None:
    assert timeline.resolve(text, "2016-03-15", prefer=prefer).value == value


def test_the_anchor_used_is_reported() -> None:
    t = timeline.resolve("yesterday", "2016-02-29T10:30:00")
    assert iso(t.anchor) == "2016-02-29T10:30:00"
    assert t.value == "2016-02-28"
