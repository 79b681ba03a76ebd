"""Every command and every option is documented in --help."""

from __future__ import annotations

import subprocess
import sys

import click
import pytest
from click.testing import CliRunner

from timeline.cli import main

CONTEXT = click.Context(main)
COMMANDS = main.list_commands(CONTEXT)


def command_named(name: str) -> click.Command:
    command = main.get_command(CONTEXT, name)
    assert command is not None
    return command


def test_every_command_is_listed() -> None:
    assert COMMANDS == ["chart", "eval", "events", "resolve", "tag"]


def test_the_group_is_documented() -> None:
    result = CliRunner().invoke(main, ["--help"])
    assert result.exit_code == 0
    assert main.help
    for name in COMMANDS:
        assert name in result.stdout


@pytest.mark.parametrize("name", COMMANDS)
def test_a_command_documents_itself_and_its_arguments(name: str) -> None:
    command = command_named(name)
    assert command.help
    for argument in command.params:
        if isinstance(argument, click.Argument):
            assert argument.human_readable_name.removesuffix("...") in command.help
    result = CliRunner().invoke(main, [name, "--help"])
    assert result.exit_code == 0


@pytest.mark.parametrize(
    ("name", "option"),
    [(name, p.name) for name in COMMANDS for p in command_named(name).params if isinstance(p, click.Option)],
)
def test_every_option_has_help(name: str, option: str) -> None:
    [param] = [p for p in command_named(name).params if p.name == option]
    assert isinstance(param, click.Option)
    assert param.help, f"{name} --{option} has no help text"


def test_python_dash_m_timeline_runs_the_command() -> None:
    done = subprocess.run(
        [sys.executable, "-m", "timeline", "resolve", "last June", "--anchor", "2016-11-30", "--json"],
        capture_output=True,
        text=True,
        timeout=120,
        check=False,
    )
    assert done.returncode == 0, done.stderr
    assert '"value": "2016-06"' in done.stdout
