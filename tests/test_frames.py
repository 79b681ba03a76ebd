"""`timeline.events` on a data frame: Polars (eager and lazy), pandas and Arrow tables, their own column
names, typed date columns, bad rows, and a LazyFrame read a chunk at a time."""

from __future__ import annotations

import datetime
from collections.abc import Callable, Iterator
from typing import Any

import pandas as pd
import polars as pl
import pyarrow as pa
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from polars.io.plugins import register_io_source
from polars.testing import assert_frame_equal

import timeline
from timeline import Columns, Document, read_documents
from timeline.errors import AnchorError, InputError, TimelineError
from timeline.io import sources

ROWS: dict[str, list[Any]] = {
    "key": ["a", "b", "c"],
    "body": [
        "Talks ended on Monday. A deal is expected next week.",
        "زار الوفد موسكو يوم الإثنين الماضي.",
        "The minister resigned in June, an aide said.",
    ],
    "day": ["2016-11-30", "2016-11-29", "2016-11-30T09:30:00"],
    "headline": ["Talks", None, "Resignation"],
    "link": ["https://example.org/a", None, None],
}
NAMES = {"text": "body", "published": "day", "id": "key", "title": "headline", "url": "link"}


def expected(rows: dict[str, list[Any]]) -> pl.DataFrame:
    """The event table of the same rows given as Document values."""
    documents = [
        Document(id=key, text=body, published=day, title=headline, url=link)
        for key, body, day, headline, link in zip(*rows.values(), strict=True)
    ]
    return timeline.events(documents)


TABLES: dict[str, Callable[[dict[str, list[Any]]], object]] = {
    "polars DataFrame": pl.DataFrame,
    "polars LazyFrame": pl.LazyFrame,
    "pandas DataFrame": pd.DataFrame,
    "pyarrow Table": pa.table,
    "pyarrow RecordBatch": pa.record_batch,
}


@pytest.mark.parametrize("kind", TABLES)
def test_every_kind_of_table_gives_the_table_of_its_rows_as_documents(kind: str) -> None:
    table = TABLES[kind](ROWS)
    assert_frame_equal(timeline.events(table, **NAMES), expected(ROWS))


DAYS = [datetime.date(2016, 11, 30), datetime.date(2016, 11, 29), datetime.date(2016, 11, 30)]
DATE_COLUMNS: dict[str, Callable[[], object]] = {
    "ISO text": lambda: pl.Series(["2016-11-30", "2016-11-29", "2016-11-30"]),
    "polars Date": lambda: pl.Series(DAYS, dtype=pl.Date),
    "polars Datetime": lambda: pl.Series([datetime.datetime.combine(d, datetime.time()) for d in DAYS]),
    "zoned Datetime (wall clock kept)": lambda: pl.Series(
        [datetime.datetime.combine(d, datetime.time()) for d in DAYS]
    ).dt.replace_time_zone("Asia/Riyadh"),
    "pandas Timestamp": lambda: pl.from_pandas(pd.Series(pd.to_datetime([str(d) for d in DAYS]))),
}


@pytest.mark.parametrize("kind", DATE_COLUMNS)
def test_a_date_column_may_be_text_dates_or_date_times(kind: str) -> None:
    frame = pl.DataFrame({"text": ROWS["body"], "published": DATE_COLUMNS[kind]()})
    documents = [
        Document(id=f"row-{n}", text=t, published=d)
        for n, (t, d) in enumerate(zip(ROWS["body"], DAYS, strict=True), 1)
    ]
    assert_frame_equal(timeline.events(frame), timeline.events(documents))


def test_the_default_columns_need_only_text_and_rows_without_an_id_are_numbered() -> None:
    frame = pl.DataFrame({"text": ["Talks ended on Monday."], "published": ["2016-11-30"]})
    assert timeline.events(frame)["doc"].unique().to_list() == ["row-1"]


def test_a_row_without_a_date_is_dated_by_its_dateline() -> None:
    frame = pl.DataFrame(
        {"text": ["Talks end\nNovember 30, 2016\nTalks ended on Monday."], "published": [None]}
    )
    assert datetime.datetime(2016, 11, 28) in timeline.events(frame)["start"].to_list()


def test_a_missing_column_names_the_columns_and_the_argument_that_names_them() -> None:
    frame = pl.DataFrame({"body": ["x"]})
    with pytest.raises(InputError, match=r"the data frame: no column 'text' \(columns: body\)") as raised:
        timeline.events(frame)
    assert "text=" in str(raised.value) and "--text-col" not in str(raised.value)
    with pytest.raises(InputError, match="no column 'day'"):
        timeline.events(frame, text="body", published="day")


def test_read_documents_advises_its_own_argument() -> None:
    with pytest.raises(InputError, match=r"Columns\.named") as raised:
        list(sources.frame_documents(pl.DataFrame({"body": ["x"]}), sources.Overrides(), Columns()))
    assert "--text-col" not in str(raised.value)


BAD_ROWS: list[tuple[str, Any, Any, type[TimelineError], str]] = [
    ("no text", None, "2016-11-30", InputError, r'the data frame, row 2: the document needs a "text" string'),
    (
        "an unreadable date",
        "Talks ended.",
        "soon",
        AnchorError,
        r"the data frame, row 2: cannot read the anchor",
    ),
    (
        "a partial date",
        "Talks ended.",
        "2016-11",
        AnchorError,
        r"row 2: the anchor '2016-11' is a partial date",
    ),
    (
        "no date and no dateline",
        "Talks ended.",
        None,
        AnchorError,
        r"row 2: the document has no publication date",
    ),
]


@pytest.mark.parametrize(("case", "text", "day", "error", "message"), BAD_ROWS, ids=[r[0] for r in BAD_ROWS])
def test_a_bad_row_is_the_error_of_a_file_or_is_skipped(
    case: str, text: Any, day: Any, error: type[TimelineError], message: str
) -> None:
    rows = {
        "text": ["Talks ended on Monday.", text, "Talks ended on Friday."],
        "published": ["2016-11-30", day, "2016-11-30"],
    }
    frame = pl.DataFrame(rows, schema={"text": pl.String, "published": pl.String})
    with pytest.raises(error, match=message) as raised:
        timeline.events(frame)
    assert "--" not in str(raised.value)  # no command-line option in an error of the API
    skipped: list[TimelineError] = []
    kept = timeline.events(frame, on_bad=skipped.append)
    assert set(kept["doc"]) == {"row-1", "row-3"}
    assert len(skipped) == 1 and isinstance(skipped[0], error)


def test_column_names_for_documents_are_refused_not_ignored() -> None:
    document = Document(id="a", text="Talks ended on Monday.", published="2016-11-30")
    with pytest.raises(InputError, match="text=, published=: column names, for a data frame"):
        timeline.events([document], text="body", published="day")


def test_a_date_where_a_column_name_goes_says_how_to_date_every_row() -> None:
    with pytest.raises(
        InputError, match=r"published=datetime.date\(2016, 11, 30\): these arguments name columns"
    ):
        timeline.events(pl.DataFrame(ROWS), text="body", published=datetime.date(2016, 11, 30))  # type: ignore[arg-type]


def test_documents_still_go_in_as_they_are_and_a_generator_too() -> None:
    documents = [
        Document(id=k, text=t, published=d)
        for k, t, d in zip(ROWS["key"], ROWS["body"], ROWS["day"], strict=True)
    ]
    assert_frame_equal(timeline.events(d for d in documents), timeline.events(documents))
    assert_frame_equal(timeline.events(read_documents([])), timeline.events([]))


def test_a_lazy_frame_is_read_a_chunk_at_a_time(monkeypatch: pytest.MonkeyPatch) -> None:
    """A source that counts the rows Polars pulls from it: when the first batch of documents has been
    tagged, only the first chunks have been read, not the whole frame."""
    total, pulled = 1200, [0]
    monkeypatch.setattr(sources, "CHUNK_ROWS", 50)

    def source(*_: Any) -> Iterator[pl.DataFrame]:
        for first in range(0, total, 25):
            pulled[0] += 25
            texts = [f"Talks {n} ended on Monday." for n in range(first, first + 25)]
            yield pl.DataFrame({"text": texts, "published": ["2016-11-30"] * 25})

    frame = register_io_source(source, schema={"text": pl.String, "published": pl.String})
    when: list[tuple[int, int]] = []
    table = timeline.events(frame, progress=lambda done, _: when.append((done, pulled[0])))
    assert table["doc"].n_unique() == total
    first_done, pulled_then = when[0]
    assert first_done < total and pulled_then < total // 2


TEXTS = st.sampled_from(
    [
        "Talks ended on Monday.",
        "The deal was signed last June and takes effect next year.",
        "زار الوفد موسكو يوم الإثنين الماضي.",
        "He said nothing.",
        "",
    ]
)
DATES = st.dates(datetime.date(1990, 1, 1), datetime.date(2030, 12, 31))


@settings(deadline=None, max_examples=25)
@given(st.lists(st.tuples(TEXTS, DATES), max_size=6))
def test_a_frame_gives_the_table_of_its_rows_as_documents(rows: list[tuple[str, datetime.date]]) -> None:
    frame = pl.DataFrame(rows, schema={"text": pl.String, "published": pl.Date}, orient="row")
    documents = [Document(id=f"row-{n}", text=t, published=d) for n, (t, d) in enumerate(rows, start=1)]
    skipped_frame: list[TimelineError] = []
    skipped_documents: list[TimelineError] = []
    assert_frame_equal(
        timeline.events(frame, on_bad=skipped_frame.append),
        timeline.events(documents, on_bad=skipped_documents.append),
    )
    assert len(skipped_frame) == len(skipped_documents) == sum(not t for t, _ in rows)
