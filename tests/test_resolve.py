"""Readings a corpus row cannot state as one fixed answer, checked by computation instead.

Hijri dates are compared with hijridate's Umm al-Qura calendar rather than a hand-converted day; a half
unit may be written as months or as a decimal (P18M or P1.5Y), both correct TIMEX3 values. The fixed
readings are in tests/corpus/ (see tests/test_corpus.py).
"""

from __future__ import annotations

import datetime

import pytest
from hijridate import Hijri

import timeline

PUB = "2016-11-30"


@pytest.mark.parametrize(
    ("text", "hijri"),
    [
        ("15 رمضان 1437 هـ", (1437, 9, 15)),
        ("1 شوال 1444 هـ", (1444, 10, 1)),
        ("1 محرم 1438هـ", (1438, 1, 1)),
        ("10 ذي الحجة 1436 هـ", (1436, 12, 10)),
        ("١٢ ربيع الأول ١٤٣٨ هـ", (1438, 3, 12)),
    ],
)
def test_hijri_dates_take_their_umm_al_qura_gregorian_day(text: str, hijri: tuple[int, int, int]) -> None:
    gregorian = Hijri(*hijri).to_gregorian()
    day = datetime.date(gregorian.year, gregorian.month, gregorian.day)
    t = timeline.resolve(text, PUB)
    assert (t.type, t.value, t.grain) == ("DATE", day.isoformat(), "day")
    assert t.start is not None and t.end is not None
    assert (t.start.date(), (t.end - t.start).in_days()) == (day, 1)


@pytest.mark.parametrize(
    ("text", "values"),
    [
        ("a year and a half", ("P18M", "P1.5Y")),
        ("عام ونصف", ("P18M", "P1.5Y")),
        ("سنة ونصف", ("P18M", "P1.5Y")),
        ("عامين ونصف", ("P30M", "P2.5Y")),
    ],
)
def test_a_half_adds_half_a_unit(text: str, values: tuple[str, str]) -> None:
    t = timeline.resolve(text, PUB)
    assert (t.type, t.start, t.end) == ("DURATION", None, None)
    assert t.value in values


def test_an_unknown_genre_is_a_timeline_error() -> None:
    with pytest.raises(timeline.TimelineError, match="genre"):
        timeline.tag("In February.", "2009-12-19", genre="poetry")
