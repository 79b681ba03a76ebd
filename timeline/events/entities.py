"""Which events involve an entity: its name or an alias in the event's clause, or a word that refers back
to it (he, its, the company, هو، الشركة: `[reference]` of `lang/triggers_<code>.toml`) in a clause of a
paragraph where it was the last of the entities asked about to be named.

Names are matched word by word in the engine's folded form, with the affixes of the trigger files
("Haftar's", "وحفتر", "لحفتر" are Haftar, حفتر), so an alias list can carry Arabic and English spellings
of one entity and both languages' articles merge into its timeline.
"""

from __future__ import annotations

from bisect import bisect_right
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from functools import cache

import polars as pl

from timeline.engine.lexicon import Lexicon, Phrases, TextSpan, Token, match, merged, phrases, tokens
from timeline.engine.segment import SortedSpans, comma, punctuation, sentence_at, sentences
from timeline.errors import InputError
from timeline.events.cues import chain, joined
from timeline.io.documents import headline
from timeline.model import Document

REACH = 2
"""How far (in words) an event after a mention of an entity may be: its subject's verb ("Jobs has
announced", "حفتر زار" ...)."""
REACH_BEFORE = 1
"""How far an event before a mention may be: the entity right after its verb ("launched iPod", "زار
حفتر"); further back the words are mostly another participant's ("bought the company that made iPods")."""
PARAGRAPH = "\n\n"
"""What separates paragraphs: a reference reaches back no further than its paragraph's start."""
REFERENCE_SENTENCES = 2
"""How many sentences back a word that refers to an entity may find its name: the same sentence or the
one before ("Jobs unveiled the phone. He praised ..."); further back another name has mostly come between."""
AGENT = 3
"""How many words (a title, a first name) may stand between the agent's "by" (من قبل) and the name: "was
praised by Apple chief executive Jobs" has three."""
PASSIVE_SUBJECT = 1
"""How many words may stand between a passive verb and its agent's "by": the subject after an Arabic verb
(تم استقبال الوفد من قبل حفتر)."""
APPOSITIVE = 8
"""How many words an aside between commas right after a mention may hold and still be skipped: "Jobs,
the chief executive of Apple, announced"."""
CHAIN = 6
"""How far (in words) the next verb of the same subject may follow an entity's event ("unveiled the
device by walking onto the stage")."""


@dataclass(frozen=True, slots=True)
class Entity:
    """A target entity: its name and the other names it goes by."""

    name: str
    aliases: tuple[str, ...] = ()

    @property
    def names(self) -> tuple[str, ...]:
        return (self.name, *self.aliases)


def parse_entities(names: Sequence[str], aliases: Sequence[str]) -> list[Entity]:
    """The entities of `--about NAME` options, with the `--alias NAME=ALIAS,ALIAS` options' aliases."""
    given: dict[str, list[str]] = {name: [] for name in names}
    for option in aliases:
        name, sep, spellings = option.partition("=")
        if not sep or name.strip() not in given:
            raise InputError(f"--alias {option!r}: expected NAME=ALIAS,... for a NAME given with --about")
        given[name.strip()] += [a.strip() for a in spellings.split(",") if a.strip()]
    return [Entity(name, tuple(found)) for name, found in given.items()]


class _Names:
    """The names of one entity, matched as word sequences whose words may carry affixes."""

    def __init__(self, entity: Entity) -> None:
        self._words = [[Lexicon([word.word]) for word in tokens(name)] for name in entity.names]

    def at(self, toks: Sequence[Token], k: int) -> int:
        """How many words from `toks[k]` on are one of the names (the longest; 0: none)."""
        return max(
            (
                len(name)
                for name in self._words
                if name
                and len(name) <= len(toks) - k
                and all(w.knows(t.word) for w, t in zip(name, toks[k:], strict=False))
            ),
            default=0,
        )


@cache
def _references() -> Phrases:
    return phrases(merged("triggers").get("reference", {}).get("words", []))


def involving(
    table: pl.DataFrame, documents: Mapping[str, Document], entities: Sequence[Entity]
) -> dict[str, pl.DataFrame]:
    """For each entity (by name), the rows of `table` whose trigger is an event it takes part in: the
    nearest trigger before and the nearest after each of its mentions (a name, an alias, or a word
    referring back to it), in the same sentence, at most REACH_BEFORE and REACH words away."""
    finders = tuple(_Names(entity) for entity in entities)
    keep = [[False] * table.height for _ in entities]
    rows: dict[str, dict[int, int]] = {}
    dates: dict[str, list[TextSpan]] = {}
    for row, (doc, start, begin, end) in enumerate(
        table.select("doc", "trigger_start", "char_start", "char_end").iter_rows()
    ):
        if start is not None and doc in documents:
            rows.setdefault(doc, {})[start] = row
        if begin is not None and end is not None:
            dates.setdefault(doc, []).append(TextSpan(begin, end))
    own = frozenset(t.word for entity in entities for name in entity.names for t in tokens(name))
    for doc, by_start in rows.items():
        text = documents[doc].text
        toks = tokens(text)
        index = {t.start: k for k, t in enumerate(toks)}
        head = _headline_end(text)
        triggers = sorted(index[start] for start in by_start if start in index and start >= head)
        subjects = _Subjects(text, toks, triggers, SortedSpans(dates.get(doc, [])), own)
        for k, n, entity in _mentions(toks, finders, subjects):
            sentence = sentence_at(text, toks[k].start)
            before = bisect_right(triggers, k - 1) - 1
            if 0 <= before < len(triggers) and _near(text, toks, triggers[before], k, n, sentence):
                keep[entity][by_start[toks[triggers[before]].start]] = True
            aside = _aside(text, toks, k + n - 1, sentence)
            for end, marks in {(k + n - 1, 0), (aside, int(aside > k + n - 1))}:
                j = bisect_right(triggers, end)
                if j < len(triggers) and _near(text, toks, triggers[j], end, 1, sentence, marks):
                    for chained in _chained(text, toks, triggers, j, sentence):
                        keep[entity][by_start[toks[chained].start]] = True
    return {
        e.name: table.filter(pl.Series(flags, dtype=pl.Boolean()))
        for e, flags in zip(entities, keep, strict=True)
    }


def entity_table(per_entity: Mapping[str, pl.DataFrame]) -> pl.DataFrame:
    """The timelines of `involving` as one table with an `entity` column (the entity's name), in the
    order the entities were asked about: an event involving two entities is a row of each, which the
    chart draws as one lane per entity."""
    return pl.concat(
        [rows.with_columns(entity=pl.lit(name, dtype=pl.String())) for name, rows in per_entity.items()],
        how="vertical",
    )


def _headline_end(text: str) -> int:
    """Where the headline of an article with a body ends (0 without one): a headline restates an event the
    story tells, so its events are the story's, not mentions of their own ("Apple unveils phone" above
    "Apple today unveiled its new phone"). A first line that ends in a full stop is the story's first
    sentence."""
    span = headline(text)
    if span is None or not text[span.end :].strip() or text[span.end - 1] == ".":
        return 0
    return span.end


def _near(
    text: str, toks: Sequence[Token], trigger: int, k: int, n: int, sentence: TextSpan, marks: int = 0
) -> bool:
    """True when the trigger at token `trigger` is near enough the mention `toks[k:k+n]`, in its sentence
    and its clause (no more than `marks` marks between them, the comma that closes an aside: in "as it has
    for the phone, said an analyst" the analyst says): after it by at most REACH words, before it by at
    most REACH_BEFORE words, or before it as the verb of a passive whose agent it is ("was introduced by
    Apple's chief Steve Jobs", تم استقبال الوفد من قبل المشير حفتر: `[chain] agent` at most PASSIVE_SUBJECT
    words after the verb, then at most AGENT words)."""
    if not sentence.start <= toks[trigger].start < sentence.end:
        return False
    if trigger > k:
        gap = punctuation(text, toks[k + n - 1].end, toks[trigger].start)
        return trigger - (k + n - 1) <= REACH and len(gap) <= marks
    return (k - trigger <= REACH_BEFORE and not punctuation(text, toks[trigger].end, toks[k].start)) or (
        any(
            (by := match(chain().agent, toks, at)) > 0
            and k - at - by <= AGENT
            and not punctuation(text, toks[at].end, toks[k].start)
            for at in range(trigger + 1, min(trigger + 2 + PASSIVE_SUBJECT, k))
        )
    )


def _aside(text: str, toks: Sequence[Token], last: int, sentence: TextSpan) -> int:
    """The last word of an aside between commas right after the word `toks[last]` (an apposition or a
    relative clause: "Jobs, Apple's chief executive, said"), at most APPOSITIVE words long; else `last`."""
    if last + 1 >= len(toks) or not comma(text, toks[last].end, toks[last + 1].start):
        return last
    for i in range(last + 1, min(last + 1 + APPOSITIVE, len(toks) - 1)):
        if toks[i + 1].start >= sentence.end:
            break
        if comma(text, toks[i].end, toks[i + 1].start):
            return i
    return last


def _chained(
    text: str, toks: Sequence[Token], triggers: Sequence[int], j: int, sentence: TextSpan
) -> list[int]:
    """The trigger `triggers[j]` and the triggers after it that share its subject: each follows the last
    of them by at most CHAIN words (other triggers between, its objects, are passed over), in the
    sentence, right after a joining word ("moved on to talk", "began by meeting", "visited Paris and met",
    "ثم التقى"), with a joining prefix ("زار موسكو والتقى"), or after a comma as a participle ("...,
    saying"): the `[chain]` of the trigger files."""
    found = [triggers[j]]
    for k in triggers[j + 1 :]:
        if k - found[-1] > CHAIN or toks[k].start >= sentence.end:
            break
        if joined(text, toks, k):
            found.append(k)
    return found


def _mentions(
    toks: list[Token], finders: tuple[_Names, ...], subjects: _Subjects
) -> list[tuple[int, int, int]]:
    """(token index, words, entity index) of every mention of the entities among the tokens `toks`, in
    order: their names, and the words that refer back to an entity (`subjects`)."""
    found: list[tuple[int, int, int]] = []
    for k in range(len(toks)):
        for i, finder in enumerate(finders):
            n = finder.at(toks, k)
            if n:
                found.append((k, n, i))
                subjects.named(i, k)
        n = match(_references(), toks, k)
        entity = subjects.referred(k) if n else None
        if entity is not None:
            found.append((k, n, entity))
    return found


class _Subjects:
    """Which entity a word that refers back (he, the company, هو) stands for: the entity named last in the
    paragraph, at most REFERENCE_SENTENCES sentences back, unless another name was the subject of that
    sentence (named before its first event, the entity after it: in "Tim Cook will succeed Jobs. He ..."
    he is Cook) or of a sentence since ("Jobs wrote to the board. Cook joined in 1998. He ..."). A name is
    a capitalised word that the text never writes in lower case, outside dates and the entities' own names
    ("Steve" of Steve Jobs), and at a sentence's start only when the text writes it capitalised elsewhere
    too or a capitalised word follows ("Cook said", not "According to"). Scripts without case have no such
    names: there the entity named last is the antecedent of every reference."""

    def __init__(
        self,
        text: str,
        toks: Sequence[Token],
        triggers: Sequence[int],
        dates: SortedSpans,
        own: frozenset[str],
    ) -> None:
        self._text, self._toks = text, toks
        self._starts = [span.start for span in sentences(text)]
        self._first = {self._sentence(k): k for k in reversed(triggers)}
        capital = [text[t.start].isupper() for t in toks]
        starts = set(self._starts)
        opening = {k for k, t in enumerate(toks) if t.start in starts}
        inside = {t.word for k, t in enumerate(toks) if capital[k] and k not in opening}
        lower = {t.word for k, t in enumerate(toks) if not capital[k]}
        named = [
            capital[k] and t.word not in lower and t.word not in own and not dates.overlaps(t.start, t.end)
            for k, t in enumerate(toks)
        ]
        self._subjects = sorted(
            {
                self._sentence(k)
                for k, t in enumerate(toks)
                if named[k]
                and (k not in opening or t.word in inside or (k + 1 < len(toks) and named[k + 1]))
                and self._before_events(k)
            }
        )
        self._last: tuple[int, int] | None = None

    def _sentence(self, k: int) -> int:
        return bisect_right(self._starts, self._toks[k].start)

    def _before_events(self, k: int) -> bool:
        """Whether token k stands before the first event of its sentence."""
        first = self._first.get(self._sentence(k))
        return first is None or k < first

    def named(self, entity: int, k: int) -> None:
        """Entity `entity` is named at token k: the antecedent from here on, unless another name is the
        subject of its sentence."""
        sentence = self._sentence(k)
        other = not self._before_events(k) and self._subject_between(sentence - 1, sentence)
        self._last = None if other else (entity, k)

    def _subject_between(self, after: int, upto: int) -> bool:
        """Whether a sentence numbered in (after, upto] has a name for its subject."""
        i = bisect_right(self._subjects, after)
        return i < len(self._subjects) and self._subjects[i] <= upto

    def referred(self, k: int) -> int | None:
        """The entity the reference word at token k stands for, if any."""
        if self._last is None:
            return None
        entity, named = self._last
        since, sentence = self._sentence(named), self._sentence(k)
        if (
            self._text.rfind(PARAGRAPH, self._toks[named].start, self._toks[k].start) >= 0
            or sentence - since > REFERENCE_SENTENCES
            or self._subject_between(since, sentence)
        ):
            return None
        return entity
