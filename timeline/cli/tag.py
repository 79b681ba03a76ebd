"""`timeline tag`: every temporal expression in news documents, as JSONL, TimeML or a table."""

from __future__ import annotations

import json
import re
import zlib
from collections.abc import Callable, Iterable, Iterator
from pathlib import Path

import click

from timeline.cli.errors import reported
from timeline.cli.options import dayfirst_option, genre_option, input_options, prefer_option
from timeline.engine.anchor import parse_anchor
from timeline.engine.policy import Policy
from timeline.engine.tagger import tagged
from timeline.io.atomic import text_fill, write_all_atomically
from timeline.io.sources import Inputs
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
    """One `.tml` file per document in `folder`, as the TempEval-3 tools read them, and INDEX.

    All the files are written or none: a bad document met half way leaves the folder as it was."""
    names = FileNames()
    index = ["id\tfile"]

    def files() -> Iterator[tuple[Path, Callable[[Path], None]]]:
        for doc, timexes in tagged:
            name = names.of(doc.id)
            index.append(f"{_cell(doc.id)}\t{name}")
            yield folder / name, text_fill(to_timeml(doc, timexes))
        yield folder / INDEX, text_fill("\n".join(index) + "\n")

    write_all_atomically(files())


INDEX = "index.tsv"
"""The file of `tag --output-dir` that maps each document id to its file: `id` TAB `file`, one line a
document, in input order (ids with a tab, newline or backslash written with backslash escapes)."""


class FileNames:
    """A file name per document id, inside the folder and unique among the documents written.

    The name is the id with every run of characters other than letters, digits, `.`, `-` and `_` made
    `_`, at most NAME_LONGEST characters, plus `.tml`. Where that changed the id (`a/b`, `a b`, empty,
    `..`), an 8-digit hash of the id is added, so ids that read alike stay apart and a document keeps
    its name from run to run; a repeated id (or a hash clash) numbers its later files `-2`, `-3` ...
    """

    NAME_LONGEST = 100

    def __init__(self) -> None:
        self._used: set[str] = set()

    def of(self, doc_id: str) -> str:
        base = _SAFE.sub("_", doc_id).strip(".")[: self.NAME_LONGEST]
        if base != doc_id:
            base = f"{base or 'document'}-{zlib.crc32(doc_id.encode('utf-8', 'replace')):08x}"
        name, number = base, 1
        while name.lower() in self._used:
            number += 1
            name = f"{base}-{number}"
        self._used.add(name.lower())
        return f"{name}.tml"


def _cell(doc_id: str) -> str:
    return doc_id.replace("\\", "\\\\").replace("\t", "\\t").replace("\n", "\\n").replace("\r", "\\r")


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
@dayfirst_option
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
    help="With --format timeml: write one DOC.tml file per document into this folder, and index.tsv "
    "(each document id and its file); all or none.",
)
@reported()
def tag_command(
    inputs: Inputs,
    prefer: str,
    genre: str,
    dayfirst: bool | None,
    output_format: str,
    output_dir: Path | None,
) -> None:
    """Find and resolve every temporal expression in the INPUT documents.

    An INPUT is a .txt or .md article (dated by --published, else by the date on its dateline), a
    .jsonl file of documents with id, text, published and lang, a .csv, .json or .parquet table with
    those columns, a directory of such files, or - for standard input (an article, or JSONL when it
    starts with '{').
    """
    tagged = _tagged(inputs.documents(), Policy(prefer, genre, dayfirst))
    if output_dir is not None:
        if output_format != "timeml":
            raise click.UsageError("--output-dir goes with --format timeml")
        write_timeml_files(tagged, output_dir)
    else:
        WRITERS[output_format](tagged)


def _tagged(documents: Iterable[Document], policy: Policy) -> Iterator[Tagged]:
    for doc in documents:
        with reported(doc.source):
            published = parse_anchor(doc.published)
            found = tagged(doc.text, published, doc.lang, policy)
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
