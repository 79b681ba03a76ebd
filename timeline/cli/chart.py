"""`timeline chart`: draw the dated events of news documents as a timeline, in HTML, PNG, SVG or JSON."""

from __future__ import annotations

from pathlib import Path

import click
import pendulum

from timeline import Columns, events, read_documents
from timeline.charts import LANES, chart, save_chart
from timeline.charts.records import Lanes
from timeline.charts.render import WRITERS, writer_for
from timeline.cli.errors import reported
from timeline.cli.options import dedupe_option, input_options, prefer_option
from timeline.events.extract import one_per_date


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
    default="doc",
    show_default=True,
    help="One lane per document, per TIMEX3 type, or none.",
)
@prefer_option
@dedupe_option
@reported()
def chart_command(
    inputs: tuple[str, ...],
    outputs: tuple[str, ...],
    title: str | None,
    lanes: Lanes,
    published: pendulum.DateTime | None,
    lang: str | None,
    columns: Columns,
    prefer: str,
    dedupe: bool,
) -> None:
    """Draw the dated events of the INPUT documents as a timeline chart.

    An INPUT is read as by `timeline events` (articles, JSONL, tables, directories, - for stdin). The
    chart has an overview of every event and, below it, one row per event (with more than 30, those of
    the window brushed on the overview): periods as bars, days and instants as points, colour by
    grain, dashed lines on the publication dates. HTML embeds its JavaScript and is interactive (brush,
    pan, zoom, tooltips, legend filter); PNG and SVG are drawn without a browser. A text with no dated
    event is an error, and no file is written.
    """
    for output in outputs:
        writer_for(Path(output))
    documents = read_documents(inputs, published=published, lang=lang, columns=columns)
    drawn = chart(one_per_date(events(documents, prefer=prefer, dedupe=dedupe)), title=title, lanes=lanes)
    for output in outputs:
        save_chart(drawn, output)
