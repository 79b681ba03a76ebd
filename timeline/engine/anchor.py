"""The anchor every relative expression resolves against: a publication date, read strictly.

An anchor is a naive pendulum DateTime holding the wall-clock time as written. Nothing here reads the
clock: a missing or unreadable anchor is an AnchorError, never a guess.
"""

from __future__ import annotations

import datetime

import pendulum

from timeline.errors import AnchorError
from timeline.moments import pendulum_of

EXAMPLE = "an ISO date such as 2016-11-30 or a date-time such as 2016-11-30T10:00:00"

_DIGITS = str.maketrans("٠١٢٣٤٥٦٧٨٩۰۱۲۳۴۵۶۷۸۹", "0123456789" * 2)
"""Arabic-Indic and Persian digits to ASCII, so that ٢٠١٦-١١-٣٠ reads like 2016-11-30."""


def parse_anchor(value: str | datetime.date | datetime.datetime | None) -> pendulum.DateTime:
    """Read a publication date or date-time into a naive DateTime.

    Accepts ISO 8601 text ("2016-11-30", "2016-11-30T10:00:00", "2016-11-30T10:00:00+02:00") and
    date, datetime or pendulum objects. A zone is dropped and the wall-clock time kept. A date alone
    means its midnight. Raises AnchorError for None, empty text, partial dates ("2016-11") and
    impossible ones ("2016-02-30").
    """
    if value is None:
        raise AnchorError(f"no anchor given: expected {EXAMPLE}")
    if isinstance(value, datetime.datetime):
        return pendulum_of(value)
    if isinstance(value, datetime.date):
        return pendulum.naive(value.year, value.month, value.day)
    if not isinstance(value, str):
        raise AnchorError(f"cannot use a {type(value).__name__} as an anchor: expected {EXAMPLE}")
    text = value.strip().translate(_DIGITS)
    if not text:
        raise AnchorError(f"cannot read the anchor {value!r}: it is empty; expected {EXAMPLE}")
    try:
        moment = datetime.datetime.fromisoformat(text)
    except ValueError as error:
        raise AnchorError(f"cannot read the anchor {value!r} ({error}): expected {EXAMPLE}") from None
    return pendulum_of(moment)
