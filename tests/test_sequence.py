"""Every event of a text, its anchor (a date, the narrative, the publication day, or none) and its order."""

from __future__ import annotations

import pendulum
import polars as pl

from timeline.events.extract import events
from timeline.model import Document

PUBLISHED = pendulum.naive(2016, 11, 30)


def table(text: str, genre: str = "news") -> pl.DataFrame:
    return events([Document(id="d", text=text, published=PUBLISHED)], genre=genre).sort("sequence")


def placed(text: str, genre: str = "news") -> list[tuple[str, str | None, str | None]]:
    """(trigger, anchor, day) for each event in the document's sequence."""
    rows = table(text, genre)
    return [
        (row["trigger"], row["anchor"], None if row["start"] is None else row["start"].strftime("%m-%d"))
        for row in rows.iter_rows(named=True)
    ]


def test_every_clause_gives_its_events_with_offsets_and_lemma_even_without_a_date() -> None:
    text = "The minister arrived in Moscow. He met officials for talks and signed a deal."
    rows = table(text)
    assert rows["trigger"].to_list() == ["arrived", "met", "talks", "signed", "deal"]
    assert rows["lemma"].to_list() == ["arrive", "meet", "talk", "sign", "deal"]
    for row in rows.iter_rows(named=True):
        assert text[row["trigger_start"] : row["trigger_end"]] == row["trigger"]
    arabic = "وصل الوزير إلى موسكو. والتقى المسؤولين في محادثات ووقّع اتفاقية."
    rows = table(arabic)
    assert rows["trigger"].to_list() == ["وصل", "والتقى", "محادثات", "ووقّع", "اتفاقية"]
    assert [arabic[r["trigger_start"] : r["trigger_end"]] for r in rows.iter_rows(named=True)] == rows[
        "trigger"
    ].to_list()


def test_a_light_verb_and_its_event_noun_are_one_event_named_by_the_noun() -> None:
    rows = table("The envoys held talks on Monday. The chief executive gave his annual keynote on June 6.")
    assert rows.select("trigger", "lemma", "value").rows() == [
        ("gave his annual keynote", "keynote", "2016-06-06"),
        ("held talks", "talk", "2016-11-28"),
    ]
    arabic = table("قام الرئيس بزيارة إلى موسكو يوم الإثنين، وأجرى وزير الخارجية محادثات مع نظيره.")
    assert arabic.select("trigger", "lemma").rows() == [
        ("قام الرئيس بزيارة", "زياره"),
        ("وأجرى وزير الخارجية محادثات", "محادثات"),
    ]


def test_a_light_verb_before_a_preposition_or_a_mark_is_an_event_of_its_own() -> None:
    rows = table("The army took part in the talks. The board made, once more, a decision.")
    assert rows["trigger"].to_list() == ["took", "talks", "made", "decision"]


def test_event_nouns_are_found_by_their_shape_nominalisations_and_masdar_patterns() -> None:
    assert "acquisition" in table("The acquisition was completed.")["trigger"].to_list()
    found = table("وأدان البيان التفجير والمغادرة.")
    assert {("التفجير", "تفجير"), ("والمغادرة", "مغادره")} <= set(found.select("trigger", "lemma").rows())


def test_several_events_share_the_date_that_governs_their_clause() -> None:
    assert placed("On Monday the army withdrew and the rebels returned.") == [
        ("withdrew", "date", "11-28"),
        ("returned", "date", "11-28"),
    ]
    assert placed("انسحب الجيش يوم الإثنين وعاد المتمردون.") == [
        ("انسحب", "date", "11-28"),
        ("وعاد", "date", "11-28"),
    ]


def test_a_verb_of_saying_does_not_carry_the_date_it_introduces_unless_the_date_follows_it() -> None:
    assert placed("Officials said the minister visited Moscow in June.") == [
        ("visited", "date", "06-01"),
        ("said", "published", "11-30"),
    ]
    assert placed("The ministry said on Monday that talks were over.")[:2] == [
        ("said", "date", "11-28"),
        ("talks", "published", "11-28"),
    ]
    assert placed("وقال مسؤولون إن الوزير زار موسكو في يونيو.") == [
        ("زار", "date", "06-01"),
        ("وقال", "published", "11-30"),
    ]


def test_undated_events_take_the_publication_day_in_news_and_the_last_date_in_a_narrative() -> None:
    text = "In 1990 he moved to Paris. He opened a shop there."
    assert placed(text)[-1] == ("opened", "published", "11-30")
    narrative = table(text, genre="narrative").filter(pl.col("trigger") == "opened").row(0, named=True)
    assert (narrative["anchor"], narrative["expression"], narrative["start"].year) == (
        "narrative",
        "1990",
        1990,
    )
    arabic = "في عام 1990 انتقل إلى باريس. وافتتح متجرا هناك."
    assert placed(arabic, genre="narrative")[-1] == ("وافتتح", "narrative", "01-01")


def test_a_day_named_in_the_week_before_publication_is_the_news_day_of_undated_events() -> None:
    rows = table("The company unveiled a phone on Monday. Critics praised the design.")
    praised = rows.filter(pl.col("trigger") == "praised").row(0, named=True)
    assert (praised["anchor"], praised["start"].day, praised["expression"]) == ("published", 28, "Monday")
    old = table("The company unveiled a phone on November 2. Critics praised the design.")
    praised = old.filter(pl.col("trigger") == "praised").row(0, named=True)
    assert (praised["anchor"], praised["start"].day, praised["expression"]) == ("published", 30, None)
    arabic = table("كشفت الشركة عن هاتف جديد يوم الإثنين. ورفض النقاد التصميم.")
    assert arabic.filter(pl.col("trigger") == "ورفض")["start"].dt.day().to_list() == [28]


def test_an_event_in_a_future_clause_without_a_date_stays_unplaced_and_comes_last() -> None:
    assert placed("The company will open a branch. It closed its old shop.") == [
        ("closed", "published", "11-30"),
        ("open", None, None),
    ]
    assert placed("سيزور الوزير القاهرة. وغادر الوفد بيروت.") == [
        ("وغادر", "published", "11-30"),
        ("سيزور", None, None),
    ]


def test_a_future_cue_governs_its_verb_not_a_relative_clause_a_clause_after_a_comma_or_the_saying() -> None:
    assert placed("The allies will support the general in a war that his neighbours fund.") == [
        ("fund", "published", "11-30"),
        ("support", None, None),
        ("war", None, None),
    ]
    assert placed("The experts who arrived at the base, more advisers will join them.") == [
        ("arrived", "published", "11-30"),
        ("join", None, None),
    ]
    assert placed("ستساعد الدولتان الجنرال في حربه التي تدعمه فيها جارتاه.") == [
        ("تدعمه", "published", "11-30"),
        ("ستساعد", None, None),
        ("حربه", None, None),
    ]
    assert placed("المهندسون الذين وصلوا إلى الميناء، سيزورهم الوزير، إلا أنه لم يُحدد موعد الوصول.") == [
        ("وصلوا", "published", "11-30"),
        ("الوصول", "published", "11-30"),
        ("سيزورهم", None, None),
    ]
    assert placed("فسوف يزور الوزير الشركة، مضيفاً أن المحادثات مستمرة.") == [
        ("مضيفاً", "published", "11-30"),
        ("المحادثات", "published", "11-30"),
        ("يزور", None, None),
    ]
    assert placed("The company introduced the next generation of its phones.") == [
        ("introduced", "published", "11-30")
    ]
    assert placed("The base will be built near the border, he added.") == [
        ("added", "published", "11-30"),
        ("built", None, None),
    ]


def test_a_date_in_the_possessive_dates_the_noun_it_modifies_not_the_verb_of_its_clause() -> None:
    assert placed("On Monday, at this year's conference, the company unveiled a phone.") == [
        ("conference", "date", "01-01"),
        ("unveiled", "date", "11-28"),
    ]
    assert placed("Last year's talks ended in deadlock.") == [
        ("talks", "date", "01-01"),
        ("ended", "published", "11-30"),
    ]
    assert placed("Sunday's match ended in a draw.") == [
        ("match", "date", "11-27"),
        ("ended", "published", "11-27"),
    ]


def test_a_relative_clause_keeps_its_date_and_the_main_clause_its_own() -> None:
    assert placed("The talks, which collapsed on Monday, had produced a truce.") == [
        ("produced", "published", "11-28"),
        ("talks", "published", "11-28"),
        ("collapsed", "date", "11-28"),
        ("truce", "published", "11-28"),
    ]
    assert placed("The striker, who joined the club on Monday, scored twice.") == [
        ("joined", "date", "11-28"),
        ("scored", "published", "11-28"),
    ]
    assert placed("عاد الوزير من زيارته في يونيو الماضي، التي التقى فيها نظيره.") == [
        ("عاد", "date", "06-01"),
        ("زيارته", "date", "06-01"),
        ("التقى", "date", "06-01"),
    ]


def test_an_after_or_before_phrase_keeps_its_date_and_the_main_clause_its_own() -> None:
    assert placed("The talks ended in deadlock before a deal was reached on Dec. 19.") == [
        ("deal", "clause", "12-19"),
        ("reached", "date", "12-19"),
        ("talks", "published", "11-30"),
        ("ended", "published", "11-30"),
    ]
    assert placed("In 2014, after the takeover of the firm, the founder returned to the company.")[0] == (
        "returned",
        "date",
        "01-01",
    )


def test_an_event_noun_dated_through_a_nearer_verb_of_its_clause_is_anchored_by_the_clause() -> None:
    assert placed("The trial of the two men opened in January.") == [
        ("trial", "clause", "01-01"),
        ("opened", "date", "01-01"),
    ]
    assert placed("Delegates praised the Thursday session.") == [
        ("praised", "published", "11-24"),
        ("session", "date", "11-24"),
    ]
    assert placed("المحاكمة الجنائية للمتهمين انتهت في مارس الماضي.") == [
        ("المحاكمة", "clause", "03-01"),
        ("انتهت", "date", "03-01"),
    ]


def test_an_event_noun_right_after_a_dated_verb_is_its_object_and_takes_the_date_through_it() -> None:
    assert placed("The rivals will resume ceasefire talks in Jeddah on Monday.") == [
        ("resume", "date", "12-05"),
        ("ceasefire", "clause", "12-05"),
        ("talks", "clause", "12-05"),
    ]
    assert placed("The recall cost the firm a fortune in the first quarter.") == [
        ("recall", "clause", "01-01"),
        ("cost", "date", "01-01"),
    ]


def test_a_relative_clause_without_a_closing_mark_ends_before_the_next_verb_not_joined_to_its_own() -> None:
    assert placed("The talks that had started on Monday broke down.") == [
        ("started", "date", "11-28"),
        ("talks", "published", "11-28"),
        ("broke", "published", "11-28"),
    ]
    assert placed("The envoy who visited Paris on Monday and met the minister left.") == [
        ("visited", "date", "11-28"),
        ("met", "date", "11-28"),
        ("left", "published", "11-28"),
    ]


def test_a_date_between_a_determiner_and_an_event_noun_dates_the_noun_alone() -> None:
    assert placed("Fishermen protested during the Thursday session and said they would return.") == [
        ("protested", "published", "11-24"),
        ("session", "date", "11-24"),
        ("said", "published", "11-24"),
        ("return", None, None),
    ]


def test_an_infinitive_keeps_its_date_and_the_verb_before_it_its_own() -> None:
    assert placed("The ministers failed on Friday to agree on quotas.") == [
        ("failed", "date", "11-25"),
        ("agree", "published", "11-25"),
    ]
    assert placed("Mediators expect the envoys to negotiate on Monday.") == [
        ("expect", "published", "11-30"),
        ("negotiate", "date", "12-05"),
    ]


def test_a_date_right_after_a_verb_of_saying_dates_the_saying_alone() -> None:
    assert placed("Seventeen people remain missing, police said on Tuesday.") == [
        ("remain", "published", "11-29"),
        ("said", "date", "11-29"),
    ]
    assert placed("زار الوزير وزارة الدفاع يوم الإثنين.") == [("زار", "date", "11-28")]
    assert placed("أعلنت وزارة الخارجية اليوم الثلاثاء أن الوزير سيزور طهران.") == [
        ("أعلنت", "date", "11-30"),
        ("سيزور", None, None),
    ]


def test_words_of_a_name_are_not_events_unless_the_line_is_a_title() -> None:
    assert placed("The Rapid Support Forces will resume talks on Monday.") == [
        ("resume", "date", "12-05"),
        ("talks", "date", "12-05"),
    ]
    assert [t for t, _, _ in placed("Apple Unveils New Phone at Developers Conference")] == [
        "Unveils",
        "Conference",
    ]


def test_dates_come_first_in_the_sequence_then_text_position() -> None:
    assert [t for t, _, _ in placed("The deal was signed on Tuesday. Talks began on Monday.")] == [
        "Talks",
        "began",
        "deal",
        "signed",
    ]


def test_an_after_phrase_comes_before_and_a_before_phrase_after_the_rest_of_its_sentence() -> None:
    assert [t for t, _, _ in placed("The minister returned on Monday after the talks ended.")] == [
        "talks",
        "ended",
        "returned",
    ]
    assert [t for t, _, _ in placed("Before the vote on Monday, the parties met and signed.")] == [
        "met",
        "signed",
        "vote",
    ]
    assert [t for t, _, _ in placed("عاد الوزير إلى القاهرة يوم الإثنين بعد المحادثات.")] == [
        "المحادثات",
        "عاد",
    ]
    assert [t for t, _, _ in placed("قبل الاجتماع يوم الإثنين، وقّع الطرفان الاتفاق.")] == [
        "وقّع",
        "الاتفاق",
        "الاجتماع",
    ]


def test_a_pluperfect_comes_before_the_other_events_of_its_day() -> None:
    assert [t for t, _, _ in placed("The minister resigned. He had lost the vote.")] == [
        "lost",
        "resigned",
        "vote",
    ]
    assert [t for t, _, _ in placed("استقال الوزير. وكان قد التقى الرئيس.")] == ["التقى", "استقال"]


def test_the_sequence_is_a_total_order_of_the_document() -> None:
    rows = table("The army withdrew on Monday. Rebels returned. The talks will resume.")
    assert rows["sequence"].to_list() == list(range(rows.height))


def test_the_same_event_in_several_documents_gets_one_event_id_and_dedupe_keeps_it_once() -> None:
    published = pendulum.naive(2016, 11, 30)
    texts = {
        "a": "Haftar visited Moscow on Monday.",
        "b": "On Monday, Haftar visited Moscow for talks.",
        "c": "Haftar visited Cairo on Monday.",
        "d": "زار حفتر موسكو يوم الإثنين.",
        "e": "وفي يوم الإثنين زار حفتر العاصمة موسكو.",
    }
    documents = [Document(id=k, text=v, published=published) for k, v in texts.items()]
    rows = events(documents, link=True).filter(pl.col("lemma").is_in(["visit", "زار"]))
    ids = dict(zip(rows["doc"], rows["event_id"], strict=True))
    assert ids["a"] == ids["b"] != ids["c"]
    assert ids["d"] == ids["e"] != ids["a"]
    merged = events(documents, dedupe=True).filter(pl.col("lemma").is_in(["visit", "زار"]))
    assert sorted(merged["sources"].to_list()) == [["a", "b"], ["c"], ["d", "e"]]
    unlinked = events(documents).filter(pl.col("lemma").is_in(["visit", "زار"]))["event_id"]
    assert unlinked.n_unique() == 5
