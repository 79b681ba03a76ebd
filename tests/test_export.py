"""Exports: table formats round-trip, TimelineJS dates at the right precision, writes are atomic."""

from __future__ import annotations

import json
import xml.etree.ElementTree as ET
from datetime import datetime
from pathlib import Path

import polars as pl
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from timeline.events.extract import ordered
from timeline.events.table import EVENT_SCHEMA
from timeline.io.export import format_of, read, render, timelinejs, write
from timeline.model import Document

TEXT = "Officials met in the 1980s, in June, and from Monday to Tuesday. The talks ended on Friday."


def row(
    expression: str, value: str, start: datetime, end: datetime, grain: str, **extra: object
) -> dict[str, object]:
    at = TEXT.index(expression)
    base = {
        "order": 0,
        "doc": "d1",
        "title": "Talks «عاجل»",
        "url": None,
        "published": datetime(2016, 12, 2, 9, 30),
        "lang": "en",
        "event": f"Officials met {expression}",
        "sentence": TEXT.split(". ")[0] + ".",
        "trigger": "met",
        "lemma": "meet",
        "trigger_start": 10,
        "trigger_end": 13,
        "expression": expression,
        "type": "DATE",
        "value": value,
        "mod": None,
        "start": start,
        "end": end,
        "grain": grain,
        "anchor": "date",
        "char_start": at,
        "char_end": at + len(expression),
        "rule": "test",
        "sequence": at,
        "event_id": f"d1#{at}",
        "sources": ["d1", "d2"],
    }
    return {**base, **extra}


def sample() -> pl.DataFrame:
    rows = [
        row("the 1980s", "198", datetime(1980, 1, 1), datetime(1990, 1, 1), "decade"),
        row(
            "June",
            "2016-06",
            datetime(2016, 6, 1),
            datetime(2016, 7, 1),
            "month",
            url="https://example.org/a?b=1",
        ),
        row(
            "Monday to Tuesday",
            "2016-11-28/2016-11-29",
            datetime(2016, 11, 28),
            datetime(2016, 11, 30),
            "day",
            type="DURATION",
        ),
        row(
            "Friday",
            "2016-12-02",
            datetime(2016, 12, 2),
            datetime(2016, 12, 3),
            "day",
            trigger=None,
            mod="END",
        ),
    ]
    return ordered(pl.DataFrame(rows, schema=EVENT_SCHEMA))


@pytest.mark.parametrize("suffix", [".csv", ".parquet", ".json", ".ndjson"])
def test_every_table_format_round_trips(tmp_path: Path, suffix: str) -> None:
    table = sample()
    path = tmp_path / f"events{suffix}"
    write(table, path)
    assert read(path).equals(table)


texts = st.text(alphabet=st.sampled_from("ab ,\"\n'«»،x"), max_size=20)


@settings(max_examples=30, deadline=None)
@given(event=texts, trigger=st.none() | texts, sources=st.lists(texts, min_size=1, max_size=3))
def test_csv_and_ndjson_round_trip_any_text(
    tmp_path_factory: pytest.TempPathFactory, event, trigger, sources
) -> None:
    table = sample().with_columns(
        event=pl.lit(event), trigger=pl.lit(trigger, dtype=pl.String), sources=pl.lit(sources)
    )
    folder = tmp_path_factory.mktemp("out")
    for name in ("e.csv", "e.ndjson"):
        write(table, folder / name)
        back = read(folder / name)
        assert back.drop("event", "trigger").equals(table.drop("event", "trigger"))
        assert back["event"].fill_null("").to_list() == table["event"].to_list()


def test_timelinejs_dates_each_event_at_its_own_precision() -> None:
    slides = timelinejs(sample())["events"]
    decade, june, days, friday = slides
    assert decade["start_date"] == {"year": "1980"} and decade["end_date"] == {"year": "1989"}
    assert june["start_date"] == {"year": "2016", "month": "6"} and "end_date" not in june
    assert days["start_date"] == {"year": "2016", "month": "11", "day": "28"}
    assert days["end_date"] == {"year": "2016", "month": "11", "day": "29"}
    assert friday["display_date"] == "2 Dec 2016" and "end_date" not in friday
    assert {s["group"] for s in slides} == {"Talks «عاجل»"}
    assert all(s["text"]["headline"].startswith("Officials met") for s in slides)
    assert '<a href="https://example.org/a?b=1">' in june["text"]["text"]
    assert len({s["unique_id"] for s in slides}) == 4


def test_the_terminal_table_shows_dates_at_their_grain() -> None:
    table = sample()
    lines = render(table, "table").splitlines()
    assert lines[0].split() == ["#", "when", "expression", "trigger", "event", "doc"]
    assert len(lines) == 5
    whens = ["1980s", "Jun 2016", "28–29 Nov 2016", "Fri 2 Dec 2016"]
    columns = slice(lines[0].index("when"), lines[0].index("expression"))
    assert [line[columns].strip() for line in lines[1:]] == whens


def test_timeml_tags_each_event_expression_in_the_document_text() -> None:
    document = Document(id="d1", text=TEXT, published=None)
    root = ET.fromstring(render(sample(), "timeml", {"d1": document}))
    timexes = root.find("TEXT").findall("TIMEX3")
    assert [t.text for t in timexes] == ["the 1980s", "June", "Monday to Tuesday", "Friday"]
    assert [t.get("value") for t in timexes] == ["198", "2016-06", "P2D", "2016-12-02"]
    assert "".join(root.find("TEXT").itertext()) == TEXT


def test_the_format_comes_from_the_option_then_the_extension() -> None:
    assert format_of(None) == "table"
    assert format_of("out.jsonl") == "ndjson"
    assert format_of("out.json", "timelinejs") == "timelinejs"
    with pytest.raises(Exception, match="cannot tell the format"):
        format_of("out.xlsx")


def test_a_failed_write_leaves_the_old_file_and_no_temporary(tmp_path: Path) -> None:
    target = tmp_path / "events.json"
    target.write_text("old", encoding="utf-8")
    broken = sample().with_columns(published=pl.lit(None, dtype=pl.Datetime("us")))
    with pytest.raises(AttributeError):
        write(broken, target, "timelinejs")
    assert target.read_text(encoding="utf-8") == "old"
    assert [p.name for p in tmp_path.iterdir()] == ["events.json"]


def test_json_output_is_an_array_of_events_with_iso_dates(tmp_path: Path) -> None:
    write(sample(), tmp_path / "e.json")
    records = json.loads((tmp_path / "e.json").read_text(encoding="utf-8"))
    assert list(records[0]) == list(EVENT_SCHEMA)
    assert records[0]["start"] == "1980-01-01T00:00:00"
