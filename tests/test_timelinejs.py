"""TimelineJS export: dates as a reader of the article writes them, a title slide, media links."""

from __future__ import annotations

import html

import polars as pl
import pytest
from event_tables import english_events, seed_events

from timeline.io.export import timelinejs


def test_the_display_date_is_written_in_the_articles_language_not_as_the_expression() -> None:
    slides = {
        slide["text"]["text"]: slide
        for slide in timelinejs(pl.concat([seed_events(), english_events()]))["events"]
    }
    dates = {slide["display_date"] for slide in slides.values()}
    assert "28 نوفمبر 2016" in dates  # يوم الإثنين
    assert "27 Nov 2016" in dates  # Sunday
    assert "28–29 نوفمبر 2016" in dates
    assert "Jun 2016" in dates and "يونيو 2016" in dates
    assert not {"Sunday", "الأحد الماضي", "الشهر الماضي"} & dates


def test_a_title_slide_names_the_document_or_counts_the_corpus() -> None:
    one = timelinejs(english_events())["title"]["text"]
    assert one["headline"] == "Haftar courts Moscow for arms"
    assert one["text"] == '<p dir="auto">5 events from one document</p>'
    both = timelinejs(pl.concat([seed_events(), english_events()]))["title"]["text"]
    assert both["headline"] == "الخط الزمني"
    assert '<li dir="auto">Haftar courts Moscow for arms</li>' in both["text"]


def test_an_event_with_a_url_links_its_article_as_media_and_titles_are_escaped() -> None:
    table = english_events().with_columns(pl.lit("Arms <b>deal</b>").alias("title"))
    payload = timelinejs(table)
    slide = payload["events"][0]
    assert slide["media"] == {
        "url": "https://example.org/en/haftar-moscow",
        "link": "https://example.org/en/haftar-moscow",
        "caption": "Arms &lt;b&gt;deal&lt;/b&gt;",
    }
    assert payload["title"]["text"]["headline"] == "Arms &lt;b&gt;deal&lt;/b&gt;"
    no_url = timelinejs(english_events().with_columns(pl.lit(None, dtype=pl.String).alias("url")))
    assert all("media" not in slide for slide in no_url["events"])


MARKUP = ('<img src=x onerror="alert(1)">', "</script><!--<script>", "a & b \u2028")


def test_markup_from_the_documents_is_escaped_in_every_field_timelinejs_shows() -> None:
    for text in MARKUP:
        table = english_events().with_columns(
            pl.lit(text).alias("title"), pl.lit(text).alias("event"), (pl.col("sentence") + pl.lit(text))
        )
        for slide in timelinejs(table)["events"]:
            shown = [
                slide["text"]["headline"],
                slide["text"]["text"],
                slide["group"],
                slide["media"]["caption"],
            ]
            assert not [field for field in shown if "<img" in field or "<!--" in field or "</script" in field]
            assert html.unescape(slide["group"]) == text
            assert html.unescape(slide["text"]["headline"]) == text


@pytest.mark.parametrize(
    "url",
    [
        "javascript:alert(1)",
        " JavaScript:alert(1)",
        "data:text/html,<b>x</b>",
        "vbscript:x",
        "//evil",
        "http://[::1",
    ],
)
def test_only_web_links_are_kept(url: str) -> None:
    payload = timelinejs(english_events().with_columns(pl.lit(url).alias("url")))
    for slide in payload["events"]:
        assert "media" not in slide
        assert "href" not in slide["text"]["text"]
    kept = timelinejs(english_events().with_columns(pl.lit("HTTPS://example.org/a?b=1&c=2").alias("url")))
    assert kept["events"][0]["media"]["url"] == "HTTPS://example.org/a?b=1&c=2"
    assert 'href="HTTPS://example.org/a?b=1&amp;c=2"' in kept["events"][0]["text"]["text"]
