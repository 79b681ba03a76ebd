"""Recognition: find the expressions of a language's grammar in a normalized text.

Scanning visits every word and tries there only the rules that can start with that word (see
`timeline.engine.heads`; a clitic glued to the word is looked through); the longest match wins (the earlier
rule on a tie). A rule with context before its extent ("منذ عام") yields to a longer match of the
extent alone. A match made only of a weak word ("May", "march", مارس) counts only after a word of the
language's weak context.
"""

from __future__ import annotations

import re
from typing import NamedTuple

from timeline.engine.grammar import SPAN, Fill, Rule
from timeline.engine.language import Language
from timeline.engine.normalize import Normalized, fold
from timeline.engine.segment import apart

_PREVIOUS_WORD = re.compile(r"([\w-]+)[^\w]{0,3}$")
_NEXT_WORD = re.compile(r"\s{1,2}(\w+)")
_NAME_REACH = 40
# How far back the words that make a duration an age may start (a death told with a long name between).
_AGE_REACH = 90
"""How far around a match a name holding it is looked for: longer than any name in the language files."""
_LONG_WORD = re.compile(r"[^\W\d_]{4,}")
_TITLE_CASE_SHARE = 0.8
"""A line whose words of four letters or more are capitalised at least this often is written in title case."""
_HEADLINE_REACH = 150
"""How far each side of a word its line is read to tell a headline in title case: longer than a headline."""


class Mention(NamedTuple):
    """A matched expression: its extent in the normalized text, the rule and the filled slots."""

    start: int
    end: int
    rule: str
    slots: tuple[Fill, ...]


def _weak(text: str, match: re.Match[str], lang: Language, initial: str) -> bool:
    """Whether a match of a single weak word lacks the context that makes it a date: a word of the weak
    context or a phrase of `Language.weak_phrase` ("the 12 months to May") before it, or a noun of a
    campaign after it ("a March operation"; in lower case only a season's name: "a spring offensive",
    while "may campaign" is a verb), or, capitalised, a noun it dates ("its August peak").

    `initial` is the first letter of the match as written (the matched text is lower-cased)."""
    extent = " ".join(match.group("extent").split())
    if extent not in lang.weak:
        return False
    after = _NEXT_WORD.match(text, match.end())
    campaign = after is not None and after.group(1) in lang.campaign_nouns
    if lang.weak_capitalized and not initial.isupper():
        seasonal = campaign and extent in lang.weak_seasons
        return not seasonal and not _season_phrase(text, match, extent, lang)
    if campaign or (after is not None and after.group(1) in lang.dated_nouns):
        return False
    glued = text[match.start() : match.start("extent")]
    if glued and (not glued.isalpha() or any(letter in lang.clitic_context for letter in glued)):
        return False  # the rule's own words before it (بعد مرور عام), or a preposition glued to it
    if lang.weak_phrase.search(text, max(0, match.start() - 40), match.start()):
        return False
    if lang.weak_list_head.match(text, match.start()):
        return False
    word = _word_before(text, match.start())
    if word is None:
        return True
    if word in lang.weak_joins:
        return not _joins_date(text, match.start(), lang)
    if _weak_context(word, lang):
        return False
    # A clitic that is no preposition (و) joins the weak word to a month before it: يناير ومارس.
    return not (glued and word in lang.vocab.get("month", {}))


def _joins_date(text: str, start: int, lang: Language) -> bool:
    """Whether the word of `Language.weak_joins` right before `start` follows a month, weekday, season or
    number ("in April and May", "on 3 or May"), not a name ("between Juncker and May")."""
    join = _PREVIOUS_WORD.search(text, max(0, start - 40), start)
    word = None if join is None else _word_before(text, join.start())
    vocab = lang.vocab
    return word is not None and (
        word.isdigit() or any(word in vocab.get(kind, {}) for kind in ("month", "weekday", "season"))
    )


def _word_before(text: str, start: int) -> str | None:
    """The word right before `start` (past a few marks), folded, its hyphens stripped; None at the start."""
    previous = _PREVIOUS_WORD.search(text, max(0, start - 40), start)
    return None if previous is None else fold(previous.group(1)).strip("-")


def _weak_context(word: str, lang: Language) -> bool:
    """Whether `word` is a word of the weak context (`Language.weak_context`: "in April", في مارس); a
    conjunction glued to one leaves it one (وفي مارس is في مارس)."""
    joined = word[:1] in lang.grammar.clitics and word[:1] not in lang.clitic_context and len(word) > 2
    return word in lang.weak_context or (joined and word[1:] in lang.weak_context)


_STOP = re.compile(r"\s*(?:[.,;:!?)]|$)")


def _season_phrase(text: str, match: re.Match[str], extent: str, lang: Language) -> bool:
    """Whether a weak season in lower case ends a phrase of a preposition of `season_before` ("rested in
    spring", "by fall the army was ready"); see `Language.season_before`."""
    if extent not in lang.weak_seasons or match.start("extent") > match.start():
        return False
    previous = _PREVIOUS_WORD.search(text, max(0, match.start() - 40), match.start())
    if previous is None or fold(previous.group(1)) not in lang.season_before:
        return False
    after = _NEXT_WORD.match(text, match.end())
    ends = _STOP.match(text, match.end()) is not None
    return ends or (after is not None and after.group(1) in lang.season_after)


def _counted(text: str, start: int, end: int, lang: Language) -> bool:
    """Whether the four-digit number at [start, end) counts the noun after it ("2030 passengers").

    A word of the language's count context before it keeps it a year: "in 1948 people fled"; a word that
    joins it to what goes before (`count_joins`: and, or) does so only after a number ("in 2004 and 2005
    students protested"), not after a noun ("1996 workers and 2005 contractors"); a noun of a body before the
    word of context counts (`count_group`: "a column of 1800 men"); the end of a range of years
    is a year too ("from 1800 to 1820 farmers moved west": see `_range_of_years`)."""
    after = _NEXT_WORD.match(text, end)
    if after is None or after.group(1) not in lang.count_nouns:
        return False
    previous = _PREVIOUS_WORD.search(text, max(0, start - 40), start)
    if previous is None:
        return True
    if _range_of_years(text, start, lang):
        return False
    word = fold(previous.group(1)).strip("-")
    if lang.count_group.search(fold(text[max(0, start - 40) : start])) is not None:
        return True
    if word in lang.count_joins:
        joined = _PREVIOUS_WORD.search(text, max(0, previous.start() - 40), previous.start())
        return joined is None or not joined.group(1).isdigit()
    return word not in lang.count_context


_RANGE_AFTER = re.compile(r"\s{1,2}(\w+)\s{1,2}\d+\s{1,2}(\w+)")
"""After a number: a joining word, a number and the word after it ("1200 [to 1500 manuscripts]")."""
_RANGE_BEFORE = re.compile(r"(?:([\w-]+)\W{1,3})?\d+\s{1,2}(\w+)\s{1,2}$")
"""Before a number: the word before a number and the joining word ("held 1200 to" 1500)."""


def _range_of_years(text: str, start: int, lang: Language) -> bool:
    """Whether the number at `start` ends a range (`count_range_joins`) whose first number stands after a word
    of `count_context` or `count_range_years` ("from 1800 to 1820", "the years 1914 to 1918"): years."""
    before = _RANGE_BEFORE.search(text, max(0, start - 60), start)
    if before is None or before.group(2) not in lang.count_range_joins or before.group(1) is None:
        return False
    return _names_years(before.group(1), lang)


def _names_years(word: str, lang: Language) -> bool:
    """Whether `word`, before the first number of a range, makes its numbers years (`count_context`,
    `count_range_years`: "from 1800 to 1820", "the years 1914 to 1918")."""
    folded = fold(word)
    return folded in lang.count_context or folded in lang.count_range_years


def _counted_range(text: str, start: int, end: int, lang: Language) -> bool:
    """Whether the number at [start, end) is an end of a count's range: joined to another number by a word
    of `count_range_joins` before a plural noun (`count_plural`: "held 1200 to 1500 manuscripts"), the first
    number after no word of `count_context` or `count_range_years` ("from 1800 to 1820 farmers moved west",
    "the years 1914 to 1918 millions died" are spans of years), nor two joined by a word of `count_joins`
    after a word of `count_pair_years` ("the 2000 and 2004 elections": two years)."""
    after = _RANGE_AFTER.match(text, end)
    if after is not None and after.group(1) in lang.count_range_joins:
        previous = _PREVIOUS_WORD.search(text, max(0, start - 40), start)
        first, noun, join = None if previous is None else previous.group(1), after.group(2), after.group(1)
    else:
        before = _RANGE_BEFORE.search(text, max(0, start - 60), start)
        if before is None or before.group(2) not in lang.count_range_joins:
            return False
        following = _NEXT_WORD.match(text, end)
        noun = None if following is None else following.group(1)
        first, join = before.group(1), before.group(2)
    if first is not None and (
        _names_years(first, lang) or (join in lang.count_joins and fold(first) in lang.count_pair_years)
    ):
        return False
    return noun is not None and lang.count_plural.fullmatch(noun) is not None


def _named(text: str, start: int, end: int, lang: Language) -> bool:
    """Whether [start, end) lies inside a name that holds a time word ("USA Today", عين اليوم).

    A name that holds the match starts at a word at most _NAME_REACH before it: the names are tried at those
    few places only, not at every character around the match (a tenth of the tagging time when they were),
    and there only at the words a name can start with (`timeline.engine.headed`). A name may also start
    inside the match and hold its end: "the first half of the 2010-11 season" is a season of sport, no
    time."""
    stop = min(len(text), end + _NAME_REACH)
    return any(end <= name.end() for name in lang.names.matches(text, max(0, start - _NAME_REACH), end, stop))


_QUOTE_CLOSES = re.compile(r"(?:\s+[^\W\d_]+){0,3}[,.،]?\s*[»\"”’']")
"""A closing quote right after an expression, or after the rest of a title of a few words (معرض «أيلول
الأخير», the song "Yesterday Once More"), perhaps after the comma or full stop American copy puts inside it
(the film, "Die Another Day," took ...)."""


def _work_title(text: str, start: int, end: int, lang: Language) -> bool:
    """Whether the match [start, end) of the folded `text` fills the quotes of a work's title after a word
    that names the work (`Language.work_title`: فيلم «الساعة الخامسة»، the song "Yesterday")."""
    return (
        lang.work_title is not None
        and _QUOTE_CLOSES.match(text, end) is not None
        and lang.work_title.search(text, max(0, start - 40), start) is not None
    )


def _title_quoted(original: str, norm: Normalized, start: int, end: int, lang: Language) -> bool:
    """Whether the match [start, end), capitalised as written, lies in quotes that hold a title in title
    case ("Sunday Kind of Love", "The Midnight Hour", "High Noon at Red Mesa", "60 Minutes"); see
    `Language.title_quote`."""
    if lang.title_quote is None:
        return False
    written_at = norm.original(start)
    first = original[written_at : written_at + 1]
    if not (first.isalpha() or first.isdigit()) or first.islower():
        return False
    before, after = lang.title_quote
    return (
        before.search(original, max(0, written_at - 40), written_at) is not None
        and after.match(original, norm.original(end)) is not None
    )


def _titled(original: str, norm: Normalized, text: str, start: int, end: int, lang: Language) -> bool:
    """Whether the match [start, end) is a surname right after a title or given name that makes it one ("Mr.
    Friday", "Judge Summer", علي الخميس); see `Language.title_before`. Only a time word said alone: one
    with its shift is a date after a name (قال علي الخميس الماضي "Ali said last Thursday"). A script with case
    needs the capital; one without (Arabic) leaves it to the title, read on the original text, where علي is
    told from على."""
    if lang.title_before is None or " " in text[start:end]:
        return False
    written_at = norm.original(start)
    first = original[written_at : written_at + 1]
    if not (first.isalpha() or first.isdigit()) or first.islower():
        return False
    return lang.title_before.search(original, max(0, written_at - 40), written_at) is not None


def _given_name(original: str, norm: Normalized, text: str, start: int, lang: Language) -> bool:
    """Whether the match at `start` is a given name before a surname ("April Ryan asked", "June Carter
    Cash"; `Language.given_name`) with no word of date context before it ("in April Congress voted"), on a
    line not in title case."""
    written_at = norm.original(start)
    if lang.given_name is None or not lang.given_name.match(original, written_at):
        return False
    if _title_case_line(original, written_at):
        return False  # a headline capitalises every word: "June Sales Jump 3% on Holiday Demand"
    word = _word_before(text, start)
    if word is None or not _weak_context(word, lang):
        return True
    # "edited by May Morris", "a life by June Rose": the agent of a work, where "by June the army" is a date
    agent = lang.agent_by
    return agent is not None and agent.search(text, max(0, start - _AGENT_REACH), start) is not None


_AGENT_REACH = 24
"""How far before a given name the word of a work and its "by" may start ("translated by April")."""


_SPACE = re.compile(r"\s+")
_SURNAME_LOOKS = 3
"""How many earlier places of the same word `_surname_again` tries."""


def _surname_again(text: str, start: int, end: int, lang: Language) -> bool:
    """Whether the bare weekday at [start, end), between a verb of saying and what is said (وأوضح الخميس أن),
    is a speaker's surname the text gave earlier after a given name (قال المحلل صالح الخميس ... وأوضح الخميس
    أن الأسعار ارتفعت). Only such a weekday looks back, at a few places of the same word."""
    word = text[start:end]
    if word not in lang.vocab.get("weekday", {}):
        return False
    verbs = list(lang.telling.finditer(text, max(0, start - 20), start))
    if not verbs or text[verbs[-1].end() : start].strip():
        return False  # not right after the verb: قال الوزير الخميس إن is the day he said it
    space = _SPACE.match(text, end)
    if space is None or lang.reported.match(text, space.end()) is None:
        return False
    at = text.rfind(word, 0, start)
    for _ in range(_SURNAME_LOOKS):
        if at < 0:
            return False
        if _named(text, at, at + len(word), lang):
            return True
        at = text.rfind(word, 0, at)
    return False


def _title_case_line(original: str, at: int) -> bool:
    """Whether the line of `original` holding `at` is in title case: at least three words of four letters or
    more, capitalised at least `_TITLE_CASE_SHARE` of the time (a headline, where a capital tells no name).
    Only `_HEADLINE_REACH` characters each side are read, so a text of one endless line stays linear."""
    reach_back, reach_on = max(0, at - _HEADLINE_REACH), min(len(original), at + _HEADLINE_REACH)
    start, end = original.rfind("\n", reach_back, at), original.find("\n", at, reach_on)
    words = _LONG_WORD.findall(original, reach_back if start < 0 else start + 1, reach_on if end < 0 else end)
    return len(words) >= 3 and sum(word[0].isupper() for word in words) >= _TITLE_CASE_SHARE * len(words)


_UNSHARED = frozenset({"pmod", "closes", "quarter", "approx"})
"""Slots a split range's end does not lend the other: "the spring and early summer of 1943" is the whole
spring, though the year serves both; "the quarter ended Sept. 30" is a quarter, its day a day (and "its fiscal
fourth quarter, ended June 30" lends the day no quarter); "from about 87 to 62 BC" is rough at its start
only."""


def _split(match: re.Match[str], rule: Rule) -> list[Mention]:
    """The two ends of a range ("March 3-5, 2020") as two mentions.

    Each end keeps what was written inside it and takes from the rest of the match every slot it does
    not fill itself, but for a modifier (_UNSHARED): the month and year written once serve both days."""
    filled = [
        (number, capture)
        for number, capture in enumerate(rule.captures, 1)
        if capture is not None and capture.cls != SPAN and match.start(number) >= 0
    ]
    ends: list[Mention] = []
    for end in ("start", "end"):
        start, stop = match.span(end)
        inside = {number for number, _ in filled if start <= match.start(number) < stop}
        own = {capture.slot for number, capture in filled if number in inside}
        slots = tuple(
            Fill(capture.slot, capture.cls, match.group(number))
            for number, capture in filled
            if number in inside or (capture.slot not in own and capture.slot not in _UNSHARED)
        )
        ends.append(Mention(start, stop, rule.name, slots))
    return ends


def _sentence_end_within(norm: Normalized, original: str, match: re.Match[str]) -> int | None:
    """The offset right after a period inside `match` that ends a sentence (the clock's "a.m." before a
    capitalised word that opens the next: "stop at every ball before 1 a.m. Tomorrow it is back to work"),
    where the match must stop; None when no sentence ends inside it ("at 10 a.m. Monday", "Jan. 5")."""
    folded, end = norm.text, match.end()
    dot = folded.find(". ", match.start(), end)
    while dot != -1:
        if apart(original, norm.original(dot + 1), norm.original(dot + 2)):
            return dot + 1
        dot = folded.find(". ", dot + 2, end)
    return None


def recognize(norm: Normalized, original: str, lang: Language, *, whole: bool = False) -> list[Mention]:
    """Every expression in the normalized text `norm` of `original`, in text order, without overlaps.

    `whole=True` says the text is meant as one expression: a weak word that is all of it counts."""
    found: list[Mention] = []
    grammar = lang.grammar
    text = norm.text
    pos = 0
    for start in grammar.starts.finditer(text):
        at = start.start()
        if at < pos:
            continue
        best = grammar.longest(text, at, start.group())
        if best is None:
            continue
        cut = _sentence_end_within(norm, original, best[1])
        if cut is not None:
            best = grammar.longest(text, at, start.group(), cut)
            if best is None:
                continue
        if best[1].start("extent") > best[1].start():
            extent_at = best[1].start("extent")
            head = grammar.starts.match(text, extent_at)
            alone = None if head is None else grammar.longest(text, extent_at, head.group())
            if alone is not None and alone[1].end() > best[1].end():
                best = alone
        rule, match = best
        pos = match.end()
        extent_start, extent_end = match.span("extent")
        if text[extent_start:extent_end].isdigit():
            written_at = norm.original(extent_start)
            named = lang.name_before is not None and lang.name_before.search(
                original, max(0, written_at - 40), written_at
            )
            if named:
                continue
            if extent_end - extent_start == 4 and (
                _counted(text, extent_start, extent_end, lang)
                or _counted_range(text, extent_start, extent_end, lang)
            ):
                continue
        if (
            _named(text, extent_start, extent_end, lang)
            or _work_title(text, extent_start, extent_end, lang)
            or _titled(original, norm, text, extent_start, extent_end, lang)
            or _title_quoted(original, norm, extent_start, extent_end, lang)
            or _given_name(original, norm, text, extent_start, lang)
            or _surname_again(text, extent_start, extent_end, lang)
        ):
            continue
        if (
            lang.name_after is not None
            and not text[extent_start:extent_end].isdigit()
            and lang.name_after.match(original, norm.original(extent_end))
        ):
            continue
        if (
            lang.title_after is not None
            and lang.title_after.match(original, norm.original(extent_end))
            and not _title_case_line(original, norm.original(extent_start))
        ):
            continue
        if (
            lang.title_words is not None
            and (titled := lang.title_words.match(original, norm.original(extent_start))) is not None
            and titled.end() == norm.original(extent_end)
            and not _title_case_line(original, norm.original(extent_start))
        ):
            continue
        if rule.name.startswith("duration") and lang.age_before.search(
            text, max(0, extent_start - _AGE_REACH), extent_start
        ):
            continue
        everything = whole and not text[: match.start()].strip() and not text[match.end() :].strip()
        initial = original[norm.original(match.start("extent"))]
        written = original[norm.original(match.start()) : norm.original(match.end())]
        if written in lang.glued_words:
            continue  # a clitic and a time word only seem to spell it: باب "door", لامس "touched"
        if not everything and _weak(text, match, lang, initial):
            continue
        if rule.split:
            found.extend(_split(match, rule))
        else:
            found.append(Mention(match.start("extent"), match.end("extent"), rule.name, rule.fills(match)))
    return found
