"""`timeline chart`: draw the dated events of news documents as a timeline, in HTML, PNG, SVG or JSON."""

from __future__ import annotations

import sys
from collections.abc import Iterable
from functools import partial
from pathlib import Path
from typing import Any, cast

import click

from timeline import events
from timeline.charts import LANES, chart
from timeline.charts.records import DOCUMENT_LANES, Lanes
from timeline.charts.render import WRITERS, writer_for
from timeline.cli.errors import reported
from timeline.cli.options import (
    dayfirst_option,
    dedupe_option,
    entity_options,
    genre_option,
    input_options,
    prefer_option,
)
from timeline.cli.progress import ProgressBar
from timeline.events.entities import entity_table, involving, parse_entities
from timeline.events.extract import one_per_date
from timeline.io.atomic import write_all_atomically
from timeline.io.sources import Inputs
from timeline.model import Document
from timeline.words import ui_languages

LANE_NOTES = {
    "doc": "one lane per document",
    "entity": "one lane per --about entity",
    "type": "one lane per TIMEX3 type",
    "none": "no lanes",
}


@click.command("chart")
@input_options
@click.option(
    "-o",
    "--output",
    "outputs",
    metavar="FILE",
    multiple=True,
    required=True,
    help=f"Write the chart to FILE, in the format its extension names ({', '.join(sorted(WRITERS))}); "
    "repeat to write several from one reading.",
)
@click.option("--title", metavar="TEXT", help="Heading of the chart [default: the document's title].")
@click.option(
    "--lanes",
    type=click.Choice(LANES),
    default="auto",
    show_default=True,
    help=f"One lane per document, per --about entity, per TIMEX3 type, or none; auto: per entity with "
    f"--about, else per document up to {DOCUMENT_LANES} documents, else none.",
)
@entity_options
@click.option(
    "--ui-lang",
    type=click.Choice(ui_languages()),
    help="Language of the chart's and page's words [default: the language of most events].",
)
@click.option("-q", "--quiet", is_flag=True, help="No progress and no list of the files written.")
@prefer_option
@genre_option
@dayfirst_option
@dedupe_option
@reported()
def chart_command(
    inputs: Inputs,
    outputs: tuple[str, ...],
    title: str | None,
    lanes: str,
    ui_lang: str | None,
    quiet: bool,
    prefer: str,
    genre: str,
    dayfirst: bool | None,
    dedupe: bool,
    about: tuple[str, ...],
    aliases: tuple[str, ...],
) -> None:
    """Draw the dated events of the INPUT documents as a timeline chart.

    An INPUT is read as by `timeline events` (articles, JSONL, tables, directories, - for stdin). The
    chart has an overview of every event and, below it, one row per event (with more than 30, those of
    the window brushed on the overview): periods as bars, days and instants as points, colour by how
    precise the date is, dashed lines on the publication dates. HTML is a page for readers: the chart
    fitted to the screen (brush, pan, zoom, tooltips, legend filter), the event table, and the source
    sentence of the event clicked; it embeds its JavaScript and fetches nothing. PNG and SVG are drawn
    without a browser. With --about, the events of each entity's timeline (as `timeline events --about`
    keeps them), one lane per entity. Words are in the language of most events (--ui-lang to choose).
    The lanes chosen and each file written are printed. A text with no dated event is an error, and no file is
    written; the files are written all or none.
    """
    for output in outputs:
        writer_for(Path(output))
    entities = parse_entities(about, aliases)
    documents: Iterable[Document] = inputs.documents()
    if entities:
        documents = list(documents)  # kept: the entities are found in their text
    shown = not quiet and sys.stderr.isatty()
    bar = ProgressBar(shown, inputs.count() if shown else None)
    table = events(documents, prefer=prefer, genre=genre, dayfirst=dayfirst, dedupe=dedupe, progress=bar)
    bar.close()
    if entities:
        by_id = {document.id: document for document in documents}
        table = entity_table(involving(table, by_id, entities))
    table = one_per_date(table)
    drawn = chart(table, title=title, lanes=cast(Lanes, lanes), ui_lang=ui_lang)
    if not quiet:
        grouping = drawn.usermeta["lanes"]
        count = table["doc"].n_unique()
        click.echo(f"Lanes: {LANE_NOTES[grouping]} ({count} document{'s' if count != 1 else ''})")
    spec = drawn.to_dict()
    write_all_atomically((Path(output), partial(_render, spec, Path(output))) for output in outputs)
    if not quiet:
        for output in outputs:
            click.echo(f"Wrote {output}")


def _render(spec: dict[str, Any], output: Path, temporary: Path) -> None:
    temporary.write_bytes(writer_for(output)(spec))
