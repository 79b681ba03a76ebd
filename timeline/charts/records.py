"""The event table as the rows a chart draws: one per event, one per publication date.

Times become milliseconds since the epoch, read as UTC (the table's datetimes carry no zone and the
chart's scales are UTC), so a chart looks the same on every machine.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime, timedelta
from typing import Any, Final, Literal

import pendulum
import polars as pl

from timeline.charts.labels import directed, is_rtl, short_label
from timeline.errors import TimelineError
from timeline.model import GRAINS, TYPES
from timeline.moments import at_grain, spans_units, when_text
from timeline.words import Words

Lanes = Literal["auto", "doc", "entity", "type", "none"]
LANES: tuple[str, ...] = ("auto", "doc", "entity", "type", "none")
DOCUMENT_LANES = 12
"""With "auto", one lane per document up to this many documents; more, and one lane for all: 300
lanes would make the overview thousands of pixels tall."""
ENTITY: Final = "entity"
"""The column of a table of entity timelines (`timeline.events.entities.entity_table`): the entity an
event row belongs to; an event involving two entities is two rows."""
REQUIRED: tuple[str, ...] = (
    "order",
    "doc",
    "title",
    "published",
    "event",
    "sentence",
    "expression",
    "type",
    "value",
    "mod",
    "start",
    "end",
    "grain",
)
LANE_LIMIT = 30
"""Characters a lane name (a document's title) keeps."""
PERIOD = "period"
"""The colour key of an event that spans several units of its grain."""
INSTANT = timedelta(days=1)
"""Intervals this long or shorter are drawn as points; longer ones as bars from start to end."""


class ChartError(TimelineError):
    """Nothing to draw, or a chart file the renderer cannot write."""


@dataclass(frozen=True, slots=True)
class ChartRows:
    """What the chart draws: `events` in table order, `publications` one per document, `lanes` and
    `precisions` (the words of the colour legend) in display order; `grouping` the lanes chosen
    ("doc", "entity", "type" or "none": "auto" is resolved)."""

    grouping: Lanes
    events: list[dict[str, Any]]
    publications: list[dict[str, Any]]
    lanes: list[str]
    precisions: list[str]


def chart_rows(table: pl.DataFrame, lanes: Lanes, language: Words) -> ChartRows:
    """The rows of `table` that have an interval, ready for the chart; ChartError when there are none."""
    if lanes not in LANES:
        raise ChartError(f"unknown lanes {lanes!r} (expected one of: {', '.join(LANES)})")
    missing = [name for name in REQUIRED if name not in table.columns]
    if missing:
        raise ChartError(f"the event table lacks the columns: {', '.join(missing)}")
    if lanes == ENTITY and ENTITY not in table.columns:
        raise ChartError("entity lanes need an event table with an 'entity' column (events --about NAME)")
    dated = table.filter(pl.col("start").is_not_null() & pl.col("end").is_not_null()).sort(
        "order", maintain_order=True
    )
    if dated.is_empty():
        raise ChartError("no events to draw: the documents hold no dated events")
    documents = _documents(dated)
    lanes = lane_choice(lanes, len(documents), ENTITY in table.columns)
    entities = _Entities.of(table, dated) if ENTITY in table.columns else None
    if entities is not None and lanes != ENTITY:
        dated = dated.unique("order", keep="first", maintain_order=True)
    events = [_event(row, documents, lanes, language, entities) for row in dated.iter_rows(named=True)]
    present = {row["precision"] for row in events}
    order = [language.precision[grain] for grain in (*GRAINS, PERIOD)]
    return ChartRows(
        grouping=lanes,
        events=events,
        publications=[
            _publication(document, language) for document in documents.values() if document["published"]
        ],
        lanes=_lane_names(events),
        precisions=[word for word in order if word in present],
    )


def lane_choice(lanes: Lanes, documents: int, has_entities: bool) -> Lanes:
    """The lanes "auto" stands for: one per entity when the table has entities (the reader asked about
    them), else one per document when there are at most DOCUMENT_LANES, else none; any other choice
    is kept."""
    if lanes != "auto":
        return lanes
    if has_entities:
        return ENTITY
    return "doc" if documents <= DOCUMENT_LANES else "none"


@dataclass(frozen=True, slots=True)
class _Entities:
    """The entities of a table of entity timelines: each one's lane rank (the order they come in the
    table, that is, as asked about) and the entities of each event (by `order`), in that order."""

    ranks: dict[str, int]
    of_event: dict[int, list[str]]

    @classmethod
    def of(cls, table: pl.DataFrame, dated: pl.DataFrame) -> _Entities:
        names = [name for name in table[ENTITY].unique(maintain_order=True).to_list() if name]
        ranks = {name: rank for rank, name in enumerate(names)}
        found: dict[int, set[str]] = {}
        for order, name in dated.select("order", ENTITY).iter_rows():
            found.setdefault(order, set()).add(name)
        return cls(
            ranks,
            {order: sorted(got, key=lambda n: ranks.get(n, len(ranks))) for order, got in found.items()},
        )


def precision_key(start: datetime, end: datetime, grain: str) -> str:
    """The key of the colour an event takes: its grain ("day", "month"), or PERIOD when it spans
    several units of it (six months at day grain is a period, not a day)."""
    return PERIOD if spans_units(start, end, grain) else grain


def epoch_ms(moment: datetime) -> int:
    """A naive datetime as milliseconds since 1970-01-01T00:00, read as UTC."""
    return (moment - datetime(1970, 1, 1)) // timedelta(milliseconds=1)


def _documents(dated: pl.DataFrame) -> dict[str, dict[str, Any]]:
    """Each document once, in order of its first event, with its lane rank and display name."""
    documents: dict[str, dict[str, Any]] = {}
    for row in dated.select("doc", "title", "published").iter_rows(named=True):
        if row["doc"] not in documents:
            name = row["title"] or row["doc"]
            documents[row["doc"]] = {
                **row,
                "name": directed(short_label(name, LANE_LIMIT)),
                "rank": len(documents),
            }
    return documents


def _event(
    row: dict[str, Any],
    documents: dict[str, dict[str, Any]],
    lanes: Lanes,
    language: Words,
    entities: _Entities | None,
) -> dict[str, Any]:
    start, end = row["start"], row["end"]
    grain = row["grain"] if row["grain"] in GRAINS else "day"
    document = documents[row["doc"]]
    label = row["event"] or row["sentence"] or row["expression"]
    lane, lane_rank = _lane(row, document, lanes, entities)
    value = row["value"] if row["mod"] is None else f"{row['value']} ({row['mod']})"
    sentence = row["sentence"] or label
    return {
        "order": row["order"],
        "start": epoch_ms(start),
        "end": epoch_ms(end),
        "mid": epoch_ms(start + (end - start) / 2),
        "kind": "instant" if end - start <= INSTANT else "period",
        "grain": grain,
        "precision": language.precision[precision_key(start, end, grain)],
        "lane": lane,
        "lane_rank": lane_rank,
        "label": directed(short_label(label)),
        "rtl": is_rtl(label),
        "when": when_text(start, end, grain, language.dates),
        "event": label,
        "sentence": sentence,
        "expression": row["expression"],
        "value": value,
        "source": _source(row, language),
        "doc": row["doc"],
        "title": row["title"] or row["doc"],
        "url": row.get("url") or "",
        "published_on": _day(row["published"], language) if row["published"] else "",
        "expression_at": _span(sentence, row["expression"]),
        "trigger_at": _span(sentence, row.get("trigger"), near=sentence.find(row["expression"] or "")),
    } | ({} if entities is None else {"entities": entities.of_event[row["order"]]})


def _span(sentence: str, part: str | None, near: int = 0) -> list[int] | None:
    """Where `part` is in `sentence` (its occurrence nearest `near`) as [start, end) in UTF-16 code
    units, JavaScript's string indices, so the page can highlight it; None when it is not there."""
    if not part:
        return None
    places = [at for at in range(len(sentence)) if sentence.startswith(part, at)]
    if not places:
        return None
    at = min(places, key=lambda place: abs(place - near))
    return [_utf16(sentence[:at]), _utf16(sentence[: at + len(part)])]


def _utf16(text: str) -> int:
    return len(text.encode("utf-16-le")) // 2


def _lane(
    row: dict[str, Any], document: dict[str, Any], lanes: Lanes, entities: _Entities | None
) -> tuple[str, int]:
    if lanes == ENTITY and entities is not None:
        name = row[ENTITY] or ""
        return directed(short_label(name, LANE_LIMIT)), entities.ranks.get(name, len(entities.ranks))
    if lanes == "doc":
        return document["name"], document["rank"]
    if lanes == "type":
        kind = row["type"] or "DATE"
        return kind, TYPES.index(kind) if kind in TYPES else len(TYPES)
    return "", 0


def _source(row: dict[str, Any], language: Words) -> str:
    if row["published"]:
        published = str(language.dates["published"]).format(date=_day(row["published"], language))
    else:
        published = language.page["no_date"]
    source = f"{row['title'] or row['doc']} ({published})"
    others = [name for name in row.get("sources") or [] if name != row["doc"]]
    return f"{source}; {language.page['also_in']} {', '.join(others)}" if others else source


def _day(moment: datetime, language: Words) -> str:
    return at_grain(pendulum.instance(moment, tz=None), "date", language.dates)


def _publication(document: dict[str, Any], language: Words) -> dict[str, Any]:
    published = document["published"]
    return {
        "published": epoch_ms(published),
        "source": document["title"] or document["doc"],
        "title": document["title"],
        "when": at_grain(pendulum.instance(published, tz=None), "day", language.dates),
    }


def _lane_names(events: list[dict[str, Any]]) -> list[str]:
    ranks = {row["lane"]: row["lane_rank"] for row in events}
    return sorted(ranks, key=ranks.__getitem__)
