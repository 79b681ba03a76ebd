"""Stream generated articles from Parquet to a Parquet event table with `timeline events`, at growing
sizes, and print the time and the peak memory of every process: the cost must grow linearly with the
number of articles and the memory must not grow at all.

    python benchmarks/bench_million.py [--sizes 10000 100000 1000000] [--jobs J] [--corpus DIR]

The corpus (benchmarks/corpus.py, Arabic and English taking turns, about 2,500 characters an article)
is written once to DIR (default: a temporary folder) as Parquet files of PART articles each, and kept
there for the next run; size N reads the first N/PART files. Each size runs the command line as a user
would (`python -m timeline events FILES -o events.parquet --jobs J -q`) in a child process, whose
resident memory and that of its workers are read from /proc every SAMPLE seconds. Printed per size:
seconds, documents/s, events/s, the peak of the processes' summed memory and of the largest one.
"""

from __future__ import annotations

import argparse
import random
import subprocess
import sys
import tempfile
import time
from collections.abc import Sequence
from pathlib import Path

import polars as pl
from corpus import LANGUAGES, article

PART = 10_000
"""Articles in one Parquet file of the corpus."""
PARAGRAPHS = (7, 11)
"""Paragraphs of an article: about 2,500 characters (wire copy of 400-500 words)."""
SAMPLE = 0.5
"""Seconds between two readings of the processes' memory."""


def corpus_parts(folder: Path, count: int, seed: int) -> list[Path]:
    """The Parquet files holding the first `count` articles, written where missing."""
    languages = list(LANGUAGES)
    parts = []
    for part in range(-(-count // PART)):
        path = folder / f"articles-{seed}-{part:04d}.parquet"
        if not path.exists():
            rng = random.Random(seed * 100_003 + part)
            first = part * PART
            rows = [
                article(rng, languages[n % len(languages)], f"doc-{n:07d}", paragraphs=PARAGRAPHS)
                for n in range(first, first + PART)
            ]
            pl.DataFrame(rows).write_parquet(path)
        parts.append(path)
    return parts


def _tree_memory(root: int) -> list[int]:
    """Resident memory in kB of `root` and each of its descendants (0 for one that has just ended)."""
    found, pending = [], [root]
    while pending:
        pid = pending.pop()
        try:
            status = Path(f"/proc/{pid}/status").read_text()
            children = Path(f"/proc/{pid}/task/{pid}/children").read_text().split()
        except OSError:
            continue
        rss = next((line.split()[1] for line in status.splitlines() if line.startswith("VmRSS:")), "0")
        found.append(int(rss))
        pending.extend(int(child) for child in children)
    return found


def run(parts: list[Path], output: Path, jobs: int) -> tuple[float, float, float]:
    """Seconds of `timeline events` over `parts`, and its peak summed and largest memory in MB."""
    command = [sys.executable, "-m", "timeline", "events", *map(str, parts), "-o", str(output)]
    started = time.perf_counter()
    process = subprocess.Popen([*command, "--jobs", str(jobs), "-q"])
    total = largest = 0
    while process.poll() is None:
        sizes = _tree_memory(process.pid)
        total, largest = max(total, sum(sizes)), max(largest, max(sizes, default=0))
        time.sleep(SAMPLE)
    seconds = time.perf_counter() - started
    if process.returncode:
        sys.exit(f"timeline events failed with exit code {process.returncode}")
    return seconds, total / 1024, largest / 1024


def main(argv: Sequence[str] | None = None) -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--sizes", type=int, nargs="+", default=[10_000, 100_000, 1_000_000])
    parser.add_argument("--jobs", type=int, default=2, help="worker processes (default 2)")
    parser.add_argument("--corpus", type=Path, help="folder keeping the generated Parquet corpus")
    parser.add_argument("--seed", type=int, default=2016, help="seed of the generated corpus (default 2016)")
    args = parser.parse_args(argv)

    with tempfile.TemporaryDirectory(prefix="bench-million-") as scratch:
        folder = args.corpus or Path(scratch)
        folder.mkdir(parents=True, exist_ok=True)
        print("documents  characters  seconds  documents/s  events/s  events  peak MB (all)  largest MB")
        for size in args.sizes:
            parts = corpus_parts(folder, size, args.seed)
            size = PART * len(parts)
            characters = pl.scan_parquet(parts).select(pl.col("text").str.len_chars().sum()).collect().item()
            output = Path(scratch) / "events.parquet"
            seconds, total, largest = run(parts, output, args.jobs)
            events = pl.scan_parquet(output).select(pl.len()).collect().item()
            output.unlink()
            print(
                f"{size:>9,}  {characters / size:>10,.0f}  {seconds:>7,.0f}  {size / seconds:>11,.0f}  "
                f"{events / seconds:>8,.0f}  {events:>10,}  {total:>13,.0f}  {largest:>10,.0f}",
                flush=True,
            )


if __name__ == "__main__":
    main()
