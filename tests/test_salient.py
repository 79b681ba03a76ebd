"""The salient words of a text are all the event side's word finders need: reading only them finds what
reading every word finds, so a cue, clause word or trigger added to the language files is never missed."""

from __future__ import annotations

import json
from pathlib import Path

from timeline.engine.lexicon import tokens
from timeline.engine.segment import boundaries, sentences
from timeline.events.cues import (
    earlier_starts,
    future_cues,
    is_earlier,
    relative_pronouns,
    signal_starts,
)
from timeline.events.salient import salient
from timeline.events.triggers import triggers

WRITTEN = [
    "The talks, which had collapsed in December, will resume after the vote, officials said on Monday, "
    "but the ministers expect the delegations to meet before Friday.",
    "He said that the Rapid Support Forces had already left the town and that the visit would follow.",
    "قال المتحدث إن الوفد سيزور القاهرة بعد الاجتماع الذي كان قد عقد في الرياض، لكن المحادثات لم تبدأ.",
    "وأعلنت الوزارة أنها ستعقد مؤتمرا قبل نهاية الشهر، حيث سوف يناقش المشاركون خطة التي أقرتها الحكومة.",
]
CORPUS = Path(__file__).parent / "corpus"


def _texts() -> list[str]:
    texts = list(WRITTEN)
    for path in sorted(CORPUS.glob("*.jsonl")):
        texts += [json.loads(line)["text"] for line in path.read_text("utf-8").splitlines() if line]
    return texts


def test_reading_only_the_salient_words_finds_what_reading_every_word_finds() -> None:
    for text in _texts():
        _same_with_salient_words(text)


def _same_with_salient_words(text: str) -> None:
    everything = tokens(text)
    marked = salient(everything)
    starts = [t.start for t in everything]
    for sentence in sentences(text):
        first = next((k for k, s in enumerate(starts) if s >= sentence.start), len(starts))
        last = next((k for k, s in enumerate(starts) if s >= sentence.end), len(starts))
        toks = everything[first:last]
        looked = [k - first for k in marked if first <= k < last]
        assert triggers(text, toks, (), looked) == triggers(text, toks)
        assert boundaries(text, sentence, toks, looked) == boundaries(text, sentence, toks)
        assert future_cues(toks, looked) == future_cues(toks)
        assert relative_pronouns(toks, looked) == relative_pronouns(toks)
        assert signal_starts(toks, looked) == signal_starts(toks)
        pluperfect = earlier_starts(toks, looked)
        assert pluperfect == earlier_starts(toks)
        for k in range(len(toks)):
            assert is_earlier(toks, k, pluperfect) == is_earlier(toks, k) == is_earlier(toks, k, looked)


def test_the_written_sentences_hold_every_kind_of_salient_word() -> None:
    """The sentences above test something: triggers, boundaries and every cue occur in them."""
    text = " ".join(WRITTEN[:1])
    toks = tokens(text)
    assert triggers(text, toks) and future_cues(toks) and relative_pronouns(toks) and signal_starts(toks)
    assert any(is_earlier(toks, k) for k in range(len(toks)))
    assert any(b.strong for b in boundaries(text, sentences(text)[0], toks))
