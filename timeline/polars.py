"""The `timeline` namespace of Polars expressions, registered when this module is imported (as
polars-xdt registers its own):

    import polars as pl
    import timeline.polars  # noqa: F401  (registers pl.Expr.timeline)

    df.with_columns(found=pl.col("text").timeline.tag(published=pl.col("date")))
    df.with_columns(when=pl.col("phrase").timeline.resolve(anchor="2016-11-30"))

`tag` gives each text the list of its expressions, `resolve` each bare expression its reading, as
structs whose fields are those of `timeline tag --format jsonl` (`Timex.as_dict`), typed: the offsets
Int64, `start` and `end` naive Datetimes, the rest String. Both run in `select` and `with_columns`, eager
or lazy. A null text or anchor gives null. A row whose anchor cannot be read gives null too, and the
batch that held such rows ends with one BadAnchorWarning giving their count and the first of them; with
`strict=True` that row is an AnchorError naming it instead. Rows are named by their index in the column
the function is given: the frame's row index, unless the expression runs per group.

Registering is this module's job alone, so `import timeline` stays free of Polars for a script that
only resolves dates.
"""

from __future__ import annotations

import warnings
from collections.abc import Callable, Sequence
from itertools import repeat
from typing import Any

import pendulum
import polars as pl

from timeline.engine.anchor import AnchorLike, parse_anchor
from timeline.engine.language import load
from timeline.engine.policy import Policy
from timeline.engine.tagger import longest, tagged
from timeline.errors import AnchorError, InputError
from timeline.events.table import EVENT_SCHEMA
from timeline.model import JSONL_FIELDS, Timex
from timeline.moments import plain

TIMEX = pl.Struct({name: EVENT_SCHEMA["expression" if name == "text" else name] for name in JSONL_FIELDS})
"""One expression: the fields of `Timex.as_dict` (`timeline.model.JSONL_FIELDS`), in their order, typed as the
event table's columns of a date (its `expression` is the text)."""

Anchor = pl.Expr | AnchorLike
"""A column of anchors (any expression), or one anchor for every row."""

Each = Callable[[str, pendulum.DateTime], Any]
"""What one row's text and anchor give: the row's value in the output column."""


class BadAnchorWarning(UserWarning):
    """Rows whose anchor could not be read were given null (the message counts them and names the
    first); filter it like any warning, or pass `strict=True` to make such a row an error."""


@pl.api.register_expr_namespace("timeline")
class TimelineExpressions:
    """`pl.col(...).timeline`: the engine on a column of texts or expressions."""

    def __init__(self, expr: pl.Expr) -> None:
        self._expr = expr

    def tag(
        self,
        published: Anchor,
        lang: str | None = None,
        prefer: str = "tense",
        genre: str = "news",
        dayfirst: bool | None = None,
        *,
        strict: bool = False,
    ) -> pl.Expr:
        """Every temporal expression of each text, resolved against its row's `published` (a column as an
        expression, or one date for all rows): a list of TIMEX structs in text order, empty for a text
        without any. `lang`, `prefer`, `genre` and `dayfirst` are those of `timeline.tag`."""
        policy = Policy(prefer, genre, dayfirst)  # checked as the expression is built, not once a row
        _known(lang)

        def each(text: str, anchor: pendulum.DateTime) -> list[dict[str, Any]]:
            return [_fields(timex) for timex in tagged(text, anchor, lang, policy)]

        return _applied(self._expr, published, each, pl.List(TIMEX), strict)

    def resolve(
        self,
        anchor: Anchor,
        lang: str | None = None,
        prefer: str = "tense",
        dayfirst: bool | None = None,
        *,
        strict: bool = False,
    ) -> pl.Expr:
        """Each bare expression ("last June") resolved against its row's `anchor`: a TIMEX struct, the
        longest expression found (as `timeline.resolve`), or null where there is none."""
        policy = Policy(prefer, "news", dayfirst)
        _known(lang)

        def each(text: str, at: pendulum.DateTime) -> dict[str, Any] | None:
            found = longest(text, at, lang, policy)
            return None if found is None else _fields(found)

        return _applied(self._expr, anchor, each, TIMEX, strict)


def _known(lang: str | None) -> None:
    """LanguageError unless `lang` is None or a language with a file: checked when the expression is
    built, not once per row."""
    if lang is not None:
        load(lang)


def _fields(timex: Timex) -> dict[str, Any]:
    """The struct of one expression: its jsonl fields, with the interval as datetimes, not ISO text."""
    fields = timex.as_dict()
    fields["start"], fields["end"] = plain(timex.start), plain(timex.end)
    return fields


def _applied(texts: pl.Expr, anchor: Anchor, each: Each, dtype: pl.DataType, strict: bool) -> pl.Expr:
    """`each` on every row of `texts` with its anchor: a column of anchors goes in beside the texts, one
    anchor is read once, now (a bad one is an AnchorError here, when the expression is built)."""
    if isinstance(anchor, pl.Expr):
        return pl.map_batches(
            [texts, anchor], lambda columns: _rows(columns[0], columns[1], each, dtype, strict), dtype
        )
    try:
        fixed = parse_anchor(anchor)
    except AnchorError as error:
        raise AnchorError(f"{error} (a column of anchors is given as an expression, pl.col(...))") from None
    return texts.map_batches(lambda column: _rows(column, [fixed], each, dtype, strict), dtype)


def _rows(
    texts: pl.Series,
    anchors: pl.Series | Sequence[pendulum.DateTime],
    each: Each,
    dtype: pl.DataType,
    strict: bool,
) -> pl.Series:
    """The output column: `each` of every row with a text and an anchor, null for the others (and for an
    anchor that cannot be read, counted and warned about, or raised with `strict`)."""
    if texts.dtype not in (pl.String, pl.Null):
        raise InputError(f"timeline expressions read a String column of texts, found {texts.dtype}")
    if isinstance(anchors, pl.Series) and not isinstance(
        anchors.dtype, pl.String | pl.Date | pl.Datetime | pl.Null
    ):
        raise InputError(f"the anchors are a String, Date or Datetime column, found {anchors.dtype}")
    values = anchors.to_list() if isinstance(anchors, pl.Series) else list(anchors)
    at = repeat(values[0]) if len(values) == 1 else iter(values)  # one anchor, or one per row
    read: dict[Any, pendulum.DateTime | AnchorError] = {}
    out: list[Any] = []
    bad, first = 0, ""
    for index, (text, value) in enumerate(zip(texts.to_list(), at, strict=False)):
        if text is None or value is None:
            out.append(None)
            continue
        anchor = read.get(value)
        if anchor is None:  # each distinct anchor is read once: a column repeats its dates
            anchor = read[value] = _anchor(value)
        if isinstance(anchor, AnchorError):
            if strict:
                raise AnchorError(f"row index {index}: {anchor}")
            bad, first = bad + 1, first or f"row index {index}: {anchor}"
            out.append(None)
            continue
        out.append(each(text, anchor))
    if bad:
        warnings.warn(
            f"{bad} row(s) with an anchor that cannot be read gave null; the first, {first}",
            BadAnchorWarning,
            stacklevel=2,
        )
    return pl.Series(texts.name, out, dtype=dtype)


def _anchor(value: Any) -> pendulum.DateTime | AnchorError:
    """The anchor `value` holds, or the error that says why it holds none."""
    try:
        return parse_anchor(value)
    except AnchorError as error:
        return error
