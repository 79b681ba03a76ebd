"""Read the documents users give: text articles, JSON Lines of documents, standard input.

Each input suffix has its reader in READERS (`timeline.io.sources.read_documents` picks it); a reader
applies what the caller fixed for every document (publication date, language) and raises InputError
naming the file (and the line, for line-based formats) for anything it cannot read. Every record of
fields (a JSON object, a table row) is checked by the one validator, `document`: the same bad field is
the same error whichever reader met it.
"""

from __future__ import annotations

import datetime
import json
import sys
from collections.abc import Callable, Iterable, Iterator, Mapping
from dataclasses import dataclass
from itertools import chain
from pathlib import Path
from typing import Any

import pendulum

from timeline.engine.anchor import parse_anchor
from timeline.engine.lexicon import TextSpan
from timeline.errors import AnchorError, InputError, TimelineError
from timeline.io.dateline import find_dateline
from timeline.model import Document

STDIN = "-"
STDIN_NAME = "<stdin>"
BOM = "\ufeff".encode()


@dataclass(frozen=True, slots=True)
class Overrides:
    """What the caller fixed for every document; None leaves each document its own.

    `on_bad`, when given, receives the error of each line of a JSON Lines input that cannot be used,
    and reading goes on with the next line; without it such a line raises. `undated` is what the error
    of a document without a date advises, in the terms of the caller (an option, an argument).
    """

    published: pendulum.DateTime | None = None
    lang: str | None = None
    on_bad: Callable[[TimelineError], None] | None = None
    undated: str = "pass --published DATE (in Python: published=DATE)"


Reader = Callable[[Path, Overrides], Iterator[Document]]


def read_jsonl(path: str | Path) -> Iterator[dict[str, Any]]:
    """The JSON objects of a JSON Lines file, one per non-blank line.

    Raises InputError naming the file and line for malformed JSON, a line that is not an object, or
    bytes that are not UTF-8.
    """
    with Path(path).open("rb") as lines:
        for _, record in _json_lines(lines, str(path)):
            if isinstance(record, InputError):
                raise record
            yield record


def read_text_file(path: Path, overrides: Overrides) -> Iterator[Document]:
    """One article: the whole file is its text, its stem its id."""
    yield _article(path.stem, _read_text(path), str(path), overrides)


def read_jsonl_file(path: Path, overrides: Overrides) -> Iterator[Document]:
    """One document per line, with the fields of FORMAT.md (`id`, `text`, `published`, `lang`)."""
    with path.open("rb") as lines:
        yield from _json_documents(lines, str(path), path.stem, overrides)


READERS: dict[str, Reader] = {
    ".txt": read_text_file,
    ".md": read_text_file,
    ".jsonl": read_jsonl_file,
}
"""Input file suffix (lower case) -> the reader of such files."""


def _read_text(path: Path) -> str:
    return _decode(path.read_bytes(), str(path))


def read_stdin(overrides: Overrides) -> Iterator[Document]:
    """The documents on standard input: one article, or JSON Lines when it starts with `{`. JSON Lines
    are read a line at a time (a stream of any length); an article is read whole.

    A closed standard input (`timeline tag - <&-`) is an InputError, as an unreadable file is."""
    if sys.stdin is None:
        raise InputError(f"{STDIN_NAME}: standard input is closed")
    stream = sys.stdin.buffer
    try:
        head = b""
        while not head.strip() and (line := stream.readline()):
            head += line
        if not head.lstrip().startswith(b"{"):
            data = head + stream.read()
            yield _article("stdin", _decode(data, STDIN_NAME), STDIN_NAME, overrides)
            return
    except (OSError, ValueError) as error:
        raise InputError(f"{STDIN_NAME}: cannot read standard input ({error})") from None
    yield from _json_documents(chain(head.splitlines(keepends=True), stream), STDIN_NAME, "stdin", overrides)


def _decode(data: bytes, where: str) -> str:
    try:
        return data.removeprefix(BOM).decode("utf-8")
    except UnicodeDecodeError as error:
        raise InputError(f"{where}: not UTF-8 text (byte {error.start})") from None


def _json_documents(
    lines: Iterable[bytes], name: str, prefix: str, overrides: Overrides
) -> Iterator[Document]:
    """The documents of JSON Lines; a bad line raises, or goes to `overrides.on_bad` and is skipped."""
    for number, record in _json_lines(lines, name):
        try:
            if isinstance(record, InputError):
                raise record
            document = read_record(record, f"{name}:{number}", f"{prefix}-{number}", overrides)
        except TimelineError as error:
            if overrides.on_bad is None:
                raise
            overrides.on_bad(error)
            continue
        yield document


def _json_lines(lines: Iterable[bytes], name: str) -> Iterator[tuple[int, dict[str, Any] | InputError]]:
    """Each non-blank line's number and JSON object, or the InputError saying why it is not one."""
    for number, raw in enumerate(lines, start=1):
        try:
            line = _decode(raw, f"{name}:{number}")
            if not line.strip():
                continue
            record = json.loads(line)
        except json.JSONDecodeError as error:
            yield number, InputError(f"{name}:{number}: malformed JSON ({error.msg}, column {error.colno})")
            continue
        except InputError as error:
            yield number, error
            continue
        if not isinstance(record, dict):
            yield (
                number,
                InputError(f"{name}:{number}: expected a JSON object, found {type(record).__name__}"),
            )
            continue
        yield number, record


HEADLINE_LONGEST = 200
"""An article's first line is its headline (its title) when it is at most this long."""


def _article(doc_id: str, text: str, where: str, overrides: Overrides) -> Document:
    published = overrides.published or find_dateline(text, overrides.lang)
    if published is None:
        raise AnchorError(f"{where}: no publication date found at the top of the text; {overrides.undated}")
    return Document(
        id=doc_id, text=text, published=published, lang=overrides.lang, title=_headline(text), source=where
    )


def _headline(text: str) -> str | None:
    span = headline(text)
    return None if span is None else text[span.start : span.end]


def headline(text: str) -> TextSpan | None:
    """Where an article's headline is: its first non-empty line (without surrounding space), unless it is
    long (a sentence) or only a date."""
    offset = 0
    for line in text.splitlines(keepends=True):
        if line.strip():
            start = offset + len(line) - len(line.lstrip())
            first = line.strip()
            if len(first) > HEADLINE_LONGEST or find_dateline(first) is not None:
                return None
            return TextSpan(start, start + len(first))
        offset += len(line)
    return None


def read_record(record: Mapping[str, Any], where: str, default_id: str, overrides: Overrides) -> Document:
    """The document a record of fields holds (a JSON object, a table row), checked; `where` names it.

    `text` must be a string (a blank one has no dates: the event table reports it); `id` a string or a
    number (`default_id` when absent or blank); `lang`, `title` and `url` strings when present; `published`
    an ISO date string or a date, else the date on the text's dateline. A bad field is an InputError, a bad
    or missing date an AnchorError.
    """
    text = record.get("text")
    if not isinstance(text, str):
        raise InputError(f'{where}: the document needs a "text" string, found {text!r}')
    _encodable(record, where)
    lang = overrides.lang or _optional_string(record, "lang", where)
    return Document(
        id=_id(record.get("id"), where) or default_id,
        text=text,
        published=overrides.published or _published(record.get("published"), text, lang, where, overrides),
        lang=lang,
        title=_optional_string(record, "title", where),
        url=_optional_string(record, "url", where),
        source=where,
    )


def _encodable(record: Mapping[str, Any], where: str) -> None:
    """Refuse a string field that no output could hold: a lone surrogate, which JSON's `\\ud800`
    escapes can carry but UTF-8 cannot encode. Found here, it is the row's bad text, not a crash of
    whichever writer meets it first."""
    for key, value in record.items():
        if isinstance(value, str):
            try:
                value.encode("utf-8")
            except UnicodeEncodeError as error:
                code = f"U+{ord(value[error.start]):04X}"
                raise InputError(f'{where}: "{key}" holds a lone surrogate ({code})') from None


def _id(value: object, where: str) -> str | None:
    if value is not None and (not isinstance(value, str | int) or isinstance(value, bool)):
        raise InputError(f'{where}: "id" must be a string or a number, found {value!r}')
    return None if value is None else str(value).strip() or None


def _published(
    value: object, text: str, lang: str | None, where: str, overrides: Overrides
) -> pendulum.DateTime:
    if value is None or (isinstance(value, str) and not value.strip()):
        found = find_dateline(text, lang)
        if found is None:
            raise AnchorError(f"{where}: the document has no publication date; {overrides.undated}")
        return found
    if not isinstance(value, str | datetime.date):
        raise AnchorError(f'{where}: "published" must be an ISO date string or a date, found {value!r}')
    try:
        return parse_anchor(value)
    except AnchorError as error:
        raise AnchorError(f"{where}: {error}") from None


def _optional_string(record: Mapping[str, Any], key: str, where: str) -> str | None:
    value = record.get(key)
    if value is not None and not isinstance(value, str):
        raise InputError(f'{where}: "{key}" must be a string, found {value!r}')
    return None if value is None else value.strip() or None
