"""`timeline tag`: every temporal expression in news documents, as JSONL, TimeML or a table."""

from __future__ import annotations

import json
import re
from collections.abc import Callable, Iterable, Iterator
from functools import partial
from pathlib import Path

import click
import pendulum

import timeline
from timeline.cli.errors import reported
from timeline.cli.options import genre_option, input_options, prefer_option
from timeline.engine.anchor import parse_anchor
from timeline.io.atomic import write_atomically
from timeline.io.sources import Columns, read_documents
from timeline.io.terminal import aligned
from timeline.io.timeml import to_timeml
from timeline.model import Document, Timex, iso

Tagged = tuple[Document, list[Timex]]

TABLE_COLUMNS = ("doc", "span", "text", "type", "value", "mod", "start", "end", "grain")
_SAFE = re.compile(r"[^\w.-]+")


def write_jsonl(tagged: Iterable[Tagged]) -> None:
    """One JSON object per expression: `doc` and the expression's fields."""
    for doc, timexes in tagged:
        for timex in timexes:
            click.echo(json.dumps({"doc": doc.id, **timex.as_dict()}, ensure_ascii=False))


def write_timeml(tagged: Iterable[Tagged]) -> None:
    """One TimeML document per input document, one after the other (see --output-dir for files)."""
    for doc, timexes in tagged:
        click.echo(to_timeml(doc, timexes), nl=False)


def write_timeml_files(tagged: Iterable[Tagged], folder: Path) -> None:
    """One `<doc id>.tml` file per document in `folder`, as the TempEval-3 tools read them."""
    for doc, timexes in tagged:
        name = _SAFE.sub("_", doc.id).strip(".") or "document"
        markup = to_timeml(doc, timexes)
        write_atomically(folder / f"{name}.tml", partial(_write_text, markup))


def write_table(tagged: Iterable[Tagged]) -> None:
    """An aligned table for reading on a terminal."""
    rows = [TABLE_COLUMNS] + [_row(doc, timex) for doc, timexes in tagged for timex in timexes]
    for line in aligned(rows):
        click.echo(line)


WRITERS: dict[str, Callable[[Iterable[Tagged]], None]] = {
    "jsonl": write_jsonl,
    "timeml": write_timeml,
    "table": write_table,
}


@click.command("tag")
@input_options
@prefer_option
@genre_option
@click.option(
    "--format",
    "output_format",
    type=click.Choice(tuple(WRITERS)),
    default="jsonl",
    show_default=True,
    help="jsonl: one line per expression; timeml: TimeML documents with TIMEX3 tags; table: for reading.",
)
@click.option(
    "--output-dir",
    type=click.Path(file_okay=False, path_type=Path),
    help="With --format timeml: write one DOC.tml file per document into this folder.",
)
@reported()
def tag_command(
    inputs: tuple[str, ...],
    published: pendulum.DateTime | None,
    lang: str | None,
    columns: Columns,
    prefer: str,
    genre: str,
    output_format: str,
    output_dir: Path | None,
) -> None:
    """Find and resolve every temporal expression in the INPUT documents.

    An INPUT is a .txt or .md article (dated by --published, else by the date on its dateline), a
    .jsonl file of documents with id, text, published and lang, a .csv, .json or .parquet table with
    those columns, a directory of such files, or - for standard input (an article, or JSONL when it
    starts with '{').
    """
    tagged = _tagged(read_documents(inputs, published=published, lang=lang, columns=columns), prefer, genre)
    if output_dir is not None:
        if output_format != "timeml":
            raise click.UsageError("--output-dir goes with --format timeml")
        write_timeml_files(tagged, output_dir)
    else:
        WRITERS[output_format](tagged)


def _write_text(text: str, path: Path) -> None:
    path.write_text(text, encoding="utf-8")


def _tagged(documents: Iterable[Document], prefer: str, genre: str) -> Iterator[Tagged]:
    for doc in documents:
        with reported(doc.source):
            published = parse_anchor(doc.published)
            found = timeline.tag(doc.text, published=published, lang=doc.lang, prefer=prefer, genre=genre)
        yield doc, found


def _row(doc: Document, timex: Timex) -> tuple[str, ...]:
    return (
        doc.id,
        f"{timex.char_start}-{timex.char_end}",
        " ".join(timex.text.split()),
        timex.type,
        timex.value,
        timex.mod or "",
        iso(timex.start) or "",
        iso(timex.end) or "",
        timex.grain or "",
    )
