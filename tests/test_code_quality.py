"""The code stays as the README promises: ruff clean, formatted, type-checked (mypy --strict on timeline/).

These run the tools a developer runs, so CI fails on a lint, format or type error as on a failing test."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent


@pytest.mark.parametrize(
    "command",
    [
        [sys.executable, "-m", "ruff", "check", "."],
        [sys.executable, "-m", "ruff", "format", "--check", "."],
        [sys.executable, "-m", "mypy"],
    ],
    ids=["ruff-check", "ruff-format", "mypy-strict"],
)
def test_the_code_passes(command: list[str]) -> None:
    done = subprocess.run(command, cwd=ROOT, capture_output=True, text=True, timeout=600)
    assert done.returncode == 0, done.stdout + done.stderr


def test_the_walks_parts_define_each_method_once() -> None:
    """The walk is one class built of parts (story readings, clocks, moves, the state they share); a method
    two parts define under one name would silently replace the other's for every caller."""
    from timeline.engine.walk import Walk

    parts = [part for part in Walk.__mro__ if part.__module__.startswith("timeline.engine.walk")]
    owners: dict[str, list[str]] = {}
    for part in parts:
        for name in vars(part):
            if not (name.startswith("__") and name.endswith("__")):
                owners.setdefault(name, []).append(part.__qualname__)
    assert len(parts) >= 4
    assert {name: where for name, where in owners.items() if len(where) > 1} == {}
