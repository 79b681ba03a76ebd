"""How every command reports what a user got wrong: one line, `Error: ...`, on stderr, exit code 1."""

from __future__ import annotations

import errno
from collections.abc import Iterator
from contextlib import contextmanager

import click

from timeline.errors import TimelineError


@contextmanager
def reported(subject: str | None = None) -> Iterator[None]:
    """Turn a TimelineError or OSError raised in the block into `Error: ...` and exit code 1.

    `subject` (an option name, say) prefixes the message. Usable as a decorator on a command. A
    closed output pipe is left to click, which exits without a message.
    """
    try:
        yield
    except TimelineError as error:
        raise click.ClickException(_about(subject, str(error))) from None
    except OSError as error:
        if error.errno == errno.EPIPE:
            raise  # a reader such as `head` stopped reading: click exits quietly
        raise click.ClickException(_about(subject, _describe(error))) from None


def _about(subject: str | None, message: str) -> str:
    """The message on one line: a line break inside it (from a column name or an id quoted in it, say)
    is written as an escape, so the error stays the one line the commands promise."""
    text = message if subject is None else f"{subject}: {message}"
    return text.replace("\r", "\\r").replace("\n", "\\n")


def _describe(error: OSError) -> str:
    reason = error.strerror or str(error)
    return reason if error.filename is None else f"{error.filename}: {reason}"


class Skipped:
    """The bad documents and files a `--skip-bad` run passed over: all counted, the first SHOWN kept to be
    listed, so a million bad rows cost neither memory nor a million lines."""

    SHOWN = 20

    def __init__(self) -> None:
        self.count = 0
        self.first: list[TimelineError] = []

    def __call__(self, error: TimelineError) -> None:
        self.count += 1
        if len(self.first) < self.SHOWN:
            self.first.append(error)

    def report(self) -> None:
        """List them on stderr: the count, the first SHOWN, and how many more."""
        if not self.count:
            return
        click.echo(f"Skipped {self.count} bad document(s) or file(s):", err=True)
        for error in self.first:
            click.echo(f"  {_about(None, str(error))}", err=True)
        if self.count > len(self.first):
            click.echo(f"  ... and {self.count - len(self.first)} more", err=True)
