"""Bad input is the bad input of its document or command, never a traceback (issue 13, items 2, 3, 6):
a closed standard input, text no output can hold, paths that cannot be read."""

from __future__ import annotations

import csv
import io
import json
import os
import subprocess
import sys
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest
from checks import assert_one_line_error, write_jsonl
from click.testing import CliRunner, Result

from timeline.cli import main
from timeline.io import sources

ROOT = Path(__file__).parent.parent
DATED = "On 3 May 2016 the talks began."
STDIN_COMMANDS = (("tag", "-"), ("events", "-"), ("chart", "-", "-o", "{tmp}/c.html"))
"""Every command that reads standard input."""


def run(*args: str | Path) -> Result:
    return CliRunner().invoke(main, list(map(str, args)))


@pytest.mark.parametrize("command", STDIN_COMMANDS, ids=lambda c: c[0])
def test_a_closed_standard_input_is_a_one_line_error(tmp_path: Path, command: tuple[str, ...]) -> None:
    args = [part.format(tmp=tmp_path) for part in command]
    code = "import sys; from timeline.cli import main; sys.argv = ['timeline', *sys.argv[1:]]; main()"
    script = f'exec {sys.executable} -c "{code}" "$@" <&-'
    done = subprocess.run(["bash", "-c", script, "bash", *args], capture_output=True, text=True, cwd=ROOT)
    assert done.returncode == 1
    assert done.stderr == "Error: <stdin>: standard input is closed\n"
    assert not (tmp_path / "c.html").exists()


LONE = ("\ud800", "\udfff", "a\udc80b")
"""Lone surrogates: JSON escapes can carry them, UTF-8 cannot encode them."""


@pytest.mark.parametrize("surrogate", LONE)
@pytest.mark.parametrize("field", ["text", "title", "id", "url"])
def test_a_lone_surrogate_is_bad_text_of_its_row(tmp_path: Path, surrogate: str, field: str) -> None:
    bad = {"id": "bad", "text": DATED, "published": "2016-11-30", field: f"x{surrogate}"}
    good = {"id": "good", "text": DATED, "published": "2016-11-30"}
    path = tmp_path / "docs.jsonl"
    path.write_text("".join(json.dumps(r) + "\n" for r in (bad, good)), encoding="ascii")
    for command in ("tag", "events"):
        assert_one_line_error(run(command, path), f"{path}:1", "lone surrogate")
    skipped = run("events", path, "--skip-bad", "--format", "csv")
    assert skipped.exit_code == 0, skipped.stderr
    assert "lone surrogate" in skipped.stderr
    assert "good" in skipped.stdout
    assert run("chart", path, "-q", "-o", tmp_path / "c.html").exit_code == 1
    assert not (tmp_path / "c.html").exists()


def test_the_api_reader_refuses_a_lone_surrogate(tmp_path: Path) -> None:
    from timeline import read_documents
    from timeline.errors import InputError

    path = write_jsonl(tmp_path / "d.jsonl", {"id": "a", "text": DATED, "published": "2016-11-30"})
    path.write_text(path.read_text().replace("On 3", "\\ud800 On 3"))
    with pytest.raises(InputError, match="lone surrogate"):
        list(read_documents(path))
    errors: list[Exception] = []
    assert list(read_documents(path, on_bad=errors.append)) == []
    assert len(errors) == 1


def _refused(denied: Path) -> Callable[..., Any]:
    """os.scandir that cannot list `denied`, as for a user without the right (tests run as root, for
    whom chmod 000 takes nothing away)."""
    listing = os.scandir

    def scandir(path: Any = ".") -> Any:
        if Path(os.fsdecode(path)) == denied:
            raise PermissionError(13, "Permission denied", os.fsdecode(path))
        return listing(path)

    return scandir


def _denying(denied: Path) -> Callable[..., Any]:
    """Path.open that cannot open `denied` (Path.read_bytes opens through it too)."""
    opening = Path.open

    def open_(self: Path, *args: Any, **kwargs: Any) -> Any:
        if self == denied:
            raise PermissionError(13, "Permission denied", str(self))
        return opening(self, *args, **kwargs)

    return open_


def _corpus(tmp_path: Path) -> dict[str, Path]:
    top = tmp_path / "news"
    (top / "locked").mkdir(parents=True)
    write_jsonl(top / "a.jsonl", {"id": "a", "text": DATED, "published": "2016-11-30"})
    write_jsonl(top / "locked" / "b.jsonl", {"id": "b", "text": DATED, "published": "2016-11-30"})
    article = top / "c.txt"
    article.write_text(f"30 November 2016\n\n{DATED}", encoding="utf-8")
    table = top / "d.csv"
    table.write_text(f'id,text,published\nd,"{DATED}",2016-11-30\n', encoding="utf-8")
    return {"top": top, "locked": top / "locked", "jsonl": top / "a.jsonl", "txt": article, "csv": table}


@pytest.mark.parametrize("denied", ["locked", "jsonl", "txt", "csv", "top"])
@pytest.mark.parametrize("command", ["tag", "events"])
def test_an_unreadable_path_is_one_line_or_skipped_and_counted(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, denied: str, command: str
) -> None:
    paths = _corpus(tmp_path)
    target = paths[denied]
    monkeypatch.setattr(os, "scandir", _refused(target))
    monkeypatch.setattr(Path, "open", _denying(target))
    if denied == "csv":
        monkeypatch.setitem(sources.TABLES, ".csv", _denying_table(target))
    failed = run(command, paths["top"])
    assert failed.exit_code == 1  # tag has printed the documents before (it streams), events nothing
    assert failed.stderr == f"Error: {target}: cannot read (Permission denied)\n"
    skipped = run("events", paths["top"], "--skip-bad", "--format", "csv")
    assert skipped.exit_code == 0, skipped.stderr
    assert f"{target}: cannot read (Permission denied)" in skipped.stderr
    assert "Skipped 1 " in skipped.stderr
    readable = {"a", "b", "c", "d"} - ({"b"} if denied == "locked" else {denied_doc(denied)})
    if denied != "top":
        assert {row["doc"] for row in csv.DictReader(io.StringIO(skipped.stdout))} == readable


def denied_doc(denied: str) -> str:
    return {"jsonl": "a", "txt": "c", "csv": "d"}.get(denied, "")


def _denying_table(denied: Path) -> Callable[[Path], Any]:
    scan = sources.TABLES[".csv"]

    def scan_csv(path: Path) -> Any:
        if path == denied:
            raise PermissionError(13, "Permission denied", str(path))
        return scan(path)

    return scan_csv


def test_a_line_break_quoted_in_an_error_keeps_it_one_line(tmp_path: Path) -> None:
    table = tmp_path / "t.csv"
    table.write_bytes(b'"body\r\nx",published\n"On 3 May 2016.",2016-11-30\n')
    for command in ("tag", "events"):
        assert_one_line_error(run(command, table), "no column 'text'", "body\\r\\nx")
