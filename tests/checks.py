"""Helpers shared by the tests of inputs and commands: JSONL files on disk, one-line CLI errors."""

from __future__ import annotations

import json
from pathlib import Path

from click.testing import Result


def write_jsonl(path: Path, *records: object) -> Path:
    """Write `records` as JSON Lines (UTF-8, Arabic unescaped) and return the path."""
    path.write_text("".join(json.dumps(r, ensure_ascii=False) + "\n" for r in records), encoding="utf-8")
    return path


def assert_one_line_error(result: Result, *fragments: str) -> None:
    """The command failed as users are promised: exit 1, one `Error: ...` line on stderr, nothing else."""
    assert result.exit_code == 1
    assert result.stdout == ""
    assert result.stderr.startswith("Error: ")
    assert result.stderr.count("\n") == 1
    assert "Traceback" not in result.stderr
    for fragment in fragments:
        assert fragment in result.stderr
