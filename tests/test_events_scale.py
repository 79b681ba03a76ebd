"""The event table stays linear in the length of a text, whatever its shape: one long sentence full of dates
must not make rows that each carry the sentence, nor work that grows with dates × words. Bounded by what is
allocated, not by wall time, so the test means the same on any machine."""

from __future__ import annotations

import sys
from types import FrameType
from typing import Any

import pendulum
import polars as pl
import pytest

import timeline
from timeline.events.extract import SHOWN
from timeline.model import Document

CLAUSE = "The minister met the envoy on June 3, 2016 and visited the port on June 4, 2016, "
UNBROKEN = "On 3 March 2016 the talks resumed "
"""A clause with no comma: repeated, one clause holding every date, each trigger with dates on both sides."""
RELATIVE = "The talks that had begun on Monday, "
"""Relative clauses without a comma before them: each runs to the sentence's end past every comma."""
PUBLISHED = pendulum.naive(2016, 11, 30)


def _table(repeats: int, clause: str = CLAUSE) -> pl.DataFrame:
    return timeline.events([Document(id="long", text=clause * repeats, published=PUBLISHED, lang="en")])


def _calls(repeats: int, clause: str = CLAUSE) -> int:
    """Python calls made to build the table of `repeats` clauses (the language data loaded beforehand)."""
    _table(2, clause)
    count = 0

    def counted(frame: FrameType, event: str, arg: Any) -> None:
        nonlocal count
        count += event == "call"

    sys.setprofile(counted)
    try:
        _table(repeats, clause)
    finally:
        sys.setprofile(None)
    return count


def test_a_row_holds_at_most_shown_characters_of_a_long_sentence() -> None:
    table = timeline.events([Document(id="long", text=CLAUSE * 200, published=PUBLISHED, lang="en")])
    assert table.height >= 400
    for column in ("event", "sentence"):
        assert max(len(text) for text in table[column].drop_nulls()) <= SHOWN + 2
    assert all("June" in text for text in table.filter(table["expression"].is_not_null())["sentence"])


def test_the_table_grows_linearly_with_one_long_dated_sentence() -> None:
    small, large = _table(50).estimated_size(), _table(200).estimated_size()
    assert large < 5 * small, (small, large)


@pytest.mark.parametrize("clause", [CLAUSE, UNBROKEN, RELATIVE], ids=["clauses", "one-clause", "relatives"])
def test_the_work_grows_linearly_with_one_long_dated_sentence(clause: str) -> None:
    small, large = _calls(40, clause), _calls(160, clause)
    assert large < 5 * small, (small, large)
