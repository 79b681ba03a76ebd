"""The event table of a Spark DataFrame of documents, computed on the executors (needs the `[spark]` extra).

    import timeline.spark
    rows = timeline.spark.events(articles, text="body", published="date", id="article_id")
    timeline.spark.ordered(rows).write.parquet("events.parquet")

`events` runs `timeline.events.arrow.event_batches` (the unit `timeline events --jobs N` workers share)
on every Arrow batch with `DataFrame.mapInArrow`, so each executor tags its own partitions and nothing but
the rows comes back; the rows are those of `timeline.events` on the same documents, `order` aside (null:
`ordered` sorts by the total order). A timestamp column is read at its wall-clock time in the session's
time zone, as Spark shows it.
"""

from __future__ import annotations

from collections.abc import Iterator
from functools import partial
from typing import Unpack

from timeline.errors import missing_extra

try:
    import pyarrow as pa
    from pyspark import TaskContext
    from pyspark.sql import Column, DataFrame
    from pyspark.sql import functions as F
    from pyspark.sql.pandas.types import from_arrow_schema
    from pyspark.sql.types import StructType
except ModuleNotFoundError as error:  # without the [spark] extra: say what to install
    raise missing_extra(error, "timeline.spark") or error from None

from timeline.engine.policy import Policy
from timeline.errors import InputError
from timeline.events.arrow import EVENT_ARROW_SCHEMA, event_batches
from timeline.events.extract import ORDER
from timeline.io.frames import NAMING
from timeline.io.sources import ColumnNames, Columns, OnBad

EVENT_SPARK_SCHEMA: StructType = from_arrow_schema(EVENT_ARROW_SCHEMA, prefer_timestamp_ntz=True)
"""The event table's Spark schema, converted from the Arrow one (naive times are TIMESTAMP_NTZ: the
table's times are wall-clock times with no zone)."""


def events(
    frame: DataFrame,
    *,
    prefer: str = "tense",
    genre: str = "news",
    dayfirst: bool | None = None,
    strict: bool = False,
    on_bad: OnBad | None = None,
    **columns: Unpack[ColumnNames],
) -> DataFrame:
    """The event rows of the documents of `frame` (one a row), a DataFrame of EVENT_SPARK_SCHEMA.

    The column arguments are those of `timeline.events.arrow.arrow_events`, but the id column must exist:
    Spark has no row order to number the documents by (add one with `monotonically_increasing_id` if
    the documents have none). Only the named columns are sent to Python. A document that cannot be used
    is skipped: passed to `on_bad` on the executor that met it (count them with an accumulator: `bad =
    spark.sparkContext.accumulator(0)`, `on_bad=lambda error: bad.add(1)`), else counted in a warning on
    the executor's log; with `strict`, its task fails with an InputError naming it. A missing column or a
    bad `prefer`, `genre` or `dayfirst` raises here, before any job runs (they are those of `timeline.tag`).
    """
    policy = Policy(prefer, genre, dayfirst)
    columns["id"] = columns.get("id") or "id"  # required here: see above
    names = Columns.named(hint=NAMING, **columns)
    wanted = [column for column in names.mapping().values() if column in frame.columns]
    missing = sorted(getattr(names, field) for field in names.required if getattr(names, field) not in wanted)
    if missing:
        raise InputError(
            f"the DataFrame has no column {', '.join(map(repr, missing))} "
            f"(columns: {', '.join(frame.columns) or 'none'})"
        )
    run = partial(
        _partition,
        columns=names,
        policy=policy,
        strict=strict,
        on_bad=on_bad,
    )
    return frame.select(*(F.col(f"`{column.replace('`', '``')}`") for column in wanted)).mapInArrow(
        run, EVENT_SPARK_SCHEMA
    )


def ordered(rows: DataFrame) -> DataFrame:
    """Event rows sorted in the total order of `timeline.events` (`timeline.events.extract.ORDER`, nulls
    last: unplaced events after the placed ones). `order` stays null: numbering the rows would take them
    all through one partition."""
    keys: list[Column] = [F.col(key).asc_nulls_last() for key in ORDER]
    return rows.orderBy(*keys)


def _partition(
    batches: Iterator[pa.RecordBatch],
    *,
    columns: Columns,
    policy: Policy,
    strict: bool,
    on_bad: OnBad | None,
) -> Iterator[pa.RecordBatch]:
    """The event rows of one partition's Arrow batches, as they are made."""
    context = TaskContext.get()
    where = f"Spark partition {context.partitionId()}" if context is not None else "Spark"
    for number, batch in enumerate(batches, start=1):
        name = f"{where}, batch {number}"
        yield from event_batches(batch, columns, policy, strict=strict, on_bad=on_bad, name=name)
