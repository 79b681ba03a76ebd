"""Writing charts: PNG and SVG without a browser, self-contained HTML, the JSON spec, atomic writes."""

from __future__ import annotations

import json
import struct
import xml.etree.ElementTree as ElementTree
from pathlib import Path

import altair as alt
import polars as pl
import pytest
from event_tables import english_events, generated_events, seed_events

import timeline
from timeline.charts import ChartError, chart
from timeline.charts import render as render_module
from timeline.charts.labels import RLM, short_label
from timeline.charts.render import save_chart
from timeline.io import atomic

SEEDS = Path(__file__).parent.parent / "seeds"
SVG = "{http://www.w3.org/2000/svg}"


def png_size(path: Path) -> tuple[int, int]:
    data = path.read_bytes()
    assert data[:8] == b"\x89PNG\r\n\x1a\n"
    assert data[12:16] == b"IHDR"
    return struct.unpack(">II", data[16:24])


def svg_texts(path: Path) -> list[str]:
    root = ElementTree.parse(path).getroot()
    return ["".join(element.itertext()) for element in root.iter(f"{SVG}text")]


def sample_tables() -> dict[str, pl.DataFrame]:
    """Both sample articles as the engine reads them, and 500 generated events."""
    table = timeline.events(timeline.read_documents([SEEDS]))
    docs = table["doc"].unique(maintain_order=True).to_list()
    assert len(docs) == 2
    return {
        "arabic-seed": table.filter(pl.col("lang") == "ar"),
        "english-sample": table.filter(pl.col("lang") == "en"),
        "generated-500": generated_events(500),
    }


@pytest.fixture(scope="module")
def tables() -> dict[str, pl.DataFrame]:
    return sample_tables()


@pytest.mark.parametrize("name", ["arabic-seed", "english-sample", "generated-500"])
def test_png_and_svg_render_without_a_browser(
    tables: dict[str, pl.DataFrame], name: str, tmp_path: Path
) -> None:
    table = tables[name]
    drawn = chart(table)
    png, svg = save_chart(drawn, tmp_path / "c.png"), save_chart(drawn, tmp_path / "c.svg")
    width, height = png_size(png)
    assert width > 1500 and height > 300
    assert ElementTree.parse(svg).getroot().attrib["width"] == str(width // 2)
    texts = {text.strip(RLM) for text in svg_texts(svg)}
    latest = table.filter(pl.col("start") == pl.col("start").max())["event"]
    assert {short_label(event) for event in latest} & texts


def test_arabic_text_is_kept_as_text_in_svg_with_the_bundled_font(tmp_path: Path) -> None:
    svg = save_chart(chart(seed_events()), tmp_path / "seed.svg")
    root = ElementTree.parse(svg).getroot()
    labels = [
        element for element in root.iter(f"{SVG}text") if "زار، يوم الإثنين" in "".join(element.itertext())
    ]
    assert labels
    assert labels[0].attrib["font-family"].startswith("DejaVu Sans")
    assert labels[0].attrib["text-anchor"] == "end"


def test_html_embeds_its_javascript_and_spec(tmp_path: Path) -> None:
    drawn = chart(pl.concat([seed_events(), english_events()]), title="Haftar </script> and Moscow")
    page = save_chart(drawn, tmp_path / "chart.html").read_text(encoding="utf-8")
    assert "<script src" not in page and "<link" not in page
    assert "window.vegaEmbed=" in page
    assert "<title>Haftar &lt;/script&gt; and Moscow</title>" in page
    assert page.count("</script>") == 3  # the bundle, the data, the page's script
    assert spec_of(page) == json.loads(json.dumps(drawn.to_dict()))


def spec_of(page: str) -> dict[str, object]:
    opening = '<script type="application/json" id="timeline-data">'
    body = page[page.index(opening) + len(opening) :]
    data: dict[str, dict[str, object]] = json.loads(body[: body.index("</script>")])
    return data["spec"]


SCRIPTED = ["<script>alert(1)</script>", "</script><script>x//", "<!--<script>", "\"'&amp;\u2028\u2029"]


@pytest.mark.parametrize("text", SCRIPTED)
def test_article_text_cannot_end_or_open_a_script_element(tmp_path: Path, text: str) -> None:
    table = seed_events().with_columns(
        pl.lit(f"Title {text}").alias("title"), (pl.col("sentence") + pl.lit(text)).alias("sentence")
    )
    page = save_chart(chart(table), tmp_path / "chart.html").read_text(encoding="utf-8")
    opening = '<script type="application/json" id="timeline-data">'
    body = page[page.index(opening) + len(opening) :]
    data = body[: body.index("</script>")]
    assert not any(char in data for char in "<>&\u2028\u2029")
    assert page.count("</script>") == 3
    datasets = json.loads(data)["spec"]["datasets"].values()
    events = next(rows for rows in datasets if "kind" in rows[0])
    assert {row["title"] for row in events} == {f"Title {text}"}


def test_json_is_the_vega_lite_spec(tmp_path: Path) -> None:
    drawn = chart(seed_events())
    written = json.loads(save_chart(drawn, tmp_path / "chart.json").read_text(encoding="utf-8"))
    assert written == json.loads(json.dumps(drawn.to_dict()))
    assert written["$schema"].startswith("https://vega.github.io/schema/vega-lite/")


def test_the_extension_chooses_the_format_case_blind(tmp_path: Path) -> None:
    path = save_chart(chart(seed_events()), tmp_path / "sub" / "chart.PNG")
    assert png_size(path)[0] > 0


def test_an_unknown_extension_lists_the_supported_ones_and_writes_nothing(tmp_path: Path) -> None:
    with pytest.raises(ChartError, match=r"supported: \.html, \.json, \.png, \.svg"):
        save_chart(chart(seed_events()), tmp_path / "chart.pdf")
    with pytest.raises(ChartError, match="no extension to name the format"):
        save_chart(chart(seed_events()), tmp_path / "chart")
    assert list(tmp_path.iterdir()) == []


def test_a_failed_render_leaves_the_old_file_and_no_temporary(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    target = tmp_path / "chart.png"
    target.write_bytes(b"old")

    def broken(spec: dict[str, object]) -> bytes:
        raise RuntimeError("renderer crashed")

    monkeypatch.setitem(render_module.WRITERS, ".png", broken)
    with pytest.raises(RuntimeError):
        save_chart(chart(seed_events()), target)
    assert target.read_bytes() == b"old"
    assert [path.name for path in tmp_path.iterdir()] == ["chart.png"]


def test_a_failed_write_removes_its_temporary(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    def refuse(source: object, target: object) -> None:
        raise OSError("disk full")

    monkeypatch.setattr(atomic.os, "replace", refuse)
    with pytest.raises(OSError, match="disk full"):
        save_chart(chart(seed_events()), tmp_path / "chart.json")
    assert list(tmp_path.iterdir()) == []


def test_any_altair_chart_can_be_saved(tmp_path: Path) -> None:
    simple = alt.Chart(alt.InlineData(values=[{"a": 1}])).mark_point().encode(x="a:Q")
    assert png_size(save_chart(simple, tmp_path / "simple.png"))[0] > 0
