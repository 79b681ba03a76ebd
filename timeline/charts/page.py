"""The reader's page: one self-contained HTML file with the chart sized to the screen, the event table
and the source panel (the files in web/ are its skeleton, style and script).

Everything the page shows from the articles travels as JSON in a `<script type="application/json">`
element and is put on the page as text, never as markup; the JSON escapes `<`, `>`, `&` and the line
separators U+2028/U+2029, so no title or sentence can end, comment out or open a script element.
"""

from __future__ import annotations

import html
import json
from functools import cache
from importlib import resources
from string import Template
from typing import Any

import vl_convert

from timeline.charts.fonts import FONT_FAMILY
from timeline.charts.labels import RLM
from timeline.words import REFERENCE, words

_ESCAPES = {"<": "\\u003c", ">": "\\u003e", "&": "\\u0026", "\u2028": "\\u2028", "\u2029": "\\u2029"}


def html_page(spec: dict[str, Any], vega_lite: str) -> bytes:
    """The page for a chart `spec` (its `usermeta.lang` names the language of the page's words)."""
    meta = spec.get("usermeta") or {}
    language = words(meta.get("lang") or REFERENCE)
    title = spec.get("title", {})
    heading = title.get("text") if isinstance(title, dict) else title
    subtitle = title.get("subtitle", []) if isinstance(title, dict) else []
    data = {"spec": spec, "ui": language.page, "font": FONT_FAMILY}
    page = Template(_asset("page.html")).substitute(
        lang=html.escape(language.code),
        dir=language.dir,
        title=html.escape((heading or language.chart["title"]).strip(RLM)),
        subtitle=html.escape(" · ".join(subtitle)),
        help=html.escape(language.page["help"]),
        source_heading=html.escape(language.page["source_heading"]),
        source_hint=html.escape(language.page["source_hint"]),
        events_heading=html.escape(language.page["events_heading"]),
        style=_asset("page.css").replace("FONT_FAMILY", FONT_FAMILY),
        bundle=_bundle(vega_lite),
        data=script_json(data),
        script=_asset("page.js"),
    )
    return page.encode("utf-8")


def script_json(value: Any) -> str:
    """`value` as JSON that is inert inside a script element, whatever strings it holds."""
    text = json.dumps(value, ensure_ascii=False, sort_keys=True)
    return "".join(_ESCAPES.get(char, char) for char in text)


@cache
def _asset(name: str) -> str:
    return resources.files("timeline.charts").joinpath("web", name).read_text("utf-8")


@cache
def _bundle(vega_lite: str) -> str:
    """Vega, Vega-Lite and Vega-Embed as one script (vl-convert ships them: nothing is fetched)."""
    # vl-convert's stub makes `snippet` required; without one it returns the bare libraries (its docs).
    bundle: str = vl_convert.javascript_bundle(vl_version=vega_lite)  # type: ignore[call-arg]
    return bundle
