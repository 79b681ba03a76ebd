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
import gc
import os
import re
from bisect import bisect_left, bisect_right
from collections import deque
from collections.abc import Callable, Iterable, Iterator, Sequence
from concurrent.futures import Future, ProcessPoolExecutor
from dataclasses import dataclass, field
from functools import lru_cache
from itertools import islice
from multiprocessing import get_context
from typing import Any, NamedTuple, Unpack

import pendulum
import polars as pl

from timeline.engine.calendar import DAY
from timeline.engine.lexicon import TextSpan, Token, tokens
from timeline.engine.policy import Policy
from timeline.engine.segment import (
    Boundary,
    SortedSpans,
    boundaries,
    clause_of,
    clauses,
    joins_range,
    sentence_at,
    sentences,
    trimmed,
    wire_dateline,
    within_words,
)
from timeline.engine.tagger import tagged
from timeline.errors import InputError, TimelineError
from timeline.events.cues import (
    FUTURE_REACH,
    earlier_starts,
    future_cues,
    infinitives,
    is_earlier,
    joined,
    possessive,
    relative_pronouns,
    signal_starts,
    signals,
)
from timeline.events.linking import event_ids
from timeline.events.salient import salient
from timeline.events.table import EVENT_SCHEMA, empty_events
from timeline.events.triggers import Trigger, after_determiner, distance, triggers
from timeline.io.frames import Table, table_or_documents
from timeline.io.sources import ColumnNames
from timeline.model import GRAINS, Document, Timex
from timeline.moments import plain

NEWS_DAY_REACH = 7
"""Days before publication within which a named day is the report's news day (see `_news_day`)."""

NESTING = 3
"""Islands (relative clauses, "after" phrases) looked back over for one that encloses a word."""
SAYING_GAP = 4
"""Words that may stand between a verb of saying and the date it introduces: "said on Monday", "أعلنت
وزارة الخارجية القطرية اليوم" (the subject after the verb)."""
POSSESSED = 4
"""Words a date in the possessive may stand before the noun it modifies: "this year's trade fair"."""
OBJECT = 2
"""How many words after a dated verb an event noun may be its object, with a modifier between: "resume
ceasefire talks" (see `_through_verbs`)."""
BESIDE = 1
"""Words that may stand between an event noun and a date that dates the noun itself, not only its clause:
"talks on Monday", "the Thursday session" (see `_beside`)."""
SHOWN = 400
"""Characters of a clause or sentence a row holds: a longer one is cut to this many around its event (or
date), with "…" where it was cut, so a row's size does not grow with its sentence (a 100 KB sentence of
dates would otherwise be copied into every one of its rows). Offsets still index the whole text."""

BATCH_SIZE = 64
"""Documents tagged together (and handed to one worker process at a time)."""

WORKER_GC_THRESHOLD = 10_000
"""Allocations between two young-generation collections in a worker process (Python's default: 700).
Tagging and the event side make short-lived tuples by the million: at the default the collector took
about 7% of a worker's time on generated articles (0.3-0.4 ms an article); at this threshold it runs 60
times less often and takes 0.06 ms, as what dies young is gone before it is scanned."""

ORDER = ("start", "end", "published", "doc", "sequence", "char_start", "char_end")
"""The sort keys of the total order; `order` is the rank. Equal starts: the shorter interval first; within
one document and interval, the document's own `sequence`. Unplaced events come last."""

_DAY_PART = re.compile(r"(\d{4})-(\d{2})-(\d{2})T[A-Z]{2}")
_WEEKEND = re.compile(r"(\d{4})-W(\d{2})-WE")
_NEVER = pendulum.naive(1, 1, 1)
_REACH = NEWS_DAY_REACH * DAY
_SPACE = re.compile(r"\s+")
_NO_SPANS = SortedSpans(())
"""The commas of a sentence that neither dates nor future cues read."""
_NOWHERE = TextSpan(0, 0)

Gap = tuple[int, int]
"""How far a trigger is from a date: commas between, then characters (`triggers.distance`)."""
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
    span: TextSpan = field(init=False, compare=False)
    """Where the parts are written; the publication day, written nowhere, spans nothing at 0. Kept, not
    made on each read: the event side reads a date's span some ten times."""

    def __post_init__(self) -> None:
        span = TextSpan(self.parts[0].char_start, self.parts[-1].char_end) if self.parts else _NOWHERE
        object.__setattr__(self, "span", span)


class _Event(NamedTuple):
    """One event of a document: its trigger (None for a date without one), the interval it is anchored
    to and how, its clause and sentence, and the cues that order it among events of the same interval.

    A named tuple: one is built for every row, and a frozen dataclass takes ten times as long to build."""

    trigger: Trigger | None
    item: _Dated | None
    anchor: str | None
    clause: TextSpan
    sentence: TextSpan
    earlier: bool
    signal: int

    @property
    def position(self) -> int:
        return self.trigger.start if self.trigger is not None else self.clause.start

    def key(self) -> tuple[Any, ...]:
        """The order within the document: placed events by interval (the shorter first), a pluperfect
        before the other events of its interval, then by sentence, an "after" phrase before and a
        "before" phrase after the rest of its sentence, then by position; unplaced events last, by
        position."""
        if self.item is None:
            return (1, _NEVER, _NEVER, 0, self.sentence.start, 0, self.position)
        return (
            0,
            self.item.start,
            self.item.end,
            -int(self.earlier),
            self.sentence.start,
            self.signal,
            self.position,
        )


def events(
    documents: Iterable[Document] | Table,
    *,
    prefer: str = "tense",
    genre: str = "news",
    dayfirst: bool | None = None,
    dedupe: bool = False,
    link: bool = False,
    jobs: int = 1,
    progress: Progress | None = None,
    on_bad: OnBad | None = None,
    **columns: Unpack[ColumnNames],
) -> pl.DataFrame:
    """The ordered event table of `documents` (read in batches, so a long stream keeps memory bounded).

    `documents` are Document values, or a table of them, one per row: a Polars DataFrame or LazyFrame (a
    LazyFrame is read a chunk at a time, never whole), a pandas DataFrame, a pyarrow Table or
    RecordBatch, or anything Arrow-compatible. Its columns are `text`, `published`, `id`, `lang`,
    `title` and `url`, or those `text`, `published`, ... name (a column named must exist; of the
    defaults only `text`); `published` holds ISO text, dates or date-times, a row without one is dated
    by its text's dateline. A bad row (no text, no usable date) is the error it is in a file, naming
    the row ("the data frame, row 3: ..."), or goes to `on_bad`.

    `prefer` is the anchoring policy for bare weekdays and months ("past", "future", "tense"); `genre`
    how an event without a date of its own is anchored: "news" (the publication day for a past or present
    report) or "narrative" (the last date the text set); `dayfirst` the order of numeric dates (True day
    first, False month first, None the language's: see `timeline.tag`); `link` gives the rows that
    report one event in several documents one `event_id` (`timeline.events.linking`; implied by
    `dedupe`; without it each row is its own event, which saves the comparison on large tables);
    `dedupe` merges the same event reported by several documents into one row listing its `sources`;
    `jobs` is the number of processes (0: one per core), each a fresh interpreter that imports the
    caller's main module: a script that passes `jobs` > 1 needs the `if __name__ == "__main__":` guard
    (multiprocessing's spawn rule). `progress`, when given, is called after each batch with the
    documents and events so far. A document without text or date, or that the
    engine rejects, raises a TimelineError naming it, unless `on_bad` is given: then it is passed the
    error and the document is skipped.
    """
    stream = table_or_documents(documents, columns, on_bad)
    frames = list(
        event_batches(stream, Policy(prefer, genre, dayfirst), jobs=jobs, progress=progress, on_bad=on_bad)
    )
    return ordered(pl.concat(frames) if frames else empty_events(), dedupe=dedupe, link=link)


def event_batches(
    documents: Iterable[Document],
    policy: Policy,
    *,
    jobs: int = 1,
    progress: Progress | None = None,
    on_bad: OnBad | None = None,
) -> Iterator[pl.DataFrame]:
    """The event rows of `documents`, a batch of documents at a time, in input order and not yet in the
    total order (`order` null): what `events` orders in memory and `timeline.events.spill` on disk. The
    other arguments are those of `events`, its policy keywords as one `Policy`."""
    done = found = 0
    jobs = jobs or os.cpu_count() or 1
    for count, (frame, errors) in _tagged(_batches(documents), policy, jobs):
        for message in errors:
            if on_bad is None:
                raise InputError(message)
            on_bad(InputError(message))
        done, found = done + count, found + frame.height
        if progress is not None:
            progress(done, found)
        yield frame


def ordered(table: pl.DataFrame, *, dedupe: bool = False, link: bool = False) -> pl.DataFrame:
    """`table` in the total order of ORDER, `order` set to the rank; with `link` or `dedupe`, `event_id`
    links the rows that report one event; with `dedupe`, one row per event, its `sources` every
    reporting document."""
    table = table.sort(list(ORDER), nulls_last=True, maintain_order=True)
    if link or dedupe:
        table = table.with_columns(event_ids(table))
    if dedupe:
        sources = table.group_by("event_id", maintain_order=True).agg(
            pl.col("sources").explode().unique(maintain_order=True).alias("all_sources")
        )
        table = (
            table.unique("event_id", keep="first", maintain_order=True)
            .join(sources, on="event_id", how="left", maintain_order="left")
            .with_columns(sources=pl.col("all_sources"))
        )
    return table.with_columns(order=pl.int_range(pl.len(), dtype=pl.Int64)).select(list(EVENT_SCHEMA))


def one_per_date(table: pl.DataFrame) -> pl.DataFrame:
    """The rows of `table` anchored to a date expression, one per expression (the first in the order,
    `order` renumbered in the same order): the view of a table with one event per date, which the chart
    draws. In a table of entity timelines (an `entity` column), one per expression and entity, so each
    entity keeps its own event of the date, and an event shared by two entities one `order`."""
    keys = ["doc", "char_start", *(["entity"] if "entity" in table.columns else [])]
    dated = table.filter(pl.col("anchor") == "date").unique(keys, keep="first", maintain_order=True)
    return dated.with_columns(order=pl.col("order").rank("dense").cast(pl.Int64) - 1)


def document_events(document: Document, timexes: Sequence[Timex], genre: str = "news") -> Rows:
    """The event rows of one document, given its tagged expressions (in text order), as columns (every
    column of EVENT_SCHEMA but `sources`: see `rows_frame`).

    With `genre` "narrative", an event without a date of its own takes the last date the text set."""
    text = document.text
    by_sentence: dict[TextSpan, list[_Dated]] = {}
    head = wire_dateline(text)
    dated = [item for item in _dated(text, timexes) if head is None or item.span.start >= head.end]
    for item in dated:
        sentence = sentence_at(text, item.span.start)
        if trimmed(text, sentence) != item.span:
            by_sentence.setdefault(sentence, []).append(item)
    exclude = SortedSpans(TextSpan(t.char_start, t.char_end) for t in timexes)
    lang = document.lang or next((t.lang for t in timexes if t.lang), None)
    published = _news_day(document, [item for items in by_sentence.values() for item in items])
    found: list[_Event] = []
    narrative: _Dated | None = None
    words_of = tokens(text)
    starts = [t.start for t in words_of]
    marked = salient(words_of)
    for whole in sentences(text):
        items = by_sentence.get(whole, [])
        sentence = TextSpan(head.end, whole.end) if head and whole.start < head.end < whole.end else whole
        context = narrative if genre == "narrative" else None
        found += _sentence_events(
            text, words_of, starts, marked, sentence, items, exclude, context, published
        )
        narrative = items[-1] if items else narrative
    return _Columns(document, lang).of(sorted(found, key=_Event.key))


def _news_day(document: Document, dated: Sequence[_Dated]) -> _Dated | None:
    """The day a report's undated past and present events are placed on: the first day the text names
    within NEWS_DAY_REACH before its publication ("Apple unveiled the phone on Monday" in Tuesday's
    paper: the rest of the report is Monday's news), else the publication day."""
    if document.published is None:
        return None
    earliest, day, after = _days(document.published.year, document.published.month, document.published.day)
    for item in dated:
        if item.grain == "day" and len(item.parts) == 1 and earliest <= item.start <= day:
            return item
    return _Dated((), day, after, "day")


@lru_cache(maxsize=4096)
def _days(year: int, month: int, day: int) -> tuple[pendulum.DateTime, pendulum.DateTime, pendulum.DateTime]:
    """The first day within NEWS_DAY_REACH before a publication day, the day and the next: cached, as many
    documents share a day."""
    published = datetime.date(year, month, day)
    return _midnight(published - _REACH), _midnight(published), _midnight(published + DAY)


def _midnight(day: datetime.date) -> pendulum.DateTime:
    """The start of `day` as a naive DateTime. Whole days are counted on plain dates: pendulum's `add` and
    `subtract` cost four times as much, which showed on a stream of articles of many publication days."""
    return pendulum.naive(day.year, day.month, day.day)


def _sentence_events(
    text: str,
    words_of: list[Token],
    starts: Sequence[int],
    marked: Sequence[int],
    sentence: TextSpan,
    items: list[_Dated],
    exclude: SortedSpans,
    narrative: _Dated | None,
    published: _Dated | None,
) -> list[_Event]:
    """The events of one sentence: each trigger with the date that governs its clause, or the fallback
    anchor; each date whose clause has no trigger of its own as a trigger-less event. `marked` are the
    indices of the document's salient words (`timeline.events.salient`)."""
    first = bisect_left(starts, sentence.start)
    last = bisect_left(starts, sentence.end, first)
    toks = words_of[first:last]
    low = bisect_left(marked, first)
    looked = [k - first for k in marked[low : bisect_left(marked, last, low)]]
    words = triggers(text, toks, exclude, looked)
    if not words and not items:
        return []
    found = boundaries(text, sentence, toks, looked)
    strong = SortedSpans(b for b in found if b.strong)
    cues = future_cues(toks, looked)
    pauses = SortedSpans(b for b in found if not b.strong) if items or cues else _NO_SPANS
    relatives = relative_pronouns(toks, looked) if items or cues else []
    phrases = signal_starts(toks, looked)
    pluperfect = earlier_starts(toks, looked)
    dates = (
        _Dates.of(
            text, toks, words_of, starts, sentence, items, words, found, pauses, relatives, phrases, exclude
        )
        if items
        else None
    )
    segments: dict[int, TextSpan] = {}
    future = _Future(cues, relatives, pauses)
    signal = signals(toks, found, phrases)
    result: list[_Event] = []
    dating: set[int] = set()
    nouns: list[tuple[int, Gap, int, int]] = []
    nearest: dict[int, Gap] = {}
    verbs_at: dict[int, list[int]] = {}
    for trigger in words:
        k = bisect_left(starts, trigger.start, first) - first
        segment = bisect_left(strong.starts, trigger.start)
        if segment not in segments:
            segments[segment] = clause_of(text, sentence, trigger, strong)
        own = segments[segment]
        date, inherited = (None, False) if dates is None else dates.dating(trigger, own, pauses)
        if date:
            dating.add(id(date[0]))
            item, clause, kind = date[0], date[1], "date"
            gap = distance(trigger, item.span, pauses)
            if not trigger.noun:
                nearest[id(item)] = min(gap, nearest.get(id(item), gap))
                verbs_at.setdefault(id(item), []).append(k)
            elif inherited and not _beside(text, trigger, item.span):
                nouns.append((len(result), gap, id(item), k))
        elif narrative is not None:
            item, clause, kind = narrative, own, "narrative"
        elif published is not None and not future.governs(toks, own, trigger, k):
            item, clause, kind = published, own, "published"
        else:
            item, clause, kind = None, own, None
        earlier = bool(pluperfect) and is_earlier(toks, k, pluperfect)
        result.append(_Event(trigger, item, kind, clause, sentence, earlier, signal[k]))
    if dates is None:  # an undated sentence (most): only its triggers are events
        return result
    _through_verbs(result, nouns, nearest, verbs_at)
    for item, clause in zip(dates.items, dates.governing, strict=True):
        if id(item) not in dating:
            result.append(_Event(None, item, "date", clause, sentence, False, 0))
    for item in dates.modifiers.dates:
        if id(item) not in dating:
            clause = clause_of(text, sentence, item.span, strong)
            result.append(_Event(None, item, "date", clause, sentence, False, 0))
    return result


@dataclass(frozen=True, slots=True)
class _Dates:
    """The dates of a sentence and what tells which trigger each dates: the dates that modify a noun
    (`_Modifiers`), the others with their clauses, and the islands they are looked up in. Built only for
    a sentence with a date: most have none, and their triggers take the fallback anchor."""

    items: list[_Dated]
    governing: list[TextSpan]
    modifiers: _Modifiers
    islands: _Islands
    governed: dict[int, _Governed]

    @classmethod
    def of(
        cls,
        text: str,
        toks: list[Token],
        words_of: list[Token],
        starts: Sequence[int],
        sentence: TextSpan,
        items: list[_Dated],
        words: list[Trigger],
        found: list[Boundary],
        pauses: SortedSpans,
        relatives: list[int],
        phrases: dict[int, int],
        exclude: SortedSpans,
    ) -> _Dates:
        hints = SortedSpans(words)
        nouns_at = {w.start: w for w in words if w.noun}
        modifying = [_modifies(text, item, words_of, starts, nouns_at) for item in items]
        modifiers = _Modifiers(text, [item for item, m in zip(items, modifying, strict=True) if m], hints)
        if modifiers.dates:
            items = [item for item, m in zip(items, modifying, strict=True) if not m]
        at = {t.start: k for k, t in enumerate(toks)}
        verbs = [(at[w.start], w.reporting) for w in words if not w.noun]
        heads = {**phrases, **dict.fromkeys(infinitives(toks, {k for k, _ in verbs}) if items else [], 0)}
        doing = [k for k, reporting in verbs if not reporting]
        ends = {item.span.end for item in items}
        islands = _Islands.of(text, found, toks, relatives, heads, ends, exclude, doing)
        governing = clauses(
            text, sentence, [i.span for i in items], found, lambda s: bool(hints.count(s.start, s.end))
        )
        sayings = _sayings(text, words, items, hints, pauses)
        others = SortedSpans(w for w in words if not w.reporting)
        grouped: dict[int, list[tuple[_Dated, TextSpan]]] = {}
        for pair in zip(items, governing, strict=True):
            grouped.setdefault(islands.holding(pair[0].span.start), []).append(pair)
        governed = {island: _Governed(pairs, others, sayings) for island, pairs in grouped.items()}
        return cls(items, governing, modifiers, islands, governed)

    def dating(
        self, trigger: Trigger, own: TextSpan, pauses: SortedSpans
    ) -> tuple[tuple[_Dated, TextSpan] | None, bool]:
        """The date of `trigger` (in its clause `own`) and whether it is inherited: a noun dated by its
        clause's date rather than by a date that modifies it."""
        date = self.modifiers.dating(trigger, own)
        if date is not None:
            return date, False
        here = self.governed.get(self.islands.holding(trigger.start))
        return (None if not here else _governing(trigger, here, pauses)), trigger.noun


def _through_verbs(
    events: list[_Event],
    nouns: Sequence[tuple[int, Gap, int, int]],
    nearest: dict[int, Gap],
    verbs_at: dict[int, list[int]],
) -> None:
    """Anchor `clause` for the event nouns that their clause's date dates through a verb, which the date
    is the time of: a verb nearer to it ("the trial opened in January", "a deal was reached on Dec. 19")
    or one the noun is the object of, at most OBJECT words after it ("will resume ceasefire talks in
    Jeddah on Monday"). They keep the date, as a timeline places them there, but the link is the verb's
    (TimeML links neither the subject nor the object of a dated verb). `nouns` holds (index into
    `events`, distance to the date, the date's id, word index); `nearest`, by date id, the distance of the
    nearest verb it dates (`distance`: commas, then characters); `verbs_at` the word indices of those
    verbs."""
    for i, gap, date, k in nouns:
        verb = nearest.get(date)
        near = verb is not None and verb < gap
        if near or any(0 < k - v <= OBJECT for v in verbs_at.get(date, ())):
            events[i] = events[i]._replace(anchor="clause")


def _beside(text: str, trigger: Trigger, date: TextSpan) -> bool:
    """Whether a date stands beside the noun `trigger`, at most BESIDE words away with no mark between, so
    that it dates the noun itself: "the Thursday session", "talks on Monday", "downpours from Thursday"."""
    start, end = (trigger.end, date.start) if trigger.end <= date.start else (date.end, trigger.start)
    return within_words(text, start, end, BESIDE)


@dataclass(frozen=True, slots=True)
class _Islands:
    """The relative clauses, "after" or "before" phrases and infinitives of a sentence: a date inside one
    dates its verbs only, and a date outside dates none of them ("failed on Friday to agree": Friday is
    the failing's; "expect them to meet on Monday": Monday is the meeting's).

    A relative clause runs from its pronoun (which, who, that, التي) to the next clause mark; when a comma
    stands before the pronoun (an aside: "The talks, which collapsed in December, had produced a truce")
    to the next comma. A pronoun that is a boundary already (a complementizer after a verb of saying) is
    none, nor is one right after a date: its clause tells of the dated noun and shares its date ("his
    visit in June, during which he met the minister"). An "after" or "before" phrase, or an infinitive
    (`infinitives`), runs from its signal to the next comma or clause mark, as `signals` reads it ("the
    talks ended before a deal was reached on Dec. 19"), past a comma that a relative clause telling of its
    date follows; a signal inside a date or right before one heads none ("fallen since 2010", "a week
    before")."""

    starts: list[int]
    ends: list[int]

    @classmethod
    def of(
        cls,
        text: str,
        found: Sequence[Boundary],
        toks: Sequence[Token],
        relatives: Sequence[int],
        phrases: dict[int, int],
        date_ends: set[int],
        dates: SortedSpans,
        verbs: Sequence[int],
    ) -> _Islands:
        if not relatives and not phrases:  # most sentences
            return cls([], [])
        marks = [b.start for b in found]
        strong = [k for k, b in enumerate(found) if b.strong]
        told = {r for r in relatives if r and toks[r - 1].end in date_ends}
        tokens_at = [t.start for t in toks] if phrases else []
        spans: list[tuple[int, int]] = []
        for r in sorted({*relatives, *phrases}):
            word = toks[r]
            i = bisect_right(marks, word.start)
            inside = i and found[i - 1].end > word.start
            if inside or r in told or dates.overlaps(word.start, word.end):
                continue
            if r in phrases:
                if r + 1 < len(toks) and dates.overlaps(toks[r + 1].start, toks[r + 1].end):
                    continue
                while i < len(found) and bisect_left(tokens_at, found[i].end) in told:
                    i += 1
            elif not (i and not found[i - 1].strong and not text[found[i - 1].end : word.start].strip()):
                j = bisect_left(strong, i)
                i = strong[j] if j < len(strong) else len(found)
            end = found[i].start if i < len(found) else len(text)
            if r not in phrases:
                end = _relative_end(text, toks, verbs, r, end)
            spans.append((word.start, end))
        return cls([a for a, _ in spans], [b for _, b in spans])

    def holding(self, position: int) -> int:
        """The island that holds `position` (the last to start, of nested ones), or -1 for none; an island
        that encloses others is looked for NESTING islands back at most."""
        last = bisect_right(self.starts, position) - 1
        for i in range(last, max(-1, last - NESTING), -1):
            if self.ends[i] > position:
                return i
        return -1


def _relative_end(text: str, toks: Sequence[Token], verbs: Sequence[int], r: int, end: int) -> int:
    """Where the relative clause of the pronoun `toks[r]` ends, at `end` at the latest: before the second
    verb after the pronoun (of `verbs`: word indices of verbs, not of saying) that is not joined to the
    one before it ("talks that had started on Thursday broke down": the breaking is the main clause's;
    "who visited Paris and met", `joined`, goes on)."""
    first = bisect_right(verbs, r)
    for v in verbs[first + 1 :]:
        if toks[v].start >= end:
            break
        if not joined(text, toks, v):
            return toks[v].start
    return end


def _modifies(
    text: str, item: _Dated, words_of: Sequence[Token], starts: Sequence[int], nouns_at: dict[int, Trigger]
) -> bool:
    """Whether the date `item` modifies the noun after it: in the possessive ("this year's fair", `[cues]
    possessive`), or between a determiner and an event noun ("the Thursday session", "a Monday meeting":
    `[determiners]`)."""
    if possessive(text, item.span.end):
        return True
    after = _SPACE.match(text, item.span.end)
    k = bisect_left(starts, item.span.start)
    return (
        after is not None
        and after.end() in nouns_at
        and after.end() > item.span.end
        and after_determiner(words_of, k)
    )


class _Modifiers:
    """The dates of a sentence that modify a noun (`_modifies`: "this year's fair", "the Thursday
    session"): each dates the noun after it, not the verb of its clause, so they are left out of the
    dates that govern clauses."""

    def __init__(self, text: str, dates: list[_Dated], words: SortedSpans) -> None:
        self.text = text
        self.dates = dates
        self.words = words
        self.ends = [item.span.end for item in dates]

    def dating(self, trigger: Trigger, clause: TextSpan) -> tuple[_Dated, TextSpan] | None:
        """The date that modifies `trigger`: the last before it, which the trigger follows by at most
        POSSESSED words, with no mark and no other trigger (of `words`) between: "last year's talks ended"
        dates the talks, not their end."""
        i = bisect_right(self.ends, trigger.start)
        if not i:
            return None
        item = self.dates[i - 1]
        end = item.span.end
        if within_words(self.text, end, trigger.start, POSSESSED) and not self.words.count(
            end, trigger.start
        ):
            return item, clause
        return None


class _Governed:
    """The dates of a sentence with their clauses (in text order: the same clause or disjoint ones), the
    sentence's triggers that are no verb of saying, looked up by bisection, and the verbs of saying that
    introduce a date ("said Tuesday")."""

    def __init__(
        self, pairs: list[tuple[_Dated, TextSpan]], others: SortedSpans, sayings: dict[int, Trigger]
    ) -> None:
        self.pairs = pairs
        self.starts = [clause.start for _, clause in pairs]
        self.dates = [item.span.start for item, _ in pairs]
        self.others = others
        self.sayings = sayings

    def holding(self, word: TextSpan) -> list[tuple[_Dated, TextSpan]]:
        """The dates whose clause holds `word` that could be its nearest: the last before it and the first
        after it (the dates of one clause are disjoint and in text order, and the distance only grows
        away from the word on each side), so a clause with thousands of dates costs a bisection."""
        i = bisect_right(self.starts, word.start)
        if not i:
            return []
        clause = self.pairs[i - 1][1]
        if not (word.start >= clause.start and word.end <= clause.end):
            return []
        first = bisect_left(self.starts, self.starts[i - 1])
        j = bisect_left(self.dates, word.start, first, i)
        return self.pairs[max(first, j - 1) : min(i, j + 1)]


def _governing(trigger: Trigger, governed: _Governed, pauses: SortedSpans) -> tuple[_Dated, TextSpan] | None:
    """The date whose clause holds `trigger` (the nearest, when several share the clause). A verb of
    saying takes it only when the date follows it directly ("said on Monday") or the clause has no other
    trigger: the date of "said the visit took place on Monday" is the visit's. A date that follows a verb
    of saying directly is the saying's alone: in "17 remain missing, police said Tuesday" Tuesday dates
    the report, not the missing."""
    holding = governed.holding(trigger)
    if not holding:
        return None
    item, clause = min(holding, key=lambda pair: distance(trigger, pair[0].span, pauses))
    saying = governed.sayings.get(id(item))
    if trigger.reporting:
        if saying is not trigger and governed.others.count(clause.start, clause.end):
            return None
    elif saying is not None:
        return None
    return item, clause


@dataclass(frozen=True, slots=True)
class _Future:
    """The future cues of a sentence (indices of its words), its relative pronouns and its commas."""

    cues: Sequence[int]
    relatives: Sequence[int]
    pauses: SortedSpans

    def governs(self, toks: Sequence[Token], clause: TextSpan, trigger: Trigger, k: int) -> bool:
        """True when a future cue governs the trigger at `toks[k]` in its clause. The nearest cue before it
        (or at it) does, unless a relative pronoun stands between: the relative clause has its own tense
        ("will help him in a war that his allies fund", "ستساعده في حروبه التي يدعمه فيها حلفاؤه"; see
        `_holds`). A cue at most FUTURE_REACH words after it does ("the visit will ...") when no comma or
        relative pronoun stands between ("the experts who arrived last week, others will follow"); not for
        a verb of saying (the reported clause keeps its own tense: "said it would meet")."""
        i = bisect_right(self.cues, k)
        if i and self._holds(toks, clause, self.cues[i - 1], k, trigger):
            return True
        if trigger.reporting or i == len(self.cues):
            return False
        cue = self.cues[i]
        return (
            cue <= k + FUTURE_REACH
            and toks[cue].start < clause.end
            and not self._relative(k, cue)
            and not self.pauses.count(trigger.end, toks[cue].start)
        )

    def _holds(self, toks: Sequence[Token], clause: TextSpan, cue: int, k: int, trigger: Trigger) -> bool:
        """Whether the cue at `toks[cue]`, before the trigger at `toks[k]` or at it, governs it: in its
        clause, with no relative pronoun between, and for a verb of saying no comma either (the quote
        before it is future, not the saying: "the base will be built, he added")."""
        return (
            clause.start <= toks[cue].start
            and not self._relative(cue, k)
            and not (trigger.reporting and self.pauses.count(toks[cue].end, trigger.start))
        )

    def _relative(self, low: int, high: int) -> bool:
        """Whether a relative pronoun lies strictly between words `low` and `high`."""
        return bisect_right(self.relatives, low) < bisect_left(self.relatives, high)


def _sayings(
    text: str, words: Sequence[Trigger], items: Sequence[_Dated], hints: SortedSpans, pauses: SortedSpans
) -> dict[int, Trigger]:
    """The verb of saying that introduces each date it introduces (by the date's id): the date follows it
    with at most SAYING_GAP words between, none of them a trigger and no comma ("said Monday", "said on
    Monday", "أعلنت وزارة الخارجية القطرية اليوم": the subject may stand between, as Arabic puts it)."""
    sayings = [w for w in words if w.reporting]
    found: dict[int, Trigger] = {}
    if not sayings:
        return found
    ends = [w.end for w in sayings]
    for item in items:
        i = bisect_right(ends, item.span.start)
        if not i:
            continue
        saying = sayings[i - 1]
        gap = (saying.end, item.span.start)
        if (
            len(text[gap[0] : gap[1]].split()) <= SAYING_GAP
            and not hints.count(*gap)
            and not pauses.count(*gap)
        ):
            found[id(item)] = saying
    return found


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
        start = datetime.date(*map(int, day.groups()))
        return _midnight(start), _midnight(start + DAY), "day"
    if weekend := _WEEKEND.fullmatch(timex.value):
        saturday = datetime.date.fromisocalendar(int(weekend[1]), int(weekend[2]), 6)
        return _midnight(saturday), _midnight(saturday + 2 * DAY), "day"
    return None


class _Columns:
    """The rows of one document as columns, with what rows share (the document's fields, a clause's or
    sentence's text, a date's columns) computed once."""

    def __init__(self, document: Document, lang: str | None) -> None:
        self.document = document
        self.lang = lang
        self._texts: dict[tuple[int, int], str] = {}
        self._dates: dict[int, tuple[Any, ...]] = {}

    def of(self, events: Sequence[_Event]) -> Rows:
        """The rows of `events`, in their order (which is their `sequence`), column by column: a column
        is one list built at once, not a value appended to each column per row."""
        n, text, document = len(events), self.document.text, self.document
        if not n:
            return {name: [] for name in EVENT_SCHEMA if name != "sources"}
        triggers = [event.trigger for event in events]
        positions = [event.position for event in events]
        dated = zip(*(self._date(event.item) for event in events), strict=True)
        expression, kind, value, mod, start, end, grain, char_start, char_end, rule = map(list, dated)
        return {
            "order": [None] * n,
            "doc": [document.id] * n,
            "title": [document.title] * n,
            "url": [document.url] * n,
            "published": [plain(document.published)] * n,
            "lang": [self.lang] * n,
            "event": [self._text(e.clause, at) for e, at in zip(events, positions, strict=True)],
            "sentence": [self._text(e.sentence, at) for e, at in zip(events, positions, strict=True)],
            "trigger": [None if t is None else text[t.start : t.end] for t in triggers],
            "lemma": [None if t is None else t.lemma for t in triggers],
            "trigger_start": [None if t is None else t.start for t in triggers],
            "trigger_end": [None if t is None else t.end for t in triggers],
            "expression": expression,
            "type": kind,
            "value": value,
            "mod": mod,
            "start": start,
            "end": end,
            "grain": grain,
            "anchor": [event.anchor for event in events],
            "char_start": char_start,
            "char_end": char_end,
            "rule": rule,
            "sequence": list(range(n)),
            "event_id": [f"{document.id}#{rank}" for rank in range(n)],
        }

    def _text(self, span: TextSpan, focus: int) -> str:
        """The text of `span`, flattened; cut to SHOWN characters around `focus` when longer. Kept by its
        offsets: a tuple of two ints hashes faster than a span."""
        start, end = span.start, span.end
        if end - start > SHOWN:
            start = min(max(start, focus - SHOWN // 2), end - SHOWN)
            end = start + SHOWN
        shown = self._texts.get((start, end))
        if shown is None:
            before = "…" if start > span.start else ""
            after = "…" if end < span.end else ""
            shown = self._texts[start, end] = f"{before}{_flat(self.document.text[start:end])}{after}"
        return shown

    def _date(self, item: _Dated | None) -> tuple[Any, ...]:
        """expression, type, value, mod, start, end, grain, char_start, char_end, rule: the schema's
        columns of the anchoring date."""
        key = id(item)
        if key not in self._dates:
            self._dates[key] = _date_columns(self.document.text, item)
        return self._dates[key]


def _date_columns(text: str, item: _Dated | None) -> tuple[Any, ...]:
    if item is None:
        return (None,) * 10
    interval = (plain(item.start), plain(item.end), item.grain)
    if not item.parts:
        return (None, None, None, None, *interval, None, None, None)
    first, last = item.parts[0], item.parts[-1]
    if len(item.parts) == 1:
        return (
            _flat(text[first.char_start : first.char_end]),
            first.type,
            first.value,
            first.mod,
            *interval,
            first.char_start,
            first.char_end,
            first.rule,
        )
    return (
        _flat(text[first.char_start : last.char_end]),
        "DURATION",
        f"{first.value}/{last.value}",
        None,
        *interval,
        first.char_start,
        last.char_end,
        f"range({first.rule},{last.rule})",
    )


def _flat(text: str) -> str:
    return " ".join(text.split())


def _batches(documents: Iterable[Document]) -> Iterator[list[Document]]:
    stream = iter(documents)
    while batch := list(islice(stream, BATCH_SIZE)):
        yield batch


def _tagged(
    batches: Iterator[list[Document]], policy: Policy, jobs: int
) -> Iterator[tuple[int, tuple[pl.DataFrame, list[str]]]]:
    """(documents in the batch, its rows and errors), batch by batch in input order."""
    if jobs <= 1:
        for batch in batches:
            yield len(batch), tag_batch(batch, policy)
        return
    with ProcessPoolExecutor(jobs, mp_context=get_context("spawn"), initializer=_worker_started) as pool:
        pending: deque[tuple[int, Future[tuple[pl.DataFrame, list[str]]]]] = deque()
        for batch in batches:
            pending.append((len(batch), pool.submit(tag_batch, batch, policy)))
            if len(pending) > 2 * jobs:
                count, future = pending.popleft()
                yield count, future.result()
        while pending:
            count, future = pending.popleft()
            yield count, future.result()


def tag_batch(batch: list[Document], policy: Policy) -> tuple[pl.DataFrame, list[str]]:
    """The event rows of a batch of documents, and a message for each document that could not be used.

    The rows come back as a DataFrame: from a worker process it travels as Arrow buffers, far lighter
    than Python lists of strings."""
    columns: Rows = {name: [] for name in EVENT_SCHEMA if name != "sources"}
    errors = []
    for document in batch:
        try:
            rows = document_events(document, _tag(document, policy), policy.genre)
        except TimelineError as error:
            errors.append(f"{_where(document)}: {error}")
            continue
        for name, values in rows.items():
            columns[name].extend(values)
    return rows_frame(columns), errors


def rows_frame(columns: Rows) -> pl.DataFrame:
    """Event rows as `document_events` gives them, as a table in EVENT_SCHEMA: `sources` is the row's own
    document (built by Polars: a column of one-item lists costs more to convert than the rest together)."""
    frame = pl.DataFrame(columns, schema={name: EVENT_SCHEMA[name] for name in columns})
    return frame.with_columns(sources=pl.concat_list("doc")).select(list(EVENT_SCHEMA))


def _tag(document: Document, policy: Policy) -> list[Timex]:
    if not document.text.strip():
        raise InputError("the document has no text")
    if document.published is None:
        raise InputError("the document has no publication date")
    return tagged(document.text, document.published, document.lang, policy)


def _where(document: Document) -> str:
    return f"document {document.id!r}" + (f" ({document.source})" if document.source else "")


def _worker_started() -> None:
    """Set a worker's garbage collector to WORKER_GC_THRESHOLD (see there). Only in the processes this
    module starts: a caller's own process keeps its settings."""
    gc.set_threshold(WORKER_GC_THRESHOLD)
