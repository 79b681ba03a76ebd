"""Write a chart to a file, the format from its extension: .html (JavaScript embedded, nothing fetched),
.png and .svg (vl-convert, no browser), .json (the Vega-Lite spec). Writes are atomic: a temporary
file in the same folder, renamed over the target once complete."""

from __future__ import annotations

import html
import json
from collections.abc import Callable
from functools import cache
from pathlib import Path
from typing import Any

import altair as alt
import vl_convert

from timeline.charts.fonts import FONT_FAMILY, register_fonts
from timeline.charts.records import ChartError
from timeline.io.atomic import write_atomically

PNG_SCALE = 2.0
"""Pixels per chart unit in PNG output (2: sharp on high-density screens and in print)."""
VEGA_LITE = ".".join(alt.SCHEMA_VERSION.lstrip("v").split(".")[:2])
"""The Vega-Lite version Altair writes specs for, which vl-convert renders them with."""
HELP = (
    "Drag across the overview to choose the window the detail shows; drag the window to pan it and "
    "scroll over it to zoom; double-click the overview to show everything. Click grains in the legend "
    "to show only their events, and again to remove them. Hover over an event for its sentence and "
    "source."
)
PAGE = """<!DOCTYPE html>
<html>
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>{title}</title>
<style>
body {{ font-family: {font}; margin: 16px; color: #222; }}
.help {{ color: #555; font-size: 13px; max-width: 60em; }}
body #vg-tooltip-element {{ font-family: {font}; font-size: 12px; }}
body #vg-tooltip-element table tr td.value {{
  max-width: 460px; max-height: none; white-space: normal; unicode-bidi: plaintext; text-align: start;
}}
</style>
<script>{bundle}</script>
</head>
<body>
<div id="chart"></div>
<p class="help">{help}</p>
<script>
const spec = {spec};
const options = {{renderer: "svg", actions: {{export: true, source: false, compiled: false, editor: false}}}};
vegaEmbed("#chart", spec, options)
  .then((result) => {{ window.timelineView = result.view; }})
  .catch((error) => console.error(error));
</script>
</body>
</html>
"""


def save_chart(chart: alt.TopLevelMixin, path: str | Path) -> Path:
    """Write `chart` to `path` in the format its extension names; ChartError for an unknown one."""
    target = Path(path)
    writer = writer_for(target)
    spec = chart.to_dict()
    data = writer(spec)
    write_atomically(target, lambda temporary: temporary.write_bytes(data))
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
    """A standalone page: the Vega, Vega-Lite and Vega-Embed JavaScript inline, the spec, a help line."""
    title = spec.get("title", {})
    heading = title.get("text") if isinstance(title, dict) else title
    page = PAGE.format(
        title=html.escape(heading or "Timeline"),
        font=FONT_FAMILY,
        bundle=_javascript(),
        help=html.escape(HELP),
        spec=_script_safe(json.dumps(spec, ensure_ascii=False, sort_keys=True)),
    )
    return page.encode("utf-8")


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


@cache
def _javascript() -> str:
    return vl_convert.javascript_bundle(vl_version=VEGA_LITE)


def _script_safe(spec_json: str) -> str:
    """JSON that cannot close the <script> element it is inlined in ("<\\/" reads as "</" in JSON)."""
    return spec_json.replace("</", "<\\/")
