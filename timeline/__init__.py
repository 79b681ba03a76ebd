"""timeline: find, resolve and order the dates in Arabic and English news.

The public API is what `__all__` lists, all of it importable from here; the subpackages (`engine`,
`events`, `io`, `charts`, `cli`) are internal. Every error a user can cause is a `TimelineError` (an
`AnchorError`, `LanguageError`, `InputError` or `ChartError` where it says which). The names that need
Polars (`events`, `read_documents`, `Columns`) or Altair (`chart`, `save_chart`, `ChartError`) bring it
in the first time they are used, so a script or a command that only tags or resolves dates does not
wait for either; so do `arrow_events` and `EVENT_ARROW_SCHEMA` (the event rows of an Arrow batch of
documents, for any engine that runs Python on Arrow batches), which need pyarrow. `timeline.spark` (the
`[spark]` extra) runs them on a Spark DataFrame. `timeline.polars`, imported on its own, registers the
`timeline` namespace of Polars expressions (`pl.col("text").timeline.tag(...)`).
"""

from __future__ import annotations

import sys
from collections.abc import Callable
from importlib import import_module
from types import ModuleType
from typing import TYPE_CHECKING, Any

from timeline.engine.policy import GENRES, PREFER
from timeline.engine.tagger import resolve, tag
from timeline.errors import AnchorError, InputError, LanguageError, TimelineError, missing_extra
from timeline.model import Document, Reading, Timex

if TYPE_CHECKING:
    from timeline.charts import ChartError, chart, save_chart
    from timeline.events.arrow import EVENT_ARROW_SCHEMA, arrow_events
    from timeline.events.extract import events
    from timeline.events.spill import write_events
    from timeline.io.sources import Columns, read_documents

_LAZY = {
    "EVENT_ARROW_SCHEMA": "timeline.events.arrow",
    "arrow_events": "timeline.events.arrow",
    "ChartError": "timeline.charts",
    "chart": "timeline.charts",
    "save_chart": "timeline.charts",
    "events": "timeline.events.extract",
    "write_events": "timeline.events.spill",
    "Columns": "timeline.io.sources",
    "read_documents": "timeline.io.sources",
}
"""Name -> the module that holds it, imported when the name is first used."""


def __getattr__(name: str) -> Any:
    if name not in _LAZY:
        raise AttributeError(f"module 'timeline' has no attribute {name!r}")
    try:
        module = import_module(_LAZY[name])
    except ModuleNotFoundError as error:
        raise missing_extra(error, f"timeline.{name}") or error from None
    value = getattr(module, name)
    globals()[name] = value
    return value


class _Face(ModuleType):
    """The package face keeps its names: importing the subpackage `timeline.events` does not replace the
    function `timeline.events` (Python sets a subpackage as an attribute of its parent once loaded)."""

    def __setattr__(self, name: str, value: Any) -> None:
        if not (name in _LAZY and isinstance(value, ModuleType)):
            super().__setattr__(name, value)

    def __reduce__(self) -> tuple[Callable[[str], ModuleType], tuple[str]]:
        """Pickled by name, as a module is: a function that uses `timeline` and is sent to workers by value
        (Spark's and Ray's cloudpickle do so with a function of the driver's script) brings the name along,
        not the module (cloudpickle knows a module by its exact type, and this is a subclass)."""
        return import_module, (self.__name__,)


sys.modules[__name__].__class__ = _Face


__all__ = [
    "EVENT_ARROW_SCHEMA",
    "GENRES",
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
    "arrow_events",
    "chart",
    "events",
    "read_documents",
    "resolve",
    "save_chart",
    "tag",
    "write_events",
]
