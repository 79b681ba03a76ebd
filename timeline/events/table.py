"""The one event-table schema shared by the API, the CLI and every export."""

from __future__ import annotations

import polars as pl

EVENT_SCHEMA = pl.Schema(
    {
        "order": pl.Int64(),
        "doc": pl.String(),
        "title": pl.String(),
        "url": pl.String(),
        "published": pl.Datetime("us"),
        "lang": pl.String(),
        "event": pl.String(),
        "sentence": pl.String(),
        "trigger": pl.String(),
        "expression": pl.String(),
        "type": pl.String(),
        "value": pl.String(),
        "mod": pl.String(),
        "start": pl.Datetime("us"),
        "end": pl.Datetime("us"),
        "grain": pl.String(),
        "char_start": pl.Int64(),
        "char_end": pl.Int64(),
        "rule": pl.String(),
        "sources": pl.List(pl.String()),
    }
)
"""Column name -> dtype. `order` is the 0-based rank in the total order; `event` is the clause the
expression dates; `trigger` the verb or event noun it attaches to (null where none is found);
`start`/`end` the half-open interval; `sources` the ids of every document that reports the event
(one unless the table was deduplicated)."""


def empty_events() -> pl.DataFrame:
    """An event table with no rows and the full schema."""
    return pl.DataFrame(schema=EVENT_SCHEMA)
