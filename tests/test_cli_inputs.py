"""Every command that reads documents takes the same input options (one shared decorator)."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import click
from click.testing import CliRunner

from timeline.cli.chart import chart_command
from timeline.cli.events import events_command
from timeline.cli.tag import tag_command

INPUT_OPTIONS = {
    "inputs",
    "published",
    "lang",
    "text_col",
    "date_col",
    "id_col",
    "lang_col",
    "title_col",
    "url_col",
}


def names(command: click.Command) -> set[str]:
    return {param.name for param in command.params if param.name is not None}


def test_tag_chart_and_events_read_their_inputs_with_the_same_options() -> None:
    for command in (tag_command, chart_command, events_command):
        assert names(command) >= INPUT_OPTIONS, command.name
    assert "dedupe" in names(chart_command) and "dedupe" in names(events_command)


def test_tag_reads_a_table_whose_columns_are_named_otherwise(tmp_path: Path) -> None:
    table = tmp_path / "news.csv"
    table.write_text("key,body,day\nk1,Talks ended on Monday.,2016-11-30\n", encoding="utf-8")
    result = CliRunner().invoke(
        tag_command, [str(table), "--text-col", "body", "--date-col", "day", "--id-col", "key"]
    )
    assert result.exit_code == 0, result.output
    (line,) = result.output.splitlines()
    assert (json.loads(line)["doc"], json.loads(line)["value"]) == ("k1", "2016-11-28")


def test_resolve_does_not_wait_for_polars_or_altair() -> None:
    code = (
        "import sys\n"
        "from timeline.cli import main\n"
        "try:\n"
        "    main(['resolve', 'last June', '--anchor', '2016-11-30'])\n"
        "except SystemExit:\n"
        "    pass\n"
        "print('polars' in sys.modules, 'altair' in sys.modules)\n"
    )
    found = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert found.stdout.splitlines()[-1] == "False False"
