"""The news anchoring policy: which Monday, which June, which week, on every weekday and at calendar edges.

Bare weekday in a past (default) sentence: the most recent such day on or before the publication date,
the same day included. last X / X الماضي: strictly before. next X / X المقبل / القادم: strictly after.
A future cue (will, سـ، سوف) turns a bare weekday forward; prefer="past" / "future" overrides the tense
but never an explicit last/next. Weeks are ISO weeks. The calendar edges (leap days, year ends, ISO week
53) and the bare months under a policy are rows of tests/corpus/ (ids edge-N and prefer-N).
"""

from __future__ import annotations

import datetime
from collections.abc import Callable

import pytest
from conftest import day, reading

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
    expected = [[day(rule(anchor, weekday))] for weekday in range(1, 8)]
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


def test_the_anchor_used_is_reported() -> None:
    t = timeline.resolve("yesterday", "2016-02-29T10:30:00")
    assert iso(t.anchor) == "2016-02-29T10:30:00"
    assert t.value == "2016-02-28"


@pytest.mark.parametrize(("published", "filed"), [("1998-03-05", "1998-03-04"), ("1998-03-07", "1998-03-04")])
def test_a_dateline_before_the_publication_is_the_day_the_story_was_filed(published: str, filed: str) -> None:
    text = "LYON, France, March 4 (Reuters) - The council voted today, after a strike began on Tuesday."
    found = {t.text: t for t in timeline.tag(text, published, "en")}
    assert found["today"].value == filed
    assert found["Tuesday"].value == "1998-03-03"
    assert {iso(t.anchor) for t in found.values()} == {f"{filed}T00:00:00"}


def test_a_dateline_of_the_publication_day_or_further_back_leaves_the_anchor() -> None:
    text = "LYON, France, March 4 (Reuters) - The council voted today."
    assert [t.value for t in timeline.tag(text, "1998-03-04T09:30", "en")][-1] == "1998-03-04"
    far = timeline.tag(text, "1998-03-20", "en")
    assert far[-1].value == "1998-03-20"
    assert {iso(t.anchor) for t in far} == {"1998-03-20T00:00:00"}
