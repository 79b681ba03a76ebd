"""What an expression means, apart from how it is written: the slots a grammar rule filled.

A rule's named groups are slots. Each slot's text is looked up in the language's vocabulary (or read as
digits) and stored here language-free; `timeline.engine.resolve` turns a Meaning into a value and an interval.
"""

from __future__ import annotations

from dataclasses import dataclass, field, fields
from operator import attrgetter

from timeline.engine.language import Language
from timeline.engine.normalize import fold

ALIASES: dict[str, str] = {
    "wdrel": "rel",
    "relyear": "rel",
    "narryear": "narr",
    "relweek": "rel",
    "partrel": "rel",
    "centrel": "rel",
    "numafter": "numword",
    "numword2": "numword",
    "pairA": "pairmonth",
    "pairB": "pairmonth",
    "ampm2": "ampm",
    "hourb2": "hourword",
    "offword": "minuteword",
    "offnum": "numword",
    "hourn": "numword",
    "minword": "numword",
    "minword2": "numword",
    "crel": "rel",
    "container2": "container",
    "nth2": "nth",
    "dayord": "ordinal",
    "half2": "half",
    "month2": "month",
    "month3": "month",
    "relweek2": "rel",
    "inner2": "inner",
    "monthword": "monthcard",
    "monthord": "ordinal",
    "unit1": "unit",
}
"""Group names that capture a vocabulary class under another name."""

DIGIT_SLOTS = frozenset(
    {
        "day",
        "day2",
        "year",
        "yy",
        "monthnum",
        "num",
        "hour",
        "minute",
        "hour24",
        "minute24",
        "military",
        "decade",
        "decade2",
        "century",
        "hyear",
        "quarterq",
        "bareyear",
        "sec",
        "sec24",
        "hhmm",
        "minuteh",
        "hourh",
        "hourb",
        "offmin",
        "minnum",
        "quarterq2",
        "dday",
        "dday2",
        "day3",
        "mday",
        "mmonth",
        "mmonth2",
        "yearfirst",
    }
)
STRUCTURAL = frozenset({"first", "second", "since"})
FLAGS = frozenset({"fromend"})
"""Groups whose presence is their meaning: "fromend" counts the nth from the end ("third last week")."""


@dataclass(frozen=True, slots=True)
class Meaning:
    """Language-free slots of one expression. None means the slot was not filled."""

    rule: str
    year: int | None = None
    month: int | None = None
    day: int | None = None
    weekday: int | None = None
    hijri_month: int | None = None
    hijri_year: int | None = None
    rel: int | None = None
    rel_year: int | None = None
    narr_year: int | None = None
    """The year of the date last mentioned, shifted: "April of the same year" is 0."""
    rel_week: int | None = None
    deictic: int | None = None
    unit: str | None = None
    count: float | None = None
    vague: bool = False
    plural: bool = False
    ago: int | None = None
    narrdir: int | None = None
    narr: int | None = None
    span: int | None = None
    part: str | None = None
    hour: int | None = None
    minute: int | None = None
    second: int | None = None
    minute_offset: int | None = None
    """Minutes added to the clock time: "a quarter past 3" is +15, "20 to noon" is -20."""
    ampm: str | None = None
    pmod: str | None = None
    approx: str | None = None
    decade: int | None = None
    decade_digit: int | None = None
    century: int | None = None
    century_rel: int | None = None
    ordinal: int | None = None
    yy: int | None = None
    """A two-digit year; resolution puts it in the century nearest the anchor (up to ten years ahead)."""
    nth: int | None = None
    """The nth weekday/day/week (`inner`) of a month or year; negative counts from the end (-1: last)."""
    inner: str | None = None
    container: str | None = None
    """The unit ("M", "Y") an nth or a day number counts within, when not a named month or year."""
    week_of: bool = False
    quarter: int | None = None
    season: str | None = None
    weekend: bool = False
    fiscal: bool = False
    every: bool = False
    since: bool = False
    whole: bool = False
    same_year: int | None = None
    set_value: str | None = None
    ref: str | None = None
    _hash: int = field(init=False, repr=False, compare=False, default=0)

    def __post_init__(self) -> None:
        object.__setattr__(self, "_hash", hash(_SLOTS(self)))

    def __hash__(self) -> int:
        """Computed once: meanings key the resolution cache, and they have many slots to hash."""
        return self._hash


_SLOTS = attrgetter(*(f.name for f in fields(Meaning) if f.compare))


def _number(text: str) -> float:
    """A count written in digits: "3", "2.5", "2,5", "1/2", "2 1/2"."""
    total = 0.0
    for part in text.split():
        top, _, bottom = part.partition("/")
        total += float(top.replace(",", ".")) / (float(bottom) if bottom else 1.0)
    return total


def _lookup(lang: Language, slot: str, text: str) -> int | str:
    cls = ALIASES.get(slot, slot)
    return lang.vocab[cls][fold(" ".join(text.split()))]


def interpret(rule: str, groups: dict[str, str], lang: Language) -> Meaning:
    """The Meaning of a match: `groups` maps filled slot names to their matched text."""
    v: dict[str, object] = {"rule": rule}
    count: float | None = None
    offset: int | None = None
    sign = 1
    for slot, text in groups.items():
        if slot in FLAGS:
            v[slot] = True
            continue
        if slot in STRUCTURAL:
            v["since"] = v.get("since", False) or slot == "since"
            continue
        if slot in DIGIT_SLOTS:
            number = int(text) if text.isdigit() else None
            match slot:
                case "day" | "monthnum" | "hyear" | "military" | "century":
                    v[{"monthnum": "month", "hyear": "hijri_year", "military": "hour"}.get(slot, slot)] = (
                        number
                    )
                    if slot == "century" and number is not None:
                        v["century"] = number - 1
                case "dday" | "dday2" | "day3" | "mday":
                    v["day"] = number
                case "mmonth" | "mmonth2":
                    v["month"] = number
                case "year" | "bareyear" | "yearfirst":
                    v["year"] = number
                case "yy":
                    v["yy"] = number
                case "num":
                    count = _number(text)
                case "hour" | "hour24" | "hourh" | "hourb":
                    v["hour"] = number
                case "minute" | "minute24" | "minuteh" | "minnum":
                    v["minute"] = number
                case "sec" | "sec24":
                    v["second"] = number
                case "hhmm":
                    v["hour"], v["minute"] = divmod(int(text), 100)
                case "offmin":
                    offset = number
                case "decade":
                    v["decade"] = number
                case "decade2":
                    v["decade_digit"] = number
                case "quarterq" | "quarterq2":
                    v["quarter"] = int(text[-1])
            continue
        value = _lookup(lang, slot, text)
        match slot:
            case "month" | "month2" | "month3":
                v["month"] = value
            case "pairmonth" | "pairA" | "pairB" | "tz":
                pass
            case "hmonth":
                v["hijri_month"] = value
            case "weekday" | "weekdaybare" | "weekdays":
                v["weekday"] = value
            case "rel" | "wdrel" | "partrel" | "centrel" | "crel":
                v["century_rel" if slot == "centrel" else "rel"] = value
            case "relpre" | "afternext":
                v["rel"] = value
            case "relyear":
                v["rel_year"] = value
            case "narryear":
                v["narr_year"] = value
            case "relweek" | "relweek2":
                v["rel_week"] = value
            case "periodabbr":
                v["pmod"], v["unit"] = str(value).split()
            case "deictic":
                v["deictic"] = int(value) + int(v.get("deictic") or 0)  # type: ignore[call-overload]
            case "dayshift":
                v["deictic"] = int(value) + int(v.get("deictic") or 0)  # type: ignore[call-overload]
            case "unit" | "nightunit" | "unit1":
                code = str(value)
                if slot == "unit1":
                    v["vague"] = code.endswith("*")
                    count = None if code.endswith("*") else count or 1.0
                base = code.rstrip("*2")
                v["unit"] = base
                v["plural"] = code.endswith("*")
                if code.endswith("2"):
                    count = 2.0
            case "numword" | "numword2" | "numafter" | "defnum":
                if value == "X":
                    v["vague"] = True
                else:
                    count = (count or 0) + float(value) if slot != "numafter" else float(value)
            case "millennium":
                v["millennium"] = value
            case "digit":
                count = (count or 0) + float(value)
            case "half" | "half2":
                v["half"] = True
            case "ago":
                v["ago"] = value
            case "narrdir":
                v["narrdir"] = value
            case "narr":
                v["narr"] = value
            case "span":
                v["span"] = value
            case "part" | "tonight":
                v["part"] = value
                if slot == "tonight":
                    v["deictic"] = 0
            case "ampm" | "ampm2" | "ampmshort":
                if value == "ish":
                    v["approx"] = "APPROX"
                elif value != "oclock":
                    # "pm0": pm of the publication day (عصر اليوم), not of the day last mentioned.
                    v["ampm"] = str(value).rstrip("0")
                    if str(value).endswith("0"):
                        v["deictic"] = 0
            case "clockword":
                v["hour"], v["minute"] = int(value), 0
            case "hourword" | "hourb2":
                v["hour"] = value
            case "offword" | "minoff" | "offnum" if isinstance(value, int):
                offset = value
            case "offnum":
                pass
            case "hourn" if isinstance(value, int):
                v["hour"] = value
            case "minword" | "minword2" if isinstance(value, int):
                v["minute"] = int(v.get("minute") or 0) + value
            case "hourn" | "minword" | "minword2":
                pass
            case "offdir":
                sign = int(value)
            case "minuteword":
                v["minute"] = value
            case "pmod":
                v["pmod"] = value
            case "approx" | "approxpost":
                v["approx"] = value
            case "whole":
                v["whole"] = True
            case "decadeword":
                v["decade_digit"] = value
            case "ordinal":
                v["ordinal"] = value
            case "quarter":
                v["quarter"] = value
            case "season":
                v["season"] = value
            case "fiscal":
                v["fiscal"] = True
            case "weekend":
                v["weekend"] = True
            case "every":
                v["every"] = True
            case "setword":
                v["set_value"] = value
            case "ref":
                v["ref"] = value
            case "sameyear":
                v["same_year"] = value
            case "samepart":
                v["narr"] = 0
            case "dayord":
                v["day"] = value
            case "nth" | "nth2":
                v["nth"] = value
            case "inner" | "inner2":
                v["inner"] = value
            case "container" | "container2":
                v["container"] = value
            case "weekof":
                v["week_of"] = True
            case "monthword" | "monthord":
                v["month"] = value
            case _:
                raise KeyError(f"rule {rule!r} fills an unknown slot {slot!r}")
    if v.pop("fromend", False) and isinstance(v.get("nth"), int):
        v["nth"] = -int(v["nth"])  # type: ignore[call-overload]
    if offset is not None:
        v["minute_offset"] = sign * offset
    millennium = v.pop("millennium", None)
    if isinstance(millennium, int):
        # A year in words: the thousands, then the rest counted (عام ألفين وواحد وعشرين).
        v["year"], count = millennium + int(count or 0), None
    half = bool(v.pop("half", False))
    if count is not None or half:
        v["count"] = (count if count is not None else 1.0) + (0.5 if half else 0.0)
    return Meaning(**v)  # type: ignore[arg-type]
