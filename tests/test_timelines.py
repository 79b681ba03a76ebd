"""Entity timelines: the events an entity takes part in, across articles and languages, as JSONL."""

from __future__ import annotations

import json
from pathlib import Path

import pendulum
import pytest
from click.testing import CliRunner

from timeline.cli import main
from timeline.errors import InputError
from timeline.events.entities import Entity, involving, parse_entities
from timeline.events.extract import events
from timeline.io.timelines import anchor, timeline
from timeline.model import Document

PUBLISHED = pendulum.naive(2016, 11, 30)
TEXTS = {
    "en1": "Haftar visited Moscow on Monday.\nHe met the defence minister. Rebels shelled the port in June.",
    "en2": "On Monday, Haftar visited Moscow for talks.",
    "ar1": "زار حفتر موسكو يوم الإثنين. وقصف المتمردون الميناء.",
}


def documents() -> dict[str, Document]:
    return {k: Document(id=k, text=v, published=PUBLISHED) for k, v in TEXTS.items()}


def test_an_entity_takes_part_in_the_events_next_to_its_names_aliases_and_references() -> None:
    docs = documents()
    haftar = Entity("Haftar", ("حفتر",))
    found = involving(events(docs.values(), link=True), docs, [haftar])["Haftar"]
    assert sorted(zip(found["doc"], found["trigger"], strict=True)) == [
        ("ar1", "زار"),
        ("en1", "met"),
        ("en1", "visited"),
        ("en2", "visited"),
    ]


def involved(text: str, entity: Entity) -> list[str]:
    """The triggers of one text's events that `entity` takes part in, in text order."""
    docs = {"d": Document(id="d", text=text, published=PUBLISHED)}
    found = involving(events(docs.values()), docs, [entity])[entity.name]
    return found.sort("trigger_start")["trigger"].to_list()


def test_an_aside_between_commas_after_the_name_is_skipped() -> None:
    haftar = Entity("Haftar", ("حفتر",))
    assert involved("Haftar, the commander of the eastern forces, announced a truce.", haftar) == [
        "announced"
    ]
    assert involved("وحفتر، قائد القوات في الشرق، أعلن الهدنة.", haftar) == ["أعلن"]
    long_aside = "Haftar, the commander of the eastern forces and of all the units in the east, spoke."
    assert involved(long_aside, haftar) == []


def test_the_next_verbs_of_the_same_subject_take_the_entity_along() -> None:
    haftar = Entity("Haftar", ("حفتر",))
    text = "Haftar began by meeting the hosts, then moved on to discuss the deal, saying the terms were fair."
    assert involved(text, haftar) == ["began", "meeting", "moved", "discuss", "saying"]
    assert involved("زار حفتر موسكو والتقى وزير الدفاع ثم غادر.", haftar) == ["زار", "والتقى", "غادر"]
    assert involved("Haftar visited the port and the rebels shelled the town.", haftar) == ["visited"]


def test_a_mark_between_the_name_and_a_verb_puts_the_verb_in_another_clause() -> None:
    haftar = Entity("Haftar", ("حفتر",))
    assert involved("The truce holds, as it did for Haftar, said a diplomat.", haftar) == []
    assert involved("After meeting Haftar, the envoy left.", haftar) == ["meeting"]
    assert involved("التقى بحفتر المبعوث، وغادر الوفد.", haftar) == ["التقى"]
    assert involved("The envoy met Haftar and Haftar held talks.", haftar) == ["met", "held talks"]


def test_the_agent_of_a_passive_takes_part_in_its_event() -> None:
    haftar = Entity("Haftar")
    assert involved("The truce was praised by army chief Khalifa Haftar.", haftar) == ["praised"]
    assert involved(
        "The truce was praised by the chief of the eastern army and his allies, Haftar said.", haftar
    ) == ["said"]
    assert involved("The truce was praised by the envoy, and Haftar left.", haftar) == ["left"]
    assert involved("تم استقبال الوفد من قبل المشير حفتر أمس.", Entity("حفتر")) == ["استقبال"]


def test_a_headline_restates_the_story_and_gives_no_mentions_of_its_own() -> None:
    haftar = Entity("Haftar")
    assert involved("Haftar visits Moscow\nNovember 30, 2016\nHaftar visited Moscow on Monday.", haftar) == [
        "visited"
    ]
    assert involved("Haftar visits Moscow", haftar) == ["visits"]


def test_a_pronoun_refers_back_two_sentences_at_most_and_it_or_they_do_not() -> None:
    haftar = Entity("Haftar")
    text = "Haftar arrived. The talks opened. Rain fell. He left."
    assert involved(text, haftar) == ["arrived"]
    assert involved("Haftar arrived. The talks opened. He left.", haftar) == ["arrived", "left"]
    assert involved("Haftar toured the port. It reopened after the war.", haftar) == ["toured"]


def test_a_pronoun_stands_for_the_entity_only_while_no_other_name_is_a_subject() -> None:
    haftar = Entity("Khalifa Haftar", ("Haftar",))
    assert involved("Aguila Saleh will succeed Haftar. He pledged calm.", haftar) == ["succeed"]
    assert involved("Haftar arrived. Aguila Saleh toured the port. He left.", haftar) == ["arrived"]
    assert involved("Haftar arrived. On Monday he left.", haftar) == ["arrived", "left"]
    assert involved("According to aides, Khalifa Haftar arrived. Khalifa said he left.", haftar) == [
        "arrived",
        "said",
        "left",
    ]


def test_a_timeline_merges_the_mentions_of_one_event_and_orders_by_anchor() -> None:
    docs = documents()
    rows = involving(events(docs.values(), link=True), docs, [Entity("Haftar", ("حفتر",))])["Haftar"]
    line = timeline("Haftar", rows)
    visits = [e for e in line["events"] if any(m["text"] == "visited" for m in e["mentions"])]
    assert len(visits) == 1 and {m["doc"] for m in visits[0]["mentions"]} == {"en1", "en2"}
    assert {(e["order"], e["anchor"]) for e in line["events"]} == {(1, "2016-11-28")}
    for event in line["events"]:
        for mention in event["mentions"]:
            assert TEXTS[mention["doc"]][mention["char_start"] : mention["char_end"]] == mention["text"]


def test_anchors_are_written_at_their_grain_and_unknown_when_unplaced() -> None:
    day = pendulum.naive(2008, 6, 9)
    assert [anchor(day, g) for g in ("day", "month", "year", "decade")] == [
        "2008-06-09",
        "2008-06-XX",
        "2008-XX-XX",
        "2008-XX-XX",
    ]
    assert anchor(None, None) == "XXXX-XX-XX"


def test_aliases_must_name_an_entity_given_with_about() -> None:
    assert parse_entities(["Steve Jobs"], ["Steve Jobs=Jobs, ستيف جوبز"]) == [
        Entity("Steve Jobs", ("Jobs", "ستيف جوبز"))
    ]
    with pytest.raises(InputError, match="--alias"):
        parse_entities(["Haftar"], ["Putin=Poutine"])


def test_the_cli_writes_one_timeline_per_entity(tmp_path: Path) -> None:
    path = tmp_path / "docs.jsonl"
    path.write_text(
        "".join(json.dumps({"id": k, "text": v, "published": "2016-11-30"}) + "\n" for k, v in TEXTS.items()),
        encoding="utf-8",
    )
    args = ["events", str(path), "--about", "Haftar", "--about", "Moscow", "--alias", "Haftar=حفتر"]
    result = CliRunner().invoke(main, [*args, "--format", "timelines"])
    assert result.exit_code == 0, result.output
    lines = [json.loads(line) for line in result.stdout.splitlines()]
    assert [line["entity"] for line in lines] == ["Haftar", "Moscow"]
    assert all(e["mentions"] for line in lines for e in line["events"])
    table = CliRunner().invoke(main, [*args, "--format", "ndjson"])
    assert {json.loads(line)["doc"] for line in table.stdout.splitlines()} == {"en1", "en2", "ar1"}
    missing = CliRunner().invoke(main, ["events", str(path), "--format", "timelines"])
    assert missing.exit_code != 0 and "--about" in missing.stderr
