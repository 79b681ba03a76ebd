"""TimeML output: a document with its creation time and inline TIMEX3 tags, as TempEval-3 reads it.

The text inside <TEXT> is the document's text exactly, escaped for XML, so that removing the tags
gives it back and every tag sits at its expression's offsets. Carriage returns are written as
character references (an XML parser would turn them into line feeds) and the few characters XML 1.0
cannot hold at all become U+FFFD, one for one, so offsets still hold.
"""

from __future__ import annotations

import datetime
import re
from xml.sax.saxutils import escape, quoteattr

import pendulum

from timeline.model import Document, Timex

HEADER = (
    '<?xml version="1.0" ?>\n'
    '<TimeML xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance"'
    ' xsi:noNamespaceSchemaLocation="http://timeml.org/timeMLdocs/TimeML_1.2.1.xsd">\n'
)

_NOT_XML = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\ud800-\udfff\ufffe\uffff]")


def to_timeml(doc: Document, timexes: list[Timex]) -> str:
    """The TimeML document for `doc` with a TIMEX3 tag around each of `timexes`.

    The DCT is the document's publication date (tid t0); expressions are numbered t1, t2, ... in text
    order. Raises ValueError for expressions that overlap or fall outside the text, which inline
    tags cannot hold.
    """
    parts = [HEADER, f"\n<DOCID>{_text(doc.id)}</DOCID>\n\n"]
    if doc.published is not None:
        parts.append(f"<DCT>{_dct(doc.published)}</DCT>\n\n")
    if doc.title:
        parts.append(f"<TITLE>{_text(doc.title)}</TITLE>\n\n")
    parts.append(f"<TEXT>{_tagged(doc.text, timexes)}</TEXT>\n\n</TimeML>\n")
    return "".join(parts)


def _dct(published: pendulum.DateTime) -> str:
    if published.time() == datetime.time(0):
        kind, value = "DATE", published.strftime("%Y-%m-%d")
    else:
        kind, value = "TIME", published.strftime("%Y-%m-%dT%H:%M:%S")
    attributes = _attributes(
        tid="t0", type=kind, value=value, temporalFunction="false", functionInDocument="CREATION_TIME"
    )
    return f"<TIMEX3 {attributes}>{value}</TIMEX3>"


def _tagged(text: str, timexes: list[Timex]) -> str:
    parts: list[str] = []
    position = 0
    for number, timex in enumerate(sorted(timexes, key=lambda t: (t.char_start, t.char_end)), start=1):
        if timex.char_start < position or timex.char_end > len(text) or timex.char_start > timex.char_end:
            raise ValueError(
                f"cannot tag {timex.text!r} at [{timex.char_start}, {timex.char_end}) in a text of "
                f"{len(text)} characters: TIMEX3 tags must not overlap"
            )
        attributes = _attributes(tid=f"t{number}", type=timex.type, value=timex.value, mod=timex.mod)
        parts += [
            _text(text[position : timex.char_start]),
            f"<TIMEX3 {attributes}>{_text(text[timex.char_start : timex.char_end])}</TIMEX3>",
        ]
        position = timex.char_end
    parts.append(_text(text[position:]))
    return "".join(parts)


def _attributes(**values: str | None) -> str:
    return " ".join(f"{name}={quoteattr(_xml_chars(value))}" for name, value in values.items() if value)


def _text(text: str) -> str:
    return escape(_xml_chars(text), {"\r": "&#13;"})


def _xml_chars(text: str) -> str:
    return _NOT_XML.sub("\ufffd", text)
