"""timeline: find, resolve and order the dates in Arabic and English news.

`chart` and `save_chart` bring in Altair the first time they are used, so a script that only tags,
resolves or orders dates does not wait for it.
"""

from __future__ import annotations

from importlib import import_module
from typing import TYPE_CHECKING, Any

from timeline.engine.tagger import PREFER, resolve, tag
from timeline.events.extract import events
from timeline.io.sources import read_sources as read_documents
from timeline.model import Document, Reading, Timex

if TYPE_CHECKING:
    from timeline.charts import chart, save_chart

_LAZY = {"chart": ("timeline.charts", "chart"), "save_chart": ("timeline.charts", "save_chart")}


def __getattr__(name: str) -> Any:
    if name not in _LAZY:
        raise AttributeError(f"module 'timeline' has no attribute {name!r}")
    module, attribute = _LAZY[name]
    return getattr(import_module(module), attribute)


__all__ = [
    "PREFER",
    "Document",
    "Reading",
    "Timex",
    "chart",
    "events",
    "read_documents",
    "resolve",
    "save_chart",
    "tag",
]
