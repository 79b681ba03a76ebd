"""Split news text into sentences and clauses, in any language with a `lang/segment_<code>.toml` file.

The one segmenter: the tense of an expression is read within its sentence and clause
(`timeline.engine.tense`), and an event is the clause of its date (`timeline.events`), both from here.

A sentence ends at a terminator (. ! ? ؟ …) followed by space, unless the word before a period is an
abbreviation ("Dr.", "Jan.", "U.S. Congress") or the next word is written in lower case; it also ends at
a blank line, and at a line break unless the line ends with a comma or the like (news pages break long
sentences across lines). A clause ends at a strong boundary: a semicolon or colon (؛), a connector
("but", "حيث", "لكن"), or a complementizer after a reporting verb ("said that", "قال إن"). Commas (،)
are weak boundaries: they separate clauses only where two dates of one sentence must be told apart.
"""

from __future__ import annotations

import re
from bisect import bisect_left, bisect_right
from collections import deque
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass
from functools import cache, lru_cache
from itertools import pairwise
from operator import attrgetter

from timeline.engine.lexicon import Lexicon, Phrases, TextSpan, Token, match, merged, phrases, tokens
from timeline.engine.normalize import fold

_NEXT_WORD = re.compile(r"\s*(\w+)")
_PLACE_WORDS = 2
"""How many more capitalised words of a place may follow its first before a clock's zone word ("9:30 a.m. New
York time", "4 p.m. Kuala Lumpur time")."""

LONGEST_ABBREVIATION = 12
"""How far back from a period to look for the word it ends."""


@dataclass(frozen=True, slots=True)
class Boundary(TextSpan):
    """Characters between two clauses, belonging to neither; `strong` ones always separate them."""

    strong: bool


_start = attrgetter("start")


class SortedSpans:
    """Spans in text order that do not overlap (boundaries, commas, words, dates), with the questions the
    segmenter and the event side ask of them answered by bisection, so a long sentence with many dates
    stays linear in its length."""

    __slots__ = ("ends", "spans", "starts")

    def __init__(self, spans: Iterable[TextSpan]) -> None:
        self.spans = sorted(spans, key=_start)
        self.starts = [span.start for span in self.spans]
        self.ends = [span.end for span in self.spans]

    def within(self, left: int, right: int) -> list[TextSpan]:
        """The spans inside [left, right)."""
        return self.spans[bisect_left(self.starts, left) : max(0, bisect_right(self.ends, right))]

    def count(self, left: int, right: int) -> int:
        """How many spans lie inside [left, right)."""
        return max(0, bisect_right(self.ends, right) - bisect_left(self.starts, left))

    def overlaps(self, start: int, end: int) -> bool:
        """Whether a span overlaps [start, end)."""
        i = bisect_right(self.ends, start)
        return i < len(self.spans) and self.starts[i] < end

    def last_end(self, at: int, default: int) -> int:
        """The end of the last span that ends by `at`, else `default`."""
        i = bisect_right(self.ends, at)
        return self.ends[i - 1] if i else default

    def first_start(self, at: int, default: int) -> int:
        """The start of the first span that starts at or after `at`, else `default`."""
        i = bisect_left(self.starts, at)
        return self.starts[i] if i < len(self.starts) else default


@dataclass(frozen=True, slots=True)
class _Rules:
    terminators: re.Pattern[str]
    breaks: re.Pattern[str]
    """A character a sentence may end at: a terminator or a line break."""
    paragraph: re.Pattern[str]
    continuations: frozenset[str]
    abbreviations: frozenset[str]
    ambiguous: frozenset[str]
    openers: frozenset[str]
    clock_marks: frozenset[str]
    """Marks of a clock among `ambiguous` ("a.m."), after which a capitalised word other than one of
    `clock_followers`, with no word of `clock_zone_after` after it, opens a sentence."""
    clock_followers: frozenset[str]
    clock_zone_after: frozenset[str]
    separators: frozenset[str]
    commas: str
    marks: re.Pattern[str]
    connectors: Phrases
    complementizers: Phrases
    frames: Lexicon
    trim: str
    joiners: frozenset[str]
    """The words that join the last two parts of a heading ("Exile and later years", المنفى والسنوات
    الأخيرة)."""
    links: frozenset[str]
    paired: dict[str, frozenset[str]]
    """The word between two dates of a paired range -> the words the first date may follow ("and" ->
    "between"): most gaps are none, which saves reading the words before the first date."""
    wire: re.Pattern[str]


@cache
def _rules() -> _Rules:
    data = merged("segment")
    sentence, clause, ranges = data["sentence"], data["clause"], data["range"]
    ends = "".join(re.escape(c) for c in sentence["terminators"])
    closers = "".join(re.escape(c) for c in sentence["closers"])
    return _Rules(
        terminators=re.compile(rf"[{ends}]+[{closers}]*(?=\s|$)"),
        breaks=re.compile(rf"[{ends}\n]"),
        paragraph=re.compile(r"\n[^\S\n]*\n\s*|\n"),
        continuations=frozenset(sentence["continuations"]),
        abbreviations=frozenset(fold(w) for w in sentence["abbreviations"]),
        ambiguous=frozenset(fold(w) for w in sentence["ambiguous"]),
        openers=frozenset(fold(w) for w in sentence["openers"]),
        clock_marks=frozenset(fold(w) for w in sentence.get("clock_marks", [])),
        clock_followers=frozenset(fold(w) for w in sentence.get("clock_followers", [])),
        clock_zone_after=frozenset(fold(w) for w in sentence.get("clock_zone_after", [])),
        separators=frozenset(clause["separators"]),
        commas="".join(clause["commas"]),
        marks=re.compile("[" + "".join(re.escape(c) for c in clause["separators"] + clause["commas"]) + "]"),
        connectors=phrases(clause["connectors"]),
        complementizers=phrases(clause["complementizers"]),
        frames=Lexicon([*clause["frames"], *reporting_verbs()]),
        trim=clause["trim"],
        joiners=frozenset(fold(w) for w in clause.get("joiners", [])),
        links=frozenset(fold(w) for w in ranges["links"]),
        paired={
            fold(gap): frozenset(fold(a) for a, b in ranges["paired"] if fold(b) == fold(gap))
            for _, gap in ranges["paired"]
        },
        wire=re.compile(
            r"(?m)^[^\S\n]*(?:" + "|".join(f"(?:{p})" for p in sentence.get("wire", ["(?!)"])) + ")"
        ),
    )


_WIRE_REACH = 400
"""How far into a text a wire dateline may start: after the headline and a date line, before the story."""


def wire_dateline(text: str) -> TextSpan | None:
    """The wire dateline that opens the story ("NAIROBI, Oct 2 (AP) — ", "القاهرة (رويترز) - ") at a line
    start near the top: where and when the story was filed — the article's date, not one of its events,
    and no part of its first sentence."""
    found = _rules().wire.search(text, 0, min(len(text), _WIRE_REACH))
    return None if found is None else TextSpan(found.start(), found.end())


_LINE_FILLED = re.compile(r"[^\S\n]*[.,;:]?[^\S\n]*\n")
"""What may follow an expression that fills its line: blanks and a closing stop, then the line's break (a text
that is the expression alone is no line of a page)."""


def own_line(text: str, start: int, end: int) -> bool:
    """Whether the expression [start, end) of `text` fills a line of its own, with at most blanks and a
    closing stop beside it, and more lines after it: a heading ("Later years" over a part of a life) or a date
    line."""
    line = text.rfind("\n", 0, start) + 1
    return not text[line:start].strip() and _LINE_FILLED.match(text, end) is not None


_HEADING = re.compile(
    r"(?m)^(?:=+ ?(?=[^\W_][^\n]{0,90}? ?=+$))?"
    r"[^\W_][^\n]{0,90}(?:(?<![.!?,;:\"”')\]])|\([^()\n]*\d{4}\))$(?=\n)"
)
"""A heading's shape: a line of its own that more lines follow, of at most some ninety characters, ending
without a stop ("1951: The northern front", "Winter raids on the border towns", "Later years and death") or
with its dates in brackets ("Iraqi invasion (1980–1982)"), also in a wiki's marks of its level ("==
Background ==", "=== 20–25 June ==="). See `headings`."""


_LIST_ENTRY = re.compile(r"\s*[*•#][^\S\n]")
"""The start of a list's entry, after a line's break: a wiki's mark of an item ("* 14 March: the siege
begins", "# 1781", "• the 21st")."""


def opens_list(text: str, end: int) -> bool:
    """Whether the line after the heading that ends at `end` opens a list ("== Chronology ==\n* 14 March:
    the siege begins")."""
    return _LIST_ENTRY.match(text, end) is not None


def headings(text: str) -> tuple[TextSpan, ...]:
    """The headings of `text`, in order: lines of `_HEADING`'s shape that open with a wiki's mark, a digit, or
    a letter not in lower case (a capital, or a letter of a script without case: a line that opens in lower
    case goes on a sentence broken across lines)."""
    return _headings(text)[0]


@lru_cache(maxsize=8)
def _headings(text: str) -> tuple[tuple[TextSpan, ...], tuple[int, ...]]:
    spans = tuple(TextSpan(h.start(), h.end()) for h in _HEADING.finditer(text) if not h.group()[0].islower())
    return spans, tuple(span.start for span in spans)


def heading_within(text: str, start: int, end: int) -> bool:
    """Whether a heading of `text` lies wholly within [start, end), its line's breaks included: a section
    opened between two places of a text."""
    spans, starts = _headings(text)
    i = bisect_right(starts, start)
    return i < len(spans) and spans[i].end < end


_CLOSED_HEADING = 4
"""How many words a heading may hold before its joiner and the expression that closes it ("Exile and later
years", "Return to Spain and last years", المنفى والسنوات الأخيرة); a longer line without a stop goes on a
sentence."""


def heading(text: str, start: int, end: int) -> bool:
    """Whether the expression [start, end) of `text` opens a heading (after a wiki's marks, if any): "Later
    years and death" over a part of a life, "== Later years ==", or fills a line (`own_line`), or closes a
    short heading after a joiner ("Exile and later years", "== Map and last years ==")."""
    line = text.rfind("\n", 0, start) + 1
    spans, starts = _headings(text)
    i = bisect_right(starts, line) - 1
    within = i >= 0 and spans[i].start == line and spans[i].end >= end
    before = text[line:start].strip().lstrip("=").split()
    if before:
        closes = within and not text[end : spans[i].end].strip().strip("=").strip()
        return closes and len(before) <= _CLOSED_HEADING and fold(before[-1]) in _rules().joiners
    return within or _LINE_FILLED.match(text, end) is not None


def date_line(text: str, start: int, end: int) -> bool:
    """Whether the expression [start, end) of `text` fills a line of its own near the top, under a headline
    ("Obama wins second term\n\nWednesday, November 7, 2012\n\nBarack Obama won ..."): the date the
    page was published on, stamped above the story, not a day the story tells of."""
    return 0 < text.rfind("\n", 0, start) + 1 <= _WIRE_REACH and own_line(text, start, end)


def commas() -> str:
    """The commas of every language (`segment_<code>.toml`): weak clause marks."""
    return _rules().commas


def reporting_verbs(tense: str | None = None) -> list[str]:
    """The verbs of saying of every language, as written in `[reporting]`; only the `tense` ones
    ("past", "present") when given."""
    reporting: dict[str, list[str]] = merged("segment")["reporting"]
    return [word for name, words in reporting.items() if tense in (None, name) for word in words]


def apart(text: str, end: int, start: int) -> bool:
    """Whether offsets `end` (where one thing written ends) and `start` (where the next starts) of `text` lie
    in different sentences. Only a terminator or a line break from the last character before `end` on can
    part them: text without one between is not segmented."""
    if _rules().breaks.search(text, max(0, end - 1), start) is None:
        return False
    return sentence_at(text, start).start >= end


def word_before(text: str, start: int, reach: int) -> str | None:
    """The word that ends, before its spaces, right before offset `start` of `text`, looked for within
    `reach` characters; None when a mark or nothing stands there."""
    found = _WORD_BEFORE.search(text, max(0, start - reach), start)
    return None if found is None else found.group(1)


_WORD_BEFORE = re.compile(r"(\w+)\s+$")
"""A word and the spaces after it, at the end of a stretch of text."""


def sentence_at(text: str, offset: int) -> TextSpan:
    """The sentence of `text` that holds `offset` (or the last one before it; the first if none)."""
    spans, starts = _sentences(text)
    return spans[max(0, bisect_right(starts, offset) - 1)] if spans else TextSpan(0, len(text))


_PARAGRAPH = re.compile(r"\n[^\S\n]*\n\s*|(?<=[.!?؟…\"'”’])[^\S\n]*\n\s*")
"""A paragraph break: a blank line, or a line break after the end of a sentence (a line that ends
mid-sentence is a long sentence broken across lines, not a new paragraph)."""


def paragraph_at(text: str, offset: int) -> int:
    """Where the paragraph of `text` that holds `offset` starts."""
    starts = _paragraphs(text)
    return starts[bisect_right(starts, offset) - 1]


@lru_cache(maxsize=8)
def _paragraphs(text: str) -> tuple[int, ...]:
    return (0, *(m.end() for m in _PARAGRAPH.finditer(text)))


def sentences(text: str) -> tuple[TextSpan, ...]:
    """The sentences of `text`, in order, without surrounding space.

    Computed once per text: the tagger reads tense within them and the event table cuts events from them."""
    return _sentences(text)[0]


@lru_cache(maxsize=8)
def _sentences(text: str) -> tuple[tuple[TextSpan, ...], tuple[int, ...]]:
    rules = _rules()
    breaks = [m.end() for m in rules.terminators.finditer(text) if _ends_sentence(text, m, rules)]
    breaks += [m.end() for m in rules.paragraph.finditer(text) if _breaks_line(text, m, rules)]
    spans = []
    start = 0
    for end in [*sorted(set(breaks)), len(text)]:
        span = _stripped(text, start, end, "")
        if span is not None:
            spans.append(span)
        start = max(start, end)
    return tuple(spans), tuple(s.start for s in spans)


def _ends_sentence(text: str, found: re.Match[str], rules: _Rules) -> bool:
    following = _NEXT_WORD.match(text, found.end())
    if following and following.group(1)[0].islower():
        return False
    if not found.group().startswith("."):
        return True
    before = text[max(0, found.start() - LONGEST_ABBREVIATION) : found.start()].split()
    word = fold(before[-1]).lstrip("\"'“‘«([") if before else ""
    if word in rules.abbreviations or (len(word) == 1 and word.isalpha() and word.isascii()):
        return False
    if word in rules.ambiguous:
        if following is None:
            return False
        folded = fold(following.group(1))
        if folded in rules.openers:
            return True
        return word in rules.clock_marks and _opens_after_clock(text, following, folded, rules)
    return True


def _opens_after_clock(text: str, following: re.Match[str], folded: str, rules: _Rules) -> bool:
    """Whether the capitalised word `following` a clock's mark opens a sentence ("at 11 a.m. King Albert
    flew in"): not a weekday, month or zone of the clock (`clock_followers`: "at 10 a.m. Monday", "7 p.m.
    EST"), nor a place of a few capitalised words before a word of `clock_zone_after` ("at 2 p.m. Baghdad
    time", "at 9:30 a.m. New York time")."""
    if not following.group(1)[0].isupper() or folded in rules.clock_followers:
        return False
    after = _NEXT_WORD.match(text, following.end())
    for _ in range(_PLACE_WORDS):
        if after is None or not after.group(1)[0].isupper():
            break
        if fold(after.group(1)) in rules.clock_zone_after:
            return False
        after = _NEXT_WORD.match(text, after.end())  # a place of more words: "New York time"
    return after is None or fold(after.group(1)) not in rules.clock_zone_after


def _breaks_line(text: str, found: re.Match[str], rules: _Rules) -> bool:
    if found.group() != "\n":
        return True
    i = found.start() - 1
    while i >= 0 and text[i].isspace():
        i -= 1
    return i < 0 or text[i] not in rules.continuations


def boundaries(
    text: str, sentence: TextSpan, toks: list[Token] | None = None, salient: Sequence[int] | None = None
) -> list[Boundary]:
    """The clause boundaries of one sentence, in order (`toks`: its `tokens`, when already at hand).

    `salient`, when given, are the indices of `toks` that may be clause words (`clause_word`; others may
    be among them), in order: only those are read, the marks before each flushed when it is reached."""
    rules = _rules()
    connectors, complementizers, frame = rules.connectors, rules.complementizers, rules.frames.knows
    toks = tokens(text, sentence.start, sentence.end) if toks is None else toks
    marks, starts = _marks(text)
    found = deque(marks[bisect_left(starts, sentence.start) : bisect_left(starts, sentence.end)])
    result: list[Boundary] = []
    framed = False
    after = 0
    for k in range(len(toks)) if salient is None else salient:
        if k < after:  # inside the connector or complementizer just matched
            continue
        token = toks[k]
        while found and found[0].end <= token.start:
            boundary = found.popleft()
            result.append(boundary)
            framed = framed and not boundary.strong
        word = token.word
        n = match(connectors, toks, k) if word in connectors else 0
        if not n and framed and word in complementizers:
            n = match(complementizers, toks, k)
        if n:
            start = token.start
            if result and not result[-1].strong and not text[result[-1].end : start].strip():
                start = result.pop().start
            result.append(Boundary(start, toks[k + n - 1].end, True))
            framed = False
            after = k + n
            continue
        framed = framed or frame(word)
    return result + list(found)


@lru_cache(maxsize=8)
def _marks(text: str) -> tuple[list[Boundary], list[int]]:
    """The clause marks of a whole text (`punctuation`) and their starts: found once, for `boundaries`
    asks for them sentence by sentence."""
    marks = punctuation(text, 0, len(text))
    return marks, [mark.start for mark in marks]


def clause_word(word: str) -> bool:
    """Whether the word (folded) may start a connector or a complementizer, or is a verb of saying or a
    frame that a complementizer follows: the words `boundaries` reads."""
    rules = _rules()
    return word in rules.connectors or word in rules.complementizers or rules.frames.knows(word)


def punctuation(text: str, start: int, end: int) -> list[Boundary]:
    """The clause marks of `text[start:end]`: separators (strong) and commas (weak), leaving out those
    between two digits ("10:30", "1,000")."""
    rules = _rules()
    return [
        Boundary(m.start(), m.end(), m.group() in rules.separators)
        for m in rules.marks.finditer(text, start, end)
        if not _between_digits(text, m.start())
    ]


def comma(text: str, start: int, end: int) -> bool:
    """Whether `text[start:end]` holds a comma (a weak clause mark, `punctuation`)."""
    return any(not mark.strong for mark in punctuation(text, start, end))


@lru_cache(maxsize=16)
def _words_up_to(count: int) -> re.Pattern[str]:
    return re.compile(rf"\s*(?:\S+\s*){{0,{count}}}")


def within_words(text: str, start: int, end: int, count: int) -> bool:
    """Whether `text[start:end]` holds at most `count` words and no clause mark (`punctuation`): "talks on
    Monday", "this year's trade fair". Only that many words are read, so a far word costs no more than a
    near one on a long sentence."""
    found = _words_up_to(count).match(text, start, end)
    return found is not None and found.end() == end and not punctuation(text, start, end)


def _between_digits(text: str, i: int) -> bool:
    return 0 < i < len(text) - 1 and text[i - 1].isdigit() and text[i + 1].isdigit()


def clauses(
    text: str,
    sentence: TextSpan,
    anchors: Sequence[TextSpan],
    found: Sequence[Boundary],
    is_hint: Callable[[TextSpan], bool] = lambda _: False,
) -> list[TextSpan]:
    """The clause of each of `anchors` (spans of dates, in text order) in `sentence`.

    `found` are the sentence's `boundaries`. Strong ones always end a clause. Where two anchors share
    one, the first comma between them that leaves a hint (a trigger word: `is_hint(span)` over the part
    of the sentence) on both sides splits it; without such a comma, the first comma; without any, the
    two share the clause.
    """
    strong = SortedSpans(b for b in found if b.strong)
    chosen = _splits(sentence, anchors, found, strong, is_hint) if len(anchors) > 1 else []
    cuts = SortedSpans([*strong.spans, *chosen]) if chosen else strong
    return [clause_of(text, sentence, anchor, cuts) for anchor in anchors]


def clause_of(text: str, sentence: TextSpan, anchor: TextSpan, cuts: SortedSpans) -> TextSpan:
    """The clause of `anchor` in `sentence` between `cuts` (the sentence's strong boundaries, and the
    commas `clauses` chose): what `clauses` gives a lone anchor, for a caller that asks it for many
    anchors one at a time and keeps the strong boundaries at hand."""
    start = cuts.last_end(anchor.start, sentence.start)
    end = cuts.first_start(anchor.end, sentence.end)
    return _stripped(text, start, end, _rules().trim) or anchor


def _splits(
    sentence: TextSpan,
    anchors: Sequence[TextSpan],
    found: Sequence[Boundary],
    strong: SortedSpans,
    is_hint: Callable[[TextSpan], bool],
) -> list[TextSpan]:
    """The commas that split the clauses `clauses` gives two anchors sharing one (see there); a lone
    anchor, the common case, needs none."""
    weak = SortedSpans(b for b in found if not b.strong)
    chosen: list[TextSpan] = []
    for first, second in pairwise(anchors):
        if strong.count(first.end, second.start):
            continue
        between = weak.within(first.end, second.start)
        if between:
            left = strong.last_end(first.start, sentence.start)
            if chosen and chosen[-1].end <= first.start:
                left = max(left, chosen[-1].end)
            right = strong.first_start(second.end, sentence.end)
            chosen.append(
                next(
                    (
                        b
                        for b in between
                        if is_hint(TextSpan(left, b.start)) and is_hint(TextSpan(b.end, right))
                    ),
                    between[0],
                )
            )
    return chosen


def trimmed(text: str, span: TextSpan) -> TextSpan | None:
    """`span` without the space and punctuation (quotes, commas, brackets) at its ends; None if empty."""
    return _stripped(text, span.start, span.end, _rules().trim)


def _stripped(text: str, start: int, end: int, trim: str) -> TextSpan | None:
    while start < end and (text[start].isspace() or text[start] in trim):
        start += 1
    while end > start and (text[end - 1].isspace() or text[end - 1] in trim):
        end -= 1
    return TextSpan(start, end) if start < end else None


def joins_range(text: str, first: TextSpan, second: TextSpan) -> bool:
    """True when the words between two dates make them one range ("Monday to Wednesday", "بين 2019 و2021")."""
    rules = _rules()
    gap = fold(text[first.end : second.start]).strip()
    if gap in rules.links:
        return True
    if gap not in rules.paired:
        return False
    before: list[Token] = tokens(text, max(0, first.start - 40), first.start)
    return bool(before) and before[-1].word in rules.paired[gap]
