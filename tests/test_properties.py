"""Invariants over any anchor and any text: sound intervals, exact non-overlapping offsets, determinism,
and no failure or hang on pathological input."""

from __future__ import annotations

import datetime

import pendulum
from hypothesis import assume, given, settings
from hypothesis import strategies as st

import timeline
from timeline.model import GRAINS, TYPES, Timex

EXPRESSIONS = [
    "yesterday", "last week", "last month", "last year", "next year", "Monday", "last Monday",
    "next Friday", "last June", "next March", "three days ago", "two weeks ago", "the past six months",
    "the next two weeks", "early March", "mid-2015", "late 2016", "the 1980s", "the 19th century",
    "November 30, 2016", "at 3 p.m.", "Monday night", "every Friday", "six months", "today", "tomorrow",
    "أمس", "أول أمس", "اليوم", "غداً", "الأسبوع الماضي", "الشهر الماضي", "العام الماضي", "منذ ثلاثة أيام",
    "قبل عامين", "بعد أسبوعين", "يوم الإثنين", "الإثنين الماضي", "الخميس المقبل", "مساء الإثنين",
    "يونيو الماضي", "حزيران/يونيو المقبل", "الشهور الستة الماضية", "مطلع الشهر الجاري", "نهاية العام",
    "عقد الثمانينيات", "القرن الماضي", "الساعة الثالثة عصراً", "كل يوم جمعة", "15 رمضان 1437 هـ",
]  # fmt: skip

ANCHORS = st.dates(min_value=datetime.date(1900, 1, 1), max_value=datetime.date(2100, 12, 31))

FRAGMENTS = [
    *EXPRESSIONS, " ", ". ", "، ", "\n", "في ", "منذ ", "وحتى ", "on ", "since ", "-", "/", "(", ")",
    "\u0651", "\u064b", "\u0640", "\u200f", "٣٠", "2016", "May", "march", "4 مليارات", "Boeing 747",
]  # fmt: skip

MIXED = st.lists(st.one_of(st.sampled_from(FRAGMENTS), st.text(max_size=4)), max_size=25).map("".join)


def check_interval(t: Timex) -> None:
    assert t.type in TYPES
    if t.start is None or t.end is None:
        assert (t.start, t.end, t.grain) == (None, None, None)
    else:
        assert t.start < t.end
        assert t.grain in GRAINS


def check_offsets(text: str, found: list[Timex]) -> None:
    previous_end = 0
    for t in found:
        assert previous_end <= t.char_start < t.char_end <= len(text)
        assert text[t.char_start : t.char_end] == t.text
        previous_end = t.char_end


@settings(deadline=None)
@given(st.sampled_from(EXPRESSIONS), ANCHORS)
def test_every_interval_is_non_empty_on_any_anchor(expression: str, anchor: datetime.date) -> None:
    t = timeline.resolve(expression, anchor)
    check_interval(t)
    assert t.anchor == pendulum.naive(anchor.year, anchor.month, anchor.day)


@settings(deadline=None)
@given(st.text(), ANCHORS, st.sampled_from([None, "ar", "en"]))
def test_tag_never_fails_on_any_text(text: str, anchor: datetime.date, lang: str | None) -> None:
    found = timeline.tag(text, anchor, lang=lang)
    check_offsets(text, found)
    for t in found:
        check_interval(t)


@settings(deadline=None)
@given(MIXED, ANCHORS)
def test_offsets_are_exact_and_disjoint_in_text_full_of_dates(text: str, anchor: datetime.date) -> None:
    found = timeline.tag(text, anchor)
    check_offsets(text, found)
    for t in found:
        check_interval(t)


@settings(deadline=None, max_examples=30)
@given(MIXED, ANCHORS, st.sampled_from(["tense", "past", "future"]))
def test_results_are_deterministic(text: str, anchor: datetime.date, prefer: str) -> None:
    assert timeline.tag(text, anchor, prefer=prefer) == timeline.tag(text, anchor, prefer=prefer)


def test_a_megabyte_without_spaces_returns() -> None:
    for unit in ("x", "ب", "a1", "-/"):
        text = unit * (1_000_000 // len(unit))
        check_offsets(text, timeline.tag(text, "2016-11-30"))


def test_long_digit_runs_return() -> None:
    for text in (
        "7" * 1_000_000,
        "2016" * 250_000,
        "1/" * 500_000,
        "٢٠١٦" * 250_000,
        "1." * 500_000,
        "1," * 500_000,
    ):
        check_offsets(text, timeline.tag(text, "2016-11-30"))


def test_a_month_name_repeated_a_hundred_thousand_times_returns() -> None:
    for name in ("June ", "يونيو "):
        text = name * 100_000
        check_offsets(text, timeline.tag(text, "2016-11-30"))


NUMERIC_FORMS = [
    ("en", "{a:02d}/{b:02d}/{y}"),
    ("en", "{a}/{b}/{y}"),
    ("en", "{a}-{b}-{y}"),
    ("en", "{a}/{b}/{yy:02d}"),
    ("ar", "{a:02d}/{b:02d}/{y}"),
    ("ar", "{a}/{b}/{y}"),
]
"""Numeric dates as each language's grammar writes them, the first number `a`, then `b`, then the year."""


@given(
    st.integers(1, 12),
    st.integers(1, 12),
    st.integers(1950, 2030),
    st.sampled_from(NUMERIC_FORMS),
    ANCHORS,
)
def test_the_day_first_and_month_first_readings_are_each_others_alternative(
    a: int, b: int, year: int, form: tuple[str, str], anchor: datetime.date
) -> None:
    lang, written = form
    # A two-digit year is read in the century nearest the anchor: compare with a full year's reading.
    text = written.format(a=a, b=b, y=year, yy=year % 100)
    day_first = timeline.resolve(text, anchor, lang=lang, dayfirst=True)
    month_first = timeline.resolve(text, anchor, lang=lang, dayfirst=False)
    found_year = day_first.value[:4]
    assert day_first.value == f"{found_year}-{b:02d}-{a:02d}"
    assert month_first.value == f"{found_year}-{a:02d}-{b:02d}"
    if "yy" not in written:
        assert found_year == f"{year:04d}"
    others = [(r.value, r.start, r.end) for r in day_first.alternatives]
    backs = [(r.value, r.start, r.end) for r in month_first.alternatives]
    if a == b:
        assert others == backs == []
    else:
        assert others == [(month_first.value, month_first.start, month_first.end)]
        assert backs == [(day_first.value, day_first.start, day_first.end)]


EN_MONTHS = ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October",
             "November", "December"]  # fmt: skip
AR_MONTHS = ["يناير", "فبراير", "مارس", "أبريل", "مايو", "يونيو", "يوليو", "أغسطس", "سبتمبر", "أكتوبر",
             "نوفمبر", "ديسمبر"]  # fmt: skip
RANGES = [
    ("The campaign ran from {0} to {1}.", EN_MONTHS, "en"),
    ("The campaign runs from {0} to {1}.", EN_MONTHS, "en"),
    ("The campaign will run from {0} to {1}.", EN_MONTHS, "en"),
    ("استمرت الحملة من {0} إلى {1}.", AR_MONTHS, "ar"),
    ("تمتد الحملة من {0} إلى {1}.", AR_MONTHS, "ar"),
]


@settings(deadline=None)
@given(st.sampled_from(RANGES), st.integers(0, 11), st.integers(0, 11), ANCHORS)
def test_a_range_of_months_ends_after_it_starts_within_a_year(
    template: tuple[str, list[str], str], first: int, second: int, anchor: datetime.date
) -> None:
    """Whatever the tense and the publication month, the two bare months of "from X to Y" are read as one
    span in order: the start no later than the end, at most a year before it ("from January to January")."""
    text, months, lang = template
    found = timeline.tag(text.format(months[first], months[second]), anchor, lang)
    assert len(found) == 2
    start, end = found[0].start, found[1].start
    assert start is not None and end is not None
    assert start <= end <= start.add(years=1)


@settings(deadline=None)
@given(st.sampled_from(["will", "did"]), ANCHORS)
def test_black_friday_and_cyber_monday_follow_thanksgiving(tense: str, anchor: datetime.date) -> None:
    """In any year and either tense, "Black Friday" is the Friday after Thanksgiving (the fourth Thursday
    of November) and "Cyber Monday" the Monday after, though it may fall in December. Written from
    Thanksgiving to Cyber Monday, one tense cannot hold all three (on Black Friday, "will shop on
    Thanksgiving" is next year's and "shopped on Cyber Monday" last year's), so those days are left out."""
    assume(not (anchor.month == 11 and anchor.day >= 22) and not (anchor.month == 12 and anchor.day <= 2))
    verb = "will shop" if tense == "will" else "shopped"
    found = timeline.tag(f"They {verb} on Thanksgiving, Black Friday and Cyber Monday.", anchor, "en")
    assert [t.text for t in found] == ["Thanksgiving", "Black Friday", "Cyber Monday"]
    thanksgiving, friday, monday = (t.start for t in found)
    assert thanksgiving is not None and friday is not None and monday is not None
    assert thanksgiving.month == 11 and 22 <= thanksgiving.day <= 28
    assert thanksgiving.day_of_week == pendulum.THURSDAY
    assert friday == thanksgiving.add(days=1) and monday == thanksgiving.add(days=4)
