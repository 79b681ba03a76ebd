"""A publication date or anchor is accepted in every form a user holds one (ISO text, `datetime.date`,
`datetime.datetime`, pendulum's Date and DateTime, zoned or not) by every entry point, with one reading."""

from __future__ import annotations

import datetime
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pendulum
import pytest
from hypothesis import given
from hypothesis import strategies as st

import timeline
from timeline import AnchorError, Document

FORMS: dict[str, Any] = {
    "ISO date": "2016-11-30",
    "ISO date-time": "2016-11-30T10:00:00",
    "datetime.date": datetime.date(2016, 11, 30),
    "datetime.datetime": datetime.datetime(2016, 11, 30, 10, 0),
    "zoned datetime.datetime": datetime.datetime(
        2016, 11, 30, 10, tzinfo=datetime.timezone(datetime.timedelta(hours=3))
    ),
    "pendulum Date": pendulum.date(2016, 11, 30),
    "pendulum DateTime": pendulum.datetime(2016, 11, 30, 10, tz="Asia/Riyadh"),
    "naive pendulum DateTime": pendulum.naive(2016, 11, 30, 10),
}
READING = {
    "ISO date": pendulum.naive(2016, 11, 30),
    "datetime.date": pendulum.naive(2016, 11, 30),
    "pendulum Date": pendulum.naive(2016, 11, 30),
}
"""What each form reads as: its wall-clock time, a date alone its midnight."""
TEXT = "Talks ended on Monday and resume next month."


def reading(form: str) -> pendulum.DateTime:
    return READING.get(form, pendulum.naive(2016, 11, 30, 10))


def _read_documents(value: Any, tmp_path: Path) -> pendulum.DateTime | None:
    article = tmp_path / "article.txt"
    article.write_text(TEXT, encoding="utf-8")
    [document] = timeline.read_documents(article, published=value)
    return document.published


ENTRIES: dict[str, Callable[[Any, Path], object]] = {
    "Document": lambda value, _: Document(id="d", text=TEXT, published=value).published,
    "tag": lambda value, _: [t.anchor for t in timeline.tag(TEXT, published=value)],
    "resolve": lambda value, _: timeline.resolve("next month", anchor=value).anchor,
    "read_documents": _read_documents,
}
EXPECTED: dict[str, Callable[[pendulum.DateTime], object]] = {
    "Document": lambda anchor: anchor,
    "tag": lambda anchor: [anchor, anchor],
    "resolve": lambda anchor: anchor,
    "read_documents": lambda anchor: anchor,
}


@pytest.mark.parametrize("form", FORMS)
@pytest.mark.parametrize("entry", ENTRIES)
def test_every_entry_takes_every_form_of_date(entry: str, form: str, tmp_path: Path) -> None:
    assert ENTRIES[entry](FORMS[form], tmp_path) == EXPECTED[entry](reading(form))


@pytest.mark.parametrize("form", FORMS)
def test_events_of_documents_dated_in_any_form_are_one_table(form: str) -> None:
    table = timeline.events([Document(id="d", text=TEXT, published=FORMS[form])])
    by_text = timeline.events([Document(id="d", text=TEXT, published=reading(form).isoformat())])
    assert table.equals(by_text)
    assert set(table["published"]) == {reading(form)}


@pytest.mark.parametrize("bad", ["soon", "2016-11", "2016-02-30", "", 20161130])
def test_a_document_with_a_bad_date_is_an_anchor_error_where_it_is_made(bad: Any) -> None:
    with pytest.raises(AnchorError):
        Document(id="d", text=TEXT, published=bad)


def test_a_document_may_still_have_no_date() -> None:
    assert Document(id="d", text=TEXT, published=None).published is None


@given(st.dates(datetime.date(1000, 1, 1), datetime.date(9000, 12, 31)))
def test_a_date_in_any_form_is_the_same_document(day: datetime.date) -> None:
    forms = [
        day,
        day.isoformat(),
        datetime.datetime.combine(day, datetime.time()),
        pendulum.date(day.year, day.month, day.day),
    ]
    documents = {Document(id="d", text=TEXT, published=form) for form in forms}
    assert len(documents) == 1
