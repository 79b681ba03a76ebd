"""Timeline charts: `chart(events)` builds an Altair chart from an event table, `save_chart` writes it."""

from timeline.charts.records import LANES, ChartError
from timeline.charts.render import save_chart
from timeline.charts.spec import chart

__all__ = ["LANES", "ChartError", "chart", "save_chart"]
