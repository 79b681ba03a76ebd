"""The `timeline` command: a thin click layer over the Python API."""

from __future__ import annotations

import click

from timeline.cli.chart import chart_command
from timeline.cli.evaluate import eval_command
from timeline.cli.events import events_command
from timeline.cli.resolve import resolve_command
from timeline.cli.tag import tag_command


@click.group(context_settings={"help_option_names": ["-h", "--help"]})
@click.version_option(package_name="timeline")
def main() -> None:
    """Find, resolve and order the dates in Arabic and English news."""


main.add_command(chart_command)
main.add_command(eval_command)
main.add_command(events_command)
main.add_command(resolve_command)
main.add_command(tag_command)
