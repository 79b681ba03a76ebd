"""Write entity timelines as JSONL, one line per entity, in the shape of the SemEval-2015 TimeLine task
(../shared/eval/timelines/README.md): its events in order, each with an anchor and its mentions.

An event is an `event_id` of the table (its mentions: every row with that id, as trigger offsets). Its
anchor is its interval's start at its grain: a day or finer `2016-11-28`, a week to a quarter `2016-11-XX`,
a year or coarser `2016-XX-XX`. Events with the same anchor share an order (simultaneous); orders
grow with the interval (start, then the shorter first). Unplaced events have order 0 and anchor
`XXXX-XX-XX`, as the task writes events it cannot place.
"""

from __future__ import annotations

import datetime
import json
from collections.abc import Mapping
from typing import Any

import polars as pl

UNKNOWN = "XXXX-XX-XX"
_DAY_OR_FINER = ("day", "hour", "minute", "second")
_MONTH = ("week", "month", "quarter")


def anchor(start: datetime.datetime | None, grain: str | None) -> str:
    """The anchor of an interval starting at `start` at `grain`, as the task writes it."""
    if start is None:
        return UNKNOWN
    if grain is None or grain in _DAY_OR_FINER:
        return start.strftime("%Y-%m-%d")
    if grain in _MONTH:
        return start.strftime("%Y-%m-XX")
    return start.strftime("%Y-XX-XX")


def timeline(entity: str, table: pl.DataFrame, corpus: str | None = None) -> dict[str, Any]:
    """The timeline of one entity from its rows of the event table (in the table's order)."""
    events: dict[str, dict[str, Any]] = {}
    for row in table.iter_rows(named=True):
        if row["trigger_start"] is None:
            continue
        event = events.setdefault(
            row["event_id"],
            {"key": (row["start"], row["end"]), "anchor": anchor(row["start"], row["grain"]), "mentions": []},
        )
        mention = {
            "doc": row["doc"],
            "char_start": row["trigger_start"],
            "char_end": row["trigger_end"],
            "text": row["trigger"],
        }
        if mention not in event["mentions"]:
            event["mentions"].append(mention)
    placed = sorted({e["key"] for e in events.values() if e["key"][0] is not None})
    rank = {key: n for n, key in enumerate(placed, start=1)}
    ordered = sorted(events.values(), key=lambda e: rank.get(e["key"], len(rank) + 1))
    return {
        "corpus": corpus,
        "entity": entity,
        "events": [
            {"order": rank.get(e["key"], 0), "anchor": e["anchor"], "mentions": e["mentions"]}
            for e in ordered
        ],
    }


def timelines_jsonl(per_entity: Mapping[str, pl.DataFrame], corpus: str | None = None) -> str:
    """One JSON line per entity (in the given order)."""
    return "".join(
        json.dumps(timeline(entity, rows, corpus), ensure_ascii=False) + "\n"
        for entity, rows in per_entity.items()
    )
