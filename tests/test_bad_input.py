"""Bad input is the bad input of its document or command, never a traceback (issue 13, items 2, 3, 6):
a closed standard input, text no output can hold, paths that cannot be read."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest
from checks import assert_one_line_error, write_jsonl
from click.testing import CliRunner, Result

from timeline.cli import main

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
