"""Score the event table's event–date links against links marked by hand (tests/links/README.md).

A gold document may carry `links`, each `{"event", "event_start", "date", "date_start"}`: the date
expression at `date_start` gives the time of the event whose word is at `event_start` (a TimeML link
between an event and a time expression of its sentence). The table links an event to a date when its
`anchor` is "date": its trigger `[trigger_start, trigger_end)` and the date `[char_start, char_end)`. A
table link is right when its trigger overlaps a gold link's event and its date the gold link's date; each
gold link is matched once. Precision is over the table's links, recall over the gold's.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass
from typing import Any

import polars as pl

from timeline.errors import InputError
from timeline.scoring import PRF, Mistake, Offsets, context

Record = Mapping[str, Any]


@dataclass(frozen=True, slots=True)
class Link:
    """An event's word and the date expression that gives its time, as offsets into the text."""

    event: Offsets
    date: Offsets


def has_links(documents: Iterable[Record]) -> bool:
    """Whether any gold document marks event–date links."""
    return any("links" in document for document in documents)


def gold_links(document: Record) -> list[Link]:
    """The links a gold document marks, checked against its text: a wrong offset names the document."""
    doc, text = document.get("id"), document.get("text", "")
    links = document.get("links") or []
    if not isinstance(links, list):
        raise InputError(f'document {doc}: "links" must be a list of objects')
    found = []
    for link in links:
        spans = [_marked(link, part, text, doc) for part in ("event", "date")]
        found.append(Link(spans[0], spans[1]))
    return found


def _marked(link: Any, part: str, text: str, doc: Any) -> Offsets:
    words, start = (link.get(part), link.get(f"{part}_start")) if isinstance(link, Mapping) else (None, None)
    if not isinstance(words, str) or not isinstance(start, int) or text[start : start + len(words)] != words:
        raise InputError(f"document {doc}: a link's {part} is not the text at its {part}_start: {link!r}")
    return start, start + len(words)


def table_links(table: pl.DataFrame) -> dict[str, list[Link]]:
    """The event–date links of an event table, by document."""
    dated = table.filter((pl.col("anchor") == "date") & pl.col("trigger_start").is_not_null())
    found: dict[str, list[Link]] = {}
    for doc, *ends in dated.select(
        "doc", "trigger_start", "trigger_end", "char_start", "char_end"
    ).iter_rows():
        found.setdefault(str(doc), []).append(Link((ends[0], ends[1]), (ends[2], ends[3])))
    return found


def score_links(gold: Sequence[Record], table: pl.DataFrame) -> tuple[PRF, list[Mistake]]:
    """The table's links scored against the gold documents' (those with `links`), and the mistakes: each
    gold link the table lacks ("miss") and each table link the gold lacks ("spurious")."""
    system = table_links(table)
    total = PRF()
    mistakes: list[Mistake] = []
    for document in gold:
        if "links" not in document:
            continue
        doc, text = str(document.get("id")), str(document.get("text", ""))
        expected, found = gold_links(document), system.get(doc, [])
        matched = _matched(expected, found)
        total += PRF(len(matched), len(found), len(expected))
        lang = str(document.get("lang"))
        for i, link in enumerate(expected):
            if i not in matched.values():
                mistakes.append(_mistake(doc, lang, "miss", link, text))
        for j, link in enumerate(found):
            if j not in matched:
                mistakes.append(_mistake(doc, lang, "spurious", link, text))
    return total, mistakes


def _matched(gold: Sequence[Link], system: Sequence[Link]) -> dict[int, int]:
    """System link index -> the gold link it matches (each gold link once, in system order)."""
    taken: dict[int, int] = {}
    for j, link in enumerate(system):
        for i, expected in enumerate(gold):
            if (
                i not in taken.values()
                and _overlap(link.event, expected.event)
                and _overlap(link.date, expected.date)
            ):
                taken[j] = i
                break
    return taken


def _overlap(a: Offsets, b: Offsets) -> bool:
    return a[0] < b[1] and b[0] < a[1]


def _mistake(doc: str, lang: str, kind: str, link: Link, text: str) -> Mistake:
    event, date = text[slice(*link.event)], text[slice(*link.date)]
    shown = f"{event!r} <- {date!r}"
    where = (min(link.event[0], link.date[0]), max(link.event[1], link.date[1]))
    return Mistake(
        doc,
        lang,
        kind,
        where[0],
        where[1],
        shown if kind == "miss" else None,
        shown if kind == "spurious" else None,
        context(text, *where),
    )
