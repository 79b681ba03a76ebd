"""Arrow record batches of documents in, Arrow record batches of event rows out: the one unit an engine that
hands Python Arrow batches runs (Spark's `mapInArrow` in `timeline.spark`, Ray Data's `map_batches`, a
loop over a pyarrow dataset).

A batch goes the way of a table given to `timeline.events`: its rows become documents through the one
validator (`timeline.io.sources.frame_documents`), and BATCH_SIZE documents at a time are tagged by the
function every `timeline events --jobs N` worker runs (`timeline.events.extract.tag_batch`). So the rows
are those of `timeline.events` on the same documents, column for column, except `order`: a batch has no
place in the order of all the batches, so `order` is null, and the total order is
`timeline.events.extract.ordered` on the concatenated rows (or a sort on `ORDER`, nulls last, in the
engine that gathered them). Nothing is kept between calls but the engine's cached language data: the same
batch gives the same rows in any process, and the function pickles by reference to any worker.
"""

from __future__ import annotations

import warnings
from collections.abc import Iterator
from itertools import islice
from typing import Unpack

import polars as pl
import pyarrow as pa

from timeline.engine.policy import Policy
from timeline.errors import InputError, TimelineError
from timeline.events.extract import BATCH_SIZE, tag_batch
from timeline.events.table import empty_events
from timeline.io.documents import Overrides
from timeline.io.frames import NAMING, UNDATED
from timeline.io.sources import ColumnNames, Columns, OnBad, frame_documents

SHOWN_ERRORS = 3
"""Messages of skipped documents quoted in a batch's warning; the rest are counted."""


def _portable(kind: pa.DataType) -> pa.DataType:
    """`kind` with Arrow's 32-bit-offset string and list in place of the large ones Polars writes: every
    engine reads those (Spark rejects a large list). Their limit, 2 GB of text in one column of a batch,
    is far above the rows of an engine's batch (the rows of 10,000 generated articles hold about 40 MB
    a column); a table of millions of documents goes batch by batch."""
    if pa.types.is_large_string(kind):
        return pa.string()
    if pa.types.is_large_list(kind):
        return pa.list_(_portable(kind.value_type))
    return kind


EVENT_ARROW_SCHEMA: pa.Schema = pa.schema(
    [pa.field(f.name, _portable(f.type)) for f in empty_events().to_arrow().schema]
)
"""`timeline.events.table.EVENT_SCHEMA` as an Arrow schema (as Polars converts it, with string and list
for large_string and large_list): the columns of every batch `arrow_events` returns."""


def arrow_events(
    batch: pa.RecordBatch | pa.Table,
    *,
    prefer: str = "tense",
    genre: str = "news",
    dayfirst: bool | None = None,
    strict: bool = False,
    on_bad: OnBad | None = None,
    **names: Unpack[ColumnNames],
) -> pa.RecordBatch:
    """The event rows of a batch of documents, one document a row, in EVENT_ARROW_SCHEMA (`order` null).

    `text`, `published`, `id`, `lang`, `title` and `url` name the columns holding those fields (each
    defaults to its own name, and only the text column must exist unless named); `prefer`, `genre` and
    `dayfirst` are those of `timeline.events`. A row without an id gets `row-N`, N its place in the batch:
    give an id column when several batches make one table. A document that cannot be used (no text, no
    usable date, a value of the wrong kind) is skipped: passed to `on_bad` when given, else counted in one
    warning per batch, so one bad row never fails a job; with `strict`, it raises an InputError naming
    its row.
    """
    columns = Columns.named(hint=NAMING, **names)
    pieces = list(
        event_batches(batch, columns, Policy(prefer, genre, dayfirst), strict=strict, on_bad=on_bad)
    )
    if not pieces:
        return pa.RecordBatch.from_pylist([], schema=EVENT_ARROW_SCHEMA)
    return pa.Table.from_batches(pieces, schema=EVENT_ARROW_SCHEMA).combine_chunks().to_batches()[0]


def event_batches(
    batch: pa.RecordBatch | pa.Table,
    columns: Columns,
    policy: Policy,
    *,
    strict: bool = False,
    on_bad: OnBad | None = None,
    name: str = "the batch",
) -> Iterator[pa.RecordBatch]:
    """The event rows of `batch` (see `arrow_events`) as they are made, one record batch per BATCH_SIZE
    documents, so an engine that streams its output (Spark's `mapInArrow`) never holds the rows of a
    large input batch at once. `name` names the batch in the messages of bad rows ("the batch, row 3")."""
    skipped: list[str] = []

    def skip(error: TimelineError) -> None:
        if on_bad is not None:
            on_bad(error)
        else:
            skipped.append(str(error))

    frame = pl.DataFrame(pl.from_arrow(batch))
    documents = frame_documents(
        frame, Overrides(undated=UNDATED), columns, None if strict else skip, name=name, stem="row"
    )
    while group := list(islice(documents, BATCH_SIZE)):
        rows, errors = tag_batch(group, policy)
        for message in errors:
            if strict:
                raise InputError(message)
            skip(InputError(message))
        if rows.height:
            yield from rows.to_arrow().cast(EVENT_ARROW_SCHEMA).combine_chunks().to_batches()
    if skipped:
        shown = "; ".join(skipped[:SHOWN_ERRORS]) + ("; …" if len(skipped) > SHOWN_ERRORS else "")
        count = f"{len(skipped)} document{'s' if len(skipped) > 1 else ''}"
        warnings.warn(f"{name}: {count} skipped ({shown})", UserWarning, stacklevel=2)
