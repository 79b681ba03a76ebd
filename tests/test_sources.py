"""Reading tables (CSV, JSON, Parquet) with their own column names, directories, and bad rows."""

from __future__ import annotations

import json
from pathlib import Path

import pendulum
import polars as pl
import pytest

from timeline.errors import InputError, TimelineError
from timeline.io.sources import Columns, read_documents

ROWS = [
    {
        "id": "a",
        "body": "Talks ended on Monday.",
        "date": "2016-11-30",
        "title": "T",
        "link": "https://x.org",
    },
    {"id": "b", "body": "زار الوفد موسكو يوم الإثنين.", "date": "2016-11-29", "title": None, "link": None},
]
COLUMNS = Columns.named(text="body", published="date", url="link")


def write_table(path: Path, rows: list[dict[str, object]]) -> Path:
    frame = pl.DataFrame(rows)
    if path.suffix == ".csv":
        frame.write_csv(path)
    elif path.suffix == ".parquet":
        frame.write_parquet(path)
    else:
        path.write_text(json.dumps(rows, ensure_ascii=False), encoding="utf-8")
    return path


@pytest.mark.parametrize("suffix", [".csv", ".json", ".parquet"])
def test_tables_are_read_with_their_own_column_names(tmp_path: Path, suffix: str) -> None:
    documents = list(read_documents(write_table(tmp_path / f"news{suffix}", ROWS), columns=COLUMNS))
    assert [(d.id, d.text, d.title, d.url) for d in documents] == [
        ("a", "Talks ended on Monday.", "T", "https://x.org"),
        ("b", "زار الوفد موسكو يوم الإثنين.", None, None),
    ]
    assert [d.published for d in documents] == [pendulum.naive(2016, 11, 30), pendulum.naive(2016, 11, 29)]
    assert documents[0].source.endswith(f"news{suffix}, row 1")


def test_a_parquet_date_column_and_missing_ids_are_accepted(tmp_path: Path) -> None:
    path = tmp_path / "typed.parquet"
    pl.DataFrame({"text": ["Talks ended."], "published": [pendulum.date(2016, 11, 30)]}).write_parquet(path)
    (document,) = read_documents(path)
    assert (document.id, document.published) == ("typed-1", pendulum.naive(2016, 11, 30))


def test_published_and_lang_given_by_the_caller_replace_the_rows_own(tmp_path: Path) -> None:
    path = write_table(tmp_path / "news.csv", ROWS)
    documents = list(read_documents(path, columns=COLUMNS, published="2020-01-02", lang="en"))
    assert {(d.published, d.lang) for d in documents} == {(pendulum.naive(2020, 1, 2), "en")}


def test_a_missing_column_is_an_error_naming_file_and_columns(tmp_path: Path) -> None:
    path = write_table(tmp_path / "news.csv", ROWS)
    with pytest.raises(
        InputError, match=r"news.csv: no column 'text' \(columns: id, body, date, title, link\)"
    ):
        list(read_documents(path))
    with pytest.raises(InputError, match="no column 'headline'"):
        list(read_documents(path, columns=Columns.named(text="body", title="headline")))


def test_bad_rows_raise_or_are_skipped_and_reported(tmp_path: Path) -> None:
    rows = [*ROWS, {"id": "c", "body": None, "date": "2016-11-30"}, {"id": "d", "body": "x", "date": "soon"}]
    path = write_table(tmp_path / "news.json", rows)
    with pytest.raises(InputError, match=r'news.json, row 3: the document needs a "text" string'):
        list(read_documents(path, columns=COLUMNS))
    skipped: list[TimelineError] = []
    kept = list(read_documents(path, columns=COLUMNS, on_bad=skipped.append))
    assert [d.id for d in kept] == ["a", "b"]
    assert [str(e).split(":")[0].rsplit("/", 1)[-1] for e in skipped] == [
        "news.json, row 3",
        "news.json, row 4",
    ]


def test_directories_are_read_recursively_in_name_order_skipping_other_files(tmp_path: Path) -> None:
    (tmp_path / "sub").mkdir()
    (tmp_path / ".hidden").mkdir()
    (tmp_path / "b.txt").write_text("Title\n2016-11-30\nTalks ended on Monday.", encoding="utf-8")
    (tmp_path / "sub" / "a.jsonl").write_text('{"id": "j", "text": "x", "published": "2016-11-30"}\n')
    (tmp_path / ".hidden" / "c.txt").write_text("2016-11-30\nx", encoding="utf-8")
    (tmp_path / "notes.docx").write_bytes(b"\x00")
    assert [d.id for d in read_documents(tmp_path)] == ["b", "j"]


def test_an_unreadable_or_unknown_file_is_an_error(tmp_path: Path) -> None:
    broken = tmp_path / "broken.parquet"
    broken.write_bytes(b"not parquet")
    with pytest.raises(InputError, match=r"broken\.parquet: cannot read as parquet"):
        list(read_documents(broken))
    with pytest.raises(InputError, match=r"x\.docx: no such file or directory"):
        list(read_documents(tmp_path / "x.docx"))
    (tmp_path / "x.docx").write_bytes(b"")
    with pytest.raises(InputError, match="cannot read this kind of file"):
        list(read_documents(tmp_path / "x.docx"))


def test_count_documents_counts_articles_lines_and_rows_and_gives_up_on_stdin(tmp_path: Path) -> None:
    from timeline.io.sources import count_documents

    (tmp_path / "a.txt").write_text("x", encoding="utf-8")
    (tmp_path / "b.jsonl").write_text('{"text": "x"}\n\n{"text": "y"}\n', encoding="utf-8")
    (tmp_path / "c.csv").write_text("text\nx\ny\nz\n", encoding="utf-8")
    assert count_documents([tmp_path]) == 1 + 2 + 3
    assert count_documents(["-"]) is None
    assert count_documents([tmp_path / "absent.csv"]) is None
