"""Arabic phenomena found in the peer suites (Duckling), resolved per CONVENTIONS.md.

Rows as in test_resolve_en. 2016-11-30 (الأربعاء) is in ISO week 2016-W48. Clock times are at minute grain
and keep the hour as written unless a part of the day moves it ("8 بعد المغرب" is 20:00).
"""

from __future__ import annotations

import pytest
from test_peer_phenomena_en import approx
from test_resolve_en import PUB, Row, minute, reading

import timeline

CLOCKS: list[Row] = [
    ("الساعة 3 و 18 دقيقة صباحا", PUB, minute("2016-11-30T03:18")),
    ("الساعة الثالثة وخمسة عشر دقيقة عصرا", PUB, minute("2016-11-30T15:15")),
    ("الساعة الحادية عشرة وخمس وأربعون دقيقة صباحا", PUB, minute("2016-11-30T11:45")),
    ("الساعة الخامسة إلا ثلثا بعد العصر", PUB, minute("2016-11-30T16:40")),
    ("الساعة 12 إلا ربعا قبل الظهر", PUB, minute("2016-11-30T11:45")),
    ("الساعة ثلاثة الصبح", PUB, minute("2016-11-30T03:00")),
    ("الساعة 8 بعد المغرب", PUB, minute("2016-11-30T20:00")),
    ("عند الثالثة فجرا", PUB, minute("2016-11-30T03:00")),
    ("الثامنة هذه الليلة", PUB, minute("2016-11-30T20:00")),
    ("بحدود الساعة الثالثة عصرا", PUB, approx(minute("2016-11-30T15:00"))),
    ("الاثنين الساعة 8 بتوقيت غرينتش", PUB, minute("2016-11-28T08:00")),
]

TABLE = CLOCKS


@pytest.mark.parametrize("row", TABLE, ids=[r[0] for r in TABLE])
def test_resolves_a_peer_phenomenon(row: Row) -> None:
    text, published, expected = row
    assert reading(timeline.resolve(text, published)) == expected


@pytest.mark.parametrize(
    ("text", "expressions"),
    [
        ("انطلقت الجولة الثالثة صباحا في العاصمة.", []),
        ("فاز الفريق للمرة الثانية مساء الاثنين.", ["مساء الاثنين"]),
        ("تستمر الهدنة حتى الساعة 2:00.", ["الساعة 2:00"]),
    ],
)
def test_finds_only_what_is_a_time(text: str, expressions: list[str]) -> None:
    assert [t.text for t in timeline.tag(text, PUB)] == expressions
