"""Writing files: a failed write (a full disk) is one line and keeps the old file, a killed run leaves
no temporary behind for long, a rewritten file keeps its permissions (issue 13, items 4 and 9)."""

from __future__ import annotations

import errno
import os
import signal
import subprocess
import sys
import time
from pathlib import Path
from typing import Any

import polars as pl
import pytest
from checks import assert_one_line_error, write_jsonl
from click.testing import CliRunner, Result

from timeline.cli import main
from timeline.io.atomic import write_atomically

ROOT = Path(__file__).parent.parent
DOCS = (
    {"id": "a", "text": "On 3 May 2016 the talks began.", "published": "2016-11-30", "title": "Talks"},
    {"id": "b", "text": "Talks resumed on 9 June 2016.", "published": "2016-11-30"},
)

WRITES = [
    ("events", "out.csv"),
    ("events", "out.parquet"),
    ("events", "out.json"),
    ("events", "out.ndjson"),
    ("events", "out.tml"),
    ("events", "out.json", "--format", "timelinejs"),
    ("chart", "out.html"),
    ("chart", "out.json"),
    ("chart", "out.svg"),
]
"""Every kind of file the commands write (`tag --output-dir` in test_outputs.py)."""


def run(*args: str | Path) -> Result:
    return CliRunner().invoke(main, list(map(str, args)))


def _full_disk(*args: Any, **kwargs: Any) -> None:
    raise OSError(errno.ENOSPC, os.strerror(errno.ENOSPC))


def _full_disk_in_polars(*args: Any, **kwargs: Any) -> None:
    raise pl.exceptions.ComputeError("parquet: underlying IO error: No space left on device (os error 28)")


class _FullFile:
    """A file opened for writing on a full disk: every write fails."""

    def __enter__(self) -> _FullFile:
        return self

    def __exit__(self, *exc: object) -> None:
        return None

    def write(self, data: object) -> int:
        raise OSError(errno.ENOSPC, os.strerror(errno.ENOSPC))


def _opened_on_a_full_disk(opener: Any) -> Any:
    """`Path.open` where a file opened for writing is on a full disk (reading goes on as before)."""

    def open_(path: Path, mode: str = "r", *args: Any, **kwargs: Any) -> Any:
        return _FullFile() if "w" in mode or "a" in mode else opener(path, mode, *args, **kwargs)

    return open_


@pytest.mark.parametrize("command", WRITES, ids=lambda c: "-".join(c))
def test_a_full_disk_is_one_line_and_keeps_the_old_file(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, command: tuple[str, ...]
) -> None:
    name, output, *more = command
    docs = write_jsonl(tmp_path / "docs.jsonl", *DOCS)
    target = tmp_path / output
    target.write_bytes(b"old")
    monkeypatch.setattr(Path, "write_text", _full_disk)
    monkeypatch.setattr(Path, "write_bytes", _full_disk)
    monkeypatch.setattr(Path, "open", _opened_on_a_full_disk(Path.open))
    monkeypatch.setattr(pl.DataFrame, "write_parquet", _full_disk_in_polars)
    monkeypatch.setattr(pl.LazyFrame, "sink_parquet", _full_disk_in_polars)
    result = run(name, docs, "-q", "-o", target, *more)
    assert_one_line_error(result, f"{target}: No space left on device")
    assert target.read_bytes() == b"old"
    assert sorted(p.name for p in tmp_path.iterdir()) == sorted(["docs.jsonl", output])


def _new(path: Path) -> None:
    path.write_text("new")


def test_a_rewritten_file_keeps_its_permissions(tmp_path: Path) -> None:
    target = tmp_path / "kept.csv"
    target.write_text("old")
    target.chmod(0o640)
    write_atomically(target, _new)
    assert target.read_text() == "new"
    assert target.stat().st_mode & 0o777 == 0o640


def _dead_pid() -> int:
    done = subprocess.run([sys.executable, "-c", "import os; print(os.getpid())"], capture_output=True)
    return int(done.stdout)


def test_temporaries_of_dead_writers_are_swept_on_the_next_write(tmp_path: Path) -> None:
    target = tmp_path / "out.csv"
    stale = tmp_path / f".out.csv.{_dead_pid()}-abc123_x.tmp"
    live = tmp_path / ".out.csv.1-abc123_x.tmp"
    other = tmp_path / f".other.csv.{_dead_pid()}-abc123_x.tmp"
    old, recent = tmp_path / ".out.csv.k2j4_x9a.tmp", tmp_path / ".out.csv.p0q1r2s3.tmp"
    for path in (stale, live, other, old, recent):
        path.write_text("partial")
    os.utime(old, (time.time() - 2 * 24 * 3600,) * 2)
    write_atomically(target, _new)
    assert not stale.exists()
    assert not old.exists()  # the earlier naming, no pid to check: stale after a day
    assert recent.exists()
    assert live.exists()  # process 1 runs: it may still be writing
    assert other.exists()  # another target's
    assert target.read_text() == "new"


KILLED_MID_WRITE = """
import os, signal, sys, time
from timeline.io import export
from timeline.cli import main

def stalled(*args, **kwargs):
    os.kill(os.getpid(), signal.SIGTERM)
    time.sleep(5)
    return "never"

export.render = stalled
sys.argv = ["timeline", "events", sys.argv[1], "-q", "-o", sys.argv[2]]
main()
"""


def test_sigterm_mid_write_removes_the_temporary_and_keeps_the_old_file(tmp_path: Path) -> None:
    docs = write_jsonl(tmp_path / "docs.jsonl", *DOCS)
    target = tmp_path / "out.csv"
    target.write_text("old")
    done = subprocess.run(
        [sys.executable, "-c", KILLED_MID_WRITE, str(docs), str(target)],
        capture_output=True,
        cwd=ROOT,
        timeout=60,
    )
    assert done.returncode == 128 + signal.SIGTERM
    assert b"Traceback" not in done.stderr
    assert target.read_text() == "old"
    assert sorted(p.name for p in tmp_path.iterdir()) == ["docs.jsonl", "out.csv"]
