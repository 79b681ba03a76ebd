"""The words of a text the event side reads: triggers, clause words and cues.

About one word in five of news is one of them (a trigger, a connector or a verb of saying, a future,
pluperfect or "after" cue, a relative pronoun); the others are no concern of `triggers`, `boundaries`
and the cue finders, which each looked up every word of every sentence. The document's salient words
are found once, by one look-up per word in a table of every word seen so far, and those functions read
only them.
"""

from __future__ import annotations

from collections.abc import Sequence
from itertools import compress
from operator import attrgetter

from timeline.engine.lexicon import Token
from timeline.engine.segment import clause_word
from timeline.events.cues import cue_word
from timeline.events.triggers import may_trigger

KNOWN = 1 << 17
"""Distinct words kept in the table before it starts over: news repeats its words, and a stream of a
million articles must not grow it without end."""

_word = attrgetter("word")


class _Table(dict[str, bool]):
    """Whether a word (folded) is salient, filled as words are first met."""

    def __missing__(self, word: str) -> bool:
        if len(self) >= KNOWN:
            self.clear()
        salient = self[word] = may_trigger(word) or clause_word(word) or cue_word(word)
        return salient


_SALIENT = _Table()


def salient(toks: Sequence[Token]) -> list[int]:
    """The indices of `toks` whose words are salient, in order."""
    return list(compress(range(len(toks)), map(_SALIENT.__getitem__, map(_word, toks))))
