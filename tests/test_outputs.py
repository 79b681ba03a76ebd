"""What the commands write: never over an input, all their files or none, one file per document, and
cells a spreadsheet cannot run (issue 13, items 7, 8, 10 and 11)."""

from __future__ import annotations

from pathlib import Path

import pytest
from checks import assert_one_line_error, write_jsonl
from click.testing import CliRunner, Result

from timeline.cli import main

DOCS = (
    {"id": "a", "text": "On 3 May 2016 the talks began.", "published": "2016-11-30", "title": "Talks"},
    {"id": "b", "text": "Talks resumed on 9 June 2016.", "published": "2016-11-30"},
)


def run(*args: str | Path) -> Result:
    return CliRunner().invoke(main, list(map(str, args)))


def _inputs(tmp_path: Path) -> dict[str, Path]:
    """One input of each kind an output could land on."""
    folder = tmp_path / "in"
    folder.mkdir()
    jsonl = write_jsonl(folder / "docs.jsonl", *DOCS)
    csv = folder / "docs.csv"
    csv.write_text('id,text,published\nc,"On 3 May 2016 it began.",2016-11-30\n', encoding="utf-8")
    link = tmp_path / "link.jsonl"
    link.symlink_to(jsonl)
    return {"jsonl": jsonl, "csv": csv, "link": link, "folder": folder}


@pytest.mark.parametrize(
    ("command", "given", "written"),
    [
        ("events", "jsonl", "jsonl"),
        ("events", "csv", "csv"),
        ("events", "link", "jsonl"),
        ("events", "jsonl", "link"),
        ("events", "folder", "csv"),
        ("chart", "jsonl", "jsonl"),
        ("chart", "folder", "jsonl"),
    ],
)
def test_an_output_onto_an_input_is_refused(tmp_path: Path, command: str, given: str, written: str) -> None:
    paths = _inputs(tmp_path)
    target = paths[written]
    before = target.read_bytes()
    first = ("-o", tmp_path / "other.html") if command == "chart" else ("--format", "csv")
    result = run(command, paths[given], "-q", *first, "-o", target)
    assert_one_line_error(result, "is also an input")
    assert target.read_bytes() == before
    assert not (tmp_path / "other.html").exists()


def test_an_output_beside_the_inputs_is_written(tmp_path: Path) -> None:
    paths = _inputs(tmp_path)
    result = run("events", paths["jsonl"], "-q", "-o", paths["folder"] / ".hidden.csv")
    assert result.exit_code == 0, result.stderr
    result = run("events", paths["jsonl"], "-q", "-o", tmp_path / "out.csv")
    assert result.exit_code == 0, result.stderr
