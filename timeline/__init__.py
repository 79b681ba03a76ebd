"""timeline: find, resolve and order the dates in Arabic and English news.

The public API is what `__all__` lists, all of it importable from here; the subpackages (`engine`,
`events`, `io`, `charts`, `cli`) are internal. Every error a user can cause is a `TimelineError` (an
`AnchorError`, `LanguageError`, `InputError` or `ChartError` where it says which). `chart`, `save_chart`
and `ChartError` bring in Altair the first time they are used, so a script that only tags, resolves or
orders dates does not wait for it.
"""

from __future__ import annotations

from importlib import import_module
from typing import TYPE_CHECKING, Any

from timeline.engine.tagger import PREFER, resolve, tag
from timeline.errors import AnchorError, InputError, LanguageError, TimelineError
from timeline.events.extract import events
from timeline.io.sources import Columns, read_documents
from timeline.model import Document, Reading, Timex

if TYPE_CHECKING:
    from timeline.charts import ChartError, chart, save_chart

_LAZY = {name: ("timeline.charts", name) for name in ("ChartError", "chart", "save_chart")}


def __getattr__(name: str) -> Any:
    if name not in _LAZY:
        raise AttributeError(f"module 'timeline' has no attribute {name!r}")
    module, attribute = _LAZY[name]
    return getattr(import_module(module), attribute)


__all__ = [
    "PREFER",
    "AnchorError",
    "ChartError",
    "Columns",
    "Document",
    "InputError",
    "LanguageError",
    "Reading",
    "TimelineError",
    "Timex",
    "chart",
    "events",
    "read_documents",
    "resolve",
    "save_chart",
    "tag",
]
