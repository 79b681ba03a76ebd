"""`timeline eval`: score a system file or the engine against a gold file; bad input is one error line."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pendulum
import pytest
from checks import assert_one_line_error, write_jsonl
from click.testing import CliRunner, Result

from timeline.cli import evaluate, main
from timeline.engine.policy import Policy
from timeline.model import Timex

EN_TEXT = "The ministry said on Monday that exports rose 4% last year."
AR_TEXT = "وقالت الوزارة أمس إن الصادرات ارتفعت العام الماضي."


def span(text: str, phrase: str) -> tuple[int, int]:
    start = text.index(phrase)
    return start, start + len(phrase)


def gold_timex(text: str, phrase: str, value: str, start: str, end: str) -> dict[str, Any]:
    char_start, char_end = span(text, phrase)
    return {
        "char_start": char_start,
        "char_end": char_end,
        "text": phrase,
        "type": "DATE",
        "value": value,
        "start": start,
        "end": end,
    }


GOLD = [
    {
        "id": "en-1",
        "lang": "en",
        "published": "2016-11-30",
        "text": EN_TEXT,
        "timexes": [
            gold_timex(EN_TEXT, "Monday", "2016-11-28", "2016-11-28T00:00:00", "2016-11-29T00:00:00"),
            gold_timex(EN_TEXT, "last year", "2015", "2015-01-01T00:00:00", "2016-01-01T00:00:00"),
        ],
    },
    {
        "id": "ar-1",
        "lang": "ar",
        "published": "2016-11-30",
        "text": AR_TEXT,
        "timexes": [gold_timex(AR_TEXT, "أمس", "2016-11-29", "2016-11-29T00:00:00", "2016-11-30T00:00:00")],
    },
    {
        "id": "neg-1",
        "lang": "en",
        "published": "2016-11-30",
        "text": "May I help?",
        "timexes": [],
        "negative": True,
    },
    {
        "id": "lat-1",
        "lang": "en",
        "published": "2016-11-30",
        "text": "the week",
        "latent": True,
        "timexes": [
            gold_timex("the week", "the week", "2016-W48", "2016-11-28T00:00:00", "2016-12-05T00:00:00")
        ],
    },
]

SYSTEM = [
    {"id": "en-1", "timexes": [GOLD[0]["timexes"][0]]},
    {"id": "ar-1", "timexes": [GOLD[1]["timexes"][0] | {"value": "2016-11-28"}]},
    {"id": "neg-1", "timexes": [{"char_start": 0, "char_end": 3, "type": "DATE", "value": "XXXX-05"}]},
]


def run(*args: str | Path) -> Result:
    return CliRunner().invoke(main, ["eval", *map(str, args)])


def rows(output: str) -> dict[str, list[str]]:
    """The report table as label -> [all, per language...] cells."""
    table = output[output.index("\n ") + 1 :].splitlines()
    width = len(table[0].split())
    return {label: values for label, *values in (line.rsplit(maxsplit=width) for line in table[1:])}


@pytest.fixture
def gold(tmp_path: Path) -> Path:
    return write_jsonl(tmp_path / "gold.jsonl", *GOLD)


def test_scores_a_system_file_overall_and_per_language(gold: Path, tmp_path: Path) -> None:
    result = run(gold, "--system", write_jsonl(tmp_path / "system.jsonl", *SYSTEM))
    assert result.exit_code == 0, result.output
    table = rows(result.stdout)
    assert table["documents"] == ["3", "1", "2"]
    assert table["relaxed extent P"] == ["0.667", "1.000", "0.500"]
    assert table["relaxed extent R"] == ["0.667", "1.000", "0.500"]
    assert table["value F1"] == ["0.333", "0.000", "0.500"]
    assert table["negative records"] == ["1", "0", "1"]
    assert table["found in negative records"] == ["1", "0", "1"]
    assert "latent records left out: 1" in result.stdout


def test_errors_lists_misses_and_wrong_values_with_context(gold: Path, tmp_path: Path) -> None:
    result = run(gold, "--system", write_jsonl(tmp_path / "system.jsonl", *SYSTEM), "--errors")
    assert result.exit_code == 0, result.output
    listing = [line.split("\t") for line in result.stdout.splitlines() if "\t" in line]
    assert [(doc, kind) for doc, kind, *_ in listing] == [
        ("en-1", "miss"),
        ("ar-1", "value"),
        ("neg-1", "spurious"),
    ]
    assert listing[0][4] == "…try said on Monday that exports rose 4% [last year]."
    assert listing[1][3] == "expected 2016-11-29, found 2016-11-28"
    assert listing[2][3] == "system DATE XXXX-05"


def test_keep_latent_scores_latent_records(gold: Path, tmp_path: Path) -> None:
    result = run(gold, "--system", write_jsonl(tmp_path / "system.jsonl", *SYSTEM), "--keep-latent")
    assert rows(result.stdout)["documents"] == ["4", "1", "3"]
    assert "latent records left out" not in result.stdout


def test_tag_jsonl_lines_score_like_documents(gold: Path, tmp_path: Path) -> None:
    lines = [timex | {"doc": doc["id"]} for doc in SYSTEM for timex in doc["timexes"]]
    as_lines = run(gold, "--system", write_jsonl(tmp_path / "lines.jsonl", *lines))
    as_documents = run(gold, "--system", write_jsonl(tmp_path / "docs.jsonl", *SYSTEM))
    assert as_lines.exit_code == 0, as_lines.output
    assert rows(as_lines.stdout) == rows(as_documents.stdout)


def test_without_system_the_engine_tags_each_gold_document(
    gold: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    calls: list[tuple[str, Any, Any, Policy]] = []

    def fake_tagged(text: str, published: Any, lang: str | None, policy: Policy) -> list[Timex]:
        calls.append((text, published, lang, policy))
        if text != EN_TEXT:
            return []
        char_start, char_end = span(text, "last year")
        start = pendulum.naive(2015, 1, 1)
        return [
            Timex("DATE", "2015", None, start, start.add(years=1), "year", pendulum.naive(2016, 11, 30),
                  "test", "last year", char_start, char_end)
        ]  # fmt: skip

    monkeypatch.setattr(evaluate, "tagged", fake_tagged)
    result = run(gold, "--prefer", "future", "--genre", "narrative", "--dayfirst")
    assert result.exit_code == 0, result.output
    asked = Policy("future", "narrative", True)
    assert (EN_TEXT, "2016-11-30", "en", asked) in calls
    assert (AR_TEXT, "2016-11-30", "ar", asked) in calls
    table = rows(result.stdout)
    assert table["strict extent P"][0] == "1.000"
    assert table["relaxed extent R"][0] == "0.333"
    assert table["interval accuracy"][0] == "1.000"
    assert "timeline (prefer future, genre narrative, day first)" in result.stdout


def test_prefer_with_a_system_file_is_a_usage_error(gold: Path, tmp_path: Path) -> None:
    result = run(gold, "--system", write_jsonl(tmp_path / "s.jsonl", *SYSTEM), "--prefer", "past")
    assert result.exit_code == 2
    assert "--prefer" in result.stderr


@pytest.mark.parametrize("order", ["--dayfirst", "--monthfirst"])
def test_an_order_of_numeric_dates_with_a_system_file_is_a_usage_error(
    gold: Path, tmp_path: Path, order: str
) -> None:
    result = run(gold, "--system", write_jsonl(tmp_path / "s.jsonl", *SYSTEM), order)
    assert result.exit_code == 2
    assert "--dayfirst/--monthfirst" in result.stderr


def test_missing_gold_file_is_one_error_line(tmp_path: Path) -> None:
    assert_one_line_error(run(tmp_path / "absent.jsonl"), "absent.jsonl", "No such file")


def test_malformed_json_names_file_and_line(gold: Path, tmp_path: Path) -> None:
    system = tmp_path / "system.jsonl"
    system.write_text(json.dumps(SYSTEM[0]) + "\n{not json\n", encoding="utf-8")
    assert_one_line_error(run(gold, "--system", system), f"{system}:2:")


def test_non_utf8_file_is_one_error_line(tmp_path: Path) -> None:
    bad = tmp_path / "latin1.jsonl"
    bad.write_bytes('{"id": "x", "lang": "fr", "text": "été", "timexes": []}\n'.encode("latin-1"))
    assert_one_line_error(run(bad), f"{bad}:1:", "UTF-8")


def test_system_document_missing_from_gold_is_one_error_line(gold: Path, tmp_path: Path) -> None:
    system = write_jsonl(tmp_path / "system.jsonl", {"id": "other", "timexes": []})
    assert_one_line_error(run(gold, "--system", system), "system document other")


def test_gold_document_without_text_is_one_error_line(tmp_path: Path) -> None:
    gold = write_jsonl(tmp_path / "gold.jsonl", {"id": "d1", "published": "2016-11-30", "timexes": []})
    assert_one_line_error(run(gold), f"{gold}: document d1")


LINKED = "On Monday the army withdrew and the rebels returned. Officials said the talks took place on Friday."


def link(event: str, date: str, *, after: int = 0) -> dict[str, Any]:
    """A gold event–date link: the first `event` and `date` in LINKED at or after `after`."""
    return {
        "event": event,
        "event_start": LINKED.index(event, after),
        "date": date,
        "date_start": LINKED.index(date, after),
    }


def test_event_date_links_are_scored_and_their_mistakes_listed(tmp_path: Path) -> None:
    links = [link("withdrew", "Monday"), link("returned", "Monday"), link("said", "Friday")]
    gold = write_jsonl(
        tmp_path / "links.jsonl",
        {"id": "d1", "lang": "en", "published": "2016-11-30", "text": LINKED, "links": links},
    )
    result = run(gold, "--errors")
    assert result.exit_code == 0, result.output
    assert "P 0.667  R 0.667  F1 0.667  (2 right of 3 found, 3 marked)" in result.output
    assert "relaxed extent" not in result.output
    listed = [line.split("\t")[1:4:2] for line in result.output.splitlines() if line.startswith("d1\t")]
    assert sorted(listed) == [
        ["miss", "gold 'said' <- 'Friday'"],
        ["spurious", "system 'took' <- 'Friday'"],
    ]


def test_a_link_that_is_not_the_text_at_its_offset_is_one_error_line(tmp_path: Path) -> None:
    wrong = {**link("withdrew", "Monday"), "event_start": 0}
    gold = write_jsonl(
        tmp_path / "links.jsonl",
        {"id": "d1", "lang": "en", "published": "2016-11-30", "text": LINKED, "links": [wrong]},
    )
    assert_one_line_error(run(gold), "document d1", "event_start")
