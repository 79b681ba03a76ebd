"""Composition: adjacent mentions that name one time are one expression, the intersection of both."""

from __future__ import annotations

import timeline


def _one(text: str, published: str = "2020-06-01") -> tuple[str, str, str, str]:
    [found] = timeline.tag(text, published)
    return found.text, found.type, found.value, found.rule


def test_a_clock_time_goes_on_the_day_beside_it() -> None:
    text, kind, value, rule = _one("Polls closed at 13:00 on February 28.")
    assert (text, kind, value) == ("13:00 on February 28", "TIME", "2020-02-28T13:00")
    assert "+" in rule
    assert _one("See you 4/25 at 4:00pm.")[1:3] == ("TIME", "2020-04-25T16:00")


def test_a_part_of_the_day_goes_on_the_weekday_beside_it() -> None:
    assert _one("Talks on Tuesday in the morning.")[1:] == ("TIME", "2020-05-26TMO", "date.weekday+time.part")


def test_the_weekday_beside_a_date_picks_its_year() -> None:
    # 10 February 2021 is a Wednesday, 10 February 2020 a Monday.
    text, kind, value, rule = _one("It resumes Wednesday morning, Feb. 10, they said.")
    assert (text, kind, value) == ("Wednesday morning, Feb. 10", "TIME", "2021-02-10TMO")
    assert rule.count("+") == 1


def test_two_weekdays_stay_two_expressions() -> None:
    found = timeline.tag("It ended Sunday Monday.", "2020-06-01")
    assert [(t.text, t.value) for t in found] == [("Sunday", "2020-05-31"), ("Monday", "2020-06-01")]


def test_mentions_apart_do_not_join() -> None:
    found = timeline.tag("The meeting on February 28 was long; at 13:00 the vote began.", "2020-06-01")
    assert [t.type for t in found] == ["DATE", "TIME"]
