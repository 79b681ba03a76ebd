"""Events: which expressions date what, ranges, the total order and deduplication."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pendulum
import polars as pl
import pytest

import timeline
from timeline.engine.language import detect
from timeline.errors import InputError, TimelineError
from timeline.events.extract import document_events, events, ordered, rows_frame
from timeline.events.table import EVENT_SCHEMA
from timeline.model import Document, Timex

PUBLISHED = pendulum.naive(2016, 11, 30)
DAY_28 = pendulum.naive(2016, 11, 28)
Frame = pl.DataFrame
SEEDS = Path(__file__).parent.parent / "seeds"


def timex(
    text: str,
    phrase: str,
    kind: str,
    value: str,
    start: str | None = None,
    end: str | None = None,
    grain: str | None = None,
) -> Timex:
    at = text.index(phrase)
    return Timex(
        type=kind,
        value=value,
        mod=None,
        start=None if start is None else pendulum.parse(start).naive(),
        end=None if end is None else pendulum.parse(end).naive(),
        grain=grain,
        anchor=PUBLISHED,
        rule="test",
        text=phrase,
        char_start=at,
        char_end=at + len(phrase),
        lang=detect(text),
    )


def table(text: str, *timexes: Timex, doc: str = "d", published: pendulum.DateTime = PUBLISHED) -> Frame:
    document = Document(id=doc, text=text, published=published, lang=None)
    return ordered(rows_frame(document_events(document, list(timexes))))


def test_a_range_makes_one_event_spanning_both_ends() -> None:
    text = "كشفت مصادر عن لقاءات مع مسؤولين روس منذ مساء الإثنين وحتّى  الثلاثاء."
    rows = table(
        text,
        timex(text, "مساء الإثنين", "TIME", "2016-11-28TEV"),
        timex(text, "الثلاثاء", "DATE", "2016-11-29", "2016-11-29", "2016-11-30", "day"),
    ).to_dicts()
    assert [row["trigger"] for row in rows] == ["كشفت", "لقاءات"]
    for row in rows:
        assert (row["start"], row["end"], row["grain"]) == (DAY_28, pendulum.naive(2016, 11, 30), "day")
        assert row["expression"] == "مساء الإثنين وحتّى الثلاثاء"
        assert row["value"] == "2016-11-28TEV/2016-11-29"
        assert (row["lang"], row["anchor"]) == ("ar", "date")
        assert text[row["char_start"] : row["char_end"]] == "مساء الإثنين وحتّى  الثلاثاء"


def test_floating_durations_sets_and_references_date_nothing_but_anchored_periods_do() -> None:
    text = "Talks took six months. They meet every Friday. Until now nothing. Prices rose in the past year."
    rows = table(
        text,
        timex(text, "six months", "DURATION", "P6M"),
        timex(text, "every Friday", "SET", "XXXX-WXX-5"),
        timex(text, "now", "DATE", "PRESENT_REF"),
        timex(text, "the past year", "DURATION", "P1Y", "2015-11-30", "2016-11-30", "day"),
    ).filter(pl.col("anchor") == "date")
    assert rows["expression"].to_list() == ["the past year"]
    assert rows["trigger"].to_list() == ["rose"]


def test_a_date_alone_on_its_line_is_the_dateline_and_dates_nothing() -> None:
    text = "Headline\nNovember 30, 2016\nThe minister visited Cairo on November 30, 2016."
    second = text.rindex("November 30, 2016")
    dateline = timex(text, "November 30, 2016", "DATE", "2016-11-30", "2016-11-30", "2016-12-01", "day")
    in_text = Timex(**{**_fields(dateline), "char_start": second, "char_end": second + len(dateline.text)})
    rows = table(text, dateline, in_text).filter(pl.col("anchor") == "date")
    assert rows["char_start"].to_list() == [second]
    assert rows["event"].to_list() == ["The minister visited Cairo on November 30, 2016"]


@pytest.mark.parametrize(
    "text",
    [
        "Border to reopen\n\nNAIROBI, Nov 30 (AP) — The minister visited the border post on Monday.",
        "Port reopens\n\nSAN FRANCISCO, Calif. — The minister visited the border post on Monday.",
        "إعادة فتح المعبر\n\nالقاهرة (رويترز) - زار الوزير المعبر يوم الاثنين.",
    ],
)
def test_a_wire_dateline_is_the_article_date_not_an_event_nor_part_of_one(text: str) -> None:
    found = timeline.tag(text, PUBLISHED)
    rows = table(text, *found).filter(pl.col("anchor") == "date")
    assert rows["expression"].to_list() == [found[-1].text]
    assert rows["start"].to_list() == [DAY_28]
    place = text.split("\n\n")[1].split(" ")[0].rstrip(",")
    assert all(place not in event for event in table(text, *found)["event"].to_list())


def _fields(t: Timex) -> dict[str, object]:
    return t._asdict()


def test_each_date_of_a_sentence_dates_its_own_clause() -> None:
    text = "The army withdrew on Monday, and the rebels returned on Tuesday."
    rows = table(
        text,
        timex(text, "Monday", "DATE", "2016-11-28", "2016-11-28", "2016-11-29", "day"),
        timex(text, "Tuesday", "DATE", "2016-11-29", "2016-11-29", "2016-11-30", "day"),
    )
    assert rows.select("event", "trigger").rows() == [
        ("The army withdrew on Monday", "withdrew"),
        ("and the rebels returned on Tuesday", "returned"),
    ]
    assert rows["sentence"].to_list() == [text, text]


def test_the_order_is_by_start_then_shorter_interval_then_publication_document_position() -> None:
    text = "It opened in June. It closed on June 1. It reopened on June 1."
    june = timex(text, "June", "DATE", "2016-06", "2016-06-01", "2016-07-01", "month")
    first = timex(text, "June 1", "DATE", "2016-06-01", "2016-06-01", "2016-06-02", "day")
    later = text.rindex("June 1")
    second = Timex(**{**_fields(first), "char_start": later, "char_end": later + 6})
    one = table(text, june, first, second, doc="b")
    other = table("It opened in June.", june, doc="a", published=pendulum.naive(2016, 12, 1))
    merged = ordered(pl.concat([other, one]))
    assert merged.select("doc", "char_start", "grain").rows() == [
        ("b", first.char_start, "day"),
        ("b", later, "day"),
        ("b", june.char_start, "month"),
        ("a", june.char_start, "month"),
    ]
    assert merged["order"].to_list() == [0, 1, 2, 3]
    assert merged.schema == pl.Schema(EVENT_SCHEMA)


def test_dedupe_merges_the_same_event_from_several_documents_and_keeps_different_ones() -> None:
    text = "The minister visited Moscow on Monday."
    other = "The minister visited Moscow on Monday, officials said."
    different = "Rebels attacked the airport on Monday."
    monday = ("DATE", "2016-11-28", "2016-11-28", "2016-11-29", "day")
    tables = [
        table(text, timex(text, "Monday", *monday), doc="a"),
        table(other, timex(other, "Monday", *monday), doc="b"),
        table(different, timex(different, "Monday", *monday), doc="c"),
    ]
    merged = ordered(pl.concat(tables), dedupe=True).filter(pl.col("anchor") == "date")
    assert merged.select("doc", "sources").rows() == [("a", ["a", "b"]), ("c", ["c"])]
    assert ordered(pl.concat(tables)).filter(pl.col("anchor") == "date")["sources"].to_list() == [
        ["a"],
        ["b"],
        ["c"],
    ]


def test_a_document_without_text_or_date_is_an_error_naming_it_or_skipped_with_on_bad() -> None:
    empty = Document(id="empty", text="  ", published=PUBLISHED, source="in.jsonl:3")
    undated = Document(id="undated", text="Monday.", published=None)
    with pytest.raises(InputError, match=r"'empty' \(in.jsonl:3\): the document has no text"):
        events([empty])
    skipped: list[TimelineError] = []
    result = events([empty, undated], on_bad=skipped.append)
    assert result.is_empty()
    assert result.schema == pl.Schema(EVENT_SCHEMA)
    assert [str(e) for e in skipped] == [
        "document 'empty' (in.jsonl:3): the document has no text",
        "document 'undated': the document has no publication date",
    ]


def seed_documents() -> list[Document]:
    from timeline.io.sources import read_documents

    return list(read_documents([SEEDS]))


def test_the_seed_article_events_run_from_the_1980s_to_the_end_of_november_2016() -> None:
    table = events(seed_documents()).filter(pl.col("lang") == "ar")
    rows = table.filter(pl.col("anchor") == "date").to_dicts()
    values = [row["value"] for row in rows]
    expected = ["198", "2016-06", "2016-09", "2016-10", "2016-11-27", "2016-11-28"]
    assert [v for v in values if v in expected] == sorted(
        [v for v in values if v in expected], key=expected.index
    ), values
    assert all(v in values for v in expected), values
    assert rows[-1]["end"] == pendulum.naive(2016, 11, 30)
    assert rows[-1]["expression"].startswith("مساء الإثنين")
    by_value: dict[str, list[dict[str, Any]]] = {}
    for row in rows:
        by_value.setdefault(row["value"], []).append(row)
    assert all("الجفرة" in row["event"] for row in by_value["198"])
    assert {row["trigger"] for row in by_value["2016-06"]} == {"زيارته", "التقى"}
    assert all("الجزائر" in row["event"] for row in by_value["2016-11-27"])
    assert {"زار", "كشف"} <= {row["trigger"] for row in by_value["2016-11-28"]}
    assert all(row["event"] != row["sentence"] or row["sentence"].count("،") < 3 for row in rows)
    unplaced = table.filter(pl.col("anchor").is_null())
    assert table.filter(pl.col("anchor") == "published")["trigger"].str.contains("قدّم|زار|تعرقلت").sum() >= 3
    assert all(is_future_clause(event) for event in unplaced["event"]), unplaced["event"].to_list()
    assert {"زيارته", "اللقاءات", "عقد"} <= set(table.filter(pl.col("start").is_not_null())["trigger"])


def is_future_clause(clause: str) -> bool:
    """The seed's clauses that speak of the future (ستتبعهم، ستساعد، فسوف تقيم): nothing there supports a
    date."""
    return any(
        (word.startswith(("ست", "سي")) and not word.endswith("ة")) or word.endswith("سوف")
        for word in clause.split()
    )


def test_the_english_sample_and_the_arabic_seed_make_one_ordered_table_with_both_sources() -> None:
    result = events(seed_documents())
    assert set(result["lang"]) == {"ar", "en"}
    assert result["order"].to_list() == list(range(result.height))
    assert result.sort(
        "start", "end", "published", "doc", "sequence", nulls_last=True, maintain_order=True
    ).equals(result)


def test_progress_is_told_the_documents_and_events_so_far_after_each_batch() -> None:
    documents = seed_documents()
    told: list[tuple[int, int]] = []
    table = events(documents, progress=lambda done, found: told.append((done, found)))
    assert told[-1] == (len(documents), table.height)


def test_several_processes_give_the_same_table_as_one() -> None:
    documents = seed_documents()
    assert events(documents, jobs=2).equals(events(documents))


def test_progress_is_a_bar_with_time_left_when_the_total_is_known_and_a_counter_otherwise() -> None:
    from timeline.cli.progress import ProgressBar

    bar = ProgressBar(enabled=False, total=10)
    bar(5, 7)
    assert bar.line(10.0) == f"[{'#' * 15:<30}]  50% 5 documents, 7 events, 0 documents/s, 10 s left"
    counter = ProgressBar(enabled=False)
    counter(5, 7)
    assert counter.line(10.0) == "5 documents, 7 events, 0 documents/s, 10 s"


def test_the_language_of_an_event_is_the_one_the_engine_read_its_date_in() -> None:
    (monday,) = timeline.tag("Talks ended on Monday.", "2016-11-30")
    assert monday.lang == "en"
    assert "lang" not in monday.as_dict()
    unlabelled = Document(id="d", text="انتهت المحادثات يوم الإثنين.", published=PUBLISHED)
    assert events([unlabelled])["lang"].to_list() == ["ar", "ar"]


def test_a_bad_policy_is_refused_before_any_document_even_when_bad_documents_are_skipped() -> None:
    skipped: list[TimelineError] = []
    document = Document(id="d", text="It ended on Monday.", published=PUBLISHED, lang="en")
    policies: list[dict[str, Any]] = [{"prefer": "sideways"}, {"genre": "poetry"}, {"dayfirst": "yes"}]
    for policy in policies:
        with pytest.raises(TimelineError, match=r"sideways|poetry|'yes'"):
            events([document], on_bad=skipped.append, **policy)
    assert skipped == []
