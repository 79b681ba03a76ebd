"""`timeline.spark.events` in Spark's local mode: the rows of `timeline.events` on the same documents,
computed on the executors; typed date columns, bad rows skipped and counted or failing the job when strict.

One SparkSession serves the module (starting one takes seconds). Its Python workers are started by the JVM,
so the repository root is put on their PYTHONPATH: they import this checkout of `timeline`, as the
driver does, and not another installed copy.
"""

from __future__ import annotations

import datetime
import os
from collections.abc import Iterator

import polars as pl
import pytest
from document_frames import ROOT, SEEDS, generated_frame, seed_frame
from pyspark.errors import PythonException
from pyspark.sql import DataFrame, SparkSession

import timeline
import timeline.spark
from timeline import InputError, TimelineError
from timeline.events.extract import ordered
from timeline.events.table import EVENT_SCHEMA
from timeline.io.documents import Overrides
from timeline.io.sources import Columns, frame_documents, read_documents

pytestmark = pytest.mark.filterwarnings("ignore:PySpark does not yet fully support pandas:FutureWarning")

ZONE = "Asia/Riyadh"
"""The session's time zone: not UTC, so a timestamp column is seen to keep the wall clock Spark shows."""


@pytest.fixture(scope="module")
def spark() -> Iterator[SparkSession]:
    path = os.environ.get("PYTHONPATH")
    os.environ["PYTHONPATH"] = os.pathsep.join([str(ROOT), *([path] if path else [])])
    session = (
        SparkSession.builder.master("local[2]")
        .appName("timeline-tests")
        .config("spark.ui.enabled", "false")
        .config("spark.ui.showConsoleProgress", "false")
        .config("spark.sql.shuffle.partitions", "2")
        .config("spark.sql.session.timeZone", ZONE)
        .config("spark.sql.execution.arrow.maxRecordsPerBatch", "40")  # several batches per partition
        .getOrCreate()
    )
    session.sparkContext.setLogLevel("FATAL")
    yield session
    session.stop()
    if path is None:
        del os.environ["PYTHONPATH"]
    else:
        os.environ["PYTHONPATH"] = path


def _rows(frame: DataFrame) -> pl.DataFrame:
    """The rows of a Spark event table in the total order of `timeline.events` (sorted here, in Polars:
    Spark's sort would run the tagging twice, once to sample the keys)."""
    return ordered(pl.DataFrame(pl.from_arrow(frame.toArrow())))


def test_the_seed_articles_give_the_rows_of_timeline_events(spark: SparkSession) -> None:
    rows = timeline.spark.events(spark.createDataFrame(seed_frame().to_arrow()))
    assert rows.schema == timeline.spark.EVENT_SPARK_SCHEMA
    assert rows.columns == list(EVENT_SCHEMA)
    expected = timeline.events(read_documents(SEEDS))
    assert _rows(rows).equals(expected)
    ordered_rows = pl.DataFrame(pl.from_arrow(timeline.spark.ordered(rows).toArrow()))
    assert ordered_rows.drop("order").equals(expected.drop("order"))


def test_generated_articles_over_partitions_give_the_rows_of_timeline_events(spark: SparkSession) -> None:
    frame = generated_frame(300).rename({"text": "body", "id": "key"}).with_columns(extra=pl.lit(1))
    articles = spark.createDataFrame(frame.to_arrow()).repartition(3)
    rows = timeline.spark.events(articles, text="body", id="key", prefer="past")
    expected = timeline.events(
        frame_documents(frame, Overrides(), Columns.named(text="body", id="key")), prefer="past"
    )
    assert expected.height > 10_000
    assert _rows(rows).equals(expected)


LEAD = "The council approved the budget on Monday. The vote was held after a long debate."


def test_date_and_timestamp_columns_keep_the_day_and_wall_clock_spark_shows(spark: SparkSession) -> None:
    dated = spark.sql(f"SELECT 'by-date' AS id, '{LEAD}' AS text, DATE'2016-11-30' AS published")
    stamped = spark.sql(
        f"SELECT 'by-time' AS id, '{LEAD}' AS text, TIMESTAMP'2016-11-30 23:30:00' AS published"
    )
    rows = _rows(timeline.spark.events(dated).unionByName(timeline.spark.events(stamped)))
    published = dict(rows.select("doc", "published").unique().iter_rows())
    assert published == {
        "by-date": datetime.datetime(2016, 11, 30),
        "by-time": datetime.datetime(2016, 11, 30, 23, 30),
    }
    assert set(rows["value"]) >= {"2016-11-28"}  # "Monday" before Wednesday 30 November


def test_bad_rows_are_skipped_and_counted_or_fail_the_job_when_strict(spark: SparkSession) -> None:
    articles = spark.createDataFrame(
        [
            ("good", LEAD, "2016-11-30"),
            ("no-text", None, "2016-11-30"),
            ("bad-date", LEAD, "2016-02-30"),
            ("no-date", LEAD, None),
        ],
        "id string, text string, published string",
    ).coalesce(1)
    bad = spark.sparkContext.accumulator(0)
    rows = _rows(timeline.spark.events(articles, on_bad=lambda error: bad.add(1)))
    assert set(rows["doc"]) == {"good"}
    assert bad.value == 3
    assert set(_rows(timeline.spark.events(articles))["doc"]) == {"good"}  # a warning on the executor
    with pytest.raises(PythonException, match=r"InputError: Spark partition 0, batch 1, row 2: "):
        timeline.spark.events(articles, strict=True).collect()


def test_a_missing_column_or_bad_policy_fails_before_any_job(spark: SparkSession) -> None:
    articles = spark.createDataFrame([("x", LEAD)], "key string, text string")
    with pytest.raises(InputError, match=r"no column 'id' \(columns: key, text\)"):
        timeline.spark.events(articles)
    with pytest.raises(InputError, match="no column 'body'"):
        timeline.spark.events(articles, text="body", id="key")
    with pytest.raises(TimelineError, match="unknown genre"):
        timeline.spark.events(articles, id="key", genre="poem")
    with pytest.raises(TimelineError, match="dayfirst='no'"):
        timeline.spark.events(articles, id="key", dayfirst="no")  # type: ignore[arg-type]
