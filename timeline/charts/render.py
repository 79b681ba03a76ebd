"""Write a chart to a file, the format from its extension: .html (JavaScript embedded, nothing fetched),
.png and .svg (vl-convert, no browser), .json (the Vega-Lite spec). Writes are atomic: a temporary
file in the same folder, renamed over the target once complete."""

from __future__ import annotations

import json
from collections.abc import Callable
from pathlib import Path
from typing import Any

import altair as alt
import vl_convert

from timeline.charts import page
from timeline.charts.fonts import register_fonts
from timeline.charts.records import ChartError
from timeline.io.atomic import write_atomically

PNG_SCALE = 2.0
"""Pixels per chart unit in PNG output (2: sharp on high-density screens and in print)."""
VEGA_LITE = ".".join(alt.SCHEMA_VERSION.lstrip("v").split(".")[:2])
"""The Vega-Lite version Altair writes specs for, which vl-convert renders them with."""


def save_chart(chart: alt.TopLevelMixin, path: str | Path) -> Path:
    """Write `chart` to `path` in the format its extension names; ChartError for an unknown one."""
    target = Path(path)
    writer = writer_for(target)
    spec = chart.to_dict()
    data = writer(spec)

    def fill(temporary: Path) -> None:
        temporary.write_bytes(data)

    write_atomically(target, fill)
    return target


def writer_for(path: Path) -> Callable[[dict[str, Any]], bytes]:
    """The function that renders a spec for `path`'s extension; ChartError naming the supported ones."""
    writer = WRITERS.get(path.suffix.lower())
    if writer is None:
        problem = (
            f"unknown chart format {path.suffix!r}" if path.suffix else "no extension to name the format"
        )
        raise ChartError(f"{path}: {problem} (supported: {', '.join(sorted(WRITERS))})")
    return writer


def html_page(spec: dict[str, Any]) -> bytes:
    """The reader's page (timeline.charts.page): chart, event table and source panel, nothing fetched."""
    return page.html_page(spec, VEGA_LITE)


def png_image(spec: dict[str, Any]) -> bytes:
    register_fonts()
    return vl_convert.vegalite_to_png(spec, vl_version=VEGA_LITE, scale=PNG_SCALE)


def svg_image(spec: dict[str, Any]) -> bytes:
    register_fonts()
    return vl_convert.vegalite_to_svg(spec, vl_version=VEGA_LITE).encode("utf-8")


def json_spec(spec: dict[str, Any]) -> bytes:
    return (json.dumps(spec, ensure_ascii=False, indent=2, sort_keys=True) + "\n").encode("utf-8")


WRITERS: dict[str, Callable[[dict[str, Any]], bytes]] = {
    ".html": html_page,
    ".json": json_spec,
    ".png": png_image,
    ".svg": svg_image,
}
