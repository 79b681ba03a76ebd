"""`timeline events`: the ordered table of dated events in news documents, on screen or in a file."""

from __future__ import annotations

import sys
from collections.abc import Iterable, Iterator

import click
import polars as pl

from timeline.cli.errors import Skipped, reported
from timeline.cli.options import (
    dayfirst_option,
    dedupe_option,
    entity_options,
    genre_option,
    input_options,
    prefer_option,
)
from timeline.cli.progress import ProgressBar
from timeline.errors import InputError
from timeline.events.entities import involving, parse_entities
from timeline.events.extract import events
from timeline.events.spill import write_events
from timeline.io.atomic import text_fill, write_atomically
from timeline.io.export import FORMATS, STREAMED, format_of, render, write
from timeline.io.sources import Inputs
from timeline.io.timelines import timelines_jsonl
from timeline.model import Document


@click.command("events")
@input_options
@click.option(
    "-o",
    "--output",
    metavar="FILE",
    help="Write the table to FILE (atomically); its extension (.csv, .parquet, .json, .ndjson, .tml) "
    "names the format unless --format does.",
)
@click.option(
    "--format",
    "output_format",
    type=click.Choice(FORMATS),
    help="table: for reading (the default without -o); csv, parquet, json, ndjson: the event table; "
    "timeml: TimeML documents with a TIMEX3 per event; timelinejs: TimelineJS JSON; timelines: one "
    "JSON line per --about entity (SemEval-2015 TimeLine shape).",
)
@entity_options
@prefer_option
@genre_option
@dayfirst_option
@dedupe_option
@click.option(
    "--jobs",
    type=click.IntRange(min=0),
    default=1,
    show_default=True,
    help="Processes tagging documents in parallel (0: one per core).",
)
@click.option("--skip-bad", is_flag=True, help="Skip unusable documents (listed on stderr).")
@click.option("-q", "--quiet", is_flag=True, help="No progress bar on stderr.")
@reported()
def events_command(
    inputs: Inputs,
    output: str | None,
    output_format: str | None,
    prefer: str,
    genre: str,
    dayfirst: bool | None,
    dedupe: bool,
    about: tuple[str, ...],
    aliases: tuple[str, ...],
    jobs: int,
    skip_bad: bool,
    quiet: bool,
) -> None:
    """Date the events of the INPUT documents and list them in time order.

    An INPUT is a .txt or .md article (dated by --published, else by its dateline), a .jsonl file of
    documents, a .csv, .json or .parquet table with columns id, text, published, lang, title and url
    (other names with --text-col, --date-col, ...), a directory (read recursively), or - for stdin.
    Each event is a verb or event noun of any clause, anchored to the date that governs its clause, else
    (--genre) to the publication day or the last date the text set, else unplaced; the order is by start,
    then end (the shorter first), publication date, document and the document's own sequence.
    """
    fmt = format_of(output, output_format)
    if fmt == "parquet" and output is None:
        raise InputError("parquet output needs a file: pass -o FILE.parquet")
    if fmt == "timelines" and not about:
        raise InputError("timelines output needs the entities: pass --about NAME")
    entities = parse_entities(about, aliases)
    skipped = Skipped()
    on_bad = skipped if skip_bad else None
    documents: dict[str, Document] = {}
    stream = inputs.documents(on_bad)
    if fmt == "timeml" or entities:
        stream = _kept(stream, documents)
    shown = not quiet and sys.stderr.isatty()
    bar = ProgressBar(shown, inputs.count() if shown else None)
    if output is not None and fmt in STREAMED and not (dedupe or entities):
        write_events(
            stream,
            output,
            format=fmt,
            prefer=prefer,
            genre=genre,
            dayfirst=dayfirst,
            jobs=jobs,
            progress=bar,
            on_bad=on_bad,
        )
        bar.close()
        skipped.report()
        return
    table = events(
        stream,
        prefer=prefer,
        genre=genre,
        dayfirst=dayfirst,
        dedupe=dedupe,
        link=bool(entities),
        jobs=jobs,
        progress=bar,
        on_bad=on_bad,
    )
    bar.close()
    skipped.report()
    if entities:
        per_entity = involving(table, documents, entities)
        if fmt == "timelines":
            _emit(timelines_jsonl(per_entity), output)
            return
        involved = set().union(*(set(rows["order"]) for rows in per_entity.values()))
        table = table.filter(pl.col("order").is_in(sorted(involved)))
    if output is None:
        click.echo(render(table, fmt, documents), nl=False)
    else:
        write(table, output, fmt, documents)


def _emit(text: str, output: str | None) -> None:
    if output is None:
        click.echo(text, nl=False)
    else:
        write_atomically(output, text_fill(text))


def _kept(documents: Iterable[Document], into: dict[str, Document]) -> Iterator[Document]:
    for document in documents:
        into[document.id] = document
        yield document
