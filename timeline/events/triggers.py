"""Find the trigger of a dated event: the verb or event noun its date attaches to (زار، visited, the visit).

Trigger words are language data (`lang/triggers_<code>.toml`): verbs and event nouns, matched in their
inflected forms; in English an unlisted lower-case word in "-ed" counts as a verb too. Of the trigger
words in the date's clause, the nearest to the date is its trigger: the fewest commas between them,
then the fewest characters, then the one before it.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from functools import cache

from timeline.engine.lexicon import Lexicon, TextSpan, Token, merged
from timeline.engine.normalize import fold


@dataclass(frozen=True, slots=True)
class _Words:
    lexicon: Lexicon
    endings: tuple[str, ...]
    not_verbs: frozenset[str]


@cache
def _words() -> _Words:
    data = merged("triggers")
    return _Words(
        lexicon=Lexicon([*data["verbs"], *data["nouns"]]),
        endings=tuple(fold(e) for e in data.get("verb_endings", [])),
        not_verbs=frozenset(fold(w) for w in data.get("not_verbs", [])),
    )


def triggers(text: str, toks: Sequence[Token], exclude: Sequence[TextSpan] = ()) -> list[TextSpan]:
    """Every trigger word among the tokens `toks` of `text` outside the `exclude` spans (the dates)."""
    words = _words()
    found = []
    for token in toks:
        if any(e.start < token.end and token.start < e.end for e in exclude):
            continue
        if words.lexicon.knows(token.word) or _guessed_verb(text[token.start : token.end], token.word, words):
            found.append(TextSpan(token.start, token.end))
    return found


def _guessed_verb(written: str, word: str, words: _Words) -> bool:
    return (
        written.islower()
        and word not in words.not_verbs
        and any(word.endswith(e) and len(word) > len(e) + 2 for e in words.endings)
    )


def attach(
    candidates: Sequence[TextSpan], expression: TextSpan, clause: TextSpan, pauses: Sequence[TextSpan] = ()
) -> TextSpan | None:
    """The trigger nearest to `expression` among `candidates` inside `clause`; None when there is none.

    Nearest counts the `pauses` (commas) in between first, then the characters; on a tie, the word
    before the expression wins.
    """
    inside = [c for c in candidates if clause.start <= c.start and c.end <= clause.end]
    return min(
        inside, key=lambda c: (*_distance(c, expression, pauses), c.start > expression.start), default=None
    )


def _distance(word: TextSpan, expression: TextSpan, pauses: Sequence[TextSpan]) -> tuple[int, int]:
    left, right = (
        (word.end, expression.start) if word.end <= expression.start else (expression.end, word.start)
    )
    return sum(left <= p.start and p.end <= right for p in pauses), right - left
