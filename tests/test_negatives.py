"""Words and numbers that look like dates but are not: amounts, distances, ordinals, models, names, verbs."""

from __future__ import annotations

import pytest

import timeline

PUB = "2016-11-30"

NOTHING = [
    "خصصت الحكومة 4 مليارات دينار لإعادة إعمار المدينة.",
    "يبعد المصنع 700 كم عن العاصمة.",
    "هذه المرة الثانية التي يزور فيها حفتر روسيا.",
    "تحدث الوزير في أحد المؤتمرات عن الأزمة الاقتصادية.",
    "قال أحد المسؤولين إن المفاوضات متعثرة.",
    "مارس الرئيس ضغوطاً كبيرة على البرلمان.",
    "وأكد الأمين العام للأمم المتحدة أن الرأي العام يطالب بالحل.",
    "أحال المدعي العام القضية إلى المحكمة.",
    "بلغت قيمة الصفقة 3 ملايين دولار وشملت 250 عربة.",
    "أصيب أكثر من 1500 شخص في الاشتباكات.",
    "The airline ordered a Boeing 747 for its long-haul routes.",
    "May said the government would not back down.",
    "Theresa May told reporters the deal was fair.",
    "Thousands march through the capital to protest the new law.",
    "Protesters plan to march to parliament.",
    "The company reported revenue of $4 billion and 700 km of new track.",
    "Sun Microsystems shares rose sharply.",
    "وأوضح المصدر أن الجانب الروسي مرتبط مع الجزائر من خلال شراكة في مجالات مدنية.",
    "The committee said the proposal needed more work before it could be approved by the members.",
]


@pytest.mark.parametrize("text", NOTHING)
def test_yields_nothing(text: str) -> None:
    assert timeline.tag(text, PUB) == []


@pytest.mark.parametrize(
    ("text", "expressions"),
    [
        ("Oil prices may fall further this month.", ["this month"]),
        ("May said on Tuesday that talks would resume.", ["Tuesday"]),
        ("Workers march on Friday, the union said.", ["Friday"]),
        ("زار حفتر روسيا للمرة الثانية الشهر الماضي.", ["الشهر الماضي"]),
        ("قال أحد المسؤولين يوم الأحد إن 4 مليارات دينار رصدت للمشروع.", ["يوم الأحد"]),
    ],
)
def test_only_the_real_date_is_found(text: str, expressions: list[str]) -> None:
    assert [t.text for t in timeline.tag(text, PUB)] == expressions


@pytest.mark.parametrize("text", ["Pay ABC 2000 on delivery.", "UEFA EURO 2016 tickets sold out."])
def test_a_number_after_an_all_capitals_name_is_part_of_the_name(text: str) -> None:
    assert timeline.tag(text, "2016-11-30") == []


def test_a_year_after_an_acronym_and_a_preposition_is_still_a_year() -> None:
    assert [t.value for t in timeline.tag("The NATO summit in 2023 was the largest.", "2024-01-01")] == [
        "2023"
    ]
