"""The operator algebra resolves every parse as the old if-cascade did (kept beside it until the switch).

Parses are drawn from realistic slot values, several slots at once, against anchors, directions and dates
last mentioned; both sides must give the same value, interval, readings, or both refuse."""

from __future__ import annotations

import dataclasses
import datetime

from hypothesis import given, settings
from hypothesis import strategies as st

from timeline.engine import cascade
from timeline.engine.build import expression
from timeline.engine.calendar import span_at
from timeline.engine.meaning import Meaning
from timeline.engine.resolve import Context, Resolved, Unresolvable

_VALUES: dict[str, list[object]] = {
    "year": [1999, 2019, 2024],
    "month": [1, 2, 6, 12, 13],
    "day": [1, 15, 29, 31, 0],
    "weekday": list(range(1, 8)),
    "hijri_month": [1, 9, 12],
    "hijri_year": [1440, 1445],
    "rel": [-2, -1, 0, 1, 2],
    "rel_year": [-1, 0, 1],
    "narr_year": [-1, 0, 1],
    "rel_week": [-1, 0, 1],
    "deictic": [-2, -1, 0, 1],
    "unit": ["S", "MIN", "H", "D", "W", "M", "Q", "Y", "DE", "CE"],
    "count": [1.0, 2.0, 3.0, 1.5, 0.5],
    "vague": [True],
    "plural": [True],
    "ago": [-1, 1],
    "narrdir": [-1, 1],
    "narr": [-1, 0, 1],
    "span": [-1, 1],
    "part": ["MO", "AF", "EV", "NI"],
    "hour": [0, 8, 12, 23, 25],
    "minute": [0, 30, 61],
    "second": [0, 5],
    "minute_offset": [15, -20],
    "ampm": ["am", "pm"],
    "pmod": ["START", "MID", "END"],
    "approx": ["APPROX", "MORE_THAN", "LESS_THAN"],
    "decade": [199, 201],
    "decade_digit": [0, 9],
    "century": [19, 20],
    "century_rel": [-1, 0],
    "ordinal": [1, 3, 5, 6, 21],
    "yy": [19, 99, 35],
    "nth": [1, 2, -1, 5, 0],
    "inner": ["W", "D"],
    "container": ["M", "Y"],
    "week_of": [True],
    "quarter": [1, 2, 3, 4],
    "season": ["SP", "SU"],
    "weekend": [True],
    "fiscal": [True],
    "every": [True],
    "since": [True],
    "whole": [True],
    "same_year": [-1, 0, 1],
    "set_value": ["P1D"],
    "ref": ["PRESENT_REF"],
}

_SLOTS = st.lists(
    st.one_of(*(st.tuples(st.just(k), st.sampled_from(v)) for k, v in _VALUES.items())), max_size=8
).map(dict)
_ANCHORS = st.datetimes(datetime.datetime(2015, 1, 1), datetime.datetime(2026, 12, 31)).map(
    lambda d: d.replace(minute=0, second=0, microsecond=0)
)


def _old(m: Meaning, ctx: Context, measured: bool) -> Resolved | str:
    if m.since and not measured:
        m = dataclasses.replace(m, since=False, ago=-1)
    try:
        return cascade.resolve_meaning(m, ctx.anchor, ctx.direction, ctx.last)
    except (Unresolvable, ValueError, KeyError) as err:
        return type(err).__name__


def _new(m: Meaning, ctx: Context, measured: bool) -> Resolved | str:
    try:
        return expression(m, measured).op.resolve(ctx)
    except (Unresolvable, ValueError, KeyError) as err:
        return type(err).__name__


@settings(max_examples=3000, deadline=None)
@given(
    _SLOTS,
    _ANCHORS,
    st.sampled_from(["past", "future", "upcoming", "news"]),
    st.sampled_from([None, "day", "month", "minute", "year"]),
    st.booleans(),
)
def test_operators_resolve_as_the_cascade(
    slots: dict[str, object], anchor: datetime.datetime, direction: str, last: str | None, measured: bool
) -> None:
    m = Meaning(rule="r", **slots)  # type: ignore[arg-type]
    before = anchor - datetime.timedelta(400)
    ctx = Context(anchor, direction, None if last is None else span_at(last, before))
    assert _new(m, ctx, measured) == _old(m, ctx, measured)
    assert expression(m, measured).tensed == cascade.needs_direction(m)
