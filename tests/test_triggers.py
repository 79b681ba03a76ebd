"""Trigger words, inflected in Arabic and English, and which one a date attaches to."""

from __future__ import annotations

from timeline.engine.lexicon import TextSpan, tokens
from timeline.events.triggers import attach, triggers


def words(text: str, exclude: tuple[str, ...] = ()) -> list[str]:
    spans = [TextSpan(text.index(e), text.index(e) + len(e)) for e in exclude]
    return [text[s.start : s.end] for s in triggers(text, tokens(text), spans)]


def test_verbs_and_event_nouns_are_found_in_their_inflected_forms() -> None:
    assert words("The minister visited Moscow after talks and a meeting.") == ["visited", "talks", "meeting"]
    assert words("واطّلع الوفد على المصانع بعد زيارته ولقاءاته") == ["واطّلع", "زيارته", "ولقاءاته"]


def test_a_lower_case_past_verb_is_guessed_but_names_and_listed_exceptions_are_not() -> None:
    assert words("The rebels stormed the United Nations compound, which need repairs.") == ["stormed"]


def nouns(text: str) -> list[tuple[str, bool]]:
    return [(text[s.start : s.end], s.noun) for s in triggers(text, tokens(text))]


def test_a_word_that_may_be_a_verb_is_a_noun_after_a_determiner_or_a_verb_or_as_a_compound_head() -> None:
    assert nouns("Rebels attack the town.") == [("attack", False)]
    assert nouns("The attack killed ten.") == [("attack", True), ("killed", False)]
    assert nouns("The army resumed talks and ceasefire talks.") == [
        ("resumed", False),
        ("talks", True),
        ("ceasefire", True),
        ("talks", True),
    ]
    assert nouns("The talks collapsed.") == [("talks", True), ("collapsed", False)]
    assert nouns("وقصف الجيش المدينة بعد القصف") == [("وقصف", False), ("القصف", True)]


def test_according_to_compared_with_and_a_participle_after_a_determiner_are_no_events() -> None:
    assert words("Sales rose, according to the firm, compared with a drop.") == ["Sales", "rose", "drop"]
    assert words("Aid reached each affected family and the stranded.") == ["Aid", "reached"]


def test_words_inside_a_date_are_not_triggers() -> None:
    assert words("في عقد الثمانينيات", exclude=("عقد الثمانينيات",)) == []


def nearest(text: str, date: str, pauses: tuple[str, ...] = ()) -> str | None:
    everything = TextSpan(0, len(text))
    start = text.index(date)
    commas = [TextSpan(i, i + 1) for i, char in enumerate(text) if char in pauses]
    found = attach(triggers(text, tokens(text)), TextSpan(start, start + len(date)), everything, commas)
    return None if found is None else text[found.start : found.end]


def test_the_nearest_trigger_wins_and_commas_count_before_characters() -> None:
    assert nearest("زار، يوم الإثنين، مصانع روسية", "يوم الإثنين", ("،",)) == "زار"
    text = "a visit by the delegation in June, angered officials"
    assert nearest(text, "June", (",",)) == "visit"
    assert nearest(text, "June") == "angered"


def test_no_trigger_in_the_clause_gives_none() -> None:
    assert nearest("The weather on Monday", "Monday") is None
