"""Data frames a caller hands to the API in place of documents: a Polars DataFrame or LazyFrame as it is,
a pandas DataFrame through `pl.from_pandas`, anything else Arrow-compatible (a pyarrow Table or
RecordBatch, any object with the Arrow C stream interface) through `pl.DataFrame`.

Either way the rows are read by the table reader (`timeline.io.sources.frame_documents`): a LazyFrame a
chunk at a time, every row through the one record validator, so a bad row is the error it is in a file.
Neither pandas nor pyarrow is imported here: a pandas frame is recognised only once pandas is loaded,
which it must be for such a frame to exist.
"""

from __future__ import annotations

import sys
from collections.abc import Iterable
from typing import Protocol, cast

import polars as pl

from timeline.errors import InputError
from timeline.io.documents import Overrides
from timeline.io.sources import ColumnNames, Columns, OnBad, frame_documents
from timeline.model import Document


class ArrowStream(Protocol):
    """Arrow-compatible data: what exports the Arrow C stream interface (pyarrow, pandas 2.2 and later,
    DuckDB and many more)."""

    def __arrow_c_stream__(self, requested_schema: object | None = None) -> object: ...


Table = pl.DataFrame | pl.LazyFrame | ArrowStream
"""A table of documents, one per row."""

FRAME_NAME = "the data frame"
"""How errors name a frame given to the API (`the data frame, row 3: ...`); rows without an id are
`row-N`."""


def polars_frame(data: object) -> pl.DataFrame | pl.LazyFrame | None:
    """`data` as a Polars frame when it is a table of any of the kinds above, else None."""
    if isinstance(data, pl.DataFrame | pl.LazyFrame):
        return data
    pandas = sys.modules.get("pandas")
    if pandas is not None and isinstance(data, pandas.DataFrame):
        return pl.from_pandas(data)
    if hasattr(data, "__arrow_c_stream__"):
        return pl.DataFrame(data)
    return None


NAMING = "name the right one with the arguments text=, published=, id=, lang=, title= and url="
"""The advice of a missing column's error, in the arguments that name the columns (of `timeline.events`,
`timeline.arrow_events` and `timeline.spark.events` alike)."""

UNDATED = "give it one in the published column, or a dateline at the top of its text"
"""The advice of a row without a date."""


def table_or_documents(
    data: Iterable[Document] | Table, columns: ColumnNames, on_bad: OnBad | None
) -> Iterable[Document]:
    """The documents of `data`: the rows of a table, their fields in the `columns` named (field -> column
    name, None for the default), or `data` itself when it is already documents. Naming columns for
    documents is an InputError: the names would be silently unused."""
    named = [f"{field}={name!r}" for field, name in columns.items() if not isinstance(name, str | None)]
    if named:
        raise InputError(
            f"{', '.join(named)}: these arguments name columns; to give every row one value, add it as a "
            "column (frame.with_columns(published=pl.lit(...)))"
        )
    frame = polars_frame(data)
    if frame is not None:
        names = Columns.named(hint=NAMING, **columns)
        return frame_documents(frame, Overrides(undated=UNDATED), names, on_bad, name=FRAME_NAME, stem="row")
    given = [f"{field}=" for field, name in columns.items() if name is not None]
    if given:
        raise InputError(
            f"{', '.join(given)}: column names, for a data frame; the documents given are a "
            f"{type(data).__name__} (of Document values, whose fields need no naming)"
        )
    return cast(Iterable[Document], data)  # not a table of any kind: the documents themselves
