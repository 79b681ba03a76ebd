"""The HTML chart in a real headless browser: Debian's Chromium, driven by Playwright's client."""

from __future__ import annotations

import json
from collections.abc import Iterator
from dataclasses import dataclass, field
from datetime import timedelta
from pathlib import Path
from typing import Any

import polars as pl
import pytest
from event_tables import five_events, generated_events, seed_events
from playwright.sync_api import Browser, Page, sync_playwright

from timeline.charts import chart
from timeline.charts.records import chart_rows
from timeline.charts.render import save_chart
from timeline.charts.spec import focus_window

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


def open_chart(browser: Browser, table: pl.DataFrame, path: Path) -> Opened:
    save_chart(chart(table), path)
    page = browser.new_page(viewport={"width": 1500, "height": 1000})
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
    start, end = focus_window(chart_rows(table, "doc").events)
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
    assert "مصادر ليبية تكشف عن اتفاقات جديدة بين حفتر وموسكو (published 30 Nov 2016)" in text
    assert "2016-11-28" in text


def test_500_events_brush_zoom_pan_clear_and_legend_filter(browser: Browser, tmp_path: Path) -> None:
    table = generated_events(500)
    opened = open_chart(browser, table, tmp_path / "many.html")
    page = opened.page
    rows = chart_rows(table, "doc").events
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
