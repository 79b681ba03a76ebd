"""Arabic phenomena found in the peer suites (Duckling), resolved per CONVENTIONS.md.

Rows as in test_resolve_en. 2016-11-30 (الأربعاء) is in ISO week 2016-W48. Clock times are at minute grain
and keep the hour as written unless a part of the day moves it ("8 بعد المغرب" is 20:00).
"""

from __future__ import annotations

import pytest
from test_peer_phenomena_en import approx, check_finds, check_resolves
from test_resolve_en import PUB, Row, day, floating, minute, week

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

NTH_WITHIN: list[Row] = [
    ("آخر اثنين من شهر آذار 2016", PUB, day("2016-03-28")),
    ("الاثنين الأخير من شهر ثلاثة 2016", PUB, day("2016-03-28")),
    ("الأسبوع الأول من شهر أكتوبر 2014", PUB, week("2014-W41")),
    ("اليوم الأخير من شهر عشرة سنة 2015", PUB, day("2015-10-31")),
    ("ثالث ثلاثاء في أيلول لعام 2014", PUB, day("2014-09-16")),
    ("الثلاثاء الثالث من سبتمبر 2014", PUB, day("2014-09-16")),
    ("الثلاثاء الخامس عشر من نوفمبر 2016", PUB, day("2016-11-15")),
    ("اليوم الثالث من أكتوبر 2016", PUB, day("2016-10-03")),
    ("الثلاثاء التاسع والعشرين من هذا الشهر", PUB, day("2016-11-29")),
    ("أول يوم من الشهر المقبل", PUB, day("2016-12-01")),
]

APPOSITIONS: list[Row] = [
    ("الخميس الموافق 24 نوفمبر", PUB, day("2016-11-24")),
    ("يوم الاثنين في 28 نوفمبر 2016", PUB, day("2016-11-28")),
]

DEICTICS: list[Row] = [
    ("بكرة", PUB, day("2016-12-01")),
    ("امبارح", PUB, day("2016-11-29")),
    ("الأسبوع الجاي", PUB, week("2016-W49")),
    ("اليوم الذي بعد الغد", PUB, day("2016-12-02")),
    ("يوم قبل أمس", PUB, day("2016-11-28")),
    ("الأحد من الأسبوع الماضي", PUB, day("2016-11-27")),
    ("ثلاثاء الأسبوع الفائت", PUB, day("2016-11-22")),
    ("الاثنين من هذا الأسبوع", PUB, day("2016-11-28")),
    ("حالا", PUB, floating("DATE", "PRESENT_REF")),
]

TABLE = CLOCKS + NTH_WITHIN + APPOSITIONS + DEICTICS


@pytest.mark.parametrize("row", TABLE, ids=[r[0] for r in TABLE])
def test_resolves_a_peer_phenomenon(row: Row) -> None:
    check_resolves(row)


@pytest.mark.parametrize(
    ("text", "expressions"),
    [
        ("انطلقت الجولة الثالثة صباحا في العاصمة.", []),
        ("فاز الفريق للمرة الثانية مساء الاثنين.", ["مساء الاثنين"]),
        ("تستمر الهدنة حتى الساعة 2:00.", ["الساعة 2:00"]),
        ("استمرت الاحتجاجات لمدة شهر واحد.", ["شهر واحد"]),
        ("قتل جنديان في الشهر الثالث من الحرب.", []),
    ],
)
def test_finds_only_what_is_a_time(text: str, expressions: list[str]) -> None:
    check_finds(text, expressions)
