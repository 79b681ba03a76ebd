"""Write the README's screenshots of the reader's page: charts/seeds.html (as README's first command
writes it) in Debian's headless Chromium, driven by Playwright's client, at a phone's, a laptop's and a
large monitor's size, into docs/screenshots/.

    python3 scripts/screenshots.py

Each size is shot twice: as the page opens, and after clicking the latest event (the source panel
shows its sentence with the date and the event word marked).
"""

from __future__ import annotations

import sys
from pathlib import Path

from playwright.sync_api import sync_playwright

ROOT = Path(__file__).resolve().parent.parent
PAGE = ROOT / "charts" / "seeds.html"
OUT = ROOT / "docs" / "screenshots"
CHROMIUM = "/usr/bin/chromium"
SCREENS = [("phone", 390, 844), ("laptop", 1280, 800), ("monitor", 2560, 1440)]


def main() -> int:
    if not PAGE.exists():
        print(f"{PAGE} is missing: run README's first command", file=sys.stderr)
        return 1
    OUT.mkdir(parents=True, exist_ok=True)
    with sync_playwright() as playwright:
        browser = playwright.chromium.launch(executable_path=CHROMIUM, args=["--headless", "--no-sandbox"])
        for name, width, height in SCREENS:
            page = browser.new_page(viewport={"width": width, "height": height})
            page.goto(PAGE.as_uri())
            page.wait_for_function("window.timelineView !== undefined", timeout=30_000)
            page.wait_for_timeout(500)
            page.screenshot(path=OUT / f"page-{name}.png")
            print(f"Wrote {OUT / f'page-{name}.png'}")
            page.locator("#event-table th button").first.click()  # latest first
            page.locator("#event-table tbody tr").first.click()
            page.locator("#source").scroll_into_view_if_needed()
            page.wait_for_timeout(300)
            page.screenshot(path=OUT / f"page-{name}-source.png")
            print(f"Wrote {OUT / f'page-{name}-source.png'}")
            page.close()
        browser.close()
    return 0


if __name__ == "__main__":
    sys.exit(main())
