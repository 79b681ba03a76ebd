"""Put an event table larger than memory in its total order: rows arrive in batches, spill to Parquet
runs on disk, and DuckDB sorts the runs out of core (within a fixed memory limit) into one ordered file
that is read back a chunk at a time.

This is how `write_events` (and `timeline events -o FILE`) keeps its memory flat whatever the number of
documents: the table is never whole in memory. The order is the one `timeline.events.extract.ordered`
gives in memory (the keys of `ORDER`, nulls last, ties in arrival order), so both ways write the same
file; a table that fits in one run is ordered in memory and never touches DuckDB.
"""

from __future__ import annotations

import errno
import os
import tempfile
from collections.abc import Iterable, Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Unpack

import polars as pl
from polars.io.plugins import register_io_source

from timeline.engine.policy import Policy
from timeline.errors import InputError
from timeline.events.extract import ORDER, OnBad, Progress, event_batches, ordered
from timeline.events.table import EVENT_SCHEMA
from timeline.io.atomic import as_os_error
from timeline.io.export import STREAMED, format_of, write_streamed
from timeline.io.frames import Table, table_or_documents
from timeline.io.sources import ColumnNames
from timeline.model import Document

RUN_ROWS = 200_000
"""Rows held in memory before they are written out as a sorted run (about 100-200 MB of rows)."""
MEMORY_LIMIT = "1GB"
"""What DuckDB may hold while it sorts; beyond it, it spills to the run folder. 512 MB failed to pin a
block while merging the runs of a million articles (52 million rows); 1 GB sorted them with the main
process at 1.5 GB at its peak."""

ORDERED_CHUNK = 122_880
"""Rows of the ordered table read at a time: DuckDB's row group, so a streamed Parquet file has the row
groups it had when DuckDB wrote the ranked table itself."""

_ARRIVAL = "_arrival"
"""A run's extra column: the row's place in the input, the last sort key (the in-memory sort is stable)."""


def write_events(
    documents: Iterable[Document] | Table,
    path: str | Path,
    *,
    format: str | None = None,
    prefer: str = "tense",
    genre: str = "news",
    dayfirst: bool | None = None,
    jobs: int = 1,
    progress: Progress | None = None,
    on_bad: OnBad | None = None,
    **columns: Unpack[ColumnNames],
) -> None:
    """Write the ordered event table of `documents` to `path` (atomically) without holding it in memory:
    the table `timeline.events` would return, for any number of documents. The format is `format` or
    the one the extension names, one of CSV (`csv`, `raw-csv`), Parquet and NDJSON; the other arguments
    are those of `timeline.events`, whose `dedupe` and `link` need the whole table and are not offered."""
    fmt = format_of(path, format)
    if fmt not in STREAMED:
        raise InputError(
            f"{path}: {fmt} cannot be written without the whole table; use {', '.join(STREAMED)}"
        )
    stream = table_or_documents(documents, columns, on_bad)
    batches = event_batches(
        stream, Policy(prefer, genre, dayfirst), jobs=jobs, progress=progress, on_bad=on_bad
    )
    with ordered_table(batches) as table:
        write_streamed(table, path, fmt)


@contextmanager
def ordered_table(batches: Iterable[pl.DataFrame], *, run_rows: int | None = None) -> Iterator[pl.LazyFrame]:
    """The rows of `batches` (event tables in EVENT_SCHEMA, in input order) in the total order, `order`
    set to the rank, as a LazyFrame to stream (`sink_parquet`, `collect_batches`) while the context is
    open: past `run_rows` rows (default RUN_ROWS) it reads the ordered file DuckDB wrote to a temporary
    folder."""
    with tempfile.TemporaryDirectory(prefix="timeline-runs-") as folder:
        runs = _Runs(Path(folder), run_rows or RUN_ROWS)
        for batch in batches:
            runs.add(batch)
        if not runs.files:
            yield ordered(runs.held()).lazy()
            return
        runs.flush()
        yield _merged(runs.files, Path(folder))


class _Runs:
    """Batches held until they make a run of `run_rows` rows, then written to a Parquet file."""

    def __init__(self, folder: Path, run_rows: int) -> None:
        self.folder = folder
        self.run_rows = run_rows
        self.files: list[Path] = []
        self._held: list[pl.DataFrame] = []
        self._rows = 0
        self._arrived = 0

    def add(self, batch: pl.DataFrame) -> None:
        self._held.append(batch)
        self._rows += batch.height
        if self._rows >= self.run_rows:
            self.flush()

    def held(self) -> pl.DataFrame:
        return pl.concat(self._held) if self._held else pl.DataFrame(schema=EVENT_SCHEMA)

    def flush(self) -> None:
        if not self._rows:
            return
        run = self.held().with_row_index(_ARRIVAL, offset=self._arrived)
        path = self.folder / f"run-{len(self.files):06d}.parquet"
        try:
            run.write_parquet(path)
        except pl.exceptions.PolarsError as error:  # a full disk, say: an OSError naming the run
            raise as_os_error(error, path) from None
        self.files.append(path)
        self._arrived += run.height
        self._held, self._rows = [], 0


def _merged(files: list[Path], folder: Path) -> pl.LazyFrame:
    """The runs in `files` as one ordered table with its `order` column: DuckDB sorts them into one
    Parquet file within MEMORY_LIMIT (spilling to `folder`), which is then read ORDERED_CHUNK rows at a
    time, each chunk's `order` its rows' places in the file. The rank is not a second DuckDB pass over
    the sorted file (that rewrote the whole table once more: a fifth of the tail's time), nor Polars'
    row index over the scan (that made it hold the table)."""
    import duckdb  # only a table larger than one run needs it

    keys = ", ".join(f'"{key}" ASC NULLS LAST' for key in ORDER)
    columns = ", ".join(f'"{name}"' for name in EVENT_SCHEMA if name != "order")
    result = folder / "sorted.parquet"
    config: dict[str, str | bool | int | float | list[str]] = {
        "memory_limit": MEMORY_LIMIT,
        "temp_directory": str(folder / "spill"),
        "threads": os.cpu_count() or 1,
    }
    sources = ", ".join(_quoted(path) for path in files)
    try:
        with duckdb.connect(config=config) as connection:
            connection.execute(
                f"COPY (SELECT {columns} FROM read_parquet([{sources}]) ORDER BY {keys}, {_ARRIVAL}) "
                f"TO {_quoted(result)} (FORMAT parquet)"
            )
    except duckdb.Error as error:  # a full disk while it spills, say
        reason = str(error).strip().splitlines()[0]
        raise OSError(errno.EIO, f"cannot order the event table in {folder} ({reason})") from None
    for path in files:
        path.unlink()
    return _ranked(result)


def _ranked(path: Path) -> pl.LazyFrame:
    """The sorted rows of the Parquet file at `path` (every column of EVENT_SCHEMA but `order`), with
    `order` their place in it, as a LazyFrame that reads ORDERED_CHUNK rows at a time (a Polars IO
    source, an API Polars still marks unstable: tests/test_spill.py reads one through a sink, a head, a
    filter and a projection), so a sink streams it within bounded memory."""
    height = pl.scan_parquet(path).select(pl.len()).collect().item()

    def chunks(
        columns: list[str] | None, predicate: pl.Expr | None, rows: int | None, _size: int | None
    ) -> Iterator[pl.DataFrame]:
        end = height if rows is None else min(height, rows)
        for offset in range(0, end, ORDERED_CHUNK):
            chunk = pl.scan_parquet(path).slice(offset, min(ORDERED_CHUNK, end - offset)).collect()
            rank = pl.int_range(offset, offset + chunk.height, dtype=pl.Int64)
            chunk = chunk.with_columns(rank.alias("order")).select(columns or list(EVENT_SCHEMA))
            yield chunk if predicate is None else chunk.filter(predicate)

    return register_io_source(chunks, schema=EVENT_SCHEMA)


def _quoted(path: Path) -> str:
    """`path` as an SQL string literal."""
    return "'" + str(path).replace("'", "''") + "'"
