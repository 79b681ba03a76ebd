"""Reading documents: articles, JSON Lines, stdin; every bad input named by file and line."""

from __future__ import annotations

import io
import json
import sys
from collections.abc import Iterator
from pathlib import Path

import pendulum
import pytest
from checks import write_jsonl

from timeline.errors import AnchorError, InputError
from timeline.io.documents import READERS, Overrides, read_jsonl
from timeline.io.sources import read_documents
from timeline.model import Document

SEED = Path(__file__).parent.parent / "seeds" / "000_bf4a54bd74fa47e2.txt"


def use_stdin(monkeypatch: pytest.MonkeyPatch, data: bytes) -> None:
    monkeypatch.setattr(sys, "stdin", io.TextIOWrapper(io.BytesIO(data), encoding="utf-8"))


def test_read_jsonl_yields_each_object_skipping_blank_lines(tmp_path: Path) -> None:
    path = tmp_path / "docs.jsonl"
    path.write_text('{"id": "a"}\n\n  \n{"id": "b", "n": [1, 2]}\n', encoding="utf-8")
    assert list(read_jsonl(path)) == [{"id": "a"}, {"id": "b", "n": [1, 2]}]


@pytest.mark.parametrize(
    ("content", "line", "reason"),
    [
        ('{"id": "a"}\n{"id": "b", \n', 2, "malformed JSON"),
        ('{"id": "a"}\n\n[1, 2]\n', 3, "expected a JSON object, found list"),
        ('"text"\n', 1, "expected a JSON object, found str"),
    ],
)
def test_read_jsonl_names_file_and_line(tmp_path: Path, content: str, line: int, reason: str) -> None:
    path = tmp_path / "bad.jsonl"
    path.write_text(content, encoding="utf-8")
    with pytest.raises(InputError) as caught:
        list(read_jsonl(path))
    assert str(caught.value).startswith(f"{path}:{line}: {reason}")


def test_read_jsonl_refuses_bytes_that_are_not_utf8(tmp_path: Path) -> None:
    path = tmp_path / "latin1.jsonl"
    path.write_bytes('{"id": "a"}\n{"text": "café"}\n'.encode("latin-1"))
    with pytest.raises(InputError, match=rf"^{path}:2: not UTF-8"):
        list(read_jsonl(path))


def test_an_article_is_its_file_exactly(tmp_path: Path) -> None:
    text = "\ufeffCairo\r\nOn Monday, talks began.\n"
    path = tmp_path / "story.txt"
    path.write_bytes(text.encode("utf-8"))
    [doc] = read_documents(path, published="2016-11-30T09:00:00+02:00", lang="en")
    assert doc == Document(
        id="story", text=text.removeprefix("\ufeff"), published=pendulum.naive(2016, 11, 30, 9), lang="en",
        title="Cairo", source=str(path),
    )  # fmt: skip


@pytest.mark.parametrize(
    ("text", "title"),
    [
        ("Port reopens after fire\n\nMarch 9, 2017\nThe port reopened on Monday.", "Port reopens after fire"),
        ("30 نوفمبر 2016\nحفتر زار روسيا.", None),
        ("\n\n" + "A very long first line that is a sentence of the story. " * 5, None),
    ],
)
def test_an_article_title_is_its_headline(tmp_path: Path, text: str, title: str | None) -> None:
    path = tmp_path / "story.txt"
    path.write_text(text, encoding="utf-8")
    [doc] = read_documents(path, published="2017-03-09")
    assert doc.title == title


def test_a_markdown_article_reads_like_text(tmp_path: Path) -> None:
    path = tmp_path / "note.MD"
    path.write_text("# Title\n\nBody", encoding="utf-8")
    [doc] = read_documents([path], published="2016-11-30")
    assert (doc.id, doc.text) == ("note", "# Title\n\nBody")


def test_an_article_that_is_not_utf8_is_named(tmp_path: Path) -> None:
    path = tmp_path / "cp1256.txt"
    path.write_bytes("30 نوفمبر 2016".encode("cp1256"))
    with pytest.raises(InputError, match=rf"^{path}: not UTF-8"):
        list(read_documents(path, published="2016-11-30"))


def test_a_missing_file_is_an_input_error_naming_it(tmp_path: Path) -> None:
    with pytest.raises(InputError, match=r"absent\.txt: no such file or directory"):
        list(read_documents(tmp_path / "absent.txt", published="2016-11-30"))


def test_jsonl_documents_keep_their_own_fields(tmp_path: Path) -> None:
    path = write_jsonl(
        tmp_path / "docs.jsonl",
        {"id": "ar-1", "lang": "ar", "published": "2016-11-30", "text": "أمس", "title": "T", "url": "u"},
        {"id": 7, "lang": "en", "published": "2017-01-02T08:30:00", "text": "yesterday", "timexes": []},
        {"lang": "en", "published": "2018-05-06", "text": "today"},
    )
    docs = list(read_documents(path))
    assert [(d.id, d.lang, d.published, d.text) for d in docs] == [
        ("ar-1", "ar", pendulum.naive(2016, 11, 30), "أمس"),
        ("7", "en", pendulum.naive(2017, 1, 2, 8, 30), "yesterday"),
        ("docs-3", "en", pendulum.naive(2018, 5, 6), "today"),
    ]
    assert (docs[0].title, docs[0].url, docs[0].source) == ("T", "u", f"{path}:1")


def test_given_date_and_language_replace_the_documents_own(tmp_path: Path) -> None:
    path = write_jsonl(
        tmp_path / "docs.jsonl",
        {"id": "a", "lang": "ar", "published": "2016-11-30", "text": "x"},
        {"id": "b", "published": "not a date", "text": "y"},
    )
    docs = list(read_documents(path, published="2020-02-29", lang="en"))
    assert [(d.published, d.lang) for d in docs] == [(pendulum.naive(2020, 2, 29), "en")] * 2


@pytest.mark.parametrize(
    ("record", "error", "message"),
    [
        ({"id": "a", "published": "2016-02-30", "text": "x"}, AnchorError, "day is out of range"),
        (
            {"id": "a", "published": 20161130, "text": "x"},
            AnchorError,
            '"published" must be an ISO date string',
        ),
        ({"id": "a", "text": "x"}, AnchorError, "no publication date"),
        ({"id": "a", "published": "2016-11-30"}, InputError, 'needs a "text" string'),
        ({"id": "a", "published": "2016-11-30", "text": ["x"]}, InputError, 'needs a "text" string'),
        (
            {"id": [1], "published": "2016-11-30", "text": "x"},
            InputError,
            '"id" must be a string or a number',
        ),
        ({"published": "2016-11-30", "text": "x", "lang": 1}, InputError, '"lang" must be a string'),
    ],
)
def test_a_bad_document_is_named_by_file_and_line(
    tmp_path: Path, record: dict[str, object], error: type[Exception], message: str
) -> None:
    path = write_jsonl(tmp_path / "docs.jsonl", {"id": "ok", "published": "2016-11-30", "text": "x"}, record)
    with pytest.raises(error) as caught:
        list(read_documents(path))
    assert str(caught.value).startswith(f"{path}:2: ")
    assert message in str(caught.value)


def test_an_unparsable_given_date_is_an_anchor_error(tmp_path: Path) -> None:
    with pytest.raises(AnchorError, match="'30/11/2016'"):
        list(read_documents(write_jsonl(tmp_path / "d.jsonl"), published="30/11/2016"))


def test_an_unknown_kind_of_file_lists_the_known_ones(tmp_path: Path) -> None:
    (tmp_path / "table.xlsx").write_bytes(b"")
    with pytest.raises(InputError) as caught:
        list(read_documents(tmp_path / "table.xlsx", published="2016-11-30"))
    assert str(caught.value) == f"{tmp_path / 'table.xlsx'}: cannot read this kind of file " + (
        "(expected .csv, .json, .jsonl, .md, .parquet, .txt, a directory or -)"
    )


def test_a_new_suffix_needs_only_a_reader(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    def read_lines(path: Path, overrides: Overrides) -> Iterator[Document]:
        for number, line in enumerate(path.read_text(encoding="utf-8").splitlines(), start=1):
            yield Document(id=f"{path.stem}-{number}", text=line, published=overrides.published)

    monkeypatch.setitem(READERS, ".lines", read_lines)
    path = tmp_path / "feed.lines"
    path.write_text("one\ntwo\n", encoding="utf-8")
    docs = list(read_documents(path, published="2016-11-30"))
    assert [(d.id, d.text, d.published) for d in docs] == [
        ("feed-1", "one", pendulum.naive(2016, 11, 30)),
        ("feed-2", "two", pendulum.naive(2016, 11, 30)),
    ]


def test_inputs_are_read_in_order(tmp_path: Path) -> None:
    first = write_jsonl(tmp_path / "a.jsonl", {"id": "a1", "published": "2016-11-30", "text": "x"})
    second = tmp_path / "b.txt"
    second.write_text("y", encoding="utf-8")
    docs = read_documents([first, str(second)], published="2016-11-30")
    assert [d.id for d in docs] == ["a1", "b"]


def test_stdin_text_is_one_article(monkeypatch: pytest.MonkeyPatch) -> None:
    use_stdin(monkeypatch, b"On Monday\r\n talks began.")
    [doc] = read_documents("-", published="2016-11-30")
    assert (doc.id, doc.text, doc.published) == (
        "stdin",
        "On Monday\r\n talks began.",
        pendulum.naive(2016, 11, 30),
    )


def test_stdin_starting_with_a_brace_is_jsonl(monkeypatch: pytest.MonkeyPatch) -> None:
    lines = [
        json.dumps({"id": "x", "published": "2016-11-30", "text": "أمس"}, ensure_ascii=False),
        "",
        json.dumps({"published": "2016-12-01", "text": "today"}),
    ]
    use_stdin(monkeypatch, ("\n  " + "\n".join(lines)).encode())
    docs = list(read_documents(["-"]))
    assert [(d.id, d.text, d.published) for d in docs] == [
        ("x", "أمس", pendulum.naive(2016, 11, 30)),
        ("stdin-4", "today", pendulum.naive(2016, 12, 1)),
    ]


def test_stdin_malformed_jsonl_names_the_line(monkeypatch: pytest.MonkeyPatch) -> None:
    use_stdin(monkeypatch, b'{"id": "x", "published": "2016-11-30", "text": ""}\n{oops}\n')
    with pytest.raises(InputError, match=r"^<stdin>:2: malformed JSON"):
        list(read_documents("-"))


def test_stdin_that_is_not_utf8_is_refused(monkeypatch: pytest.MonkeyPatch) -> None:
    use_stdin(monkeypatch, "أمس".encode("cp1256"))
    with pytest.raises(InputError, match=r"^<stdin>: not UTF-8"):
        list(read_documents("-", published="2016-11-30"))


def test_an_article_without_a_given_date_is_dated_by_its_dateline() -> None:
    [doc] = read_documents(SEED)
    assert (doc.id, doc.published) == (SEED.stem, pendulum.naive(2016, 11, 30))
    assert doc.text == SEED.read_text(encoding="utf-8")


def test_an_undated_article_asks_for_published(tmp_path: Path) -> None:
    path = tmp_path / "undated.md"
    path.write_text("Talks began on Monday.", encoding="utf-8")
    with pytest.raises(AnchorError, match=rf"^{path}: .*pass --published DATE \(in Python: published=DATE\)"):
        list(read_documents(path))


def test_a_document_without_published_falls_back_to_its_dateline(tmp_path: Path) -> None:
    path = write_jsonl(
        tmp_path / "docs.jsonl",
        {"id": "dated", "text": "عنوان\n30 نوفمبر 2016\nوصل أمس."},
        {"id": "undated", "text": "وصل أمس."},
    )
    docs = read_documents(path)
    assert next(docs).published == pendulum.naive(2016, 11, 30)
    with pytest.raises(
        AnchorError, match=rf"^{path}:2: .*pass --published DATE \(in Python: published=DATE\)"
    ):
        next(docs)


@pytest.mark.parametrize("date", ["2016-02-30", "soon"])
def test_the_same_bad_date_is_the_same_error_in_every_reader(tmp_path: Path, date: str) -> None:
    lines = write_jsonl(tmp_path / "docs.jsonl", {"id": "a", "published": date, "text": "x"})
    table = tmp_path / "docs.csv"
    table.write_text(f"id,published,text\na,{date},x\n", encoding="utf-8")
    errors = []
    for path in (lines, table):
        with pytest.raises(AnchorError) as caught:
            list(read_documents(path))
        errors.append(str(caught.value).split(": ", 1)[1])
    assert errors[0] == errors[1]


def test_json_lines_on_standard_input_are_read_a_line_at_a_time(monkeypatch: pytest.MonkeyPatch) -> None:
    from timeline.io.documents import Overrides, read_stdin

    line = json.dumps({"id": "d", "published": "2016-11-30", "text": "It ended on Monday."}) + "\n"
    data = b"\n" + line.encode() * 1000
    stream = io.BytesIO(data)
    monkeypatch.setattr(sys, "stdin", io.TextIOWrapper(stream))
    documents = read_stdin(Overrides())
    assert next(documents).text == "It ended on Monday."
    assert stream.tell() < len(data) // 10  # the rest is still unread
    assert sum(1 for _ in documents) == 999
