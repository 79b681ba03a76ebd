"""Fuzzing the API and the commands' readers with the input classes of issue 13: whatever the input,
the result is an answer or a TimelineError (one `Error:` line from a command), never a traceback.

The suite runs a short pass. A long one, for runs outside CI: `TIMELINE_FUZZ=5000 python3 -m pytest -q
tests/test_fuzz.py` (examples per test; the README records what a long run covered and found).
"""

from __future__ import annotations

import contextlib
import datetime
import json
import os
from pathlib import Path
from typing import Any

from click.testing import CliRunner
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

import timeline
from timeline.cli import main
from timeline.errors import TimelineError

EXAMPLES = int(os.environ.get("TIMELINE_FUZZ", "15"))
FUZZ = settings(
    max_examples=EXAMPLES,
    deadline=None,
    suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow],
)

PIECES = (
    "yesterday",
    "next year",
    "the next century",
    "in 900 years",
    "9000 years ago",
    "June",
    "Monday",
    "last week",
    "3 May 2016",
    "05/06/2016",
    "2016-W48",
    "1990s",
    "since 2010",
    "for two weeks",
    "العام الماضي",
    "الشهر القادم",
    "غدا",
    "10 رمضان 1445 هـ",
    "10 رمضان 1200 هـ",
    "منذ ٩٠٠ عام",
    "٣ مايو ٢٠١٦",
    "=HYPERLINK(1)",
    "<!--<script>",
    "</script>",
    "\u2028",
    "\ud800",
    "\x00",
    "\r\n",
    "\t",
    "'",
    '"',
)
"""Expressions near and past the calendar's edges, both languages, markup, formulas, odd characters."""

texts = st.lists(st.one_of(st.sampled_from(PIECES), st.text(max_size=12)), max_size=8).map(" ".join)
anchors = st.one_of(
    st.datetimes(datetime.datetime(1, 1, 1), datetime.datetime(9999, 12, 31)),
    st.datetimes(datetime.datetime(1000, 1, 1), datetime.datetime(1000, 2, 1)),
    st.datetimes(datetime.datetime(9000, 12, 1), datetime.datetime(9000, 12, 31, 23, 59)),
    st.dates().map(datetime.date.isoformat),
    st.sampled_from(["2016-11", "2016-W48", "2016", "", "0001-01-01", "9999-12-31", "٢٠١٦-١١-٣٠", "x"]),
)
values: st.SearchStrategy[Any] = st.one_of(
    st.none(), st.booleans(), st.integers(), st.floats(), texts, st.lists(st.integers(), max_size=2)
)
records = st.fixed_dictionaries(
    {"text": st.one_of(texts, values)},
    optional={
        "id": st.one_of(values, st.sampled_from(["a/b", "..", "", "a b", "=1"])),
        "published": st.one_of(anchors.map(str), values),
        "lang": st.one_of(st.sampled_from(["ar", "en", "xx", ""]), values),
        "title": values,
        "url": st.one_of(st.sampled_from(["javascript:alert(1)", "https://example.org"]), values),
    },
)


@FUZZ
@given(texts, anchors, st.sampled_from([None, "ar", "en"]))
def test_the_api_answers_or_refuses(text: str, anchor: Any, lang: str | None) -> None:
    for call in (timeline.tag, timeline.resolve):
        with contextlib.suppress(TimelineError):
            call(text, anchor, lang)


def _no_traceback(args: list[str], stdin: bytes | None = None) -> None:
    result = CliRunner().invoke(main, args, input=stdin)
    assert result.exit_code in (0, 1), (args, result.exception, result.stderr)
    if result.exit_code == 1:
        assert result.stderr.startswith("Error: ") and result.stderr.count("\n") == 1, result.stderr


@FUZZ
@given(st.lists(records, min_size=1, max_size=4), st.booleans())
def test_the_readers_of_jsonl_answer_or_refuse_in_one_line(
    tmp_path: Path, docs: list[Any], skip: bool
) -> None:
    lines = "".join(json.dumps(record) + "\n" for record in docs)
    path = tmp_path / "docs.jsonl"
    path.write_text(lines, encoding="utf-8")
    bad = ["--skip-bad"] if skip else []
    _no_traceback(["tag", str(path)])
    _no_traceback(["events", str(path), "-q", "--format", "csv", *bad])
    _no_traceback(["tag", "-"], lines.encode())


@FUZZ
@given(st.binary(max_size=200) | texts.map(lambda t: t.encode("utf-8", "surrogatepass")), anchors.map(str))
def test_articles_and_tables_of_any_bytes_answer_or_refuse(tmp_path: Path, data: bytes, anchor: str) -> None:
    for name in ("a.txt", "a.csv", "a.json", "a.parquet", "a.jsonl"):
        path = tmp_path / name
        path.write_bytes(data)
        _no_traceback(["tag", str(path), "--published", anchor])
        _no_traceback(["events", str(path), "-q", "--skip-bad", "--format", "csv"])
