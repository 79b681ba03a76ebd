"""The parse of one match, apart from how it is written: the slots a grammar rule filled, language-free.

The compiled grammar records, for each slot a match filled, the class that filled it (see
`timeline.engine.grammar`): the text is looked up in that vocabulary class (or read as digits) and
stored here in a `Meaning` record; `timeline.engine.build` turns the record into the typed operators
(`timeline.engine.operators`) that resolve to a value and an interval.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from timeline.engine.era import stand_in
from timeline.engine.grammar import DIGITS, Fill
from timeline.engine.language import Language
from timeline.engine.normalize import fold
from timeline.engine.operators.clock import TimeOfDay
from timeline.engine.operators.positions import (
    AnchorYear,
    EarlyYear,
    NarrativeYear,
    NewYear,
    StoryYear,
    TwoDigitYear,
    Year,
    YearOf,
)


@dataclass(frozen=True, slots=True)
class Meaning:
    """Language-free slots of one expression. None means the slot was not filled.

    The fields come in the groups of `timeline.engine.slots`, the parse's structure: where on the
    calendar, shifted how, at what time of day, how much time, which named period or modifier, and
    flags."""

    rule: str
    # Calendar positions: the year, month, day... the words name.
    year: YearOf | None = None
    """Which year the words say, as the operators that count within it hold it: written in full or in two
    digits, counted from the anchor's ("April of next year") or from the date last mentioned ("April of
    the same year")."""
    month: int | None = None
    day: int | None = None
    weekday: int | None = None
    hijri_month: int | None = None
    hijri_year: int | None = None
    solar_year: int | None = None
    decade: int | None = None
    decade_digit: int | None = None
    century: int | None = None
    ordinal: int | None = None
    quarter: int | None = None
    semester: int | None = None
    """The half of a year (1, 2): النصف الأول من العام is YYYY-H1."""
    nth: int | None = None
    """The nth weekday/day/week (`inner`) of a month or year; negative counts from the end (-1: last)."""
    # Shifts, each a direction or an offset (-1, 0, 1...): this/last/next of the expression, its week or
    # its century; from the date last mentioned (narr, narrdir, same_year); ago or from now; the past or
    # next period (span); days from today (deictic).
    rel: int | None = None
    rel_week: int | None = None
    century_rel: int | None = None
    narr: int | None = None
    pointed: bool = False
    """Whether `narr` was said with a word that points back ("that month", "the same year", الشهر نفسه), not
    only the article of the unit in focus ("the end of the month")."""
    narrdir: int | None = None
    same_year: int | None = None
    ago: int | None = None
    span: int | None = None
    deictic: int | None = None
    easter: int | None = None
    """Days from Easter Sunday: a movable feast ("Good Friday" is -2)."""
    feast_after: int | None = None
    """Days after the nth weekday of a month a feast is counted from ("Black Friday" is 1, the day after
    Thanksgiving)."""
    # Clock times and parts of the day.
    time: TimeOfDay = field(default_factory=TimeOfDay)
    """The clock time or the part of the day, as the operator that puts it on a day holds it."""
    # Amounts of time: a count of a unit, or an unstated number of them (vague, plural).
    unit: str | None = None
    count: float | None = None
    vague: bool = False
    plural: bool = False
    more_unit: str | None = None
    """A second, smaller unit told after the first: ساعتين وخمس دقائق is 2 H and 5 MIN."""
    more_count: float | None = None
    mid_unit: str | None = None
    """A unit told between the first and `more_unit` ("seven years, seven months and seven days": M)."""
    mid_count: float | None = None
    # Named periods, modifiers and references.
    pmod: str | None = None
    approx: str | None = None
    season: str | None = None
    inner: str | None = None
    container: str | None = None
    """The unit ("M", "Y") an nth or a day number counts within, when not a named month or year."""
    closes: str | None = None
    """The reporting period ("Q", "W", "M", "Y", "FY") that the day of the other slots closes."""
    compares: str | None = None
    """The unit ("Q", "M") of the period a shift names after it ("the year-earlier quarter"): see `Later`."""
    set_value: str | None = None
    ref: str | None = None
    # Flags: being filled is the meaning.
    whole: bool = False
    turn: bool = False
    """"The turn of the century": the year a century gives way to the next, nearest the story."""
    fiscal: bool = False
    weekend: bool = False
    every: bool = False
    week_of: bool = False
    weekend_of: bool = False
    """The weekend of the week holding the day ("the weekend of 3 May 1902")."""
    feast: bool = False
    """A holiday named by its words ("Christmas", "New Year's Day"), not a day written by its date."""
    since: bool = False
    story_day: bool = False
    """The day the story is on: the date last mentioned when it is a day, else the publication day."""
    overnight: bool = False
    """The night next to the publication day in the clause's direction: "fell overnight" the night before it,
    "will hit the coast overnight" its own."""
    story_date: bool = False
    """The date last mentioned itself ("by that time"), at its own grain."""
    bc: bool = False
    """The year, decade or century is counted before the common era ("490 BC"): see `timeline.engine.era`."""
    within: bool = False
    """"In N units" (في ستة أشهر): up to now after a superlative ("the lowest in six months"), else a
    length."""
    shift_from: bool = False
    """The count of units moves the day written after it ("a week from Friday", "two weeks from tomorrow")."""
    up_to_now: bool = False
    """"N units on" ("Fifty years on, the town still marks it"): later than the date last mentioned, up to
    the writer's now, which it does not pass (see `timeline.engine.operators.shifts.Later`)."""

    @property
    def more(self) -> tuple[str, float] | None:
        """The smaller part of a duration told in two: its unit and count (one when no count is told)."""
        if self.more_unit is None:
            return None
        return self.more_unit, self.more_count if self.more_count is not None else 1.0

    @property
    def mid(self) -> tuple[str, float] | None:
        """The middle part of a duration told in three: its unit and count."""
        if self.mid_unit is None:
            return None
        return self.mid_unit, self.mid_count if self.mid_count is not None else 1.0

    # How a numeric date was read.
    dayfirst: bool | None = None
    """A numeric date whose two numbers both fit a month and differ ("05/03/2024"): True when it was read
    day first, False month first; its other order is an alternative reading. None when the digits allow
    one reading only ("25/03/2024" whatever the order) or the expression is no numeric date."""


_THOUSANDS = re.compile(r"\d{1,3}(?:,\d{3})+")
"""Digits grouped in thousands by commas ("1,425 days")."""


def _number(text: str) -> float:
    """A count written in digits: "3", "2.5", "2,5", "1/2", "2 1/2", "2-1/2" (a wire's "2-1/2-year high"),
    "1,425" (commas between thousands)."""
    total = 0.0
    for part in text.replace("-", " ").split():
        top, _, bottom = part.partition("/")
        if _THOUSANDS.fullmatch(top):
            top = top.replace(",", "")
        total += float(top.replace(",", ".")) / (float(bottom) if bottom else 1.0)
    return total


_FIELDS = frozenset(
    {
        "month",
        "day",
        "weekday",
        "hijri_month",
        "hijri_year",
        "solar_year",
        "decade",
        "decade_digit",
        "ordinal",
        "quarter",
        "semester",
        "nth",
        "rel",
        "rel_week",
        "century_rel",
        "narr",
        "narrdir",
        "same_year",
        "ago",
        "span",
        "easter",
        "feast_after",
        "pmod",
        "approx",
        "season",
        "inner",
        "container",
        "closes",
        "compares",
        "set_value",
        "ref",
    }
)
"""Slots stored as they are in the Meaning field of the same name."""
_FLAGS = frozenset(
    {
        "whole",
        "turn",
        "fiscal",
        "weekend",
        "every",
        "week_of",
        "weekend_of",
        "feast",
        "since",
        "story_day",
        "story_date",
        "bc",
        "within",
        "shift_from",
        "up_to_now",
    }
)
"""Slots whose being filled is their meaning, stored as True in the Meaning field of the same name."""


_CENTURY = 100
"""A year said in parts that add up to less than this is given by its last two figures."""


def _value(lang: Language, fill: Fill) -> int | float | str:
    """What a fill stands for: its digits read as a number, or its meaning in the class that filled it."""
    if fill.cls == DIGITS:
        return int(fill.text) if fill.text.isdigit() else _number(fill.text)
    return lang.vocab[fill.cls][fold(" ".join(fill.text.split()))]


def interpret(rule: str, fills: tuple[Fill, ...], lang: Language, dayfirst: bool | None = None) -> Meaning:
    """The Meaning of a match of `rule`: `fills` are the slots it filled (see `timeline.engine.grammar`).

    A number word that is no whole number ("several", "half") fills no hour, minute or offset. The two
    numbers of a numeric date are read day first when `dayfirst` says so (None: as the language reads
    them; see `_day_month`)."""
    v: dict[str, object] = {"rule": rule}
    numbers: dict[str, int] = {}
    time: dict[str, object] = {}
    count: float | None = None
    offset: int | None = None
    sign = 1
    year_part = 0
    for fill in fills:
        slot, value = fill.slot, _value(lang, fill)
        if slot in _FIELDS:
            v[slot] = value
            if slot == "narr" and fill.cls == "narr":
                v["pointed"] = True
        elif slot in _FLAGS:
            v[slot] = True
        else:
            match slot:
                case "count" if value == "X":
                    v["vague"] = True
                case "count":
                    count = (count or 0) + float(value)
                case "count_times":
                    count = (count or 1) * float(value)
                case "count_after" if value == "X":
                    v["vague"] = True
                case "count_after":
                    # A number after its unit restates the count (يومين اثنين: two days).
                    count = float(value)
                case "unit" | "lone_unit":
                    code = str(value)
                    if slot == "lone_unit":
                        # A unit without a number: one of it, or some unstated number of them ("for years").
                        v["vague"] = code.endswith("*")
                        count = None if code.endswith("*") else count or 1.0
                    v["unit"] = code.rstrip("*2")
                    v["plural"] = code.endswith("*")
                    if code.endswith("2"):
                        count = 2.0
                case "count_more" if value != "X":
                    v["more_count"] = float(v.get("more_count") or 0) + float(value)  # type: ignore[arg-type]
                case "count_mid" if value != "X":
                    v["mid_count"] = float(v.get("mid_count") or 0) + float(value)  # type: ignore[arg-type]
                case "unit_mid":
                    code = str(value)
                    v["mid_unit"] = code.rstrip("*2")
                    if code.endswith("2"):
                        v["mid_count"] = 2.0
                case "unit_more":
                    # A smaller unit alone is one of it (سنة وشهر), its dual two (سنة وشهرين).
                    code = str(value)
                    v["more_unit"] = code.rstrip("*2")
                    if code.endswith("2"):
                        v["more_count"] = 2.0
                case "pmod_unit":
                    v["pmod"], v["unit"] = str(value).split()
                case "deictic":
                    v["deictic"] = int(value) + int(v.get("deictic") or 0)  # type: ignore[call-overload]
                case "part" | "second":
                    time[slot] = value
                case "tonight":
                    time["part"], v["deictic"] = value, 0
                case "overnight":
                    time["part"], v["overnight"] = value, True
                case "ampm" if value == "ish":
                    v["approx"] = "APPROX"
                case "ampm" if value != "oclock":
                    # "pm0": pm of the publication day (عصر اليوم), not of the day last mentioned.
                    time["ampm"] = str(value).rstrip("0")
                    if str(value).endswith("0"):
                        v["deictic"] = 0
                case "clock":
                    time["hour"], time["minute"] = value, 0
                case "hour" if isinstance(value, int):
                    time["hour"] = value
                case "minute" if isinstance(value, int):
                    # Minutes may come in parts: الحادية عشرة وخمس وأربعون دقيقة.
                    time["minute"] = int(time.get("minute") or 0) + value  # type: ignore[call-overload]
                case "minute_offset" if isinstance(value, int):
                    offset = value
                case "offset_sign":
                    sign = int(value)
                case "year":
                    v["year"] = Year(int(value))
                case "year_part":
                    year_part += int(value)
                case "early_year":
                    v["year"] = EarlyYear(int(value))
                case "story_year":
                    v["year"] = StoryYear(int(value))
                case "bc_year":
                    v["year"] = Year(stand_in(int(value)))
                case "yy_after" if isinstance(first := v.get("year"), Year):
                    # A year in two digits after a year in full ("1914-18"): of its century, and not before
                    # it (the first year, which fills both, is itself).
                    after = first.n - first.n % 100 + int(value)
                    v["year"] = Year(after) if after >= first.n else None
                case "yy" | "yy_after":
                    v["year"] = TwoDigitYear(int(value))
                case "rel_year":
                    v["year"] = AnchorYear(int(value))
                case "new_year":
                    v["year"] = NewYear()
                case "narr_year":
                    v["year"] = NarrativeYear(int(value))
                case "century":
                    v["century"] = int(value) - 1
                case "millennium" | "half" | "fromend":
                    v[slot] = value
                case "dm_first" | "dm_second":
                    numbers[slot] = int(value)
    if year_part:
        # Said in full ("nineteen ninety-six") or by its last two figures ("back in ninety-six").
        v["year"] = Year(year_part) if year_part >= _CENTURY else TwoDigitYear(year_part)
    if numbers:
        v.update(
            _day_month(
                numbers.get("dm_first"),
                numbers.get("dm_second"),
                lang.dayfirst if dayfirst is None else dayfirst,
            )
        )
    if v.pop("fromend", None) is not None and isinstance(v.get("nth"), int):
        v["nth"] = -int(v["nth"])  # type: ignore[call-overload]
    if offset is not None:
        time["offset"] = sign * offset
    if time:
        v["time"] = TimeOfDay(**time)  # type: ignore[arg-type]
    if v.get("bc") and isinstance(v.get("decade"), int):
        # "the 470s BC" (479-470 BC) is a decade of stand-in years (see timeline.engine.era), for a narrative
        # to count on from ("the next decade").
        v["decade"] = stand_in(int(v["decade"]) * 10 + 9) // 10  # type: ignore[call-overload]
    millennium = v.pop("millennium", None)
    if isinstance(millennium, int):
        # A year in words: the thousands, then the rest counted (عام ألفين وواحد وعشرين).
        v["year"], count = Year(millennium + int(count or 0)), None
    if v.get("more_unit") is not None and count is None and not v.get("plural"):
        # One unit before the smaller part: ساعة و10 دقائق is an hour and ten minutes.
        count = 1.0
    half = v.pop("half", None) is not None
    if count is not None or half:
        v["count"] = (count if count is not None else 1.0) + (0.5 if half else 0.0)
    return Meaning(**v)  # type: ignore[arg-type]


def _day_month(first: int | None, second: int | None, dayfirst: bool) -> dict[str, object]:
    """The day and month of a numeric date written `first`/`second`, read day first or month first.

    A number above 12 can only be the day, so it is, whatever the order asked for: "25/03/2024" is 25
    March and "3/25/2024" 25 March in every run, with no other reading (the grammar matches no pair whose
    numbers are both above 12). Two numbers up to 12 that differ are read in the order asked for, and
    `dayfirst` records it: the other order is a reading too ("05/03/2024" is 5 March or May 3)."""
    day, month = (first, second) if dayfirst else (second, first)
    if month is not None and month > 12:
        return {"day": month, "month": day}
    ambiguous = day is not None and month is not None and day <= 12 and day != month
    return {"day": day, "month": month, "dayfirst": dayfirst if ambiguous else None}
