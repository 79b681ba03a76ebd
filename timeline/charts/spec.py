"""The timeline chart as Altair (Vega-Lite) layers.

Top: an overview of every event on one time axis, one band per lane, with a brush. Below: the detail,
one row per event, as panels side by side (lane, label, date at its grain, and the event on a time
axis whose extent is the brush's). Periods longer than a day are bars from start to end; days and
instants are points; colour is how precise the date is (a period spanning several units has its own),
and clicking the legend filters the detail. Words are in the language of the events (ui_*.toml). Dashed
rules mark the publication dates; a triangle at the edge of the detail points to an event outside it.

The brush starts on a focus window (`focus_window`) so that a static image shows "the 1980s" in the
overview and "Monday 28 November" in the detail. With more than DETAIL_ROWS events, the detail lists
only the events that overlap the brush; in HTML the reader drags, moves (pan) and scrolls (zoom) it.
"""

from __future__ import annotations

import math
from dataclasses import dataclass
from typing import Any

import altair as alt
import polars as pl

from timeline.charts.fonts import FONT_FAMILY
from timeline.charts.labels import directed, is_rtl
from timeline.charts.records import ChartRows, Lanes, chart_rows
from timeline.words import Words, majority, words

ROW = 22
"""Pixels per event row in the detail."""
DETAIL_ROWS = 30
"""Up to this many events the detail lists them all; beyond, those overlapping the brush."""
FOCUS_SHARE = 0.8
"""The focus window holds at least this share of the events (when they are at most DETAIL_ROWS)."""
LANE_WIDTH, LABEL_WIDTH, WHEN_WIDTH, TIME_WIDTH, SPACING = 190, 350, 170, 520, 6
MIN_TIME_WIDTH = 200
"""The narrowest time panel a `width=` leaves: below it the events would not be told apart."""
OVERVIEW_BAND = 20
HOUR_MS = 3_600_000
TIME_FORMAT = {
    "year": "%Y",
    "quarter": "%b %Y",
    "month": "%b %Y",
    "week": "%-d %b",
    "date": "%-d %b",
    "hours": "%H:%M",
    "minutes": "%H:%M",
    "seconds": "%H:%M:%S",
    "milliseconds": "%H:%M:%S.%L",
}
"""Axis labels by tick level: every month tick says its year, so no label is ambiguous."""
PRECISION_COLOURS: dict[str, str] = {
    "period": "#6b6ecf",
    "second": "#9d755d",
    "minute": "#e45756",
    "hour": "#ff9da6",
    "day": "#4c78a8",
    "week": "#72b7b2",
    "month": "#54a24b",
    "quarter": "#b79a20",
    "year": "#f58518",
    "decade": "#b279a2",
    "century": "#79706e",
}
TOOLTIP_FIELDS = ("event", "sentence", "expression", "value", "when", "precision", "source")
"""What hovering over an event shows; the titles are the `tooltip_<field>` words of the language."""


@dataclass(frozen=True, slots=True)
class Encodings:
    """What every layer that draws events shares: the colour (by precision, with its legend) and the
    tooltips, both in the chart's language."""

    colour: alt.Color
    tooltip: list[alt.Tooltip]
    published_tooltip: list[alt.Tooltip]


BRUSHED = "isValid(brush.start)"
IN_BRUSH = (
    f"!{BRUSHED} || (datum.end > time(brush.start[0]) && datum.start < time(brush.start[1])"
    " && datum.end - datum.start <= time(brush.start[1]) - time(brush.start[0]))"
)
"""With many events, the detail lists those that overlap the brush and are no longer than it
(longer periods would only fill the row; the overview shows them)."""
BEFORE_BRUSH = f"{BRUSHED} && datum.end <= time(brush.start[0])"
AFTER_BRUSH = f"{BRUSHED} && datum.start >= time(brush.start[1])"


def chart(
    events: pl.DataFrame,
    *,
    title: str | None = None,
    lanes: Lanes = "auto",
    ui_lang: str | None = None,
    width: int | None = None,
) -> alt.VConcatChart:
    """The timeline of an event table (`timeline.events.table.EVENT_SCHEMA`) as an Altair chart.

    `lanes` groups the rows by document ("doc"), by entity ("entity": a table of entity timelines,
    `timeline.events.entities.entity_table`, with its `entity` column), by TIMEX3 type ("type"), not
    at all ("none"), or ("auto") by entity when the table has entities, else by document when there
    are at most DOCUMENT_LANES documents, else not at all; the spec's `usermeta.lanes` says which.
    `ui_lang` is the language of the chart's and page's words (default: that of most events); the
    spec's `usermeta.lang` carries it to the page. `width` is the width in pixels of the rows (lane,
    label, date and time panels, and the overview above them) for PNG, SVG and notebooks: the time panel
    takes what the others leave, at least MIN_TIME_WIDTH; the HTML page fits the chart to the screen
    whatever it is. A compound chart has no width property of its
    own, so `width=` here is how to size it (Altair's `.properties(width=...)` is refused by Vega-Lite
    on a vconcat). Raises ChartError when the table has no event with an interval.
    """
    language = words(ui_lang if ui_lang is not None else majority(_languages(events)))
    rows = chart_rows(events, lanes, language)
    lanes = rows.grouping
    brush = alt.selection_interval(name="brush", encodings=["x"], value={"x": focus_window(rows.events)})
    pick = alt.selection_point(name="pick", fields=["precision"], bind="legend", toggle="true")
    enc = _encodings(rows, language)
    events_data = alt.InlineData(values=rows.events)
    published_data = alt.InlineData(values=rows.publications)
    lane_panel = lanes != "none" and len(rows.lanes) > 1
    time_width = _time_width(width, lane_panel)
    windowed = len(rows.events) > DETAIL_ROWS
    detail = _detail(events_data, published_data, lane_panel, enc, windowed, time_width)
    overview = _overview(events_data, published_data, rows, lanes, enc, brush, pick, lane_panel, time_width)
    drawn: alt.VConcatChart = (
        alt.vconcat(overview, detail, spacing=18)
        .resolve_scale(color="shared")
        .properties(title=_title(title, rows, language), usermeta={"lang": language.code, "lanes": lanes})
        .configure(font=FONT_FAMILY, padding=12, background="white")
        .configure_axis(labelFontSize=11, grid=True, gridOpacity=0.5)
        .configure_legend(titleFontWeight="normal", labelFontSize=11)
    )
    return drawn


def _languages(events: pl.DataFrame) -> list[str | None]:
    return events["lang"].to_list() if "lang" in events.columns else []


def focus_window(events: list[dict[str, Any]]) -> list[int]:
    """The brush's first extent, in ms; the latest event is always in it (news is read from the
    latest). With few events, the stretch of the latest FOCUS_SHARE of them, padded by 4% on each
    side (at least an hour); with more than DETAIL_ROWS, the latest stretch whose detail lists at most
    DETAIL_ROWS of them."""
    if len(events) > DETAIL_ROWS:
        return list(_latest_window(events))
    count = max(1, math.ceil(FOCUS_SHARE * len(events)))
    run = sorted(events, key=lambda row: (row["mid"], row["order"]))[-count:]
    start, end = min(row["start"] for row in run), max(row["end"] for row in events)
    pad = max((end - start) // 25, HOUR_MS)
    return [start - pad, end + pad]


def _latest_window(events: list[dict[str, Any]]) -> tuple[int, int]:
    """From the latest event back, the widest window whose detail lists at most DETAIL_ROWS events
    (IN_BRUSH's rule; the count only grows as the window opens, so a binary search finds it)."""
    latest = max(row["start"] for row in events)
    end = max(row["end"] for row in events if row["start"] == latest)
    starts = sorted({row["start"] for row in events if row["start"] <= latest}, reverse=True)
    low, high = 0, len(starts) - 1
    while low < high:
        middle = (low + high + 1) // 2
        if _listed(events, starts[middle], end) <= DETAIL_ROWS:
            low = middle
        else:
            high = middle - 1
    return starts[low], end


def _listed(events: list[dict[str, Any]], start: int, end: int) -> int:
    return sum(
        1
        for row in events
        if row["end"] > start and row["start"] < end and row["end"] - row["start"] <= end - start
    )


def _encodings(rows: ChartRows, language: Words) -> Encodings:
    colours = {language.precision[key]: colour for key, colour in PRECISION_COLOURS.items()}
    words_of = language.chart
    return Encodings(
        colour=alt.Color(
            "precision:N",
            title=directed(words_of["legend"]),
            scale=alt.Scale(domain=rows.precisions, range=[colours[word] for word in rows.precisions]),
            legend=alt.Legend(orient="top", direction="horizontal", symbolOpacity=1, titleLimit=480),
        ),
        tooltip=[alt.Tooltip(f"{field}:N", title=words_of[f"tooltip_{field}"]) for field in TOOLTIP_FIELDS],
        published_tooltip=[
            alt.Tooltip("source:N", title=words_of["tooltip_published"]),
            alt.Tooltip("when:N", title=words_of["tooltip_on"]),
        ],
    )


def _title(title: str | None, rows: ChartRows, language: Words) -> alt.TitleParams:
    documents = len({row["doc"] for row in rows.events})
    count = language.chart["summary_one" if documents == 1 else "summary"]
    summary = f"{count.format(n=len(rows.events), documents=documents)} · {language.chart['periods_note']}"
    heading = title if title is not None else _default_title(rows, language)
    return alt.TitleParams(
        text=directed(heading),
        subtitle=[directed(summary)],
        anchor="end" if is_rtl(heading) else "start",
        fontSize=18,
        fontWeight="normal",
        subtitleFontSize=12,
        subtitleColor="#555",
        offset=10,
    )


def _default_title(rows: ChartRows, language: Words) -> str:
    """The document's title when the chart draws one titled document, else "Timeline" in `language`."""
    titles = [row["title"] for row in rows.publications]
    return titles[0] if len(titles) == 1 and titles[0] else language.chart["title"]


def _overview(
    events_data: alt.InlineData,
    published_data: alt.InlineData,
    rows: ChartRows,
    lanes: Lanes,
    enc: Encodings,
    brush: alt.Parameter,
    pick: alt.Parameter,
    lane_panel: bool,
    time_width: int,
) -> alt.LayerChart:
    """Every event on one time axis, one band per lane; the brush chooses the detail's extent."""
    scale = alt.Scale(type="utc")
    y = (
        alt.Y("lane:N", title=None, sort=rows.lanes, axis=alt.Axis(labelLimit=LANE_WIDTH, domain=False))
        if lanes != "none"
        else alt.Y("lane:N", title=None, axis=None)
    )
    picked = alt.condition(pick, alt.value(0.9), alt.value(0.1))
    periods_picked = alt.condition(pick, alt.value(0.45), alt.value(0.08))
    base = alt.Chart(events_data)
    # Both selections live on one layer: Altair binds a layer's selections to every named layer.
    periods = (
        base.transform_filter("datum.kind == 'period'")
        .mark_bar(height={"band": 0.7}, cornerRadius=2, ariaRoleDescription="overview period")
        .encode(
            x=alt.X("start:T", title=None, scale=scale, axis=alt.Axis(labelOverlap=True, format=TIME_FORMAT)),
            x2="end:T",
            y=y,
            color=enc.colour,
            opacity=periods_picked,
            tooltip=enc.tooltip,
        )
        .add_params(brush, pick)
    )
    instants = (
        base.transform_filter("datum.kind == 'instant'")
        .mark_tick(thickness=2, height=OVERVIEW_BAND * 0.7, ariaRoleDescription="overview instant")
        .encode(x=alt.X("mid:T", scale=scale), y=y, color=enc.colour, opacity=picked, tooltip=enc.tooltip)
    )
    width = _detail_width(lane_panel, time_width)  # the detail starts where this plot does, after the lanes
    return alt.LayerChart(
        layer=[_publication_rules(published_data, scale, enc), periods, instants],
        name="overview",
        width=width,
        height=alt.Step(OVERVIEW_BAND),
    )


def _detail_width(lane_panel: bool, time_width: int) -> int:
    panels = [LABEL_WIDTH, WHEN_WIDTH, time_width] + ([LANE_WIDTH] if lane_panel else [])
    return sum(panels) + SPACING * (len(panels) - 1)


def _time_width(width: int | None, lane_panel: bool) -> int:
    """The time panel's width: TIME_WIDTH, or what a drawing `width` wide leaves it."""
    if width is None:
        return TIME_WIDTH
    return max(MIN_TIME_WIDTH, width - _detail_width(lane_panel, 0))


def _detail(
    events_data: alt.InlineData,
    published_data: alt.InlineData,
    lane_panel: bool,
    enc: Encodings,
    windowed: bool,
    time_width: int,
) -> alt.HConcatChart:
    """One row per event: lane (when there are several), label, date, and the event on the brushed
    time axis."""
    base = alt.Chart(events_data).transform_filter(pick_filter())
    if windowed:
        base = base.transform_filter(IN_BRUSH)
    base = base.transform_window(
        row="row_number()", sort=[alt.SortField("lane_rank"), alt.SortField("order")]
    )
    panels = [_lane_panel(base)] if lane_panel else []
    panels += [
        _label_panel(base, enc),
        _when_panel(base, enc),
        _time_panel(base, published_data, enc, time_width),
    ]
    detail: alt.HConcatChart = alt.hconcat(*panels, spacing=SPACING).resolve_scale(y="shared")
    return detail


def pick_filter() -> alt.ParameterPredicate:
    """Keep the events whose precision is picked in the legend (all when none is)."""
    return alt.ParameterPredicate(param="pick")


def _row_y() -> alt.Y:
    return alt.Y("row:O", axis=None, title=None)


def _panel(name: str, width: int) -> dict[str, Any]:
    """A detail panel's properties; the page finds the panel by `name` to fit its width to the screen."""
    return {"name": name, "width": width, "height": alt.Step(ROW), "view": alt.ViewBackground(stroke=None)}


def _lane_shading(base: alt.Chart) -> alt.Chart:
    """A light band behind the rows of every other lane."""
    shading: alt.Chart = (
        base.transform_filter("datum.lane_rank % 2 == 1")
        .mark_rect(color="#f0f0f0", ariaRoleDescription="lane band")
        .encode(y=_row_y(), x=alt.value(0), x2=alt.value("width"))
    )
    return shading


def _lane_panel(base: alt.Chart) -> alt.LayerChart:
    """The lane's name beside its first row, aligned left as a heading."""
    names = (
        base.transform_window(lane_row="row_number()", groupby=["lane"], sort=[alt.SortField("order")])
        .transform_filter("datum.lane_row == 1")
        .mark_text(
            align="left",
            baseline="middle",
            limit=LANE_WIDTH - 8,
            fontSize=11,
            color="#222",
            ariaRoleDescription="lane name",
        )
        .encode(y=_row_y(), x=alt.value(4), text="lane:N")
    )
    return alt.LayerChart(layer=[_lane_shading(base), names], **_panel("lanes", LANE_WIDTH))


def _label_panel(base: alt.Chart, enc: Encodings) -> alt.LayerChart:
    """The event's short text."""
    labels = _directed_text(base, "label", LABEL_WIDTH, enc)
    return alt.LayerChart(layer=[_lane_shading(base), *labels], **_panel("labels", LABEL_WIDTH))


def _directed_text(base: alt.Chart, field: str, width: int, enc: Encodings) -> list[alt.Chart]:
    """`field` as text in a panel `width` wide: right-to-left text aligned right, the rest left."""
    limit = width - 8
    return [
        base.transform_filter("datum.rtl")
        .mark_text(
            align="right",
            dir="rtl",
            dx=-4,
            baseline="middle",
            limit=limit,
            fontSize=11,
            ariaRoleDescription="event label",
        )
        .encode(y=_row_y(), x=alt.value("width"), text=f"{field}:N", tooltip=enc.tooltip),
        base.transform_filter("!datum.rtl")
        .mark_text(
            align="left",
            dir="ltr",
            baseline="middle",
            limit=limit,
            fontSize=11,
            ariaRoleDescription="event label",
        )
        .encode(y=_row_y(), x=alt.value(4), text=f"{field}:N", tooltip=enc.tooltip),
    ]


def _when_panel(base: alt.Chart, enc: Encodings) -> alt.LayerChart:
    """The event's date written at its grain ("Jun 2016", "1980s", "Mon 28 Nov 2016")."""
    when = base.mark_text(
        align="right",
        baseline="middle",
        color="#555",
        fontSize=11,
        limit=WHEN_WIDTH - 8,
        dx=-4,
        ariaRoleDescription="event date",
    ).encode(y=_row_y(), x=alt.value("width"), text="when:N", tooltip=enc.tooltip)
    return alt.LayerChart(layer=[_lane_shading(base), when], **_panel("dates", WHEN_WIDTH))


def _time_panel(
    base: alt.Chart, published_data: alt.InlineData, enc: Encodings, time_width: int
) -> alt.LayerChart:
    """Bars with end caps for periods (a two-day range stays visible on a long axis), points for days
    and instants, over the brush's extent."""
    scale = alt.Scale(type="utc", domain={"param": "brush", "encoding": "x"})
    axis = alt.Axis(orient="top", labelOverlap=True, title=None, format=TIME_FORMAT)
    periods = (
        base.transform_filter("datum.kind == 'period'")
        .mark_bar(height={"band": 0.6}, cornerRadius=2, clip=True, ariaRoleDescription="event period")
        .encode(
            x=alt.X("start:T", scale=scale, axis=axis),
            x2="end:T",
            y=_row_y(),
            color=enc.colour,
            tooltip=enc.tooltip,
        )
    )
    caps = (
        base.transform_filter("datum.kind == 'period'")
        .transform_fold(["start", "end"], as_=["edge", "at"])
        .mark_tick(thickness=1.5, size=ROW * 0.7, clip=True, ariaRoleDescription="period end")
        .encode(x=alt.X("at:T", scale=scale), y=_row_y(), color=enc.colour, tooltip=enc.tooltip)
    )
    instants = (
        base.transform_filter("datum.kind == 'instant'")
        .mark_point(filled=True, size=70, opacity=1, clip=True, ariaRoleDescription="event instant")
        .encode(x=alt.X("mid:T", scale=scale), y=_row_y(), color=enc.colour, tooltip=enc.tooltip)
    )
    before = _edge_marker(base, BEFORE_BRUSH, "triangle-left", enc, at_end=False)
    after = _edge_marker(base, AFTER_BRUSH, "triangle-right", enc, at_end=True)
    rules = _publication_rules(published_data, scale, enc, clip=True)
    return alt.LayerChart(
        layer=[_lane_shading(base), rules, periods, caps, instants, before, after],
        name="times",
        width=time_width,
        height=alt.Step(ROW),
    )


def _edge_marker(base: alt.Chart, where: str, shape: str, enc: Encodings, *, at_end: bool) -> alt.Chart:
    """A triangle at the edge of the time panel for an event outside the brushed extent (the end
    edge is the panel's "width", so the marker follows the panel when the page resizes it)."""
    marker: alt.Chart = (
        base.transform_filter(where)
        .mark_point(
            shape=shape,
            filled=True,
            size=60,
            opacity=1,
            xOffset=-6 if at_end else 6,
            ariaRoleDescription="event outside",
        )
        .encode(x=alt.value("width" if at_end else 0), y=_row_y(), color=enc.colour, tooltip=enc.tooltip)
    )
    return marker


def _publication_rules(
    published_data: alt.InlineData, scale: alt.Scale, enc: Encodings, clip: bool = False
) -> alt.Chart:
    rules: alt.Chart = (
        alt.Chart(published_data)
        .mark_rule(
            strokeDash=[4, 3],
            color="#333",
            strokeWidth=1.2,
            ariaRoleDescription="publication date",
            clip=True if clip else alt.Undefined,
        )
        .encode(
            x=alt.X("published:T", scale=scale),
            tooltip=enc.published_tooltip,
        )
    )
    return rules
