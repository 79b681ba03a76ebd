"""The anchor every relative expression resolves against: a publication date, read strictly.

An anchor is a naive pendulum DateTime holding the wall-clock time as written. Nothing here reads the
clock: a missing or unreadable anchor is an AnchorError, never a guess.
"""

from __future__ import annotations

import datetime
import re

import pendulum

from timeline.errors import AnchorError
from timeline.moments import pendulum_of

EXAMPLE = "an ISO date such as 2016-11-30 or a date-time such as 2016-11-30T10:00:00"

YEARS = (1000, 9000)
"""The years an anchor may lie in. Relative expressions reach up to a few centuries either way of their
anchor ("the next century", "in 500 years"); kept this far from the calendar's ends (years 1 and 9999),
every such expression has room to resolve, and one that still runs off the calendar is dropped."""

AnchorLike = str | datetime.date | datetime.datetime | pendulum.Date | pendulum.DateTime
"""What every entry point accepts as a publication date or anchor: ISO text, or a date or date-time of the
standard library or pendulum (which are their subclasses; named for the reader)."""

_DIGITS = str.maketrans("٠١٢٣٤٥٦٧٨٩۰۱۲۳۴۵۶۷۸۹", "0123456789" * 2)
"""Arabic-Indic and Persian digits to ASCII, so that ٢٠١٦-١١-٣٠ reads like 2016-11-30."""

_PARTIAL = re.compile(r"\d{4}(-?W\d{2}|-\d{2})?", re.IGNORECASE)
"""A year, a month (2016-11) or an ISO week (2016-W48): none names a day, so none is an anchor. One
rule for all: the week is not read as its Monday any more than the month as its first."""


def parse_anchor(value: AnchorLike | None) -> pendulum.DateTime:
    """Read a publication date or date-time into a naive DateTime.

    Accepts ISO 8601 text ("2016-11-30", "2016-11-30T10:00:00", "2016-11-30T10:00:00+02:00") and
    date, datetime or pendulum objects. A zone is dropped and the wall-clock time kept. A date alone
    means its midnight. Raises AnchorError for None, empty text, partial dates ("2016-11"), impossible ones
    ("2016-02-30") and dates outside YEARS.
    """
    if value is None:
        raise AnchorError(f"no anchor given: expected {EXAMPLE}")
    if isinstance(value, datetime.datetime):
        return _in_range(pendulum_of(value), value)
    if isinstance(value, datetime.date):
        return _in_range(pendulum.naive(value.year, value.month, value.day), value)
    if not isinstance(value, str):
        raise AnchorError(f"cannot use a {type(value).__name__} as an anchor: expected {EXAMPLE}")
    text = value.strip().translate(_DIGITS)
    if not text:
        raise AnchorError(f"cannot read the anchor {value!r}: it is empty; expected {EXAMPLE}")
    if _PARTIAL.fullmatch(text):
        raise AnchorError(f"the anchor {value!r} is a partial date (year, month or week); expected {EXAMPLE}")
    try:
        moment = datetime.datetime.fromisoformat(text)
    except ValueError as error:
        raise AnchorError(f"cannot read the anchor {value!r} ({error}): expected {EXAMPLE}") from None
    return _in_range(pendulum_of(moment), value)


def _in_range(anchor: pendulum.DateTime, value: object) -> pendulum.DateTime:
    first, last = YEARS
    if not first <= anchor.year <= last:
        raise AnchorError(
            f"the anchor {value!r} is outside the supported years {first}-{last}: "
            "expressions near the calendar's ends cannot be resolved"
        )
    return anchor
