"""Arabic expressions resolved against a publication date, per /work/shared/eval/CONVENTIONS.md.

Rows as in test_resolve_en. 2016-11-30 (الأربعاء) is in ISO week 2016-W48. All three month series
(يونيو، حزيران، جوان), the paired forms and Egyptian spellings (ى for ي) are covered.
"""

from __future__ import annotations

import pytest
from hijridate import Hijri
from test_resolve_en import (
    PUB,
    Row,
    Sentence,
    century,
    day,
    decade,
    floating,
    minute,
    month,
    period,
    quarter,
    reading,
    tagged,
    week,
    year,
)

import timeline

ABSOLUTE: list[Row] = [
    ("30 نوفمبر 2016", PUB, day("2016-11-30")),
    ("٣٠ نوفمبر ٢٠١٦", PUB, day("2016-11-30")),
    ("30 تشرين الثاني/نوفمبر 2016", PUB, day("2016-11-30")),
    ("27 فبراير 2021م", PUB, day("2021-02-27")),
    ("الـ 27 من يونيو", PUB, day("2016-06-27")),
    ("الـ 14 من آب 2013", PUB, day("2013-08-14")),
    ("الـ19 من سبتمبر", PUB, day("2016-09-19")),
    ("والـ28 من تموز 2015", PUB, day("2015-07-28")),
    ("17 أيلول/سبتمبر الجاري", "2016-09-20", day("2016-09-17")),
    ("الـ 16 من جويلية الجاري", "2018-07-07", day("2018-07-16")),
    ("الأول من يوليو 2016", PUB, day("2016-07-01")),
    ("عام 2015", PUB, year("2015")),
    ("في 2015", PUB, year("2015")),
    ("عقد الثمانينيات", PUB, decade("198")),
    ("التسعينيات", PUB, decade("199")),
    ("القرن الماضي", PUB, century("19")),
    ("القرن التاسع عشر", PUB, century("18")),
    ("صيف 2012", PUB, floating("DATE", "2012-SU")),
    ("الربع الثالث من 2016", PUB, quarter("2016-Q3")),
]

MONTH_YEARS: list[Row] = [
    ("يونيو/حزيران 2016", PUB, month("2016-06")),
    ("حزيران/يونيو 2016", PUB, month("2016-06")),
    ("(أيلول) سبتمبر 2015", PUB, month("2015-09")),
    ("جوان 2016", PUB, month("2016-06")),
    ("جويلية 2009", PUB, month("2009-07")),
    ("أوت 2015", PUB, month("2015-08")),
    ("فيفري 2016", PUB, month("2016-02")),
    ("أفريل 2016", PUB, month("2016-04")),
    ("ماي 2016", PUB, month("2016-05")),
    ("أيار 2016", PUB, month("2016-05")),
    ("كانون الثاني 1983", PUB, month("1983-01")),
    ("تشرين الأول 1941", PUB, month("1941-10")),
    ("كانون الأول 2015", PUB, month("2015-12")),
    ("آذار 2016", PUB, month("2016-03")),
    ("شباط 2016", PUB, month("2016-02")),
    ("يوليه 2016", PUB, month("2016-07")),
]

RELATIVE_MONTHS: list[Row] = [
    ("يونيو الماضي", PUB, month("2016-06")),
    ("يونيو/حزيران الماضي", PUB, month("2016-06")),
    ("حزيران الماضي", PUB, month("2016-06")),
    ("جوان الماضي", PUB, month("2016-06")),
    ("فى يونيه الماضى", PUB, month("2016-06")),
    ("أوت الماضي", PUB, month("2016-08")),
    ("شهر مايو الماضي", PUB, month("2016-05")),
    ("شهر سبتمبر (أيلول) الماضي", PUB, month("2016-09")),
    ("مارس المقبل", PUB, month("2017-03")),
    ("آذار المقبل", PUB, month("2017-03")),
    ("ديسمبر المقبل", PUB, month("2016-12")),
    ("نوفمبر الجاري", PUB, month("2016-11")),
    ("الشهر الجاري", PUB, month("2016-11")),
    ("الشهر الماضي", PUB, month("2016-10")),
    ("الشهر المقبل", PUB, month("2016-12")),
]

WEEKDAYS: list[Row] = [
    ("الإثنين", PUB, day("2016-11-28")),
    ("يوم الإثنين", PUB, day("2016-11-28")),
    ("يوم الاثنين", PUB, day("2016-11-28")),
    ("الأربعاء", PUB, day("2016-11-30")),
    ("يوم الخميس", PUB, day("2016-11-24")),
    ("الجمعة", PUB, day("2016-11-25")),
    ("الأحد", PUB, day("2016-11-27")),
    ("الإثنين الماضي", PUB, day("2016-11-28")),
    ("الأربعاء الماضي", PUB, day("2016-11-23")),
    ("الإثنين المقبل", PUB, day("2016-12-05")),
    ("الإثنين القادم", PUB, day("2016-12-05")),
    ("الأربعاء المقبل", PUB, day("2016-12-07")),
    ("أمس الثلاثاء", PUB, day("2016-11-29")),
    ("اليوم الأربعاء", PUB, day("2016-11-30")),
    ("مساء الإثنين", PUB, floating("TIME", "2016-11-28TEV")),
    ("صباح الثلاثاء", PUB, floating("TIME", "2016-11-29TMO")),
    ("فجر الأحد", PUB, floating("TIME", "2016-11-27TMO")),
    ("ظهر الإثنين", PUB, floating("TIME", "2016-11-28TMI")),
    ("عصر الإثنين", PUB, floating("TIME", "2016-11-28TAF")),
    ("مساء أمس", PUB, floating("TIME", "2016-11-29TEV")),
    ("صباح اليوم", PUB, floating("TIME", "2016-11-30TMO")),
    ("مساء اليوم", PUB, floating("TIME", "2016-11-30TEV")),
    ("مساء الخميس المقبل", PUB, floating("TIME", "2016-12-01TEV")),
]

DEICTICS: list[Row] = [
    ("أمس", PUB, day("2016-11-29")),
    ("أول أمس", PUB, day("2016-11-28")),
    ("اليوم", PUB, day("2016-11-30")),
    ("غداً", PUB, day("2016-12-01")),
    ("غدا", PUB, day("2016-12-01")),
    ("بعد غد", PUB, day("2016-12-02")),
    ("الأسبوع الماضي", PUB, week("2016-W47")),
    ("الأسبوع الماضى", PUB, week("2016-W47")),
    ("الأسبوع المقبل", PUB, week("2016-W49")),
    ("العام الماضي", PUB, year("2015")),
    ("السنة الماضية", PUB, year("2015")),
    ("العام الجاري", PUB, year("2016")),
    ("العام المقبل", PUB, year("2017")),
    ("منذ ثلاثة أيام", PUB, day("2016-11-27")),
    ("قبل عامين", PUB, year("2014")),
    ("قبل أسبوع", PUB, week("2016-W47")),
    ("قبل ثلاثة أشهر", PUB, month("2016-08")),
    ("بعد أسبوعين", PUB, week("2016-W50")),
    ("وقت سابق", PUB, floating("DATE", "PAST_REF")),
]

DURATIONS: list[Row] = [
    ("ستة أشهر", PUB, floating("DURATION", "P6M")),
    ("6 شهور", PUB, floating("DURATION", "P6M")),
    ("عامين", PUB, floating("DURATION", "P2Y")),
    ("على مدار عام كامل", PUB, floating("DURATION", "P1Y")),
    ("لمدة ثلاثة أيام", PUB, floating("DURATION", "P3D")),
    ("خلال أسابيع", PUB, floating("DURATION", "PXW")),
    ("في غضون عام", PUB, floating("DURATION", "P1Y")),
    ("ثلاث سنوات", PUB, floating("DURATION", "P3Y")),
    ("36 ساعة", PUB, floating("DURATION", "PT36H")),
    ("ثلاث ساعات", PUB, floating("DURATION", "PT3H")),
    ("أسبوعين", PUB, floating("DURATION", "P2W")),
    ("عقد كامل", PUB, floating("DURATION", "P10Y")),
    ("نحو ستة أسابيع", PUB, floating("DURATION", "P6W", "APPROX")),
    ("أكثر من عام", PUB, floating("DURATION", "P1Y", "MORE_THAN")),
    ("عامين على الأقل", PUB, floating("DURATION", "P2Y", "EQUAL_OR_MORE")),
    ("الأيام المقبلة", PUB, floating("DURATION", "PXD")),
    ("الشهور الستة الماضية", PUB, period("P6M", "2016-05-30", "2016-11-30")),
    ("الأشهر الثلاثة الماضية", PUB, period("P3M", "2016-08-30", "2016-11-30")),
    ("الأيام العشرة الماضية", PUB, period("P10D", "2016-11-20", "2016-11-30")),
    ("الأسبوعين الماضيين", PUB, period("P2W", "2016-11-16", "2016-11-30")),
    ("السنوات الخمس الماضية", PUB, period("P5Y", "2011-11-30", "2016-11-30")),
]

PARTS: list[Row] = [
    ("منتصف العام الجاري", PUB, year("2016", "MID")),
    ("بداية العام", PUB, year("2016", "START")),
    ("نهاية العام الماضي", PUB, year("2015", "END")),
    ("أواخر العام الماضي", PUB, year("2015", "END")),
    ("منتصف 2015", PUB, year("2015", "MID")),
    ("أواخر 2016", PUB, year("2016", "END")),
    ("أواخر الشهر الماضي", PUB, month("2016-10", "END")),
    ("مطلع الشهر الجاري", PUB, month("2016-11", "START")),
    ("منتصف الشهر المقبل", PUB, month("2016-12", "MID")),
    ("نهاية نيسان المقبل", PUB, month("2017-04", "END")),
    ("مطلع أيلول المقبل", PUB, month("2017-09", "START")),
    ("مطلع أكتوبر", PUB, month("2016-10", "START")),
    ("أواخر أوت", PUB, month("2016-08", "END")),
    ("مطلع التسعينيات", PUB, decade("199", "START")),
]

TIMES: list[Row] = [
    ("الساعة الثالثة عصراً", PUB, minute("2016-11-30T15:00")),
    ("الساعة 0700 بتوقيت غرينتش", PUB, minute("2016-11-30T07:00")),
    ("فجر السادس من فبراير 2016", PUB, floating("TIME", "2016-02-06TMO")),
    ("مساء الخامس من أكتوبر الماضي", PUB, floating("TIME", "2016-10-05TEV")),
    ("الساعة العاشرة صباحاً", PUB, minute("2016-11-30T10:00")),
    ("الساعة 10:30", PUB, minute("2016-11-30T10:30")),
    ("الساعة 03:12 بتوقيت غرينتش", PUB, minute("2016-11-30T03:12")),
    ("الساعة ١١:٢٠ من مساء أمس بالتوقيت المحلي", PUB, minute("2016-11-29T23:20")),
]

SETS: list[Row] = [
    ("كل يوم جمعة", PUB, floating("SET", "XXXX-WXX-5")),
    ("كل يوم أحد", PUB, floating("SET", "XXXX-WXX-7")),
    ("سنوياً", PUB, floating("SET", "P1Y")),
    ("يومياً", PUB, floating("SET", "P1D")),
    ("أسبوعياً", PUB, floating("SET", "P1W")),
    ("شهرياً", PUB, floating("SET", "P1M")),
    ("كل شهر", PUB, floating("SET", "P1M")),
    ("كل عام", PUB, floating("SET", "P1Y")),
]

TABLE = ABSOLUTE + MONTH_YEARS + RELATIVE_MONTHS + WEEKDAYS + DEICTICS + DURATIONS + PARTS + TIMES + SETS


@pytest.mark.parametrize("row", TABLE, ids=[r[0] for r in TABLE])
def test_resolves_an_arabic_expression(row: Row) -> None:
    text, published, expected = row
    assert reading(timeline.resolve(text, published)) == expected


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
    day = Hijri(*hijri).to_gregorian()
    t = timeline.resolve(text, PUB)
    assert (t.type, t.value, t.grain) == ("DATE", day.isoformat(), "day")
    assert (t.start.date(), (t.end - t.start).in_days()) == (day, 1)


@pytest.mark.parametrize(
    ("text", "values"),
    [("عام ونصف", ("P18M", "P1.5Y")), ("سنة ونصف", ("P18M", "P1.5Y")), ("عامين ونصف", ("P30M", "P2.5Y"))],
)
def test_a_half_adds_half_a_unit(text: str, values: tuple[str, str]) -> None:
    t = timeline.resolve(text, PUB)
    assert (t.type, t.start, t.end) == ("DURATION", None, None)
    assert t.value in values


SENTENCES: list[Sentence] = [
    (
        "وصل الوفد في الـ19 من سبتمبر، وغادر في الـ5 من أكتوبر/تشرين الأول.",
        PUB,
        [
            ("الـ19 من سبتمبر", day("2016-09-19")),
            ("الـ5 من أكتوبر/تشرين الأول", day("2016-10-05")),
        ],
    ),
    (
        "عقد الوفد لقاءات منذ مساء الإثنين وحتى الثلاثاء.",
        PUB,
        [
            ("مساء الإثنين", floating("TIME", "2016-11-28TEV")),
            ("الثلاثاء", day("2016-11-29")),
        ],
    ),
    (
        "ارتفعت الأسعار بين نيسان/أبريل 2019 وحزيران/يونيو 2020.",
        PUB,
        [
            ("نيسان/أبريل 2019", month("2019-04")),
            ("حزيران/يونيو 2020", month("2020-06")),
        ],
    ),
    (
        "انخفض متوسط التساقطات بين 2019 و2021.",
        PUB,
        [
            ("2019", year("2019")),
            ("2021", year("2021")),
        ],
    ),
    (
        "نظمت الوزارة ورشة من 3 إلى 5 مارس 2016 في نواكشوط.",
        PUB,
        [
            ("3", day("2016-03-03")),
            ("5 مارس 2016", day("2016-03-05")),
        ],
    ),
    (
        "وصل الوفد إلى القاهرة في 3 أكتوبر، وغادرها في اليوم التالي.",
        PUB,
        [
            ("3 أكتوبر", day("2016-10-03")),
            ("اليوم التالي", day("2016-10-04")),
        ],
    ),
    (
        "وقال المصدر إنه حتى الآن لا توجد معلومات مؤكدة.",
        PUB,
        [
            ("الآن", floating("DATE", "PRESENT_REF")),
        ],
    ),
    (
        "التقى الوفد المسؤولين مساء الإثنين، وغادر في اليوم التالي.",
        PUB,
        [
            ("مساء الإثنين", floating("TIME", "2016-11-28TEV")),
            ("اليوم التالي", day("2016-11-29")),
        ],
    ),
    (
        "اندلعت الاشتباكات في 3 أكتوبر، وبعد ذلك بيومين أعلنت الهدنة.",
        PUB,
        [
            ("3 أكتوبر", day("2016-10-03")),
            ("بعد ذلك بيومين", day("2016-10-05")),
        ],
    ),
    (
        "سيزور الوفد موسكو يوم الإثنين.",
        PUB,
        [
            ("يوم الإثنين", day("2016-12-05")),
        ],
    ),
]


@pytest.mark.parametrize("sentence", SENTENCES, ids=[s[0] for s in SENTENCES])
def test_tags_every_expression_of_an_arabic_sentence(sentence: Sentence) -> None:
    text, published, expected = sentence
    assert tagged(text, published) == expected
