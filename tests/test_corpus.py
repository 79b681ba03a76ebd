"""Every document of every test corpus, tagged (or resolved) against its publication date and compared.

The corpora (tests/corpus/, described in conftest) hold the hand-annotated articles, news sentences,
phrase tables, calendar edges and negatives written for this project after CONVENTIONS.md. A tagged
document must yield exactly its timexes, in order; a negative document with no timexes, nothing.
"""

from __future__ import annotations

import pytest
from conftest import Fields, corpus_files, expected_rows, found_rows, read_corpus

import timeline
from timeline import Timex

DOCUMENTS = [(path.stem, document) for path in corpus_files() for document in read_corpus(path)]


def found(document: Fields, lang: str | None) -> list[Timex]:
    """What the engine finds in the document: its one expression when `resolve`, else every expression."""
    text, published = document["text"], document["published"]
    prefer = document.get("prefer", "tense")
    genre = document.get("genre", "news")
    dayfirst = document.get("dayfirst")
    if document.get("resolve"):
        return [timeline.resolve(text, published, lang=lang, prefer=prefer, dayfirst=dayfirst)]
    return timeline.tag(text, published, lang=lang, prefer=prefer, genre=genre, dayfirst=dayfirst)


def report(name: str, document: Fields, expected: list[Fields], got: list[Fields]) -> str:
    """The failure message: which document, its text, and both lists one expression per line."""
    lines = [f"{name}:{document['id']} (published {document['published']}): {document['text']!r}"]
    for title, rows in (("expected", expected), ("got", got)):
        lines += [f"{title}:", *([f"  {row}" for row in rows] or ["  nothing"])]
    return "\n".join(lines)


@pytest.mark.parametrize(("name", "document"), DOCUMENTS, ids=[f"{n}:{d['id']}" for n, d in DOCUMENTS])
def test_corpus_document(name: str, document: Fields) -> None:
    golds = document["timexes"]
    got = found(document, document["lang"])
    expected, rows = expected_rows(golds), found_rows(got, golds)
    assert rows == expected, report(name, document, expected, rows)
    # A text with no letters ("2016-11-30") is no evidence of a language: only its reading must agree.
    told = found_rows(found(document, None), golds)
    assert told == rows, f"{name}:{document['id']}: the language told from the text is not {document['lang']}"


def test_there_is_a_corpus_and_a_negative_corpus_per_language() -> None:
    assert {path.stem for path in corpus_files()} >= {"en", "en-negative", "ar", "ar-negative"}
