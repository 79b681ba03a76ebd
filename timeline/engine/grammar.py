"""Compile a language's grammar rules into regular expressions that remember what fills each slot.

A rule is a pattern over the language's vocabulary. What a language file writes, and what it means:

- `{class}`: any spelling of the vocabulary class `class`, filling the slot of the same name
  (`{month}`, `{rel}`); the class name must then be a slot (see `timeline.engine.slots`).
- `{class:slot}`: a spelling of `class` filling `slot` (`{rel:rel_year} year` is "next year",
  `{ordinal:day}` is "the fifth"); `{class:_}` matches the class and fills nothing (a time zone).
- `(?P<slot>...)`: the digits matched fill `slot` (`(?P<day>[12]\\d)`); the groups `start` and `end`
  mark the two ends of a range instead (`split = true`), and `extent` is the compiler's own.
- `{MACRO}`: the macro's pattern, expanded in place; a space stands for a short run of white space and
  ` ?` for an optional one.

The compiler names every regex group itself and keeps, for each, a `Capture`: the slot and the class
that fills it. So a rule may fill one slot in several places (alternatives, a day at both ends of a
range) and a recognized match yields `Fill`s the interpreter reads without guessing from group names.
Rules match lower-cased text (see `timeline.engine.recognize`), so their literals are written in lower
case. Patterns must keep every repetition bounded so that matching stays linear in the text's length.
"""

from __future__ import annotations

import gc
import re
from collections.abc import Iterable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from typing import Any, NamedTuple

from timeline.engine.gate import Gate, Opening, Steps, opening_of
from timeline.engine.heads import ANY, DIGIT, heads_of, starts
from timeline.engine.normalize import fold_script
from timeline.engine.slots import SLOTS, SPANS, UNCAPTURED, Kind
from timeline.engine.sre import compile_tree, parse
from timeline.errors import GrammarError

REFERENCE = re.compile(r"\{([A-Za-z_]\w*)(?::(\w+))?\}")
"""A reference to a class or a macro: `{name}` or `{name:slot}`."""
_NAMED = re.compile(r"\(\?P<([^>]+)>")
_OF = "\x00"
"""Joins a slot and its class in a group name between expansion and naming (no name can hold it)."""
_SPACE = r"\s{1,4}"
_DIGIT = re.compile(r"\d")
_OPTIONAL_SPACE = r"\s{0,4}"
_WORD_END = r"(?![^\W\d_])"
"""Where a vocabulary word ends: before anything but a letter, so that digits may be glued after it
(فبراير2010), for the rule to read or refuse."""


DIGITS = "#digits"
"""The class of a slot filled by the digits matched rather than by a vocabulary word."""
SPAN = "#span"
"""The class of a group that marks a place (see `timeline.engine.slots.SPANS`)."""


class Capture(NamedTuple):
    """What one regex group of a rule captures: the slot it fills and the class that fills it."""

    slot: str
    cls: str


class Fill(NamedTuple):
    """A filled slot of a match: the slot, the class that filled it and the text it matched."""

    slot: str
    cls: str
    text: str


@dataclass(frozen=True, slots=True)
class Rule:
    """One compiled grammar rule. `regex` matches at a position; the `extent` group is the expression.

    `captures` says what each regex group captures, in group order (None for a group the language
    file left unnamed). `heads` holds the words a match can start with (after any clitic), see
    `timeline.engine.heads`; `opening` what a match can hold at each place of its first words, see
    `timeline.engine.gate`.
    """

    name: str
    regex: re.Pattern[str]
    captures: tuple[Capture | None, ...]
    split: bool
    heads: frozenset[str]
    opening: Opening = field(default_factory=Opening, compare=False)
    _filling: tuple[tuple[int, str, str], ...] = field(init=False, compare=False)
    """The groups that fill a slot: (group index, slot, class). A rule has tens of groups (its vocabulary
    classes) and a match fills few of them: `fills` looks at these only."""

    def __post_init__(self) -> None:
        filling = tuple(
            (index, capture.slot, capture.cls)
            for index, capture in enumerate(self.captures)
            if capture is not None and capture.cls != SPAN
        )
        object.__setattr__(self, "_filling", filling)

    def fills(self, match: re.Match[str]) -> tuple[Fill, ...]:
        """The slots `match` filled, in the order of the pattern."""
        groups = match.groups()
        return tuple(
            Fill(slot, cls, groups[index]) for index, slot, cls in self._filling if groups[index] is not None
        )


@dataclass(frozen=True, slots=True)
class Dispatch:
    """The rules that can start at a word, and their bits in the grammar's `Gate` (bit i: rule i)."""

    rules: tuple[Rule, ...]
    bits: int = 0

    def longest(self, text: str, at: int, endpos: int | None = None) -> tuple[Rule, re.Match[str]] | None:
        """The rule with the longest match at `at` and its match (the earlier rule on a tie), or None; a
        match ends by `endpos` when it is given (the text read as ending there).

        One call per rule: a combined regex of a word's rules would save the calls but costs more to
        compile (tens of milliseconds per distinct rule set) than it saves on a megabyte of text."""
        best: tuple[Rule, re.Match[str]] | None = None
        end = len(text) if endpos is None else endpos
        for rule in self.rules:
            match = rule.regex.match(text, at, end)
            if match is not None and (best is None or match.end() > best[1].end()):
                best = (rule, match)
        return best


_NO_RULES = Dispatch(())
_TRIED_UNGATED = 2
"""A word that starts this many rules or fewer has them tried without asking the gate: asking costs about
as much as trying two rules."""
_DISPATCH_SETS = 100_000
"""Dispatches a grammar keeps at most, by word and by the set of rules the gate leaves: text rarely makes
more than a few thousand, and the bound keeps a pathological one from growing either cache without end."""

_OPENERS = "('"
"""The characters a rule may start with before a word (an opening bracket, a quote), looked up as ""."""


@dataclass(frozen=True, slots=True)
class Grammar:
    """All the rules of a language, and an index from a word to the rules that can start at it.

    `clitics` are the letters that may be glued before a word (left out of the extent).
    """

    rules: tuple[Rule, ...]
    clitics: str
    starts: re.Pattern[str]
    """Finds every place a rule may start: a head word (behind clitics), a number, an opener."""
    _by_word: dict[str, Dispatch] = field(default_factory=dict, compare=False)
    _by_head: dict[str, int] = field(default_factory=dict, compare=False)
    """Each head word and the bits of the rules that can start with it."""
    _by_bits: dict[int, Dispatch] = field(default_factory=dict, compare=False)
    gate: Gate = field(init=False, compare=False)
    """Which of the rules the words at a place leave possible (built from the rules' openings)."""

    def __post_init__(self) -> None:
        for number, rule in enumerate(self.rules):
            for head in rule.heads:
                self._by_head[head] = self._by_head.get(head, 0) | 1 << number
        object.__setattr__(self, "gate", Gate(rule.opening for rule in self.rules))

    def longest(
        self, text: str, at: int, start: str, endpos: int | None = None
    ) -> tuple[Rule, re.Match[str]] | None:
        """The rule with the longest match at `at` and its match (the earlier rule on a tie), or None; a
        match ends by `endpos` when it is given.

        `start` is what `starts` matched there. Of the rules that can start at that word, only those the
        words at `at` leave possible (see `timeline.engine.gate`) are tried: most tries failed."""
        dispatch = self.rules_at("" if start in _OPENERS else start)
        if len(dispatch.rules) > _TRIED_UNGATED:
            bits = self.gate.admitted(text, at, dispatch.bits)
            if bits != dispatch.bits:
                dispatch = self._dispatch(bits)
        return dispatch.longest(text, at, endpos)

    def _dispatch(self, bits: int) -> Dispatch:
        """The Dispatch of the rules whose bits are set, in grammar order, made once per set."""
        found = self._by_bits.get(bits)
        if found is None:
            found = Dispatch(tuple(rule for n, rule in enumerate(self.rules) if bits >> n & 1), bits)
            if len(self._by_bits) < _DISPATCH_SETS:
                self._by_bits[bits] = found
        return found

    def rules_at(self, word: str) -> Dispatch:
        """The rules that can start at `word` (lower case; "" for a non-word start), cached per word.

        Letters glued before a number ("الـ19") are looked up as the head they are (see
        `timeline.engine.heads`)."""
        found = self._by_word.get(word)
        if found is None:
            bare = {word}
            for cut in (1, 2):
                if len(word) > cut and all(c in self.clitics for c in word[:cut]):
                    bare.add(word[cut:])
            heads = self._by_head
            bits = heads.get(ANY, 0)
            for w in bare:
                bits |= heads.get(w, 0)
                if w[:1].isdigit():
                    bits |= heads.get(DIGIT, 0)
                elif (digit := _DIGIT.search(w)) is not None:
                    bits |= heads.get(w[: digit.start()], 0)
            found = self._dispatch(bits) if bits else _NO_RULES
            if len(self._by_word) < _DISPATCH_SETS:
                self._by_word[word] = found
        return found


def alternation_of(words: Iterable[str]) -> str:
    """A regex matching any of `words`, longest first, written as a trie so that a failing attempt
    checks one branch per distinct first character instead of one per word."""
    branches: dict[str, list[str]] = {}
    ends = False
    for word in words:
        if word:
            branches.setdefault(word[0], []).append(word[1:])
        else:
            ends = True
    parts = []
    for head, tails in sorted(branches.items(), key=lambda item: -max(map(len, item[1]))):
        char = _SPACE if head == " " else re.escape(head)
        rest = alternation_of(tails)
        parts.append(char + (f"(?:{rest})" if "|" in rest or rest.endswith("?") else rest))
    if not parts:
        return ""
    body = "|".join(parts)
    return f"(?:{body})?" if ends else body


class _Bad(Exception):
    """A fault in one rule, raised where it is found and reported with the rule's name."""


def _expand(pattern: str, macros: dict[str, str], classes: dict[str, str], depth: int = 0) -> str:
    """`pattern` with its macros expanded and each class reference replaced by the class's alternation,
    in a group whose name holds the slot and the class until `_name_groups` numbers them."""
    if depth > 8:
        raise _Bad(f"macros nest too deeply in {pattern!r}")

    def substitute(ref: re.Match[str]) -> str:
        name, slot = ref.group(1), ref.group(2)
        if name in macros:
            return f"(?:{_expand(macros[name], macros, classes, depth + 1)})"
        if name not in classes:
            raise _Bad(f"unknown class or macro {{{name}}}")
        if slot == UNCAPTURED:
            return f"(?:{classes[name]}){_WORD_END}"
        return f"(?P<{slot or name}{_OF}{name}>{classes[name]}){_WORD_END}"

    spaced = fold_script(pattern).replace(" ?", _OPTIONAL_SPACE).replace(" ", _SPACE)
    return REFERENCE.sub(substitute, spaced)


def _name_groups(source: str) -> tuple[str, dict[str, Capture]]:
    """`source` with every slot group renamed `s1`, `s2`, ... and the capture each name stands for.

    A group written `(?P<slot>...)` is filled by digits; the span groups keep their names."""
    captures: dict[str, Capture] = {}

    def rename(group: re.Match[str]) -> str:
        slot, _, cls = group.group(1).partition(_OF)
        if slot in SPANS:
            if slot in captures:
                raise _Bad(f"the group {slot!r} appears twice")
            captures[slot] = Capture(slot, SPAN)
            return group.group()
        if slot not in SLOTS:
            raise _Bad(f"slot {slot!r} has no meaning (known slots: see timeline/engine/slots.py)")
        if not cls and SLOTS[slot] not in (Kind.INT, Kind.COUNT):
            raise _Bad(f"digits cannot fill slot {slot!r}: it needs {SLOTS[slot].value}")
        name = f"s{len(captures) + 1}"
        captures[name] = Capture(slot, cls or DIGITS)
        return f"(?P<{name}>"

    return _NAMED.sub(rename, source), captures


@contextmanager
def _collector_paused() -> Iterator[None]:
    """Pause the cyclic garbage collector (if it runs) while a grammar compiles.

    Parsing the rules makes hundreds of thousands of lists and tuples (the parse trees, the gate's
    reading), freed by their reference counts once a rule is compiled: the collector finds no garbage
    in them. Yet their number set it off again and again, walking every object of the process each
    time: a tenth of a language's loading, paid by every process that tags."""
    running = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        if running:
            gc.enable()


def compile_grammar(raw: dict[str, Any], vocab: dict[str, dict[str, Any]], file: str) -> Grammar:
    """Compile the `[grammar]` table of the language file `file`; GrammarError names the faulty rule.

    Each rule is parsed once: its regex is compiled from the parse tree its heads are read from."""
    with _collector_paused():
        return _compiled(raw, vocab, file)


def _compiled(raw: dict[str, Any], vocab: dict[str, dict[str, Any]], file: str) -> Grammar:
    """What `compile_grammar` returns, made while the collector is paused."""
    macros: dict[str, str] = raw.get("macros", {})
    clitic = raw.get("clitic", "")
    prefix = rf"(?<!\w){clitic}"
    skip = len(parse(prefix))
    classes = {name: alternation_of(words) for name, words in vocab.items()}
    rules: list[Rule] = []
    steps: Steps = {}
    for spec in raw["rules"]:
        try:
            body = _expand(spec["pattern"], macros, classes)
            before = _expand(spec.get("before", ""), macros, classes)
            source, named = _name_groups(rf"{prefix}{before}(?P<extent>{body})(?!\w)")
            tree = parse(source)
            regex = compile_tree(tree)
        except re.error as err:
            raise GrammarError(file, "grammar.rules", spec["name"], f"does not compile: {err}") from err
        except _Bad as err:
            raise GrammarError(file, "grammar.rules", spec["name"], str(err)) from err
        captures: list[Capture | None] = [None] * regex.groups
        for name, number in regex.groupindex.items():
            captures[number - 1] = named[name]
        first = heads_of(list(tree)[skip:])
        split = bool(spec.get("split", False))
        rules.append(Rule(spec["name"], regex, tuple(captures), split, first, opening_of(tree, steps)))
    clitics = fold_script(raw.get("clitic_letters", ""))
    article = fold_script(raw.get("article", ""))
    return Grammar(tuple(rules), clitics, _starts(rules, clitics, article, _words(raw, vocab)))


_LITERALS = re.compile(r"\(\?P<\w+>|\\[a-zA-Z]|\{\w+(?::\w+)?\}")
_WORD = re.compile(r"[^\W\d_]+")


def _without_negations(source: str) -> str:
    """`source` without its negative look-arounds: the words there are what an expression is not."""
    out: list[str] = []
    depth = skipping = 0
    escaped = in_class = False
    for i, c in enumerate(source):
        if not skipping and source.startswith(("(?!", "(?<!"), i) and not escaped and not in_class:
            skipping = depth + 1
        if escaped:
            escaped = False
        elif c == "\\":
            escaped = True
        elif in_class:
            in_class = c != "]"
        elif c == "[":
            in_class = True
        elif c == "(":
            depth += 1
        elif c == ")":
            depth -= 1
            if skipping and depth < skipping:
                skipping = 0
                continue
        if not skipping:
            out.append(c)
    return "".join(out)


def _words(raw: dict[str, Any], vocab: dict[str, dict[str, Any]]) -> set[str]:
    """Every word of the vocabulary and of the patterns' literals: what an expression is made of."""
    words = {w for cls in vocab.values() for entry in cls for w in _WORD.findall(entry)}
    sources = [spec.get(key, "") for spec in raw["rules"] for key in ("pattern", "before")]
    for source in [*sources, *raw.get("macros", {}).values()]:
        words.update(_WORD.findall(_LITERALS.sub(" ", fold_script(_without_negations(source)))))
    return words


def _starts(rules: list[Rule], clitics: str, article: str, words: set[str]) -> re.Pattern[str]:
    """The regex of the places a rule may start.

    A head word that is no expression by itself ("the", "last", منذ) counts only when the next word
    is a word of the grammar (behind clitics and the article the language glues on) or starts with a
    digit: "the following day" is a candidate, "the company" is not. So does a number (behind a
    glued article: "الـ19"), looking past its decimals or thousands ("3.5 years", "1,742 people"),
    unless it has letters in it ("3pm", "1980s", "2.30pm"), four digits (a year) or several dotted
    groups after it ("5.12.2019"): "4 مليارات", "1,742 people" and "2.4% of" are no candidates,
    "10:30", "3.5 years" and "15 رمضان" are. A head word may have digits glued after it (فبراير2010), for
    the rules to read or refuse. Word starts are checked once, in front of every
    alternative: that lets the regex engine skip the inside of words fast.
    """
    heads_ = {w for rule in rules for w in rule.heads if w and not w.startswith("#") and not w[0].isdigit()}
    lead = {w for w in heads_ if not any(r.regex.match(w + " .") for r in rules if starts(r.heads, w))}
    glued = f"[{re.escape(clitics)}]{{0,2}}" if clitics else ""
    glued_article = f"(?:{re.escape(article)})?" if article else ""
    follow = rf"(?=\W{{1,4}}{glued}{glued_article}(?:(?:{alternation_of(words)}){_WORD_END}|\d))"
    number = (
        rf"{glued_article}\d(?:\d*[^\W\d_]\w*|\d{{3}}(?!\w)|\d*(?!\w)(?=(?:[.,]\d+){{2}}"
        rf"|[.,]\d+[^\W\d_]|(?:[.,]\d+)?(?!\w|[.,]\d|\s?%){follow}))"
    )
    alternatives = [
        f"{glued}(?:{alternation_of(heads_ - lead)}){_WORD_END}",
        f"{glued}(?:{alternation_of(lead)})(?:(?!\\w){follow}|(?=\\d))",
        f"{glued}{number}",
    ]
    if any(ANY in rule.heads for rule in rules):
        alternatives.append(r"\w+")
    opener = r"|[('](?=\w)" if any("" in rule.heads for rule in rules) else ""
    return re.compile(f"(?<!\\w)(?:{'|'.join(alternatives)}){opener}")
