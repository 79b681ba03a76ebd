"""Extents: what each expression covers (CONVENTIONS: prepositions and clitics out, modifiers, quantifiers,
determiners, head nouns and zones in), as character offsets into the original text, marks and all."""

from __future__ import annotations

import pytest

import timeline

PUB = "2016-11-30"


def spans(text: str, expressions: list[str]) -> list[tuple[str, int, int]]:
    """Each expression located in `text`, left to right, as (text, char_start, char_end)."""
    out, at = [], 0
    for expression in expressions:
        start = text.index(expression, at)
        at = start + len(expression)
        out.append((expression, start, at))
    return out


EXTENTS: list[tuple[str, list[str]]] = [
    ("The deal was signed in 2015.", ["2015"]),
    ("They met on Monday.", ["Monday"]),
    ("Prices have risen since 2010.", ["2010"]),
    ("The plant will close by 2020.", ["2020"]),
    ("Monday's vote was delayed.", ["Monday"]),
    ("Talks stalled last week.", ["last week"]),
    ("Sales slowed in early October.", ["early October"]),
    ("The war lasted about two years.", ["about two years"]),
    ("The drought lasted more than a year.", ["more than a year"]),
    ("Exports peaked in the 1980s.", ["the 1980s"]),
    ("The blast hit at 6:42 p.m. local time Monday.", ["6:42 p.m. local time Monday"]),
    ("Flights resumed at 10:30 GMT.", ["10:30 GMT"]),
    ("The port reopened three days ago.", ["three days ago"]),
    ("The polls closed three days before the election.", ["three days"]),
    ("The fair ran from March 3 to 5.", ["March 3", "5"]),
    ("The festival ran June 24-28.", ["June 24", "28"]),
    ("في 30 نوفمبر 2016 أعلنت الحكومة خطتها.", ["30 نوفمبر 2016"]),
    ("وفي يوم الإثنين زار الوفد المصنع.", ["يوم الإثنين"]),
    ("ارتفعت الأسعار منذ عام 2015.", ["عام 2015"]),
    ("التقى الوفد مسؤولين خلال الشهر الماضي.", ["الشهر الماضي"]),
    ("يكتمل المشروع بحلول عام 2020.", ["عام 2020"]),
    ("يستمر العمل حتى نهاية العام.", ["نهاية العام"]),
    ("أغلق المعبر لمدة ثلاثة أيام.", ["ثلاثة أيام"]),
    ("استمرت المفاوضات على مدار عام كامل.", ["عام كامل"]),
    ("يسري القرار اعتباراً من الأحد المقبل.", ["الأحد المقبل"]),
    ("انخفضت التساقطات بين 2019 و2021.", ["2019", "2021"]),
    ("عقد الوفد لقاءات منذ مساء الإثنين وحتّى  الثلاثاء.", ["مساء الإثنين", "الثلاثاء"]),
    ("زار حفتر روسيا قبل عامين.", ["قبل عامين"]),
    ("تبدأ المحادثات بعد غد.", ["بعد غد"]),
    ("وصل الوفد منذ ثلاثة أيام.", ["ثلاثة أيام"]),
    ("وهي العاصفة الأقوى منذ خمسين عاماً.", ["خمسين عاماً"]),
    ("وقال الوزير أمس الثلاثاء إن المحادثات مستمرة.", ["أمس الثلاثاء"]),
    ("تستمر الأشغال نحو ستة أسابيع.", ["نحو ستة أسابيع"]),
    ("وقع الزلزال الساعة 03:12 بتوقيت غرينتش.", ["الساعة 03:12 بتوقيت غرينتش"]),
    ("وصل الوفد بالأمس إلى القاهرة.", ["الأمس"]),
    ("ويغادر الوفد غداً.", ["غداً"]),
    ("في ٣٠ نوفمبر ٢٠١٦ أعلنت الحكومة خطتها.", ["٣٠ نوفمبر ٢٠١٦"]),
    ("كشفت مصادر ليبية مطّلعة أن حفتر زار المصنع يوم الإثنين.", ["يوم الإثنين"]),
    ('وقال المصدر لــ"العربي الجديد" إن الوفد وصل يوم الإثنين.', ["يوم الإثنين"]),
    ("وصل الوفد يَوْمَ الإثْنَيْنِ الماضي.", ["يَوْمَ الإثْنَيْنِ الماضي"]),
    ("تراجعت الصادرات الأسبـــوع الماضي.", ["الأسبـــوع الماضي"]),
    ("استمر الحصار عاماً كاملاً ثم رفع في 30 نوفمبر 2016.", ["عاماً كاملاً", "30 نوفمبر 2016"]),
]


@pytest.mark.parametrize(("text", "expressions"), EXTENTS, ids=[e[0] for e in EXTENTS])
def test_extent_and_offsets_into_the_original_text(text: str, expressions: list[str]) -> None:
    found = [(t.text, t.char_start, t.char_end) for t in timeline.tag(text, PUB)]
    assert found == spans(text, expressions)


def test_offsets_survive_marks_before_and_inside_the_expressions() -> None:
    text = "قالت مصادر مطّلعة لــ«الجزيرة» إنّ الوفد زار موسكو مساءَ الإثنيـــن، وعاد بعد أسبوعين."
    found = timeline.tag(text, PUB)
    assert [(t.text, t.value) for t in found] == [
        ("مساءَ الإثنيـــن", "2016-11-28TEV"),
        ("بعد أسبوعين", "2016-W50"),
    ]
    for t in found:
        assert text[t.char_start : t.char_end] == t.text


def test_a_document_of_several_paragraphs_keeps_offsets_exact() -> None:
    text = "30 نوفمبر 2016\nوأضاف المصدر أن مندوب المصنع التقى مسؤولين خلال الشهر الماضي في القاهرة.\n" * 3
    found = timeline.tag(text, PUB)
    assert [t.text for t in found] == ["30 نوفمبر 2016", "الشهر الماضي"] * 3
    starts = [t.char_start for t in found]
    assert starts == [e[1] for e in spans(text, ["30 نوفمبر 2016", "الشهر الماضي"] * 3)]


def test_over_is_a_preposition_left_out_of_an_anchored_period() -> None:
    text = "The ministry detained 14 suspects over the past two weeks."
    (found,) = timeline.tag(text, "2024-06-12")
    assert (found.text, found.value, found.char_start) == (
        "the past two weeks",
        "P2W",
        text.index("the past"),
    )
