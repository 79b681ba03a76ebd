"""What the commands write: never over an input, all their files or none, one file per document, and
cells a spreadsheet cannot run (issue 13, items 7, 8, 10 and 11)."""

from __future__ import annotations

import csv
from pathlib import Path

import pytest
from checks import assert_one_line_error, write_jsonl
from click.testing import CliRunner, Result

from timeline import events
from timeline.cli import main
from timeline.engine.anchor import parse_anchor
from timeline.io.export import read, write
from timeline.model import Document

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


HOSTILE_IDS = ("a/b", "a_b", "a?b", "a b", "", ".", "..", "../up", "A_B", "a_b", "x" * 300, "تقرير/١", "a\tb")
"""Ids that once shared a file name, ids that could leave the folder, a repeated id, a tab."""


def test_every_document_gets_its_own_file_inside_the_folder_and_the_index_maps_them(tmp_path: Path) -> None:
    docs = write_jsonl(
        tmp_path / "docs.jsonl",
        *(
            {"id": i, "text": f"Report {n}: on 3 May 2016.", "published": "2016-11-30"}
            for n, i in enumerate(HOSTILE_IDS)
        ),
    )
    out = tmp_path / "tml"
    result = run("tag", docs, "--format", "timeml", "--output-dir", out)
    assert result.exit_code == 0, result.stderr
    rows = [line.split("\t") for line in (out / "index.tsv").read_text(encoding="utf-8").splitlines()]
    assert rows[0] == ["id", "file"]
    names = [name for _, name in rows[1:]]
    assert len(set(map(str.lower, names))) == len(HOSTILE_IDS)
    assert sorted(p.name for p in out.iterdir()) == sorted([*names, "index.tsv"])
    for n, (_, name) in enumerate(rows[1:]):
        assert f"Report {n}:" in (out / name).read_text(encoding="utf-8")
        assert len(name.encode()) < 255
    again = tmp_path / "again"
    run("tag", docs, "--format", "timeml", "--output-dir", again)
    assert (again / "index.tsv").read_text() == (out / "index.tsv").read_text()


def test_a_bad_document_leaves_no_file_of_the_set(tmp_path: Path) -> None:
    docs = write_jsonl(
        tmp_path / "docs.jsonl", *DOCS, {"id": "bad", "text": "On 3 May.", "published": "someday"}
    )
    out = tmp_path / "tml"
    assert_one_line_error(run("tag", docs, "--format", "timeml", "--output-dir", out), "someday")
    assert not out.exists() or list(out.iterdir()) == []


def test_chart_writes_all_its_outputs_or_none(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    from timeline.charts import render

    docs = write_jsonl(tmp_path / "docs.jsonl", *DOCS)
    (tmp_path / "b.json").write_text("old")

    def broken(spec: object) -> bytes:
        raise OSError(28, "No space left on device")

    monkeypatch.setitem(render.WRITERS, ".svg", broken)
    result = run(
        "chart", docs, "-q", "-o", tmp_path / "a.html", "-o", tmp_path / "b.json", "-o", tmp_path / "c.svg"
    )
    assert_one_line_error(result, "c.svg: No space left on device")
    assert sorted(p.name for p in tmp_path.iterdir()) == ["b.json", "docs.jsonl"]
    assert (tmp_path / "b.json").read_text() == "old"


TRIGGERS = ("=", "+", "-", "@", "\t", "\r")
"""What starts a formula in a spreadsheet (OWASP, CSV injection)."""


def _cells(path: Path) -> list[str]:
    with path.open(newline="", encoding="utf-8") as handle:
        return [cell for row in csv.reader(handle) for cell in row]


@pytest.mark.parametrize("trigger", TRIGGERS, ids=repr)
def test_csv_cells_that_could_run_as_formulas_are_neutralised(tmp_path: Path, trigger: str) -> None:
    payload = f'{trigger}HYPERLINK("http://x","y")'
    docs = [
        Document(
            id=f"{payload}{n}",
            text=f"{payload} On 3 May 2016 the talks began.",
            published=parse_anchor("2016-11-30"),
            title=quoted + payload,
            url=payload,
        )
        for n, quoted in enumerate(("", "'", "''"))
    ]
    table = events(docs)
    write(table, tmp_path / "e.csv")
    cells = _cells(tmp_path / "e.csv")
    assert not [cell for cell in cells if cell[:1] in TRIGGERS]
    assert "'" + payload in cells
    assert "'''" + payload in cells  # quoted already: one more quote, and it reads back as it was
    assert read(tmp_path / "e.csv").equals(table)
    write(table, tmp_path / "raw.csv", "raw-csv")
    assert payload in _cells(tmp_path / "raw.csv")
    assert read(tmp_path / "raw.csv", "raw-csv").equals(table)


def test_the_events_command_writes_raw_csv_when_asked(tmp_path: Path) -> None:
    docs = write_jsonl(tmp_path / "d.jsonl", {**DOCS[0], "title": "=1+2"})
    for fmt, title in (("csv", "'=1+2"), ("raw-csv", "=1+2")):
        result = run("events", docs, "-q", "--format", fmt, "-o", tmp_path / f"{fmt}.csv")
        assert result.exit_code == 0, result.stderr
        assert title in _cells(tmp_path / f"{fmt}.csv")
