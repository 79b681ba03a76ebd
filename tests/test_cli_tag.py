"""`timeline tag`: every expression of every input, as JSONL, TimeML or a table; bad input as one line."""

from __future__ import annotations

import json
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest
from checks import assert_one_line_error, write_jsonl
from click.testing import CliRunner, Result

from timeline.cli import main

SEED = Path(__file__).parent.parent / "seeds" / "000_bf4a54bd74fa47e2.txt"
FIELDS = {"doc", "char_start", "char_end", "text", "type", "value", "mod", "start", "end", "grain"}


def tag(*args: str | Path, stdin: str | bytes | None = None) -> Result:
    return CliRunner().invoke(main, ["tag", *map(str, args)], input=stdin)


def lines(result: Result) -> list[dict[str, object]]:
    assert result.exit_code == 0, result.stderr
    return [json.loads(line) for line in result.stdout.splitlines()]


def test_jsonl_lines_hold_exactly_the_documented_fields() -> None:
    found = lines(tag(SEED, "--published", "2016-11-30"))
    text = SEED.read_text(encoding="utf-8")
    assert found
    for line in found:
        assert set(line) == FIELDS
        assert line["doc"] == SEED.stem
        assert text[line["char_start"] : line["char_end"]] == line["text"]  # type: ignore[misc]
    dateline = text.index("30 نوفمبر 2016")
    assert {"char_start": dateline, "value": "2016-11-30", "start": "2016-11-30T00:00:00"}.items() <= next(
        line for line in found if line["char_start"] == dateline
    ).items()


def test_an_article_without_published_is_dated_by_its_dateline() -> None:
    assert lines(tag(SEED)) == lines(tag(SEED, "--published", "2016-11-30"))


def test_an_article_with_neither_published_nor_dateline_is_refused(tmp_path: Path) -> None:
    path = tmp_path / "undated.txt"
    path.write_text("Talks began on Monday and ended on Tuesday.\n", encoding="utf-8")
    assert_one_line_error(tag(path), str(path), "--published")


def test_jsonl_documents_use_their_own_dates_and_languages(tmp_path: Path) -> None:
    path = write_jsonl(
        tmp_path / "docs.jsonl",
        {"id": "ar", "lang": "ar", "published": "2016-11-30", "text": "وصل أمس."},
        {"id": "en", "lang": "en", "published": "2017-03-01", "text": "He arrived yesterday."},
    )
    found = lines(tag(path))
    assert [(line["doc"], line["value"]) for line in found] == [("ar", "2016-11-29"), ("en", "2017-02-28")]


def test_published_replaces_the_documents_dates(tmp_path: Path) -> None:
    path = write_jsonl(tmp_path / "docs.jsonl", {"id": "en", "published": "2017-03-01", "text": "yesterday"})
    assert [line["value"] for line in lines(tag(path, "--published", "2020-03-01"))] == ["2020-02-29"]


def test_stdin_reads_an_article_or_jsonl() -> None:
    article = lines(tag("-", "--published", "2016-11-30", stdin="He arrived yesterday."))
    assert [(line["doc"], line["value"]) for line in article] == [("stdin", "2016-11-29")]
    record = json.dumps({"id": "d", "published": "2016-11-30", "text": "وصل أمس"}, ensure_ascii=False)
    assert [line["value"] for line in lines(tag("-", stdin=record + "\n"))] == ["2016-11-29"]


def test_empty_text_has_no_expressions(tmp_path: Path) -> None:
    empty = tmp_path / "empty.txt"
    empty.write_text("", encoding="utf-8")
    docs = write_jsonl(tmp_path / "docs.jsonl", {"id": "e", "published": "2016-11-30", "text": ""})
    assert lines(tag(empty, docs, "--published", "2016-11-30")) == []


def test_timeml_gives_one_tempeval_document_per_input() -> None:
    result = tag(SEED, "--format", "timeml")
    assert result.exit_code == 0, result.stderr
    root = ET.fromstring(result.stdout)
    assert root.findtext("DOCID") == SEED.stem
    assert root.find("DCT/TIMEX3").get("value") == "2016-11-30"  # type: ignore[union-attr]
    body = root.find("TEXT")
    assert body is not None
    assert "".join(body.itertext()) == SEED.read_text(encoding="utf-8")
    assert len(body.findall("TIMEX3")) == len(lines(tag(SEED)))


def test_table_shows_a_header_and_a_row_per_expression() -> None:
    result = tag(SEED, "--format", "table")
    assert result.exit_code == 0, result.stderr
    header, *rows = result.stdout.splitlines()
    assert header.split() == ["doc", "span", "text", "type", "value", "mod", "start", "end", "grain"]
    assert len(rows) == len(lines(tag(SEED)))
    assert any("30 نوفمبر 2016" in row and "2016-11-30" in row for row in rows)


@pytest.mark.parametrize("value", ["yesterday", "30/11/2016", "2016-02-30", ""])
def test_an_unparsable_published_date_is_one_line(value: str) -> None:
    assert_one_line_error(tag(SEED, "--published", value), "--published", repr(value))


def test_an_unknown_language_is_one_line() -> None:
    assert_one_line_error(tag(SEED, "--lang", "xx"), "--lang", "'xx'")


def test_an_unknown_language_in_a_document_names_file_and_line(tmp_path: Path) -> None:
    path = write_jsonl(
        tmp_path / "docs.jsonl",
        {"id": "a", "published": "2016-11-30", "text": "yesterday"},
        {"id": "b", "published": "2016-11-30", "text": "yesterday", "lang": "xx"},
    )
    result = tag(path)
    assert result.exit_code == 1
    assert [json.loads(line)["doc"] for line in result.stdout.splitlines()] == ["a"]
    assert result.stderr.startswith(f"Error: {path}:2: ")
    assert "'xx'" in result.stderr


def test_a_malformed_jsonl_line_names_file_and_line(tmp_path: Path) -> None:
    path = tmp_path / "docs.jsonl"
    path.write_text('{"id": "a", "published": "2016-11-30", "text": "x"}\n{"id": "b",\n', encoding="utf-8")
    assert_one_line_error(tag(path), f"{path}:2: malformed JSON")


def test_a_bad_date_in_a_document_names_file_and_line(tmp_path: Path) -> None:
    path = write_jsonl(tmp_path / "docs.jsonl", {"id": "a", "published": "last week", "text": "x"})
    assert_one_line_error(tag(path), f"{path}:1: ", "'last week'")


def test_a_file_that_is_not_utf8_is_named(tmp_path: Path) -> None:
    path = tmp_path / "cp1256.txt"
    path.write_bytes("30 نوفمبر 2016".encode("cp1256"))
    assert_one_line_error(tag(path), f"{path}: not UTF-8")


def test_an_absent_file_is_named(tmp_path: Path) -> None:
    absent = tmp_path / "absent.txt"
    assert_one_line_error(tag(absent, "--published", "2016-11-30"), str(absent), "no such file")


def test_a_directory_is_read_for_the_files_it_holds(tmp_path: Path) -> None:
    (tmp_path / "folder.txt").mkdir()
    result = tag(tmp_path / "folder.txt", "--published", "2016-11-30")
    assert (result.exit_code, result.stdout) == (0, "")


def test_an_unknown_kind_of_file_is_one_line(tmp_path: Path) -> None:
    (tmp_path / "data.xlsx").write_bytes(b"PK")
    assert_one_line_error(tag(tmp_path / "data.xlsx"), "data.xlsx", ".jsonl", ".txt", ".csv")


def test_timeml_output_dir_writes_one_file_per_document_for_the_tempeval_tools(tmp_path: Path) -> None:
    out = tmp_path / "tml"
    result = tag(SEED.parent, "--format", "timeml", "--output-dir", out)
    assert result.exit_code == 0, result.stderr
    files = sorted(p.name for p in out.iterdir())
    assert files == sorted([*(f"{p.stem}.tml" for p in SEED.parent.glob("*.txt")), "index.tsv"])
    root = ET.parse(out / f"{SEED.stem}.tml").getroot()
    assert root.findtext("DOCID") == SEED.stem
    assert root.find("DCT/TIMEX3").get("value") == "2016-11-30"  # type: ignore[union-attr]
    assert len(root.findall("TEXT/TIMEX3")) == len(lines(tag(SEED)))


def test_output_dir_needs_the_timeml_format(tmp_path: Path) -> None:
    result = tag(SEED, "--output-dir", tmp_path)
    assert result.exit_code == 2
    assert "--output-dir goes with --format timeml" in result.stderr


def test_tables_and_directories_are_inputs_too(tmp_path: Path) -> None:
    table = tmp_path / "news.csv"
    table.write_text('id,text,published\nn1,"Talks ended on Monday.",2016-11-30\n', encoding="utf-8")
    found = lines(tag(table))
    assert [(line["doc"], line["text"], line["value"]) for line in found] == [("n1", "Monday", "2016-11-28")]
    assert {line["doc"] for line in lines(tag(SEED.parent))} == {p.stem for p in SEED.parent.glob("*.txt")}


def test_genre_narrative_reads_a_bare_month_from_the_story_not_the_publication() -> None:
    story = "The siege began in December 1941. In February the garrison surrendered."
    news = lines(tag("-", "--published", "2009-12-19", stdin=story))
    narrative = lines(tag("-", "--published", "2009-12-19", "--genre", "narrative", stdin=story))
    assert [line["value"] for line in news] == ["1941-12", "2009-02"]
    assert [line["value"] for line in narrative] == ["1941-12", "1942-02"]


def test_an_unknown_genre_is_refused() -> None:
    result = tag("-", "--published", "2009-12-19", "--genre", "poetry", stdin="In February.")
    assert result.exit_code == 2
    assert "poetry" in result.stderr and "Traceback" not in result.stderr


def test_dayfirst_and_monthfirst_override_each_documents_language(tmp_path: Path) -> None:
    path = write_jsonl(
        tmp_path / "docs.jsonl",
        {"id": "en", "lang": "en", "published": "2024-06-12", "text": "The board met on 05/03/2024."},
        {"id": "ar", "lang": "ar", "published": "2024-06-12", "text": "اجتمع المجلس في 05/03/2024."},
    )
    values = {
        flags: [(line["doc"], line["value"]) for line in lines(tag(path, *flags))]
        for flags in [(), ("--dayfirst",), ("--monthfirst",)]
    }
    assert values[()] == [("en", "2024-05-03"), ("ar", "2024-03-05")]
    assert values[("--dayfirst",)] == [("en", "2024-03-05"), ("ar", "2024-03-05")]
    assert values[("--monthfirst",)] == [("en", "2024-05-03"), ("ar", "2024-05-03")]
