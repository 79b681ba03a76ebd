"""The HTML page in a real headless browser: Debian's Chromium, driven by Playwright's client, at the
sizes of a phone (390×844), a laptop (1280×800) and a large monitor (2560×1440)."""

from __future__ import annotations

import json
from collections.abc import Iterator
from dataclasses import dataclass, field
from datetime import timedelta
from pathlib import Path
from typing import Any

import altair as alt
import polars as pl
import pytest
from event_tables import english_events, entity_events, five_events, generated_events, seed_events
from playwright.sync_api import Browser, Page, sync_playwright

from timeline.charts import chart
from timeline.charts.records import Lanes, chart_rows
from timeline.charts.render import save_chart
from timeline.charts.spec import focus_window
from timeline.words import words

CHROMIUM = "/usr/bin/chromium"
CHROMIUM_ARGS = [
    "--headless",
    "--no-sandbox",
    "--disable-gpu",
    "--disable-background-networking",
    "--disable-component-update",
    "--no-first-run",
]


@dataclass
class Opened:
    """A chart page and what it reported while loading."""

    page: Page
    errors: list[str] = field(default_factory=list)
    requests: list[str] = field(default_factory=list)

    def count(self, role: str) -> int:
        return self.page.locator(f'[aria-roledescription="{role}"]').count()

    def brush(self) -> dict[str, Any]:
        return json.loads(self.page.evaluate("JSON.stringify(window.timelineView.signal('brush'))"))


@pytest.fixture(scope="module")
def browser() -> Iterator[Browser]:
    with sync_playwright() as playwright:
        launched = playwright.chromium.launch(executable_path=CHROMIUM, args=CHROMIUM_ARGS)
        yield launched
        launched.close()


SCREENS = [(390, 844), (1280, 800), (2560, 1440)]

LATEST_MARK = """(order) => {
  // Where the event's marks in the detail are: inside their time panel (true) or clipped away (false).
  const found = [];
  const walk = (group) => {
    for (const mark of group.items || []) {
      for (const item of mark.items || []) {
        if (mark.marktype === "group") walk(item);
        else if (item.datum && item.datum.order === order
                 && ["event instant", "event period"].includes(item.ariaRoleDescription)) {
          found.push(item.bounds.x1 >= -0.5 && item.bounds.x2 <= group.width + 0.5);
        }
      }
    }
  };
  walk(window.timelineView.scenegraph().root.items[0]);
  return found;
}"""


def open_chart(
    browser: Browser,
    table: pl.DataFrame,
    path: Path,
    screen: tuple[int, int] = (1500, 1000),
    lanes: Lanes = "auto",
) -> Opened:
    save_chart(chart(table, lanes=lanes), path)
    page = browser.new_page(viewport={"width": screen[0], "height": screen[1]})
    opened = Opened(page)
    page.on(
        "console", lambda message: opened.errors.append(message.text) if message.type == "error" else None
    )
    page.on("pageerror", lambda error: opened.errors.append(str(error)))
    page.on("request", lambda request: opened.requests.append(request.url))
    page.goto(path.as_uri())
    page.wait_for_function("window.timelineView !== undefined", timeout=30_000)
    return opened


def test_the_page_draws_every_event_without_errors_or_network(browser: Browser, tmp_path: Path) -> None:
    table = seed_events()
    opened = open_chart(browser, table, tmp_path / "seed.html")
    assert opened.errors == []
    assert opened.requests == [(tmp_path / "seed.html").as_uri()]
    periods = table.filter(pl.col("end") - pl.col("start") > timedelta(days=1)).height
    assert opened.count("event label") == opened.count("event date") == table.height
    assert opened.count("event period") == opened.count("overview period") == periods
    assert opened.count("event instant") == opened.count("overview instant") == table.height - periods
    assert opened.count("period end") == 2 * periods
    start, end = focus_window(chart_rows(table, "doc", words("ar")).events)
    outside = table.filter(
        (pl.col("end").dt.epoch("ms") <= start) | (pl.col("start").dt.epoch("ms") >= end)
    ).height
    assert outside >= 1 and opened.count("event outside") == outside
    assert opened.count("publication date") == 2


def test_a_tooltip_shows_the_sentence_and_source_on_hover(browser: Browser, tmp_path: Path) -> None:
    opened = open_chart(browser, five_events(), tmp_path / "five.html")
    opened.page.locator('[aria-roledescription="event instant"]').first.hover()
    tooltip = opened.page.locator("#vg-tooltip-element.visible")
    tooltip.wait_for(timeout=5_000)
    text = tooltip.inner_text()
    assert "زار، يوم الإثنين، مصانع روسية للأسلحة." in text
    assert "مصادر ليبية تكشف عن اتفاقات جديدة بين حفتر وموسكو (نُشر في 30 نوفمبر 2016)" in text
    assert "2016-11-28" in text


def test_500_events_brush_zoom_pan_clear_and_legend_filter(browser: Browser, tmp_path: Path) -> None:
    table = generated_events(500)
    opened = open_chart(browser, table, tmp_path / "many.html")
    page = opened.page
    rows = chart_rows(table, "doc", words("en")).events
    start, end = focus_window(rows)
    listed = [
        row
        for row in rows
        if row["end"] > start and row["start"] < end and row["end"] - row["start"] <= end - start
    ]
    assert opened.errors == []
    assert opened.count("event label") == len(listed)

    box = page.locator("g.brush_brush path").first.bounding_box()
    assert box is not None
    middle_x, middle_y = box["x"] + box["width"] / 2, box["y"] + box["height"] / 2
    before = opened.brush()["start"]
    page.mouse.move(middle_x, middle_y)
    page.mouse.wheel(0, -200)
    page.wait_for_timeout(300)
    zoomed = opened.brush()["start"]
    assert zoomed[1] - zoomed[0] < before[1] - before[0]
    assert opened.count("event label") < len(listed)

    page.mouse.move(middle_x, middle_y)
    page.mouse.down()
    page.mouse.move(middle_x - 60, middle_y, steps=5)
    page.mouse.up()
    page.wait_for_timeout(300)
    panned = opened.brush()["start"]
    assert panned[0] < zoomed[0]
    assert panned[1] - panned[0] == pytest.approx(zoomed[1] - zoomed[0], rel=1e-6)

    page.mouse.dblclick(middle_x, middle_y)
    page.wait_for_timeout(500)
    assert opened.brush() == {}
    assert opened.count("event label") == table.height

    month = page.locator(".role-legend-label text", has_text="month").first
    month.click()
    page.wait_for_timeout(500)
    assert opened.count("event label") == table.filter(pl.col("grain") == "month").height
    month.click()
    page.wait_for_timeout(500)
    assert opened.count("event label") == table.height
    assert opened.errors == []


@pytest.mark.parametrize("screen", SCREENS, ids=lambda screen: f"{screen[0]}x{screen[1]}")
def test_the_page_fits_the_screen_with_every_label_and_the_latest_event(
    browser: Browser, tmp_path: Path, screen: tuple[int, int]
) -> None:
    table = pl.concat([seed_events(), english_events()])
    opened = open_chart(browser, table, tmp_path / "two.html", screen)
    page = opened.page
    width = screen[0]
    assert page.evaluate("document.documentElement.scrollWidth") <= width
    labels = page.locator('[aria-roledescription="event label"]')
    assert labels.count() == table.height
    for index in range(labels.count()):
        box = labels.nth(index).bounding_box()
        assert box is not None and box["width"] > 10 and box["x"] >= 0 and box["x"] + box["width"] <= width
    panel = page.locator("g.times_group path.background").first.bounding_box()
    assert panel is not None and panel["x"] >= 0 and panel["x"] + panel["width"] <= width
    latest = table.filter(pl.col("start") == pl.col("start").max())["order"][0]
    marks = page.evaluate(LATEST_MARK, latest)
    assert marks and all(marks)
    assert page.locator("#event-table tbody tr").count() == table.height
    assert page.evaluate("[document.documentElement.lang, document.documentElement.dir]") == ["ar", "rtl"]
    assert page.locator("#events h2").inner_text() == "الأحداث"
    assert opened.errors == []


@pytest.mark.parametrize("screen", SCREENS, ids=lambda screen: f"{screen[0]}x{screen[1]}")
def test_clicking_an_event_shows_its_sentence_with_the_date_and_the_event_marked(
    browser: Browser, tmp_path: Path, screen: tuple[int, int]
) -> None:
    opened = open_chart(browser, five_events(), tmp_path / "five.html", screen)
    page = opened.page
    page.locator('[aria-roledescription="event instant"]').first.click()
    body = page.locator("#source-body")
    body.wait_for(state="visible", timeout=5_000)
    assert body.locator(".sentence").inner_text() == "زار، يوم الإثنين، مصانع روسية للأسلحة."
    assert body.locator(".sentence mark.when").inner_text() == "يوم الإثنين"
    assert body.locator(".sentence mark.what").inner_text() == "زار"
    assert body.locator("a").get_attribute("href") == "https://example.org/ar/haftar-moscow"
    row = page.locator("#event-table tbody tr", has_text="3 p.m. on Monday")
    row.click()
    assert body.locator(".sentence mark.when").inner_text() == "3 p.m. on Monday"
    assert body.locator(".doc").inner_text() == "Haftar courts Moscow for arms"
    assert "picked" in (row.get_attribute("class") or "")
    assert opened.errors == []


def test_the_table_filters_by_words_and_document_and_sorts(browser: Browser, tmp_path: Path) -> None:
    table = pl.concat([seed_events(), english_events()])
    opened = open_chart(browser, table, tmp_path / "two.html", (1280, 800))
    page = opened.page
    rows = page.locator("#event-table tbody tr")
    page.locator("#filters input").fill("algiers")
    assert rows.count() == 1 and "visited Algiers on Sunday" in rows.first.inner_text()
    page.locator("#filters input").fill("")
    page.locator("#filters select").select_option("sample-en")
    assert rows.count() == english_events().height
    page.locator("#event-table th button").first.click()  # date, latest first
    assert "2017" in rows.first.inner_text()
    assert opened.errors == []


def test_the_entity_filter_leaves_only_that_entitys_events(browser: Browser, tmp_path: Path) -> None:
    opened = open_chart(browser, entity_events(), tmp_path / "entities.html", (1280, 800))
    page = opened.page
    rows = page.locator("#event-table tbody tr")
    assert rows.count() == 3  # the flight is in both entities' lanes, and once in the table
    entity = page.locator('#filters select[name="entity"]')
    assert entity.locator("option").all_inner_texts()[1:] == ["Haftar", "Moscow"]
    entity.select_option("Moscow")
    assert rows.count() == 2
    assert all("Moscow" in text or "Russian" in text for text in rows.all_inner_texts())
    entity.select_option("Haftar")
    assert rows.count() == 2 and all("Haftar" in text for text in rows.all_inner_texts())
    assert opened.errors == []


def test_without_entities_there_is_no_entity_filter(browser: Browser, tmp_path: Path) -> None:
    opened = open_chart(browser, english_events(), tmp_path / "plain.html", (1280, 800))
    assert opened.page.locator('#filters select[name="entity"]').count() == 0
    assert opened.errors == []


SCRIPTED = [
    "<script>window.hacked=1</script>",
    '</script><img src=x onerror="window.hacked=1">',
    "<!--<script>",
]


@pytest.mark.parametrize("text", SCRIPTED)
def test_script_in_a_title_or_sentence_is_shown_as_text(browser: Browser, tmp_path: Path, text: str) -> None:
    table = five_events().with_columns(
        pl.lit(f"Title {text}").alias("title"), (pl.col("sentence") + pl.lit(f' "{text}"')).alias("sentence")
    )
    opened = open_chart(browser, table, tmp_path / "scripted.html", (1280, 800))
    page = opened.page
    page.locator("#event-table tbody tr").first.click()
    assert page.locator("#source-body .doc").inner_text() == f"Title {text}"
    assert page.locator("#source-body .sentence").inner_text().endswith(f' "{text}"')
    assert page.evaluate("window.hacked") is None
    assert opened.errors == []
    assert opened.requests == [(tmp_path / "scripted.html").as_uri()]


def test_a_chart_taller_than_the_screen_scrolls_in_its_box(browser: Browser, tmp_path: Path) -> None:
    many = pl.concat(
        [english_events().with_columns(doc=pl.lit(f"doc-{n}"), title=pl.lit(f"Story {n}")) for n in range(60)]
    )
    opened = open_chart(browser, many, tmp_path / "tall.html", (1280, 800), lanes="doc")
    page = opened.page
    box = page.locator("#chart").bounding_box()
    assert box is not None and box["height"] <= 0.9 * 800 + 1
    assert "capped" in (page.locator("#chart").get_attribute("class") or "")
    assert page.evaluate("document.documentElement.scrollWidth") <= 1280
    assert opened.errors == []


def test_resizing_refits_the_chart_and_keeps_the_window_and_show_everything_keeps_the_latest(
    browser: Browser, tmp_path: Path
) -> None:
    table = pl.concat([seed_events(), english_events()])
    opened = open_chart(browser, table, tmp_path / "two.html", (1280, 800))
    page = opened.page
    box = page.locator("g.brush_brush path").first.bounding_box()
    assert box is not None
    page.mouse.move(box["x"] + box["width"] / 2, box["y"] + box["height"] / 2)
    page.mouse.wheel(0, -200)
    page.wait_for_timeout(300)
    zoomed = opened.brush()["start"]
    page.set_viewport_size({"width": 390, "height": 844})
    page.wait_for_function("document.querySelector('#chart svg.marks').getBoundingClientRect().width <= 390")
    page.wait_for_timeout(300)
    assert page.evaluate("document.documentElement.scrollWidth") <= 390
    assert opened.brush()["start"] == pytest.approx(zoomed)
    overview = page.locator("g.overview_group path.background").first.bounding_box()
    assert overview is not None
    page.mouse.dblclick(overview["x"] + overview["width"] / 2, overview["y"] + overview["height"] / 2)
    page.wait_for_timeout(500)
    assert opened.brush() == {}
    latest = table.filter(pl.col("start") == pl.col("start").max())["order"][0]
    marks = page.evaluate(LATEST_MARK, latest)
    assert marks and all(marks)
    assert opened.errors == []


@pytest.mark.parametrize("width", [360, 760, 900, 1024])
def test_no_width_in_between_overflows(browser: Browser, tmp_path: Path, width: int) -> None:
    table = pl.concat([seed_events(), english_events()])
    opened = open_chart(browser, table, tmp_path / "two.html", (width, 800))
    assert opened.page.evaluate("document.documentElement.scrollWidth") <= width
    panel = opened.page.locator("g.times_group path.background").first.bounding_box()
    assert panel is not None and panel["width"] >= 120 and panel["x"] + panel["width"] <= width
    assert opened.errors == []


def test_any_altair_chart_saved_as_html_draws_without_errors(browser: Browser, tmp_path: Path) -> None:
    simple = alt.Chart(alt.InlineData(values=[{"a": 1}, {"a": 2}])).mark_point().encode(x="a:Q")
    path = save_chart(simple, tmp_path / "simple.html")
    page = browser.new_page(viewport={"width": 390, "height": 844})
    errors: list[str] = []
    page.on("pageerror", lambda error: errors.append(str(error)))
    page.goto(path.as_uri())
    page.wait_for_function("window.timelineView !== undefined", timeout=30_000)
    assert page.locator("#chart svg.marks").count() == 1
    assert errors == []
