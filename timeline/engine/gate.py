"""Which rules can match at a place, told from the first two words there before any rule is tried.

The head words (`timeline.engine.heads`) send a rule only to the words it can start with, but a word
starts many rules ("the" some sixty, a number thirty) and most of those tries failed on the next word:
"the company" was tried by every rule that may start "the {month}", "the {ordinal} of", "the same day".
Each try is a call into the regex engine, and those calls were half the time of tagging. So each rule's
parse tree is read once, when the language loads, for the first and the second word its matches can
spell; at a candidate place the text's own two words rule out at once every rule that cannot spell
them, and only the rest are tried.

A word is a run of word characters (as the regex `\\w` has them); the first is the one at the place (after
an opening bracket or quote), the second the next one after a short run of other characters. Words are
compared with every digit written `#` (a rule spells "2016" with `\\d{4}`); a word a rule spells through
any other character class is any word. The reading over-approximates a rule: look-arounds are passed
over (but for "no word character follows", which says a word is whole), every branch and repetition
count is followed, and a construct it does not know leaves the rule never ruled out. So the gate is
exact: a rule is ruled out only where no match of it could spell the text's words (tests/test_gate.py
checks it against every rule at every place of the test corpora and of generated texts).
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from typing import Any

from timeline.engine.sre import constants as sre

WORD_REACH = 12
"""The longest word the gate reads (at a longer one every rule is tried)."""
SEPARATOR_REACH = 4
"""The longest run of other characters it reads before or between the words (a rule's space is four)."""
DIGIT = "#"
"""How a digit is written in the words compared (no word holds it)."""

_DIGIT = re.compile(r"\d")
_TWO_WORDS = re.compile(
    rf"\W{{0,{SEPARATOR_REACH}}}+(\w{{1,{WORD_REACH}}}+)(?!\w)"
    rf"(?:\W{{1,{SEPARATOR_REACH}}}+(?!\W)(\w{{1,{WORD_REACH}}}+)(?!\w))?"
)
"""The text's first word at a place and, when the run between is short enough, its second."""


def spelled(word: str) -> str:
    """`word` as the gate compares it: every digit written DIGIT."""
    return word if word.isalpha() else _DIGIT.sub(DIGIT, word)


class _Unknown(Exception):
    """A construct of a parse tree the reading does not follow: the rule is never ruled out."""


_SPELLING_LIMIT = 3
"""The most characters a class may hold for a word to be spelled on through it (each is followed)."""
_SPELLINGS = 64
"""The most spellings of a word followed at one point of a tree (a vocabulary has hundreds; a class of
letters repeated would have millions): past it the word is any."""
_NO_WORD_AFTER = [(sre.IN, [(sre.CATEGORY, sre.CATEGORY_WORD)])]
"""The tree of `(?!\\w)`'s pattern: where it holds, the word read so far is whole."""

_ANY_CHAR = "\x00"
"""Stands in `_split` for a character of a class the reading does not spell."""

# Where a state is: before the first word, in it, between the two words, in the second, or past it.
_BEFORE, _FIRST, _BETWEEN, _SECOND, _PAST = range(5)

_State = tuple[int, int, str | None, bool]
"""A state of the reading: where it is, how many characters of that run it has read, the word being read
(between the words: the first) as spelled so far (None where a class it does not spell was read in it),
and whether no word character may follow."""
_PAST_STATE: _State = (_PAST, 0, "", False)
_Split = tuple[tuple[str, ...], bool]
"""What one character of an item may be: see `_split`."""
_Step = tuple[frozenset[_State], tuple[tuple[int, str | None], ...]]
"""The states after one character, and the words (where, word) it ends whole."""
Steps = dict[tuple[_Split, frozenset[_State]], _Step]
"""The character steps of a reading, by what the character may be and the states before it."""
_ONLY_PAST = frozenset({_PAST_STATE})


@dataclass(slots=True)
class Opening:
    """The words a rule's matches can start with: `firsts` and `seconds`, spelled (see `spelled`);
    `any_first` / `any_second` say whether they can spell other words too. `early` holds the first words
    a match can end with (and so needs no second), `any_early` says whether a match can end before the
    second word otherwise. `wild`: a rule the reading could not follow, never ruled out."""

    firsts: set[str] = field(default_factory=set)
    seconds: set[str] = field(default_factory=set)
    early: set[str] = field(default_factory=set)
    any_first: bool = False
    any_second: bool = False
    any_early: bool = False
    wild: bool = False


def opening_of(tree: Any, steps: Steps | None = None) -> Opening:
    """Read the parse tree of a rule's whole regex (from where a match starts) into its Opening.

    `steps` keeps the character steps taken, for the other rules of a grammar to take again: the rules
    share their vocabulary, so three steps in four recur, and taking them again was most of the reading.
    It is the caller's, to drop when the grammar is read: a cache kept for the process would leave tens of
    thousands of objects for the garbage collector to walk while tagging."""
    try:
        reader = _Reader(tree.state.flags, {} if steps is None else steps)
        ends = reader.read(tree, frozenset({(_BEFORE, 0, "", False)}))
    except _Unknown:
        return Opening(wild=True)
    opening = reader.opening
    for where, read, word, closed in ends:
        if where == _BEFORE and read == 0:  # an empty match: nothing rules it out
            return Opening(wild=True)
        if where in (_FIRST, _SECOND):
            reader.whole(where, word if closed else None)
        if (where == _BETWEEN or (where == _FIRST and closed)) and word is not None:
            opening.early.add(word)
        elif where in (_BEFORE, _FIRST, _BETWEEN):
            opening.any_early = True
        if where == _BEFORE:
            opening.any_first = True
    return opening


class _Reader:
    """Follows a parse tree over sets of states, noting the words its matches spell."""

    def __init__(self, flags: int, steps: Steps) -> None:
        if flags & (sre.SRE_FLAG_IGNORECASE | sre.SRE_FLAG_LOCALE | sre.SRE_FLAG_ASCII):
            raise _Unknown  # letters of either case, or a `\w` of its own
        self.opening = Opening()
        self._memo: dict[tuple[int, int, frozenset[_State]], frozenset[_State]] = {}
        self._splits: dict[tuple[Any, Any], _Split] = {}
        self._steps = steps

    def whole(self, where: int, word: str | None) -> None:
        """Note a first or second word read whole (None: any word)."""
        if where == _FIRST:
            if word is None:
                self.opening.any_first = True
            else:
                self.opening.firsts.add(word)
        elif word is None:
            self.opening.any_second = True
        else:
            self.opening.seconds.add(word)

    def read(self, items: Sequence[Any], states: frozenset[_State]) -> frozenset[_State]:
        """The states after the sequence `items` (a parse tree's, kept alive while reading: the memo
        knows it by identity) read from `states`."""
        for index in range(len(items)):
            if states == _ONLY_PAST:
                return states
            key = (id(items), index, states)
            if key not in self._memo:
                self._memo[key] = self._item(items[index], states)
            states = self._memo[key]
        return states

    def _item(self, item: tuple[Any, Any], states: frozenset[_State]) -> frozenset[_State]:
        """The states after the item alone."""
        op, av = item
        if op is sre.ASSERT_NOT and av[0] == 1 and av[1].data == _NO_WORD_AFTER:
            return frozenset(state if state[0] == _PAST else (*state[:3], True) for state in states)
        if op in (sre.ASSERT, sre.ASSERT_NOT, sre.AT):
            return states
        if op in (sre.LITERAL, sre.NOT_LITERAL, sre.ANY, sre.IN):
            return self._char(op, av, states)
        if op is sre.BRANCH:
            return frozenset().union(*(self.read(branch, states) for branch in av[1]))
        if op is sre.SUBPATTERN:
            if av[1] or av[2]:  # flags set inside the pattern
                raise _Unknown
            return self.read(av[3], states)
        if op is sre.ATOMIC_GROUP:
            return self.read(av, states)
        if op is sre.GROUPREF_EXISTS:
            _group, yes, no = av
            return self.read(yes, states) | (self.read(no, states) if no else states)
        if op in (sre.MAX_REPEAT, sre.MIN_REPEAT, sre.POSSESSIVE_REPEAT):
            return self._repeat(av, states)
        raise _Unknown

    def _repeat(self, av: Any, states: frozenset[_State]) -> frozenset[_State]:
        """The union, over the counts the repetition allows, of the states after that many rounds: rounds
        stop when one adds no state not already reached (no later one would add any either)."""
        low, high, items = av
        current, reached = states, frozenset[_State]() if low else states
        rounds = 0
        while rounds < high:
            current = self.read(items, current)
            rounds += 1
            if rounds >= low:
                if rounds > low and current <= reached:
                    break
                reached |= current
        return reached

    def _char(self, op: Any, av: Any, states: frozenset[_State]) -> frozenset[_State]:
        """The states after one character of the item (op, av), noting the words read whole."""
        key = (op, av if op is not sre.IN else id(av))
        split = self._splits.get(key)
        if split is None:
            split = self._splits[key] = _split(op, av)
        step = self._steps.get((split, states))
        if step is None:
            step = self._steps[split, states] = _step(split, states)
        after, wholes = step
        for where, word in wholes:
            self.whole(where, word)
        return after


def _step(split: _Split, states: frozenset[_State]) -> _Step:
    """One character that may be `split` (see `_split`) read from `states`."""
    words, others = split
    after: set[_State] = set()
    wholes: set[tuple[int, str | None]] = set()
    for state in states:
        where, read, word, closed = state
        if where == _PAST:
            after.add(state)
            continue
        if words and not closed:
            if where in (_FIRST, _SECOND):
                if read < WORD_REACH:
                    for char in words:
                        longer = None if word is None or char == _ANY_CHAR else word + char
                        after.add((where, read + 1, longer, False))
            elif where in (_BEFORE, _BETWEEN):
                for char in words:
                    after.add((where + 1, 1, None if char == _ANY_CHAR else char, False))
        if others:
            if where in (_FIRST, _SECOND):  # the word is whole
                wholes.add((where, word))
                after.add((_BETWEEN, 1, word, False) if where == _FIRST else _PAST_STATE)
            elif read < SEPARATOR_REACH:
                after.add((where, read + 1, word, False))
    reached = frozenset(_fewer(after)) if len(after) > _SPELLINGS else frozenset(after)
    return reached, tuple(wholes)


def _fewer(states: set[_State]) -> set[_State]:
    """`states` with the words of each place where more than _SPELLINGS are spelled made any words."""
    counts = [0] * (_PAST + 1)
    for state in states:
        counts[state[0]] += state[2] is not None
    return {
        (where, read, None, closed) if counts[where] > _SPELLINGS and where != _PAST else state
        for state in states
        for where, read, _, closed in (state,)
    }


def _split(op: Any, av: Any) -> _Split:
    """What one character of an item may be: the word characters to spell on with, as spelled (one
    `_ANY_CHAR` for any), and whether it may be another character."""
    if op is sre.LITERAL:
        char = chr(av)
        return ((DIGIT if _DIGIT.match(char) else char,), False) if _is_word(char) else ((), True)
    if op is not sre.IN:
        return (_ANY_CHAR,), True
    chars: set[str] = set()
    word = other = False
    for sub, value in av:
        if sub is sre.LITERAL:
            chars.add(chr(value))
        elif sub is sre.RANGE and value[1] - value[0] < 512:
            chars.update(map(chr, range(value[0], value[1] + 1)))
        elif sub is sre.CATEGORY and value is sre.CATEGORY_DIGIT:
            chars.add("0")  # any digit: all are spelled DIGIT
        elif sub is sre.CATEGORY and value is sre.CATEGORY_WORD:
            word = True
        elif sub is sre.CATEGORY and value in (sre.CATEGORY_SPACE, sre.CATEGORY_NOT_WORD):
            other = True
        else:
            return (_ANY_CHAR,), True
    letters = {DIGIT if _DIGIT.match(c) else c for c in chars if _is_word(c)}
    other = other or any(not _is_word(c) for c in chars)
    if word or len(letters) > _SPELLING_LIMIT:
        return (_ANY_CHAR,), other
    return tuple(sorted(letters)), other


def _is_word(char: str) -> bool:
    """Whether `char` is a word character as the regex `\\w` has it."""
    return char.isalnum() or char == "_"


class Gate:
    """The rules of a grammar a place can start, by bit (bit i is rule i), from every rule's Opening."""

    def __init__(self, openings: Iterable[Opening]) -> None:
        self._firsts: dict[str, int] = {}
        self._seconds: dict[str, int] = {}
        self._early: dict[str, int] = {}
        self._any_first = self._any_second = 0
        for number, opening in enumerate(openings):
            bit = 1 << number
            if opening.wild or opening.any_first:
                self._any_first |= bit
            if opening.wild or opening.any_second or opening.any_early:
                self._any_second |= bit
            for words, index in ((opening.firsts, self._firsts), (opening.seconds, self._seconds)):
                for word in words:
                    index[word] = index.get(word, 0) | bit
            for word in opening.early:
                self._early[word] = self._early.get(word, 0) | bit

    def admitted(self, text: str, at: int, rules: int) -> int:
        """Of `rules` (bits), those that may match at `at` in `text`, told from the words there."""
        words = _TWO_WORDS.match(text, at)
        if words is None:
            return rules
        first, second = words.groups()
        first = spelled(first)
        rules &= self._any_first | self._firsts.get(first, 0)
        if second is None:
            return rules
        seconds = self._any_second | self._early.get(first, 0) | self._seconds.get(spelled(second), 0)
        return rules & seconds
