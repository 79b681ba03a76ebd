"""`timeline eval`: score the engine, or a given system output, against a gold file."""

from __future__ import annotations

import datetime
from collections.abc import Iterable, Iterator
from pathlib import Path
from typing import Any

import click
from click.core import ParameterSource

from timeline.cli.errors import reported
from timeline.cli.options import dayfirst_option, genre_option, prefer_option
from timeline.engine.policy import Policy
from timeline.engine.tagger import tagged
from timeline.errors import AnchorError, InputError, TimelineError
from timeline.events.evaluation import has_links, score_links
from timeline.events.extract import events
from timeline.io.documents import Overrides, read_jsonl, read_record
from timeline.scoring import PRF, Mistake, render_mistakes, render_report, score


def tag_documents(gold: Iterable[dict[str, Any]], policy: Policy, where: str) -> Iterator[dict[str, Any]]:
    """The engine's output for every gold document, as system documents: `id` and `timexes`."""
    for record in gold:
        doc = record.get("id")
        text = record.get("text")
        if not isinstance(text, str):
            raise InputError(f'{where}: document {doc} needs a "text" string')
        try:
            found = tagged(text, _published(record), record.get("lang"), policy)
        except TimelineError as error:
            raise InputError(f"{where}: document {doc}: {error}") from None
        yield {"id": doc, "timexes": [timex.as_dict() for timex in found]}


def _published(record: dict[str, Any]) -> str | datetime.date:
    """The gold document's publication date, as written (the engine reads it)."""
    published = record.get("published")
    if not isinstance(published, str | datetime.date):
        raise AnchorError(f'"published" must be an ISO date string, found {published!r}')
    return published


def system_documents(records: Iterable[dict[str, Any]], where: str) -> list[dict[str, Any]]:
    """System output as documents, read from either shape a system file may have.

    A record with `timexes` is a document (FORMAT.md); a record with `doc` is one expression as
    `timeline tag --format jsonl` writes it, and the expressions of one `doc` make one document.
    """
    documents: list[dict[str, Any]] = []
    expressions: dict[Any, list[dict[str, Any]]] = {}
    for record in records:
        if "timexes" in record:
            documents.append(record)
        elif "doc" in record:
            expressions.setdefault(record["doc"], []).append(record)
        else:
            raise InputError(
                f'{where}: a record with neither "timexes" (a document) nor "doc" (an expression)'
            )
    return documents + [{"id": doc, "timexes": timexes} for doc, timexes in expressions.items()]


@click.command("eval")
@click.argument("gold", metavar="GOLD.jsonl", type=click.Path(dir_okay=False, path_type=Path))
@click.option(
    "--system",
    metavar="SYSTEM.jsonl",
    type=click.Path(dir_okay=False, path_type=Path),
    help="Score this system output (documents with 'timexes', or 'timeline tag --format jsonl' lines) "
    "instead of running the engine.",
)
@prefer_option
@genre_option
@dayfirst_option
@click.option(
    "--errors", "show_errors", is_flag=True, help="List every miss, spurious match, wrong value and interval."
)
@click.option(
    "--keep-latent", is_flag=True, help="Score the records marked latent too (left out by default)."
)
@click.pass_context
def eval_command(
    ctx: click.Context,
    gold: Path,
    system: Path | None,
    prefer: str,
    genre: str,
    dayfirst: bool | None,
    show_errors: bool,
    keep_latent: bool,
) -> None:
    """Score temporal expressions against the gold file GOLD.jsonl, TempEval-3 style.

    Runs the engine on every gold document (its own 'published' and 'lang') or, with --system,
    scores a given output. Prints strict and relaxed extent P/R/F1, type and value F1 over relaxed
    matches, interval accuracy, and the expressions found in negative records, overall and per
    language; when the gold marks event-date links ('links'), their P/R/F1 in the event table (and
    only those when it marks no expressions).
    """
    for option, name in (("prefer", "--prefer"), ("dayfirst", "--dayfirst/--monthfirst")):
        if system is not None and ctx.get_parameter_source(option) == ParameterSource.COMMANDLINE:
            raise click.UsageError(f"{name} applies when the engine runs; it has no effect with --system")
    policy = Policy(prefer, genre, dayfirst)
    with reported():
        gold_docs = list(read_jsonl(gold))
        if system is None:
            candidates = list(tag_documents(gold_docs, policy, str(gold)))
        else:
            candidates = system_documents(read_jsonl(system), str(system))
        report = score(gold_docs, candidates, keep_latent=keep_latent)
        links = _links(gold_docs, policy, str(gold)) if system is None and has_links(gold_docs) else None
    timexes = links is None or any("timexes" in document for document in gold_docs)
    mistakes = [*(report.mistakes if timexes else []), *(links[1] if links else [])]
    if show_errors and mistakes:
        click.echo(render_mistakes(mistakes))
        click.echo()
    order = "" if dayfirst is None else ", day first" if dayfirst else ", month first"
    scored = f"system {system}" if system is not None else f"timeline (prefer {prefer}, genre {genre}{order})"
    click.echo(f"gold {gold}, {scored}")
    if timexes:
        click.echo(render_report(report))
    if links is not None:
        found = links[0]
        click.echo(
            f"event-date links: P {found.precision:.3f}  R {found.recall:.3f}  F1 {found.f1:.3f}"
            f"  ({found.correct} right of {found.system} found, {found.gold} marked)"
        )


def _links(gold: list[dict[str, Any]], policy: Policy, where: str) -> tuple[PRF, list[Mistake]]:
    """The event table's event–date links scored against the links the gold marks
    (`timeline.events.evaluation`), the engine run on every gold document."""
    documents = [read_record(record, where, str(n), Overrides()) for n, record in enumerate(gold, start=1)]
    return score_links(
        gold, events(documents, prefer=policy.prefer, genre=policy.genre, dayfirst=policy.dayfirst)
    )
