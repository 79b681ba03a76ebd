"""Stream generated news articles through `timeline events` and print documents/s and peak memory.

    python benchmarks/bench_events.py [--documents N] [--jobs J] [--seed S]

N articles (default 10,000; Arabic and English taking turns, from benchmarks/corpus.py) are written to
a CSV file, then read lazily and turned into the ordered event table as the CLI does, in J processes
(default 2). Printed: documents/s and events/s by wall-clock, and the peak resident memory of this
process and of the largest worker.
"""

from __future__ import annotations

import argparse
import resource
import tempfile
import time
from collections.abc import Sequence
from pathlib import Path

import polars as pl
from corpus import articles

from timeline.events.extract import events
from timeline.io.sources import read_documents


def write_corpus(path: Path, count: int, seed: int) -> int:
    """Write `count` generated articles to a CSV file; return its size in bytes."""
    pl.DataFrame(articles(count, seed)).write_csv(path)
    return path.stat().st_size


def _megabytes(who: int) -> float:
    return resource.getrusage(who).ru_maxrss / 1024


def main(argv: Sequence[str] | None = None) -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--documents", type=int, default=10_000, help="articles to generate (default 10,000)")
    parser.add_argument("--jobs", type=int, default=2, help="worker processes (default 2; 1: none)")
    parser.add_argument("--seed", type=int, default=2016, help="seed of the generated corpus (default 2016)")
    args = parser.parse_args(argv)

    with tempfile.TemporaryDirectory() as folder:
        path = Path(folder) / "corpus.csv"
        size = write_corpus(path, args.documents, args.seed)
        print(f"corpus: {args.documents:,} documents, {size / 1e6:.1f} MB of CSV")
        before = _megabytes(resource.RUSAGE_SELF)
        started = time.perf_counter()
        table = events(read_documents(path), jobs=args.jobs)
        seconds = time.perf_counter() - started

    print(f"events: {table.height:,} in {seconds:.1f} s with {args.jobs} job(s)")
    print(f"documents/s: {args.documents / seconds:,.0f}   events/s: {table.height / seconds:,.0f}")
    peak, worker = _megabytes(resource.RUSAGE_SELF), _megabytes(resource.RUSAGE_CHILDREN)
    print(f"peak memory: {peak:,.0f} MB (before reading: {before:,.0f} MB); largest worker: {worker:,.0f} MB")


if __name__ == "__main__":
    main()
