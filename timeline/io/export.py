"""Write the event table as CSV, Parquet, JSON, NDJSON, TimeML, TimelineJS JSON or a terminal table,
and read the table formats back.

Every write is atomic: the output goes to a temporary file beside the target, which is renamed over it
only when complete, so a failure never leaves a half-written file. Date-times are written as ISO 8601
to the second without zone; in CSV the `sources` list is a JSON array. Read back, a CSV, Parquet, JSON or
NDJSON file gives a table equal to the one written.
"""

from __future__ import annotations

import datetime
import html
import json
import urllib.parse
from collections.abc import Mapping
from pathlib import Path
from typing import Any

import polars as pl

from timeline.errors import InputError
from timeline.events.table import EVENT_SCHEMA
from timeline.io.atomic import text_fill, write_atomically
from timeline.io.terminal import aligned
from timeline.io.timeml import to_timeml
from timeline.model import Document, Timex
from timeline.moments import pendulum_of, when_text
from timeline.words import REFERENCE, majority, ui_languages, words

ISO = "%Y-%m-%dT%H:%M:%S"
MOMENTS = tuple(name for name, dtype in EVENT_SCHEMA.items() if dtype == pl.Datetime("us"))
"""The date-time columns."""

EXTENSIONS = {
    ".csv": "csv",
    ".parquet": "parquet",
    ".json": "json",
    ".ndjson": "ndjson",
    ".jsonl": "ndjson",
    ".tml": "timeml",
    ".timeml": "timeml",
}
"""Output file suffix -> format (TimelineJS is written as .json with the format named explicitly)."""

FORMATS = ("table", "csv", "raw-csv", "parquet", "json", "ndjson", "timeml", "timelinejs", "timelines")
"""Output formats; `timelines` (entity timelines, `timeline.io.timelines`) is written by `timeline events
--about`, not by `render`/`write`, as it needs the entities."""
READABLE = ("csv", "raw-csv", "parquet", "json", "ndjson")
STREAMED = ("csv", "raw-csv", "parquet", "ndjson")
"""The formats `write_streamed` writes a chunk at a time, for a table larger than memory."""
CHUNK_ROWS = 20_000
"""Rows rendered at a time by `write_streamed`."""

FORMULA = r"'*[=+\-@\t\r]"
"""A CSV cell a spreadsheet could run as a formula (OWASP, CSV injection): one starting with `=`, `+`,
`-`, `@`, a tab or a carriage return. The csv format writes such a cell (and one that is such a cell
behind quotes already) with one more `'` in front, which a spreadsheet shows as text; `read` takes it
off again, so the table reads back equal. The raw-csv format writes every cell as it is."""

HEADLINE = 100
"""Characters of the clause shown as a TimelineJS headline or a table cell, before an ellipsis."""

PRECISION = {
    "century": 1,
    "decade": 1,
    "year": 1,
    "quarter": 2,
    "month": 2,
    "week": 3,
    "day": 3,
    "hour": 4,
    "minute": 5,
    "second": 6,
}
"""Grain -> how many of (year, month, day, hour, minute, second) a date at that grain shows."""

FIELDS = ("year", "month", "day", "hour", "minute", "second")


def format_of(path: str | Path | None, fmt: str | None = None) -> str:
    """The output format: `fmt` when given, else from the file's extension, else the terminal table."""
    if fmt is not None:
        return fmt
    if path is None:
        return "table"
    suffix = Path(path).suffix.lower()
    if suffix not in EXTENSIONS:
        known = ", ".join(sorted(EXTENSIONS))
        raise InputError(f"{path}: cannot tell the format from the extension (use {known}, or --format)")
    return EXTENSIONS[suffix]


def render(
    table: pl.DataFrame, fmt: str, documents: Mapping[str, Document] | None = None, *, header: bool = True
) -> str:
    """The table in a text format (every format but parquet); TimeML needs the `documents` by id. A CSV
    without its `header` line is a chunk that follows another."""
    if fmt == "csv":
        flat = _neutralised(_flat(table, sources_as_json=True))
        return flat.write_csv(datetime_format=ISO, include_header=header)
    if fmt == "raw-csv":
        return _flat(table, sources_as_json=True).write_csv(datetime_format=ISO, include_header=header)
    if fmt == "json":
        return json.dumps(_flat(table).to_dicts(), ensure_ascii=False, indent=2) + "\n"
    if fmt == "ndjson":
        return "".join(json.dumps(row, ensure_ascii=False) + "\n" for row in _flat(table).to_dicts())
    if fmt == "timelinejs":
        return json.dumps(timelinejs(table), ensure_ascii=False, indent=2) + "\n"
    if fmt == "timeml":
        return timeml(table, documents or {})
    if fmt == "table":
        return terminal_table(table)
    raise InputError(f"unknown format {fmt!r}; use one of {', '.join(FORMATS)}")


def write(
    table: pl.DataFrame,
    path: str | Path,
    fmt: str | None = None,
    documents: Mapping[str, Document] | None = None,
) -> None:
    """Write `table` to `path` atomically, in `fmt` or the format its extension names."""
    fmt = format_of(path, fmt)

    if fmt == "parquet":
        write_atomically(path, table.write_parquet)
    else:
        write_atomically(path, text_fill(render(table, fmt, documents)))


def write_streamed(table: pl.LazyFrame, path: str | Path, fmt: str) -> None:
    """Write the event `table` to `path` atomically in `fmt`, one of STREAMED, CHUNK_ROWS rows at a time,
    so it is never collected whole: the same table `write` writes for the collected one."""
    if fmt == "parquet":
        write_atomically(path, table.sink_parquet)
        return

    def fill(target: Path) -> None:
        with target.open("w", encoding="utf-8", newline="") as out:
            first = True
            for chunk in table.collect_batches(chunk_size=CHUNK_ROWS):
                out.write(render(chunk, fmt, header=first))
                first = False
            if first:
                out.write(render(pl.DataFrame(schema=EVENT_SCHEMA), fmt))

    write_atomically(path, fill)


def read(path: str | Path, fmt: str | None = None) -> pl.DataFrame:
    """An event table written by `write` as CSV, Parquet, JSON or NDJSON."""
    fmt = format_of(path, fmt)
    if fmt not in READABLE:
        raise InputError(f"{path}: {fmt} files cannot be read back as a table (only {', '.join(READABLE)})")
    if fmt == "parquet":
        return pl.read_parquet(path).select(list(EVENT_SCHEMA)).cast(EVENT_SCHEMA)
    if fmt in ("csv", "raw-csv"):
        flat = pl.read_csv(path, schema=_flat_schema(sources_as_json=True))
        flat = _restored(flat) if fmt == "csv" else flat
        return _typed(flat.with_columns(pl.col("sources").str.json_decode(EVENT_SCHEMA["sources"])))
    text = Path(path).read_text(encoding="utf-8")
    lines = [line for line in text.splitlines() if line.strip()]
    rows = json.loads(text) if fmt == "json" else [json.loads(line) for line in lines]
    return _typed(pl.DataFrame(rows, schema=_flat_schema(), orient="row"))


def _neutralised(flat: pl.DataFrame) -> pl.DataFrame:
    """Every text cell that a spreadsheet could run as a formula, with a `'` in front (see FORMULA)."""
    return flat.with_columns(
        pl.when(pl.col(name).str.contains(f"^{FORMULA}"))
        .then(pl.lit("'") + pl.col(name))
        .otherwise(pl.col(name))
        .alias(name)
        for name, dtype in flat.schema.items()
        if dtype == pl.String
    )


def _restored(flat: pl.DataFrame) -> pl.DataFrame:
    """The cells as they were before `_neutralised`."""
    return flat.with_columns(
        pl.col(name).str.replace(f"^'({FORMULA})", "$1")
        for name, dtype in flat.schema.items()
        if dtype == pl.String
    )


def _flat(table: pl.DataFrame, *, sources_as_json: bool = False) -> pl.DataFrame:
    flat = table.with_columns(pl.col(name).dt.strftime(ISO) for name in MOMENTS)
    if sources_as_json:
        encoded = [json.dumps(sources, ensure_ascii=False) for sources in table["sources"].to_list()]
        flat = flat.with_columns(sources=pl.Series(encoded, dtype=pl.String))
    return flat


def _flat_schema(*, sources_as_json: bool = False) -> dict[str, pl.DataType]:
    schema = {name: pl.String() if name in MOMENTS else dtype for name, dtype in EVENT_SCHEMA.items()}
    if sources_as_json:
        schema["sources"] = pl.String()
    return schema


def _typed(flat: pl.DataFrame) -> pl.DataFrame:
    parsed = flat.with_columns(pl.col(name).str.strptime(pl.Datetime("us"), ISO) for name in MOMENTS)
    return parsed.select(list(EVENT_SCHEMA)).cast(EVENT_SCHEMA)


def parts(moment: datetime.datetime, grain: str | None) -> dict[str, int]:
    """The fields of `moment` a date at `grain` shows: {"year": 2016, "month": 6} for a month."""
    return {name: getattr(moment, name) for name in FIELDS[: PRECISION.get(grain or "day", 3)]}


def _last(row: dict[str, Any]) -> dict[str, int] | None:
    """The last unit an event covers, when it covers more than one (TimelineJS end dates are inclusive)."""
    last = parts(row["end"] - datetime.timedelta(microseconds=1), row["grain"])
    return None if last == parts(row["start"], row["grain"]) else last


def timelinejs(table: pl.DataFrame) -> dict[str, Any]:
    """TimelineJS JSON: a title slide for the corpus, then a slide per placed event, dated at its own
    precision, grouped by document. The display date is the date as a reader of the article writes it
    ("28 Nov 2016", "28 نوفمبر 2016"), not the expression ("Sunday", "last month"), which the slide's
    text quotes in its sentence; an event with a web URL (http, https; no other) links its article as
    the slide's media. Every text from the documents is escaped: TimelineJS shows it as markup."""
    slides = []
    for row in table.filter(pl.col("start").is_not_null()).iter_rows(named=True):
        dates = words(row["lang"] if row["lang"] in ui_languages() else REFERENCE).dates
        slide: dict[str, Any] = {
            "unique_id": "-".join(
                str(row[k]) for k in ("doc", "char_start", "trigger_start") if row[k] is not None
            ),
            "start_date": {k: str(v) for k, v in parts(row["start"], row["grain"]).items()},
            "display_date": when_text(row["start"], row["end"], row["grain"], dates, weekday=False),
            "text": {"headline": html.escape(_short(row["event"])), "text": _slide_text(row)},
            "group": html.escape(row["title"] or row["doc"]),
        }
        last = _last(row)
        if last is not None:
            slide["end_date"] = {k: str(v) for k, v in last.items()}
        url = web_link(row["url"])
        if url is not None:
            slide["media"] = {"url": url, "link": url, "caption": slide["group"]}
        slides.append(slide)
    return {"title": _title_slide(table), "events": slides}


def _title_slide(table: pl.DataFrame) -> dict[str, Any]:
    """The corpus as TimelineJS's first slide: the document's title when there is one document, else
    "Timeline" in the language of most events; the text says how many events from which documents."""
    language = words(majority(table["lang"].to_list()))
    titles = list(dict.fromkeys(title or doc for title, doc in table.select("title", "doc").iter_rows()))
    headline = titles[0] if len(titles) == 1 else language.chart["title"]
    summary = language.chart["summary_one" if len(titles) == 1 else "summary"]
    text = summary.format(n=table.height, documents=len(titles))
    listed = "".join(f'<li dir="auto">{html.escape(title)}</li>' for title in titles)
    return {
        "text": {
            "headline": html.escape(headline),
            "text": f'<p dir="auto">{html.escape(text)}</p>'
            + (f"<ul>{listed}</ul>" if len(titles) > 1 else ""),
        }
    }


def _slide_text(row: dict[str, Any]) -> str:
    source = ", ".join(s for s in (row["title"] or row["doc"], row["published"].strftime("%Y-%m-%d")) if s)
    link = html.escape(source)
    url = web_link(row["url"])
    if url is not None:
        link = f'<a href="{html.escape(url)}">{link}</a>'
    return f'<p dir="auto">{html.escape(row["sentence"])}</p><p dir="auto">{link}</p>'


def web_link(url: str | None) -> str | None:
    """`url` when it is a web address (http or https), else None: TimelineJS shows every string it is
    given as markup, so a `javascript:` or `data:` link from a document's url would run when clicked."""
    if url is None:
        return None
    try:
        scheme = urllib.parse.urlsplit(url.strip()).scheme.lower()
    except ValueError:
        return None
    return url.strip() if scheme in ("http", "https") else None


def _short(text: str) -> str:
    return text if len(text) <= HEADLINE else text[: HEADLINE - 1].rsplit(" ", 1)[0] + "…"


def timeml(table: pl.DataFrame, documents: Mapping[str, Document]) -> str:
    """One TimeML document per source document, with a TIMEX3 on each expression that dates an event.

    A range is one TIMEX3 of type DURATION whose value is its length ("P2D").
    """
    by_doc: dict[str, list[Timex]] = {}
    dating = table.filter(pl.col("anchor") == "date").unique(["doc", "char_start"], maintain_order=True)
    for row in dating.sort("doc", "char_start", maintain_order=True).iter_rows(named=True):
        if row["doc"] not in documents:
            raise InputError(f"document {row['doc']!r}: its text is needed for TimeML output")
        by_doc.setdefault(row["doc"], []).append(_timex(row))
    return "".join(to_timeml(documents[doc], timexes) for doc, timexes in by_doc.items())


def _timex(row: dict[str, Any]) -> Timex:
    is_range = "/" in row["value"]
    return Timex(
        type=row["type"],
        value=_length(row["start"], row["end"], row["grain"]) if is_range else row["value"],
        mod=row["mod"],
        start=pendulum_of(row["start"]),
        end=pendulum_of(row["end"]),
        grain=row["grain"],
        anchor=pendulum_of(row["published"]),
        rule=row["rule"],
        text=row["expression"],
        char_start=row["char_start"],
        char_end=row["char_end"],
    )


def _length(start: datetime.datetime, end: datetime.datetime, grain: str | None) -> str:
    precision = PRECISION.get(grain or "day", 3)
    if precision == 1:
        return f"P{end.year - start.year}Y"
    if precision == 2:
        return f"P{(end.year - start.year) * 12 + end.month - start.month}M"
    if precision == 3:
        return f"P{(end - start).days}D"
    return f"PT{int((end - start).total_seconds() // 60)}M"


def terminal_table(table: pl.DataFrame) -> str:
    """An aligned table for reading on a terminal: order, date, expression, trigger, event, document."""
    header = ("#", "when", "expression", "trigger", "event", "doc")
    rows = [header] + [
        (
            str(r["order"]),
            "" if r["start"] is None else when_text(r["start"], r["end"], r["grain"]),
            r["expression"] or "",
            r["trigger"] or "",
            _short(r["event"]),
            r["doc"],
        )
        for r in table.iter_rows(named=True)
    ]
    return "".join(line + "\n" for line in aligned(rows))
