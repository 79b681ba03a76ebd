"""The progress bar of `timeline events`: drawn by the CLI from the counts the library reports."""

from __future__ import annotations

import sys
import time

import click


class ProgressBar:
    """A one-line progress report on stderr, only on a terminal: a bar with the share done and the time
    left when the number of documents is known, else a counter; documents, events, rate, elapsed.

    Pass it as `timeline.events(..., progress=bar)`; `close` ends the line."""

    WIDTH = 30

    def __init__(self, enabled: bool, total: int | None = None) -> None:
        self._shown = enabled and sys.stderr.isatty()
        self._total = total if total else None
        self._documents = 0
        self._events = 0
        self._began = time.monotonic()

    def line(self, elapsed: float) -> str:
        """The report after `elapsed` seconds."""
        rate = self._documents / max(elapsed, 1e-9)
        counts = f"{self._documents:,} documents, {self._events:,} events, {rate:,.0f} documents/s"
        if self._total is None:
            return f"{counts}, {elapsed:,.0f} s"
        done = min(self._documents / self._total, 1.0)
        bar = "#" * round(done * self.WIDTH)
        left = (self._total - self._documents) / rate if rate else 0.0
        return f"[{bar:<{self.WIDTH}}] {done:4.0%} {counts}, {max(left, 0):,.0f} s left"

    def __call__(self, documents: int, events: int) -> None:
        """Documents and events so far."""
        self._documents, self._events = documents, events
        if self._shown:
            click.echo(f"\r{self.line(time.monotonic() - self._began)}", err=True, nl=False)

    def close(self) -> None:
        if self._shown and self._documents:
            click.echo(err=True)
