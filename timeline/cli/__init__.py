"""The `timeline` command (internal): a thin click layer over the Python API."""

from __future__ import annotations

import signal
import threading
from importlib import import_module
from types import FrameType
from typing import Any

import click

from timeline.errors import DISTRIBUTION, ExtraError, missing_extra

_COMMANDS = {
    "chart": "timeline.cli.chart:chart_command",
    "eval": "timeline.cli.evaluate:eval_command",
    "events": "timeline.cli.events:events_command",
    "resolve": "timeline.cli.resolve:resolve_command",
    "tag": "timeline.cli.tag:tag_command",
}
"""Each subcommand and where it lives: a module is imported only when its command runs (or help lists
it), so `timeline resolve` does not wait for Polars and Altair to load."""


class _LazyGroup(click.Group):
    def list_commands(self, ctx: click.Context) -> list[str]:
        return sorted(_COMMANDS)

    def get_command(self, ctx: click.Context, cmd_name: str) -> click.Command | None:
        if cmd_name not in _COMMANDS:
            return None
        module, attribute = _COMMANDS[cmd_name].split(":")
        try:
            command: Any = getattr(import_module(module), attribute)
        except ModuleNotFoundError as error:
            missing = missing_extra(error, f"timeline {cmd_name}")
            if missing is None:
                raise
            return _unavailable(cmd_name, missing)
        return command  # type: ignore[no-any-return]


def _unavailable(name: str, missing: ExtraError) -> click.Command:
    """A command whose optional dependency is missing: listed by --help, and saying what to install."""

    def explain(**_: Any) -> None:
        raise click.ClickException(str(missing))

    return click.Command(
        name,
        callback=explain,
        help=f"(not installed) {missing}",
        context_settings={"ignore_unknown_options": True},
        params=[click.Argument(["args"], nargs=-1, type=click.UNPROCESSED)],
    )


@click.group(cls=_LazyGroup, context_settings={"help_option_names": ["-h", "--help"]})
@click.version_option(package_name=DISTRIBUTION)
def main() -> None:
    """Find, resolve and order the dates in Arabic and English news."""
    if threading.current_thread() is threading.main_thread():
        signal.signal(signal.SIGTERM, _terminated)


def _terminated(number: int, frame: FrameType | None) -> None:
    """SIGTERM ends a command as Ctrl-C does: by an exception, so that every file being written is
    removed on the way out (see timeline.io.atomic), with the shell's exit code for the signal."""
    raise SystemExit(128 + number)
