"""Turn documents into the ordered event table (`timeline.events.table.EVENT_SCHEMA`).

Every DATE or TIME with an interval, every range and every anchored period (a DURATION with an interval,
"the past six months") dates one event: the clause of its sentence that holds it, with the trigger
(verb or event noun) nearest to it in that clause. Two dates joined by a range signal ("منذ مساء الإثنين
وحتى الثلاثاء", "from March 3 to 5") make one event spanning both. Floating durations, sets and values
without an interval (PRESENT_REF, seasons) date nothing; neither does a date standing alone as its own
line, such as the dateline. A part of the day ("2016-11-28TEV") dates its day; a weekend its Saturday
and Sunday.
"""

from __future__ import annotations

import datetime
import os
import re
from collections import deque
from collections.abc import Callable, Iterable, Iterator, Sequence
from concurrent.futures import Future, ProcessPoolExecutor
from dataclasses import dataclass
from itertools import islice
from multiprocessing import get_context
from typing import Any

import pendulum
import polars as pl

from timeline.engine.lexicon import TextSpan, tokens
from timeline.engine.segment import boundaries, clauses, joins_range, sentence_at, trimmed
from timeline.engine.tagger import tag
from timeline.errors import InputError, TimelineError
from timeline.events.table import EVENT_SCHEMA, empty_events
from timeline.events.triggers import attach, triggers
from timeline.model import GRAINS, Document, Timex
from timeline.moments import plain

BATCH_SIZE = 64
"""Documents tagged together (and handed to one worker process at a time)."""

ORDER = ("start", "end", "published", "doc", "char_start", "char_end")
"""The sort keys of the total order; `order` is the rank. Equal starts: the shorter interval first."""

DEDUPE_SIMILARITY = 0.7
"""Two clauses with the same interval are one event when this share of their words is common (Jaccard)."""

_DAY_PART = re.compile(r"(\d{4})-(\d{2})-(\d{2})T[A-Z]{2}")
_WEEKEND = re.compile(r"(\d{4})-W(\d{2})-WE")

Rows = dict[str, list[Any]]
"""Event rows as columns: column name -> values."""
OnBad = Callable[[TimelineError], None]
Progress = Callable[[int, int], None]
"""Told after each batch how many documents and events there are so far (the CLI draws a bar from it)."""


@dataclass(frozen=True, slots=True)
class _Dated:
    """What one event is made of: a date, or the two ends of a range."""

    parts: tuple[Timex, ...]
    start: pendulum.DateTime
    end: pendulum.DateTime
    grain: str | None

    @property
    def span(self) -> TextSpan:
        return TextSpan(self.parts[0].char_start, self.parts[-1].char_end)


def events(
    documents: Iterable[Document],
    *,
    prefer: str = "tense",
    dedupe: bool = False,
    jobs: int = 1,
    progress: Progress | None = None,
    on_bad: OnBad | None = None,
) -> pl.DataFrame:
    """The ordered event table of `documents` (read in batches, so a long stream keeps memory bounded).

    `prefer` is the anchoring policy for bare weekdays and months ("past", "future", "tense");
    `dedupe` merges the same event reported by several documents into one row listing its `sources`;
    `jobs` is the number of processes (0: one per core), each a fresh interpreter that imports the
    caller's main module: a script that passes `jobs` > 1 needs the `if __name__ == "__main__":` guard
    (multiprocessing's spawn rule). `progress`, when given, is called after each batch with the
    documents and events so far. A document without text or date, or that the
    engine rejects, raises a TimelineError naming it, unless `on_bad` is given: then it is passed the
    error and the document is skipped.
    """
    frames = []
    done = found = 0
    for count, (columns, errors) in _tagged(_batches(documents), prefer, jobs or os.cpu_count() or 1):
        for message in errors:
            if on_bad is None:
                raise InputError(message)
            on_bad(InputError(message))
        frames.append(pl.DataFrame(columns, schema=EVENT_SCHEMA))
        done, found = done + count, found + len(columns["doc"])
        if progress is not None:
            progress(done, found)
    return ordered(pl.concat(frames) if frames else empty_events(), dedupe=dedupe)


def ordered(table: pl.DataFrame, *, dedupe: bool = False) -> pl.DataFrame:
    """`table` in the total order of ORDER, `order` set to the rank; with `dedupe`, repeated events merged."""
    table = table.sort(list(ORDER), nulls_last=True, maintain_order=True)
    if dedupe:
        table = _deduplicated(table)
    return table.with_columns(order=pl.int_range(pl.len(), dtype=pl.Int64)).select(list(EVENT_SCHEMA))


def document_events(document: Document, timexes: Sequence[Timex]) -> Rows:
    """The event rows of one document, given its tagged expressions (in text order), as columns."""
    text = document.text
    dated = _dated(text, timexes)
    columns: Rows = {name: [] for name in EVENT_SCHEMA}
    if not dated:
        return columns
    by_sentence: dict[TextSpan, list[_Dated]] = {}
    for item in dated:
        sentence = sentence_at(text, item.span.start)
        if trimmed(text, sentence) != item.span:
            by_sentence.setdefault(sentence, []).append(item)
    exclude = [TextSpan(t.char_start, t.char_end) for t in timexes]
    lang = document.lang or next((t.lang for t in timexes if t.lang), None)
    for sentence, items in by_sentence.items():
        toks = tokens(text, sentence.start, sentence.end)
        inside = [e for e in exclude if sentence.start < e.end and e.start < sentence.end]
        words = triggers(text, toks, inside)
        found = boundaries(text, sentence, toks)
        pauses = [b for b in found if not b.strong]
        anchors = [item.span for item in items]
        for item, clause in zip(
            items, clauses(text, sentence, anchors, found, _has_word(words)), strict=True
        ):
            trigger = attach(words, item.span, clause, pauses)
            _append(columns, document, lang, item, text, clause, sentence, trigger)
    return columns


def _dated(text: str, timexes: Sequence[Timex]) -> list[_Dated]:
    singles = [(t, interval) for t in sorted(timexes, key=_position) if (interval := _interval(t))]
    result: list[_Dated] = []
    i = 0
    while i < len(singles):
        first, (start, end, grain) = singles[i]
        if i + 1 < len(singles):
            second, (_, end2, grain2) = singles[i + 1]
            if end2 > start and joins_range(text, _span(first), _span(second)):
                coarser = max((g for g in (grain, grain2) if g), key=GRAINS.index, default=None)
                result.append(_Dated((first, second), start, max(end, end2), coarser))
                i += 2
                continue
        result.append(_Dated((first,), start, end, grain))
        i += 1
    return result


def _position(timex: Timex) -> tuple[int, int]:
    return timex.char_start, timex.char_end


def _span(timex: Timex) -> TextSpan:
    return TextSpan(timex.char_start, timex.char_end)


def _interval(timex: Timex) -> tuple[pendulum.DateTime, pendulum.DateTime, str | None] | None:
    """The interval an expression dates, or None where it dates nothing (see the module docstring)."""
    if timex.type == "SET":
        return None
    if timex.start is not None and timex.end is not None:
        return timex.start, timex.end, timex.grain
    if timex.type == "DURATION":
        return None
    if day := _DAY_PART.fullmatch(timex.value):
        start = pendulum.naive(*map(int, day.groups()))
        return start, start.add(days=1), "day"
    if weekend := _WEEKEND.fullmatch(timex.value):
        saturday = datetime.date.fromisocalendar(int(weekend[1]), int(weekend[2]), 6)
        start = pendulum.naive(saturday.year, saturday.month, saturday.day)
        return start, start.add(days=2), "day"
    return None


def _has_word(words: list[TextSpan]) -> Callable[[TextSpan], bool]:
    return lambda span: any(span.start <= w.start and w.end <= span.end for w in words)


def _append(
    columns: Rows,
    document: Document,
    lang: str | None,
    item: _Dated,
    text: str,
    clause: TextSpan,
    sentence: TextSpan,
    trigger: TextSpan | None,
) -> None:
    first, last = item.parts[0], item.parts[-1]
    single = len(item.parts) == 1
    row = {
        "order": None,
        "doc": document.id,
        "title": document.title,
        "url": document.url,
        "published": plain(document.published),
        "lang": lang,
        "event": _flat(text[clause.start : clause.end]),
        "sentence": _flat(text[sentence.start : sentence.end]),
        "trigger": None if trigger is None else text[trigger.start : trigger.end],
        "expression": _flat(text[first.char_start : last.char_end]),
        "type": first.type if single else "DURATION",
        "value": first.value if single else f"{first.value}/{last.value}",
        "mod": first.mod if single else None,
        "start": plain(item.start),
        "end": plain(item.end),
        "grain": item.grain,
        "char_start": first.char_start,
        "char_end": last.char_end,
        "rule": first.rule if single else f"range({first.rule},{last.rule})",
        "sources": [document.id],
    }
    for name, value in row.items():
        columns[name].append(value)


def _flat(text: str) -> str:
    return " ".join(text.split())


def _batches(documents: Iterable[Document]) -> Iterator[list[Document]]:
    stream = iter(documents)
    while batch := list(islice(stream, BATCH_SIZE)):
        yield batch


def _tagged(
    batches: Iterator[list[Document]], prefer: str, jobs: int
) -> Iterator[tuple[int, tuple[Rows, list[str]]]]:
    """(documents in the batch, its rows and errors), batch by batch in input order."""
    if jobs <= 1:
        for batch in batches:
            yield len(batch), tag_batch(batch, prefer)
        return
    with ProcessPoolExecutor(jobs, mp_context=get_context("spawn")) as pool:
        pending: deque[tuple[int, Future[tuple[Rows, list[str]]]]] = deque()
        for batch in batches:
            pending.append((len(batch), pool.submit(tag_batch, batch, prefer)))
            if len(pending) > 2 * jobs:
                count, future = pending.popleft()
                yield count, future.result()
        while pending:
            count, future = pending.popleft()
            yield count, future.result()


def tag_batch(batch: list[Document], prefer: str) -> tuple[Rows, list[str]]:
    """The event rows of a batch of documents, and a message for each document that could not be used."""
    columns: Rows = {name: [] for name in EVENT_SCHEMA}
    errors = []
    for document in batch:
        try:
            rows = document_events(document, _tag(document, prefer))
        except TimelineError as error:
            errors.append(f"{_where(document)}: {error}")
            continue
        for name, values in rows.items():
            columns[name].extend(values)
    return columns, errors


def _tag(document: Document, prefer: str) -> list[Timex]:
    if not document.text.strip():
        raise InputError("the document has no text")
    if document.published is None:
        raise InputError("the document has no publication date")
    return tag(document.text, published=document.published, lang=document.lang, prefer=prefer)


def _where(document: Document) -> str:
    return f"document {document.id!r}" + (f" ({document.source})" if document.source else "")


def _deduplicated(table: pl.DataFrame) -> pl.DataFrame:
    kept: list[int] = []
    sources: list[list[str]] = []
    seen: dict[tuple[Any, Any], list[tuple[frozenset[str], int]]] = {}
    for i, (start, end, event, reporters) in enumerate(
        table.select("start", "end", "event", "sources").iter_rows()
    ):
        words = frozenset(t.word for t in tokens(event))
        same = seen.setdefault((start, end), [])
        match = next((k for other, k in same if _similarity(words, other) >= DEDUPE_SIMILARITY), None)
        if match is None:
            same.append((words, len(kept)))
            kept.append(i)
            sources.append(list(reporters))
        else:
            sources[match] += [r for r in reporters if r not in sources[match]]
    return table[kept].with_columns(sources=pl.Series(sources, dtype=EVENT_SCHEMA["sources"]))


def _similarity(a: frozenset[str], b: frozenset[str]) -> float:
    return len(a & b) / len(a | b) if a or b else 1.0
