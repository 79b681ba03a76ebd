"""What an install without extras gives: every command listed, the chart saying what to install; and shell
completion of the commands."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest

from timeline.errors import DISTRIBUTION

ROOT = Path(__file__).parent.parent
WITHOUT_CHARTS = "import sys; sys.modules['altair'] = None; sys.modules['vl_convert'] = None; "
"""Run first in a child interpreter: `import altair` then fails as on an install without the extra."""


def _python(code: str, *args: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run([sys.executable, "-c", code, *args], capture_output=True, text=True, cwd=ROOT)


def _cli_without_charts(*args: str) -> subprocess.CompletedProcess[str]:
    code = WITHOUT_CHARTS + "from timeline.cli import main; main(sys.argv[1:], prog_name='timeline')"
    return _python(code, *args)


def test_without_the_charts_extra_the_chart_command_says_what_to_install() -> None:
    done = _cli_without_charts("chart", "seeds/", "-o", "never.html")
    assert done.returncode == 1
    assert (
        done.stderr
        == f"Error: timeline chart needs altair, installed by: pip install '{DISTRIBUTION}[charts]'\n"
    )
    assert not (ROOT / "never.html").exists()


def test_without_the_charts_extra_help_still_lists_every_command_and_the_rest_works() -> None:
    listed = _cli_without_charts("--help")
    assert listed.returncode == 0, listed.stderr
    assert all(name in listed.stdout for name in ("chart", "eval", "events", "resolve", "tag"))
    resolved = _cli_without_charts("resolve", "last June", "--anchor", "2016-11-30")
    assert resolved.returncode == 0, resolved.stderr
    assert "2016-06" in resolved.stdout


def test_without_the_charts_extra_the_api_raises_a_timeline_error_naming_the_extra() -> None:
    code = WITHOUT_CHARTS + (
        "import timeline\n"
        "try:\n    timeline.chart\nexcept timeline.TimelineError as error:\n    print(error)\n"
    )
    done = _python(code)
    assert done.stdout == f"timeline.chart needs altair, installed by: pip install '{DISTRIBUTION}[charts]'\n"


def test_the_installed_distribution_is_named_and_described() -> None:
    from importlib.metadata import metadata

    about = metadata(DISTRIBUTION)
    assert about["Name"] == DISTRIBUTION
    assert about["License-Expression"] == "MIT"
    assert "Arabic" in about["Summary"]
    assert {"arrow", "charts", "ray", "spark", "test"} <= set(about.get_all("Provides-Extra") or [])


@pytest.mark.parametrize(("typed", "offered"), [("ev", "events"), ("ch", "chart"), ("re", "resolve")])
def test_shell_completion_offers_the_commands(typed: str, offered: str) -> None:
    env = {
        **os.environ,
        "_TIMELINE_COMPLETE": "bash_complete",
        "COMP_WORDS": f"timeline {typed}",
        "COMP_CWORD": "1",
    }
    code = "from timeline.cli import main; main(prog_name='timeline')"
    done = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, env=env, cwd=ROOT)
    assert done.returncode == 0, done.stderr
    assert f"plain,{offered}" in done.stdout.splitlines()


def test_without_the_spark_extra_timeline_spark_says_what_to_install() -> None:
    code = (
        "import sys; sys.modules['pyspark'] = None\n"
        "try:\n    import timeline.spark\n"
        "except Exception as error:\n    print(type(error).__name__, error)\n"
    )
    done = _python(code)
    assert (
        done.stdout
        == f"ExtraError timeline.spark needs pyspark, installed by: pip install '{DISTRIBUTION}[spark]'\n"
    )
