"""timeline: find, resolve and order the dates in Arabic and English news."""

from timeline.charts import chart, save_chart
from timeline.events import events
from timeline.model import Document, Reading, Timex
from timeline.sources import read_sources as read_documents
from timeline.tagger import PREFER, resolve, tag

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
