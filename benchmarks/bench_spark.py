"""Generated news articles through `timeline.spark.events` in Spark local mode: documents/s and events/s.

    python benchmarks/bench_spark.py [--documents N] [--cores C] [--native] [--seed S]

N articles (default 100,000; Arabic and English taking turns, from benchmarks/corpus.py) are written to
a Parquet file, read by Spark (`local[C]`, default 2 cores), spread over 4 partitions a core, and their
event table written to Parquet. Timed: from reading to the table written (Spark's start left out, its
planning and the spreading counted).
`--native` then runs `timeline.events` on the same file with C processes, as `bench_events.py` does, and
writes its table to Parquet too, for the ratio of the two in the same minutes.
"""

from __future__ import annotations

import argparse
import os
import tempfile
import time
from collections.abc import Sequence
from pathlib import Path

import polars as pl
from corpus import articles
from pyspark.sql import SparkSession

import timeline.spark
from timeline.events.extract import events
from timeline.io.sources import read_documents

TASKS_PER_CORE = 4
"""The articles are spread over this many Spark partitions per core, so no core idles at the end."""


def write_corpus(path: Path, count: int, seed: int) -> int:
    """Write `count` generated articles (the rows of `bench_events.py`) to a Parquet file; its size in
    bytes."""
    pl.DataFrame(articles(count, seed)).write_parquet(path)
    return path.stat().st_size


def spark_session(cores: int) -> SparkSession:
    """A local session whose Python workers import the `timeline` this script imports."""
    root = str(Path(timeline.__file__).resolve().parent.parent)
    os.environ["PYTHONPATH"] = os.pathsep.join(filter(None, [root, os.environ.get("PYTHONPATH")]))
    session = (
        SparkSession.builder.master(f"local[{cores}]")
        .appName("timeline-bench")
        .config("spark.ui.showConsoleProgress", "false")
        .config("spark.driver.memory", "2g")
        .getOrCreate()
    )
    session.sparkContext.setLogLevel("ERROR")
    return session


def main(argv: Sequence[str] | None = None) -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--documents", type=int, default=100_000, help="articles (default 100,000)")
    parser.add_argument("--cores", type=int, default=2, help="Spark cores and native processes (default 2)")
    parser.add_argument("--native", action="store_true", help="also time timeline.events on the same file")
    parser.add_argument("--seed", type=int, default=2016, help="seed of the generated corpus (default 2016)")
    args = parser.parse_args(argv)

    with tempfile.TemporaryDirectory() as folder:
        source, table = Path(folder) / "corpus.parquet", Path(folder) / "events"
        size = write_corpus(source, args.documents, args.seed)
        print(f"corpus: {args.documents:,} documents, {size / 1e6:.1f} MB of Parquet")
        print(f"load average before: {' '.join(f'{load:.2f}' for load in os.getloadavg())}")
        spark = spark_session(args.cores)
        started = time.perf_counter()
        articles = spark.read.parquet(str(source)).repartition(TASKS_PER_CORE * args.cores)
        timeline.spark.events(articles).write.parquet(str(table))
        seconds = time.perf_counter() - started
        found = pl.scan_parquet(table / "*.parquet").select(pl.len()).collect().item()
        partitions = articles.rdd.getNumPartitions()
        spark.stop()
        rate = args.documents / seconds
        print(f"spark local[{args.cores}], {partitions} partitions: {found:,} events in {seconds:.1f} s")
        print(f"documents/s: {rate:,.0f}   events/s: {found / seconds:,.0f}")
        if args.native:
            started = time.perf_counter()
            native = events(read_documents(source), jobs=args.cores)
            native.write_parquet(Path(folder) / "native.parquet")
            seconds = time.perf_counter() - started
            native_rate = args.documents / seconds
            print(f"native, {args.cores} jobs: {native.height:,} events in {seconds:.1f} s")
            print(f"documents/s: {native_rate:,.0f}   spark/native: {rate / native_rate:.0%}")
        print(f"load average after: {' '.join(f'{load:.2f}' for load in os.getloadavg())}")


if __name__ == "__main__":
    main()
