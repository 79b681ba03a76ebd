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
from timeline.engine.segment import sentence_at
from timeline.errors import InputError
from timeline.model import Document

REACH = 2
"""How far (in words) an event after a mention of an entity may be: its subject's verb ("Jobs has
announced", "حفتر زار" ...)."""
REACH_BEFORE = 1
"""How far an event before a mention may be: the entity right after its verb ("launched iPod", "زار
حفتر"); further back the words are mostly another participant's ("bought the company that made iPods")."""
PARAGRAPH = "\n\n"
"""What separates paragraphs: a reference reaches back no further than its paragraph's start."""


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
    for row, (doc, start) in enumerate(table.select("doc", "trigger_start").iter_rows()):
        if start is not None and doc in documents:
            rows.setdefault(doc, {})[start] = row
    for doc, by_start in rows.items():
        text = documents[doc].text
        toks = tokens(text)
        index = {t.start: k for k, t in enumerate(toks)}
        triggers = sorted(index[start] for start in by_start if start in index)
        for k, n, entity in _mentions(text, toks, finders):
            sentence = sentence_at(text, toks[k].start)
            before = bisect_right(triggers, k - 1) - 1
            after = bisect_right(triggers, k + n - 1)
            for j in (before, after):
                if 0 <= j < len(triggers) and _near(toks, triggers[j], k, n, sentence):
                    keep[entity][by_start[toks[triggers[j]].start]] = True
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


def _near(toks: Sequence[Token], trigger: int, k: int, n: int, sentence: TextSpan) -> bool:
    """True when the trigger at token `trigger` is near enough the mention `toks[k:k+n]`, in its sentence."""
    near = k - trigger <= REACH_BEFORE if trigger < k else trigger - (k + n - 1) <= REACH
    return near and sentence.start <= toks[trigger].start < sentence.end


def _mentions(text: str, toks: list[Token], finders: tuple[_Names, ...]) -> list[tuple[int, int, int]]:
    """(token index, words, entity index) of every mention of the entities among the tokens `toks` of
    `text`, in order: their names, and the words that refer back to the entity named last in the
    paragraph."""
    found: list[tuple[int, int, int]] = []
    last: tuple[int, int] | None = None
    for k, tok in enumerate(toks):
        for i, finder in enumerate(finders):
            n = finder.at(toks, k)
            if n:
                found.append((k, n, i))
                last = (i, tok.start)
        n = match(_references(), toks, k)
        if n and last is not None and text.rfind(PARAGRAPH, last[1], tok.start) < 0:
            found.append((k, n, last[0]))
    return found
