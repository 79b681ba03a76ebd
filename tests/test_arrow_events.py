"""The engine-neutral batch function: an Arrow batch of documents in, an Arrow batch of event rows out, the
rows of `timeline.events` on the same documents whatever the batches, bad rows skipped or named."""

from __future__ import annotations

import datetime
import pickle
from concurrent.futures import ProcessPoolExecutor
from functools import partial
from multiprocessing import get_context

import polars as pl
import pyarrow as pa
import pytest
from document_frames import SEEDS, generated_frame, seed_frame

import timeline
from timeline import InputError, TimelineError
from timeline.events.arrow import EVENT_ARROW_SCHEMA, arrow_events
from timeline.events.extract import ordered
from timeline.events.table import EVENT_SCHEMA
from timeline.io.documents import Overrides
from timeline.io.sources import Columns, frame_documents, read_documents

GENERATED = generated_frame(120)

LEAD = "The council approved the budget on Monday. The vote was held after a long debate."


def _table(batches: list[pa.RecordBatch]) -> pl.DataFrame:
    """Rows of several batches in the total order of `timeline.events`."""
    return ordered(pl.concat([pl.DataFrame(pl.from_arrow(b)) for b in batches]))


def read_documents_of(frame: pl.DataFrame) -> list[timeline.Document]:
    """The documents of a frame as `timeline.events` gets them from a table file."""
    return list(frame_documents(frame, Overrides(), Columns()))


def _documents(rows: list[dict[str, object]]) -> pa.Table:
    return pl.DataFrame(rows, schema={"id": pl.String, "text": pl.String, "published": pl.String}).to_arrow()


def test_the_schema_is_the_event_schema_in_arrow() -> None:
    assert EVENT_ARROW_SCHEMA.names == list(EVENT_SCHEMA)
    assert pl.DataFrame(pl.from_arrow(EVENT_ARROW_SCHEMA.empty_table())).schema == EVENT_SCHEMA
    assert timeline.EVENT_ARROW_SCHEMA is EVENT_ARROW_SCHEMA
    assert timeline.arrow_events is arrow_events


def test_the_seed_articles_give_the_rows_of_timeline_events() -> None:
    batch = arrow_events(seed_frame().to_arrow())
    assert batch.schema == EVENT_ARROW_SCHEMA
    assert batch.num_rows > 0
    assert batch.column("order").null_count == batch.num_rows  # no place in a total order of its own
    assert _table([batch]).equals(timeline.events(read_documents(SEEDS)))


@pytest.mark.parametrize("size", [1, 7, 64, 1000])
def test_batch_boundaries_do_not_change_the_rows(size: int) -> None:
    whole = GENERATED.to_arrow()
    batches = [arrow_events(piece) for piece in whole.to_batches(max_chunksize=size)]
    assert len(batches) == -(-GENERATED.height // size)
    assert _table(batches).equals(timeline.events(read_documents_of(GENERATED)))


def test_the_same_batch_gives_the_same_rows_in_a_fresh_process() -> None:
    run = partial(arrow_events, text="body", prefer="past")
    again = pickle.loads(pickle.dumps(run))
    batch = GENERATED.head(10).rename({"text": "body"}).to_arrow()
    with ProcessPoolExecutor(1, mp_context=get_context("spawn")) as pool:
        elsewhere = pool.submit(again, batch).result()
    assert elsewhere.equals(run(batch))
    assert elsewhere.num_rows > 0


def test_a_function_of_the_callers_script_pickles_by_value_with_the_package_by_name() -> None:
    """Spark and Ray send a function defined in the driver's script by value (cloudpickle, here the copy
    pyspark ships); the `timeline` package it uses travels by name and is imported on the worker."""
    from pyspark import cloudpickle

    def count(batch: pa.RecordBatch) -> int:
        return timeline.arrow_events(batch).num_rows

    again = pickle.loads(cloudpickle.dumps(count))
    assert again.__globals__["timeline"] is timeline
    assert pickle.loads(pickle.dumps(timeline)) is timeline
    assert again(GENERATED.head(3).to_arrow().to_batches()[0]) > 0


def test_columns_are_named_and_typed_as_a_caller_has_them() -> None:
    frame = pl.DataFrame(
        {
            "key": [7],
            "body": [LEAD],
            "day": [datetime.datetime(2016, 11, 30, 23, 30, tzinfo=datetime.UTC)],
            "language": ["en"],
        }
    )
    batch = arrow_events(frame.to_arrow(), text="body", published="day", id="key", lang="language")
    rows = pl.DataFrame(pl.from_arrow(batch))
    assert set(rows["doc"]) == {"7"}
    assert set(rows["published"]) == {datetime.datetime(2016, 11, 30, 23, 30)}  # the wall clock kept
    assert "2016-11-28" in set(rows["value"])  # "Monday" before Wednesday 30 November
    with pytest.raises(InputError, match="no column 'days'"):
        arrow_events(frame.to_arrow(), text="body", published="days")


def test_nulls_take_defaults_and_a_row_without_id_is_numbered_in_its_batch() -> None:
    batch = _documents(
        [
            {"id": None, "text": LEAD, "published": "2016-11-30"},
            {"id": "dated-by-line", "text": "March 9, 2017\n\n" + LEAD, "published": None},
        ]
    )
    rows = pl.DataFrame(pl.from_arrow(arrow_events(batch)))
    assert rows["doc"].unique(maintain_order=True).to_list() == ["row-1", "dated-by-line"]
    assert rows.filter(doc="dated-by-line")["published"].unique().to_list() == [datetime.datetime(2017, 3, 9)]
    assert rows["title"].is_null().all() and rows["url"].is_null().all()


BAD = [
    {"id": "good", "text": LEAD, "published": "2016-11-30"},
    {"id": "no-text", "text": None, "published": "2016-11-30"},
    {"id": "bad-date", "text": LEAD, "published": "2016-02-30"},
    {"id": "no-date", "text": LEAD, "published": None},
    {"id": "blank", "text": "   ", "published": "2016-11-30"},
]


def test_a_bad_row_is_skipped_and_counted_not_a_failed_batch() -> None:
    with pytest.warns(UserWarning, match=r"the batch: 4 documents skipped \(the batch, row 2: "):
        rows = pl.DataFrame(pl.from_arrow(arrow_events(_documents(BAD))))
    assert set(rows["doc"]) == {"good"}
    met: list[TimelineError] = []
    arrow_events(_documents(BAD), on_bad=met.append)
    assert [str(error).split(":")[0] for error in met] == [
        "the batch, row 2",
        "the batch, row 3",
        "the batch, row 4",
        "document 'blank' (the batch, row 5)",
    ]


def test_strict_raises_naming_the_first_bad_row() -> None:
    with pytest.raises(InputError, match=r"^the batch, row 2: the document needs a \"text\" string"):
        arrow_events(_documents(BAD), strict=True)
    with pytest.raises(InputError, match=r"^document 'blank' \(the batch, row 2\): the document has no text"):
        arrow_events(_documents([BAD[0], BAD[4]]), strict=True)


def test_an_empty_batch_and_a_bad_policy() -> None:
    empty = arrow_events(_documents([]))
    assert empty.num_rows == 0 and empty.schema == EVENT_ARROW_SCHEMA
    with pytest.raises(TimelineError, match="unknown policy"):
        arrow_events(_documents(BAD), prefer="soon")
    with pytest.raises(TimelineError, match="dayfirst=1"):
        arrow_events(_documents(BAD), dayfirst=1)  # type: ignore[arg-type]
