"""The event table's event–date links against articles annotated by hand (tests/links/, see its README).

The figures are floors at what the table scores today, so a change that loses links fails here; issue 10's
goal for newswire annotated by others is precision 0.80 and recall 0.60."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from timeline.events.evaluation import score_links
from timeline.events.extract import events
from timeline.io.documents import Overrides, read_record

LINKS = Path(__file__).parent / "links"


@pytest.mark.parametrize(("lang", "precision", "recall"), [("en", 0.82, 0.81), ("ar", 0.64, 0.70)])
def test_the_table_links_events_to_the_dates_the_annotators_marked(
    lang: str, precision: float, recall: float
) -> None:
    gold = [json.loads(line) for line in (LINKS / f"{lang}.jsonl").read_text(encoding="utf-8").splitlines()]
    documents = [read_record(record, lang, record["id"], Overrides()) for record in gold]
    found, _ = score_links(gold, events(documents))
    assert found.precision >= precision and found.recall >= recall, found
