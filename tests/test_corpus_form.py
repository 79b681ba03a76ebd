"""The test corpora are valid FORMAT.md files, so that a broken edit of the data fails loudly and by name.

Checked: known document and timex fields, ids unique within a file, the language the file is named for,
a publication date that parses, offsets that cut the timex's text out of the document's, timexes in text
order without overlap, known TIMEX3 types and mods, intervals half-open with a grain (all three or none).
"""

from __future__ import annotations

import datetime
from pathlib import Path
from typing import Any

import pytest
from conftest import Fields, corpus_files, read_corpus

import timeline

REQUIRED = {"id", "lang", "published", "text", "timexes"}
DOCUMENT_FIELDS = REQUIRED | {"resolve", "prefer", "genre", "dayfirst"}
TIMEX_FIELDS = {"char_start", "char_end", "text", "type", "value", "mod", "start", "end", "grain"}
TIMEX_FIELDS |= {"alternatives"}
TYPES = {"DATE", "TIME", "DURATION", "SET"}
MODS = {"START", "MID", "END", "APPROX", "BEFORE", "AFTER", "ON_OR_BEFORE", "ON_OR_AFTER"}
MODS |= {"MORE_THAN", "LESS_THAN", "EQUAL_OR_MORE", "EQUAL_OR_LESS"}
GRAINS = {"second", "minute", "hour", "day", "week", "month", "quarter", "year", "decade", "century"}


def moment(value: Any) -> datetime.datetime | None:
    """An ISO 8601 date or date-time without zone, or None when `value` is not one."""
    try:
        parsed = datetime.datetime.fromisoformat(value)
    except (TypeError, ValueError):
        return None
    return parsed if parsed.tzinfo is None else None


def document_problems(document: Fields, lang: str) -> list[str]:
    problems = [f"unknown field {key!r}" for key in document.keys() - DOCUMENT_FIELDS]
    problems += [f"no {key!r}" for key in sorted(REQUIRED - document.keys())]
    if document.get("lang") != lang:
        problems.append(f"lang {document.get('lang')!r} in the {lang} corpus")
    if moment(document.get("published")) is None:
        problems.append(f"published {document.get('published')!r} is not an ISO date")
    if not isinstance(document.get("text"), str) or not document["text"].strip():
        problems.append("no text")
    if document.get("prefer", "tense") not in timeline.PREFER:
        problems.append(f"prefer {document['prefer']!r} is not one of {timeline.PREFER}")
    if document.get("genre", "news") not in timeline.GENRES:
        problems.append(f"genre {document['genre']!r} is not one of {timeline.GENRES}")
    if "dayfirst" in document and not isinstance(document["dayfirst"], bool):
        problems.append(f"dayfirst {document['dayfirst']!r} is not true or false")
    timexes = document.get("timexes")
    if not isinstance(timexes, list):
        return [*problems, "timexes is not a list"]
    if "resolve" in document and (document["resolve"] is not True or len(timexes) != 1):
        problems.append('"resolve": true goes with exactly one timex')
    if problems:
        return problems
    previous_end = 0
    for timex in timexes:
        at = f"timex at {timex.get('char_start')}"
        problems += [f"{at}: {problem}" for problem in timex_problems(timex, document["text"])]
        if isinstance(timex.get("char_start"), int) and timex["char_start"] < previous_end:
            problems.append(f"{at}: out of text order or overlapping")
        previous_end = timex.get("char_end", previous_end)
    return problems


def timex_problems(timex: Fields, text: str) -> list[str]:
    problems = [f"unknown field {key!r}" for key in timex.keys() - TIMEX_FIELDS]
    start, end = timex.get("char_start"), timex.get("char_end")
    if not (isinstance(start, int) and isinstance(end, int) and 0 <= start < end <= len(text)):
        return [*problems, f"offsets {start!r}, {end!r} are not a span of the text"]
    if timex.get("text") != text[start:end]:
        problems.append(f"text {timex.get('text')!r} but the offsets cut {text[start:end]!r}")
    if "type" in timex and timex["type"] not in TYPES:
        problems.append(f"unknown type {timex['type']!r}")
    if "type" in timex and not isinstance(timex.get("value"), str):
        problems.append("a typed timex needs its value")
    if "mod" in timex and timex["mod"] not in MODS:
        problems.append(f"unknown mod {timex['mod']!r}")
    others = timex.get("alternatives", [])
    if not (isinstance(others, list) and all(isinstance(value, str) for value in others)):
        problems.append(f"alternatives {others!r} is not a list of values")
    interval = [timex.get(key) for key in ("start", "end", "grain")]
    if any(field is not None for field in interval):
        first, after = moment(interval[0]), moment(interval[1])
        if first is None or after is None or not first < after:
            problems.append(f"interval [{interval[0]!r}, {interval[1]!r}) is not half-open")
        if interval[2] not in GRAINS:
            problems.append(f"interval without a known grain: {interval[2]!r}")
        if "type" not in timex:
            problems.append("an interval without a type")
    return problems


def corpus_problems(name: str, documents: list[Fields]) -> list[str]:
    """Every problem of one corpus file, each naming the document it is in."""
    lang = name.split("-")[0]
    problems = []
    seen: set[object] = set()
    for number, document in enumerate(documents, start=1):
        where = f"{name}:{document.get('id', f'line {number}')}"
        if document.get("id") in seen:
            problems.append(f"{where}: id used twice")
        seen.add(document.get("id"))
        problems += [f"{where}: {p}" for p in document_problems(document, lang)]
    return problems


@pytest.mark.parametrize("path", corpus_files(), ids=lambda path: path.stem)
def test_every_corpus_file_is_valid_format(path: Path) -> None:
    problems = corpus_problems(path.stem, read_corpus(path))
    assert problems == [], "\n".join(problems)


GOOD: Fields = {
    "id": "edit-1",
    "lang": "en",
    "published": "2016-11-30",
    "text": "The talks resumed on Monday.",
    "timexes": [
        {
            "char_start": 21,
            "char_end": 27,
            "text": "Monday",
            "type": "DATE",
            "value": "2016-11-28",
            "start": "2016-11-28T00:00:00",
            "end": "2016-11-29T00:00:00",
            "grain": "day",
        }
    ],
}


def broken(**changes: Any) -> Fields:
    """GOOD with its one timex changed (a None value removes the field)."""
    timex = {key: value for key, value in {**GOOD["timexes"][0], **changes}.items() if value is not None}
    return {**GOOD, "timexes": [timex]}


@pytest.mark.parametrize(
    ("documents", "problem"),
    [
        ([broken(char_start=20)], "but the offsets cut"),
        ([broken(char_end=99)], "not a span of the text"),
        ([broken(type="DAY")], "unknown type"),
        ([broken(mod="EARLY")], "unknown mod"),
        ([broken(end="2016-11-28T00:00:00")], "not half-open"),
        ([broken(grain=None)], "without a known grain"),
        ([broken(value=None)], "needs its value"),
        ([broken(Text="Monday")], "unknown field 'Text'"),
        ([{**GOOD, "timexes": GOOD["timexes"] * 2}], "out of text order or overlapping"),
        ([GOOD, GOOD], "id used twice"),
        ([{**GOOD, "lang": "ar"}], "in the en corpus"),
        ([{**GOOD, "published": "30/11/2016"}], "is not an ISO date"),
        ([{**GOOD, "resolve": True, "timexes": []}], "exactly one timex"),
        ([{**GOOD, "prefer": "past-ish"}], "is not one of"),
        ([{**GOOD, "genre": "poetry"}], "is not one of"),
        ([{**GOOD, "dayfirst": "yes"}], "is not true or false"),
        ([broken(alternatives="2016-12-05")], "is not a list of values"),
    ],
)
def test_a_broken_edit_is_named(documents: list[Fields], problem: str) -> None:
    assert corpus_problems("en", [GOOD]) == []
    problems = corpus_problems("en", documents)
    assert any(problem in p and p.startswith("en:edit-1: ") for p in problems), problems
