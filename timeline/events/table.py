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
        "lemma": pl.String(),
        "trigger_start": pl.Int64(),
        "trigger_end": pl.Int64(),
        "expression": pl.String(),
        "type": pl.String(),
        "value": pl.String(),
        "mod": pl.String(),
        "start": pl.Datetime("us"),
        "end": pl.Datetime("us"),
        "grain": pl.String(),
        "anchor": pl.String(),
        "char_start": pl.Int64(),
        "char_end": pl.Int64(),
        "rule": pl.String(),
        "sequence": pl.Int64(),
        "event_id": pl.String(),
        "sources": pl.List(pl.String()),
    }
)
"""Column name -> dtype. One row per event: a trigger (verb or event noun) of any clause, or a date whose
clause has none. `order` is the 0-based rank in the total order; `event` is the clause of the event;
`trigger` the word as written (null for a date without one), `lemma` its normalised form,
`trigger_start`/`trigger_end` its offsets in the text. `anchor` says where the interval `start`/`end`
comes from: "date" (the date expression governing the clause: `expression`, `value`, `char_start`...),
"clause" (that date, for an event noun it reaches through a nearer verb: "the trial opened in January"),
"narrative" (the last date the text set, with genre "narrative"; the date's columns are that date's),
"published" (the publication day, for a past or present report) or null (unplaced: no interval).
`sequence` is the 0-based rank of the event within its document; `event_id` is shared by the rows
that report one event in several documents (`timeline.events.linking`); `sources` the ids of every
document that reports the event (one unless the table was deduplicated)."""


def empty_events() -> pl.DataFrame:
    """An event table with no rows and the full schema."""
    return pl.DataFrame(schema=EVENT_SCHEMA)
