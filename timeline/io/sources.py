"""Read every kind of input into documents (`read_documents`, the one entry point): tables (.csv, .json,
.parquet), directories, and what `timeline.io.documents` reads (.txt, .md, .jsonl, `-` for stdin).

Tables are scanned lazily with Polars and read in chunks, so a large file never sits in memory whole.
Their columns are `id`, `text`, `published`, `lang`, `title`, `url`, or the names given in `Columns`;
only `text` must exist. A directory is read recursively, in name order, skipping hidden files and files
of other kinds. A row without text or a usable date, a file that cannot be read or a sub-directory that
cannot be listed is an error naming the file (and row), or, with `on_bad`, is reported to it and skipped.
"""

from __future__ import annotations

import datetime
import os
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass, field, fields
from functools import partial
from pathlib import Path
from typing import TypedDict

import polars as pl

from timeline.engine.anchor import parse_anchor
from timeline.errors import InputError, TimelineError
from timeline.io.documents import READERS, STDIN, Overrides, read_record, read_stdin
from timeline.model import Document

CHUNK_ROWS = 2000
"""Rows of a table read at a time."""

OnBad = Callable[[TimelineError], None]


class ColumnNames(TypedDict, total=False):
    """The keyword arguments that name the columns of a table of documents (`timeline.events(frame,
    text="body")`, `arrow_events`, `write_events`, `timeline.spark.events`): each field's column, None or
    absent for the field's own name."""

    text: str | None
    published: str | None
    id: str | None
    lang: str | None
    title: str | None
    url: str | None


@dataclass(frozen=True, slots=True)
class Columns:
    """The column holding each document field in a table; `required` lists those that must exist."""

    id: str = "id"
    text: str = "text"
    published: str = "published"
    lang: str = "lang"
    title: str = "title"
    url: str = "url"
    required: frozenset[str] = frozenset({"text"})
    hint: str = "name the right one with columns=Columns.named(text=..., published=..., id=..., ...)"
    """What the error of a missing column tells the caller to do, in the terms of the caller's way of
    naming columns (an argument here, an option on the command line)."""

    @classmethod
    def named(cls, *, hint: str | None = None, **names: str | None) -> Columns:
        """Columns with the given names (None keeps a field's default); every name given must exist.
        `hint` replaces the missing column's advice."""
        given = {field: name for field, name in names.items() if name is not None}
        return cls(**given, required=frozenset({"text", *given}), **({} if hint is None else {"hint": hint}))

    def mapping(self) -> dict[str, str]:
        """Document field -> column name."""
        return {f.name: getattr(self, f.name) for f in fields(self) if f.name not in ("required", "hint")}


def _scan_csv(path: Path) -> pl.LazyFrame:
    return pl.scan_csv(path, infer_schema=False, encoding="utf8")


def _scan_json(path: Path) -> pl.LazyFrame:
    return pl.read_json(path).lazy()


TABLES: dict[str, Callable[[Path], pl.LazyFrame]] = {
    ".csv": _scan_csv,
    ".json": _scan_json,
    ".parquet": pl.scan_parquet,
}
"""Table file suffix -> how to scan it."""


def read_documents(
    inputs: str | Path | Iterable[str | Path],
    *,
    published: str | datetime.date | None = None,
    lang: str | None = None,
    columns: Columns | None = None,
    on_bad: OnBad | None = None,
) -> Iterator[Document]:
    """Every document of `inputs` (files, directories, `-`), in order.

    `published` and `lang` replace each document's own; `columns` names the table columns. A file that
    cannot be read or a document that cannot be used raises an InputError naming it, unless `on_bad`
    is given: then the error is passed to it and the document (or the rest of an unreadable file) is
    skipped.
    """
    overrides = Overrides(None if published is None else parse_anchor(published), lang, on_bad)
    names = columns or Columns()
    for source in [inputs] if isinstance(inputs, str | Path) else inputs:
        for path in _files(source, on_bad):
            try:
                try:
                    if path == Path(STDIN):
                        yield from read_stdin(overrides)
                    elif path.suffix.lower() in TABLES:
                        yield from read_table(path, overrides, names, on_bad)
                    else:
                        yield from READERS[path.suffix.lower()](path, overrides)
                except OSError as error:
                    raise _unreadable(path, error) from None
            except TimelineError as error:
                if on_bad is None:
                    raise
                on_bad(error)


def count_documents(inputs: str | Path | Iterable[str | Path]) -> int | None:
    """How many documents `inputs` hold, where that is cheap to know (None for stdin or on any error).

    Used for the progress bar: table rows are counted by Polars, JSON Lines by their non-blank lines,
    articles one each.
    """
    total = 0
    try:
        for source in [inputs] if isinstance(inputs, str | Path) else inputs:
            if str(source) == STDIN:
                return None
            for path in _files(source):
                suffix = path.suffix.lower()
                if suffix in TABLES:
                    total += int(TABLES[suffix](path).select(pl.len()).collect().item())
                elif suffix == ".jsonl":
                    with path.open("rb") as lines:
                        total += sum(1 for line in lines if line.strip())
                else:
                    total += 1
    except (OSError, TimelineError, pl.exceptions.PolarsError):
        return None
    return total


@dataclass(frozen=True, slots=True)
class Inputs:
    """Documents to read and how: the paths (files, directories, `-`) with the date, language and
    columns that `read_documents` takes. The commands that read documents receive one (see
    `timeline.cli.options.input_options`), so that each reads, and counts for its progress bar, the same."""

    paths: tuple[str, ...]
    published: datetime.date | None = None
    lang: str | None = None
    columns: Columns = field(default_factory=Columns)

    def documents(self, on_bad: OnBad | None = None) -> Iterator[Document]:
        """The documents, as `read_documents` reads them."""
        return read_documents(
            self.paths, published=self.published, lang=self.lang, columns=self.columns, on_bad=on_bad
        )

    def count(self) -> int | None:
        """How many documents there are, where that is cheap to know (see `count_documents`)."""
        return count_documents(self.paths)


def refuse_overwriting(inputs: Iterable[str | Path], outputs: Iterable[str | Path]) -> None:
    """InputError when an output would be written over one of the inputs: the same file by any path or
    link, or a file of a kind that is read inside an input directory. Checked before reading, because
    the output replaces its target only once the inputs have been read (and destroyed them)."""
    for output in outputs:
        target = Path(output)
        if not target.exists():
            continue
        for source in inputs:
            if str(source) == STDIN:
                continue
            path = Path(source)
            if path.is_dir():
                inside = target.resolve().is_relative_to(path.resolve())
                hidden = inside and any(
                    part.startswith(".") for part in target.resolve().relative_to(path.resolve()).parts
                )
                same = inside and not hidden and _known(target)
            else:
                same = path.exists() and path.samefile(target)
            if same:
                raise InputError(f"{output}: is also an input ({source}); write the output to another file")


def _files(source: str | Path, on_bad: OnBad | None = None) -> Iterator[Path]:
    """The files `source` names: itself, or those a directory holds, recursively, in name order. A
    directory that cannot be listed is an InputError, or is reported to `on_bad` and skipped."""
    path = Path(source)
    if str(source) == STDIN:
        yield Path(STDIN)
    elif path.is_dir():
        found: list[Path] = []
        for folder, folders, names in os.walk(path, onerror=partial(_unlisted, path, on_bad)):
            folders[:] = [name for name in folders if not name.startswith(".")]
            found.extend(Path(folder, name) for name in names if not name.startswith("."))
        yield from (file for file in sorted(found) if file.is_file() and _known(file))
    elif not path.exists():
        raise InputError(f"{path}: no such file or directory")
    elif _known(path):
        yield path
    else:
        accepted = ", ".join(sorted({*READERS, *TABLES}))
        raise InputError(f"{path}: cannot read this kind of file (expected {accepted}, a directory or -)")


def _unlisted(top: Path, on_bad: OnBad | None, error: OSError) -> None:
    """A directory os.walk could not list: an InputError, or reported to `on_bad` and skipped."""
    unreadable = _unreadable(Path(error.filename or top), error)
    if on_bad is None:
        raise unreadable
    on_bad(unreadable)


def _unreadable(path: Path, error: OSError) -> InputError:
    return InputError(f"{path}: cannot read ({error.strerror or error})")


def _known(path: Path) -> bool:
    return path.suffix.lower() in READERS or path.suffix.lower() in TABLES


def read_table(
    path: Path, overrides: Overrides, columns: Columns, on_bad: OnBad | None = None
) -> Iterator[Document]:
    """The documents of one table file, one per row, read lazily in chunks."""
    try:
        frame = TABLES[path.suffix.lower()](path)
        frame.collect_schema()
    except pl.exceptions.PolarsError as error:
        raise InputError(f"{path}: cannot read as {path.suffix[1:]} ({_first_line(error)})") from None
    yield from frame_documents(frame, overrides, columns, on_bad, name=str(path), stem=path.stem)


def frame_documents(
    frame: pl.DataFrame | pl.LazyFrame,
    overrides: Overrides,
    columns: Columns,
    on_bad: OnBad | None = None,
    *,
    name: str = "the table",
    stem: str = "row",
) -> Iterator[Document]:
    """The documents of a table, one per row (`name`, row N in errors; `stem`-N the id of a row without
    one). A LazyFrame is collected a chunk of CHUNK_ROWS rows at a time, so it never sits in memory
    whole; every row goes through the one record validator, so a bad row is the same error as in a file."""
    lazy = frame.lazy()
    try:
        present = lazy.collect_schema().names()
    except pl.exceptions.PolarsError as error:
        raise InputError(f"{name}: cannot read ({_first_line(error)})") from None
    wanted = {field: column for field, column in columns.mapping().items() if column in present}
    missing = sorted(getattr(columns, field) for field in columns.required if field not in wanted)
    if missing:
        raise InputError(
            f"{name}: no column {', '.join(map(repr, missing))} (columns: {', '.join(present) or 'none'}); "
            f"{columns.hint}"
        )
    selected = lazy.select(**{field: pl.col(column) for field, column in wanted.items()})
    row = 0
    try:
        for chunk in selected.collect_batches(chunk_size=CHUNK_ROWS):
            for record in chunk.iter_rows(named=True):
                row += 1
                try:
                    yield read_record(record, f"{name}, row {row}", f"{stem}-{row}", overrides)
                except TimelineError as error:
                    if on_bad is None:
                        raise
                    on_bad(error)
    except pl.exceptions.PolarsError as error:
        raise InputError(f"{name}: cannot read row {row + 1} ({_first_line(error)})") from None


def _first_line(error: Exception) -> str:
    return str(error).strip().splitlines()[0] if str(error).strip() else type(error).__name__
