"""The words a compiled regular expression can start a match with, read from its parse tree.

Each rule of a grammar is tried only at words it can start with: `heads_of(parse_tree)` gives the set of
possible first words (the run of word characters a match begins with, up to white space); "#digit"
stands for any word starting with a digit, "#any" for any word at all, and "" for a match that starts
with a non-word character (an opening bracket, an apostrophe).
"""

from __future__ import annotations

from typing import Any

from timeline.engine.sre import constants as sre

DIGIT, ANY = "#digit", "#any"
_LIMIT = 4000
_ZERO_WIDTH = {sre.AT, sre.ASSERT, sre.ASSERT_NOT}
_AFTER_DIGIT = "\x00"
r"""Marks heads that a look-behind for a digit precedes ("3h" in `\d(?:h|(?<=\d)h)`): only a digit
can come before them, so they never continue a word of letters."""
_REPEATS = {sre.MAX_REPEAT, sre.MIN_REPEAT, sre.POSSESSIVE_REPEAT}


class _TooMany(Exception):
    pass


def _word_char(c: str) -> bool:
    return c.isalnum() or c == "_"


def _prefix(chars: set[str], rest: set[str]) -> set[str]:
    out = {
        c + h if h not in (DIGIT, ANY) else (DIGIT if c.isdigit() else c)
        for c in chars
        for h in rest
        if not h.startswith(_AFTER_DIGIT)
    }
    if any(c.isdigit() for c in chars) and any(h.startswith(_AFTER_DIGIT) for h in rest):
        out.add(DIGIT)
    if len(out) > _LIMIT:
        raise _TooMany
    return out


def _in_chars(items: list[tuple[Any, Any]]) -> set[str] | str:
    chars: set[str] = set()
    for op, av in items:
        if op is sre.LITERAL:
            chars.add(chr(av))
        elif op is sre.RANGE and av[1] - av[0] < 64:
            chars.update(chr(c) for c in range(av[0], av[1] + 1))
        elif op is sre.CATEGORY and av is sre.CATEGORY_DIGIT:
            return DIGIT
        elif op is sre.CATEGORY and av is sre.CATEGORY_SPACE:
            chars.add(" ")
        else:
            return ANY
    return chars


def _is_space(sub: Any) -> bool:
    """Whether a repeated item is white space: it ends a word, even where it may be absent ("3pm"
    is still read, through the digit category; letter words glued across an optional space are not)."""
    items = list(sub)
    return len(items) == 1 and items[0][0] is sre.IN and _in_chars(items[0][1]) == {" "}


def _ends_with_digit(items: list[Any]) -> bool:
    """Whether a look-behind's pattern ends with a digit (a single literal or class)."""
    if not items:
        return False
    op, av = items[-1]
    return (op is sre.IN and _in_chars(av) == DIGIT) or (op is sre.LITERAL and chr(av).isdigit())


def _heads(items: list[Any], memo: dict[tuple[int, ...], set[str]]) -> set[str]:
    """The heads of a sequence of parse-tree items; `memo` keeps those of every tail already seen (the
    branches of a vocabulary class share their tail, which would otherwise be walked once per word)."""
    if not items:
        return {""}
    key = tuple(map(id, items))
    found = memo.get(key)
    if found is None:
        found = memo[key] = _first(items, memo)
    return found


def _first(items: list[Any], memo: dict[tuple[int, ...], set[str]]) -> set[str]:
    (op, av), rest = items[0], items[1:]
    if op is sre.ASSERT and av[0] == -1 and _ends_with_digit(list(av[1])):
        return {_AFTER_DIGIT + h for h in _heads(rest, memo)}
    if op in _ZERO_WIDTH:
        return _heads(rest, memo)
    if op is sre.LITERAL:
        c = chr(av)
        return _prefix({c}, _heads(rest, memo)) if _word_char(c) else {""}
    if op is sre.IN:
        chars = _in_chars(av)
        if isinstance(chars, str):
            return {chars}
        words = {c for c in chars if _word_char(c)}
        return (_prefix(words, _heads(rest, memo)) if words else set()) | ({""} if words != chars else set())
    if op is sre.BRANCH:
        out: set[str] = set()
        for alternative in av[1]:
            out |= _heads(list(alternative) + rest, memo)
        return out
    if op is sre.SUBPATTERN:
        return _heads(list(av[-1]) + rest, memo)
    if op is sre.ATOMIC_GROUP:
        return _heads(list(av) + rest, memo)
    if op in _REPEATS:
        low, _high, sub = av
        if _is_space(sub):
            return {""}
        once = _heads(list(sub) + rest, memo)
        return once | _heads(rest, memo) if low == 0 else once
    return {ANY}


def heads_of(items: list[Any]) -> frozenset[str]:
    """The possible first words of a parsed pattern (the items of its parse tree)."""
    try:
        found = _heads(items, {})
    except _TooMany:
        return frozenset({ANY})
    return frozenset((h[1:] or ANY) if h.startswith(_AFTER_DIGIT) else h for h in found)


def starts(first: frozenset[str], word: str) -> bool:
    """Whether a pattern with these heads can start at `word`."""
    return word in first or ANY in first or (DIGIT in first and word[:1].isdigit())
