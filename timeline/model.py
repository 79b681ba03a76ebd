"""The values the engine produces: one resolved temporal expression, and its alternatives.

`Timex` and `Reading` are named tuples: immutable values that are cheap to build (a frozen
dataclass costs several times more per instance, and the engine builds one per expression).
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any, NamedTuple

import pendulum

from timeline.engine.anchor import AnchorLike, parse_anchor

GRAINS: tuple[str, ...] = (
    "second",
    "minute",
    "hour",
    "day",
    "week",
    "month",
    "quarter",
    "year",
    "decade",
    "century",
)
TYPES: tuple[str, ...] = ("DATE", "TIME", "DURATION", "SET")
JSONL_FIELDS = ("char_start", "char_end", "text", "type", "value", "mod", "start", "end", "grain")
"""The fields of one expression in `timeline tag --format jsonl` (FORMAT.md), in their order: the
`Timex` fields `as_dict` gives, and those of the struct `timeline.polars` types."""


def iso(moment: pendulum.DateTime | None) -> str | None:
    """An interval bound as written in every output: ISO 8601 to the second, no zone."""
    if moment is None:
        return None
    m = moment
    return f"{m.year:04d}-{m.month:02d}-{m.day:02d}T{m.hour:02d}:{m.minute:02d}:{m.second:02d}"


class Reading(NamedTuple):
    """Another reading of an ambiguous expression (e.g. "Monday" in a future-tense sentence)."""

    value: str
    start: pendulum.DateTime | None
    end: pendulum.DateTime | None
    why: str


class Timex(NamedTuple):
    """A temporal expression resolved to a TIMEX3 value and a half-open interval [start, end).

    `start`/`end`/`grain` are None where the value determines no interval (durations that float,
    sets, parts of the day, REF values; see CONVENTIONS in the README). `lang` is the language the
    engine read it in (given, or told from the script). It stays out of `as_dict`: in the JSON Lines
    of FORMAT.md the language is the document's, not each expression's.
    """

    type: str
    value: str
    mod: str | None
    start: pendulum.DateTime | None
    end: pendulum.DateTime | None
    grain: str | None
    anchor: pendulum.DateTime
    rule: str
    text: str = ""
    char_start: int = 0
    char_end: int = 0
    alternatives: tuple[Reading, ...] = ()
    lang: str | None = None

    def as_dict(self) -> dict[str, Any]:
        """The expression as a JSON-ready dict with the fields of `timeline tag --format jsonl`
        (`JSONL_FIELDS`), the interval as ISO text."""
        fields = {name: getattr(self, name) for name in JSONL_FIELDS}
        fields["start"], fields["end"] = iso(self.start), iso(self.end)
        return fields


@dataclass(frozen=True, slots=True, init=False)
class Document:
    """A news article as read from any input: its text and the anchor its dates resolve against.

    `published` is given as anything an anchor may be (ISO text, a date or date-time, stdlib or
    pendulum) and held as the naive pendulum DateTime `parse_anchor` reads from it, so every document
    compares, hashes and prints alike whichever way its date came; a bad one is an AnchorError here,
    where it was made. None is a document without a date (the event table reports it)."""

    id: str
    text: str
    published: pendulum.DateTime | None
    lang: str | None
    title: str | None
    url: str | None
    source: str

    def __init__(
        self,
        id: str,
        text: str,
        published: AnchorLike | None,
        lang: str | None = None,
        title: str | None = None,
        url: str | None = None,
        source: str = "",
    ) -> None:
        fill = object.__setattr__  # the way in to a frozen instance
        fill(self, "id", id)
        fill(self, "text", text)
        fill(self, "published", None if published is None else parse_anchor(published))
        fill(self, "lang", lang)
        fill(self, "title", title)
        fill(self, "url", url)
        fill(self, "source", source)
