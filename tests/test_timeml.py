"""TimeML output: well-formed, the text given back exactly, every tag at its expression's offsets."""

from __future__ import annotations

import xml.etree.ElementTree as ET

import pendulum
import pytest
from hypothesis import given
from hypothesis import strategies as st

from timeline.io.timeml import to_timeml
from timeline.model import Document, Timex

PUBLISHED = pendulum.naive(2016, 11, 30)


def timex_at(text: str, start: int, end: int, value: str = "2016-11-28", mod: str | None = None) -> Timex:
    return Timex(
        type="DATE", value=value, mod=mod, start=None, end=None, grain=None, anchor=PUBLISHED,
        rule="test", text=text[start:end], char_start=start, char_end=end,
    )  # fmt: skip


def tagged_spans(root: ET.Element) -> list[tuple[int, int, dict[str, str]]]:
    """Offsets (into the text inside <TEXT>) and attributes of each TIMEX3 tag."""
    body = root.find("TEXT")
    assert body is not None
    position = len(body.text or "")
    spans = []
    for tag in body:
        assert tag.tag == "TIMEX3"
        end = position + len(tag.text or "")
        spans.append((position, end, tag.attrib))
        position = end + len(tag.tail or "")
    return spans


def test_a_document_tempeval_reads() -> None:
    text = "زار حفتر موسكو يوم الإثنين & التقى <مسؤولين> الشهر الماضي."
    monday, month = text.index("يوم الإثنين"), text.index("الشهر الماضي")
    timexes = [
        timex_at(text, monday, monday + len("يوم الإثنين")),
        timex_at(text, month, month + len("الشهر الماضي"), value="2016-10", mod="END"),
    ]
    output = to_timeml(Document(id="doc-1", text=text, published=PUBLISHED), timexes)

    assert output.startswith('<?xml version="1.0" ?>\n')
    root = ET.fromstring(output)
    assert root.tag == "TimeML"
    assert root.findtext("DOCID") == "doc-1"
    dct = root.find("DCT/TIMEX3")
    assert dct is not None
    assert dct.attrib == {
        "tid": "t0", "type": "DATE", "value": "2016-11-30",
        "temporalFunction": "false", "functionInDocument": "CREATION_TIME",
    }  # fmt: skip
    assert dct.text == "2016-11-30"
    assert "".join(root.find("TEXT").itertext()) == text  # type: ignore[union-attr]
    assert tagged_spans(root) == [
        (timexes[0].char_start, timexes[0].char_end, {"tid": "t1", "type": "DATE", "value": "2016-11-28"}),
        (
            timexes[1].char_start,
            timexes[1].char_end,
            {"tid": "t2", "type": "DATE", "value": "2016-10", "mod": "END"},
        ),
    ]


def test_a_publication_time_makes_a_time_dct() -> None:
    published = pendulum.naive(2016, 11, 30, 14, 5)
    root = ET.fromstring(to_timeml(Document(id="d", text="", published=published), []))
    dct = root.find("DCT/TIMEX3")
    assert dct is not None
    assert (dct.get("type"), dct.get("value")) == ("TIME", "2016-11-30T14:05:00")


def test_a_title_is_kept_and_an_empty_text_has_no_tags() -> None:
    root = ET.fromstring(to_timeml(Document(id="d", text="", published=PUBLISHED, title="A & B"), []))
    assert root.findtext("TITLE") == "A & B"
    assert root.findtext("TEXT") == ""
    assert tagged_spans(root) == []


def test_carriage_returns_survive_and_illegal_characters_keep_offsets() -> None:
    text = "Line one\r\nMonday\x0cnext\x00 week"
    monday = text.index("Monday")
    root = ET.fromstring(
        to_timeml(Document(id="d", text=text, published=PUBLISHED), [timex_at(text, monday, monday + 6)])
    )
    body = "".join(root.find("TEXT").itertext())  # type: ignore[union-attr]
    assert body == text.replace("\x0c", "\ufffd").replace("\x00", "\ufffd")
    assert tagged_spans(root)[0][:2] == (monday, monday + 6)


def test_overlapping_expressions_are_refused() -> None:
    text = "from Monday to Tuesday"
    with pytest.raises(ValueError, match="overlap"):
        to_timeml(
            Document(id="d", text=text, published=PUBLISHED), [timex_at(text, 5, 14), timex_at(text, 12, 22)]
        )


xml_text = st.text(
    st.characters(blacklist_categories=("Cs", "Cc")) | st.sampled_from("\n\r\t<>&\"'"), max_size=80
)


@st.composite
def documents_with_spans(draw: st.DrawFn) -> tuple[str, list[tuple[int, int]]]:
    text = draw(xml_text)
    cuts = sorted(draw(st.lists(st.integers(0, len(text)), max_size=8)))
    spans = [(cuts[i], cuts[i + 1]) for i in range(0, len(cuts) - 1, 2)]
    return text, spans


@given(documents_with_spans(), st.text(max_size=10).filter(lambda s: s.isprintable()))
def test_stripping_the_tags_gives_back_the_text(case: tuple[str, list[tuple[int, int]]], doc_id: str) -> None:
    text, spans = case
    timexes = [timex_at(text, start, end) for start, end in spans]
    root = ET.fromstring(to_timeml(Document(id=doc_id, text=text, published=PUBLISHED), timexes))
    assert root.findtext("DOCID") == doc_id
    assert "".join(root.find("TEXT").itertext()) == text  # type: ignore[union-attr]
    assert [span[:2] for span in tagged_spans(root)] == spans
    assert [span[2]["tid"] for span in tagged_spans(root)] == [f"t{n}" for n in range(1, len(spans) + 1)]
