"""What a narrative tells beside its story: dates in brackets, lives and wars named with their years, looks
back and ahead, the writer's own now; a story does not move to them (`timeline.engine.narrative`)."""

from __future__ import annotations

import re

from timeline.engine.calendar import Span, finer
from timeline.engine.compose import Composed
from timeline.engine.era import astronomical
from timeline.engine.language import Language
from timeline.engine.normalize import fold
from timeline.engine.resolve import Resolved
from timeline.engine.segment import commas, sentence_at, word_before
from timeline.engine.tense import Reading

_SPAN_CLOSES = re.compile(r" ?(?:[–-] ?[^()\n]{1,30})?\)")
"""After a date in brackets: the bracket's end, or a range's end and then the bracket's."""


def years_behind(
    found: Resolved, story: Span | None, since: int, text: str, start: int, reference: bool
) -> bool:
    """Whether `found`, a year or a longer period at offset `start` of `text`, lies behind the day or month
    the story is on, where its own sentence has just moved the story there (at offset `since`) or a word
    names a thing of that year before it (`reference`): a look back ("he surrendered on 27 February, the
    anniversary of the victory at Majuba in 1881"; "the Orders in Council of 1807"), no step of the story."""
    span = found.calendar
    if story is None or span is None or finer(span.grain, "year") or not finer(story.grain, "year"):
        return False
    return span.end <= story.start and (reference or since >= sentence_at(text, start).start)


_BRACKET_AFTER = re.compile(r"\s*[(\[][^()\[\]\d]{0,20}")
"""A bracket opened right after a date, a short label of its calendar in it or none: a date in it restates
that one ("at dawn on 4 June 1916 (22 May in the Russian calendar)", "on 15 March [O.S. 2 March]"), an aside
the story does not move to."""


_ASIDE_REACH = 300
"""How far back from a date the bracket that opens a sentence of its own may stand."""


def _bracketed_sentence(text: str, start: int) -> bool:
    """Whether the date at offset `start` of `text` is in a sentence of its own in brackets ("... beyond
    defence. (A report found in September 2009 that ...)"): an aside, which the story does not move to."""
    opened = text.rfind("(", max(0, start - _ASIDE_REACH), start)
    if opened < 0 or text.find(")", opened, start) >= 0 or text.find("\n", opened, start) >= 0:
        return False
    return text[max(0, opened - 4) : opened].rstrip().endswith((".", "!", "?"))


def bracketed(text: str, start: int, previous_end: int | None) -> bool:
    """Whether the date at offset `start` of `text` is an aside in brackets, a day named without its year
    too: in a sentence of its own in brackets, or right after a bracket opened where the expression before
    it ended (at `previous_end`), restating that date."""
    return _bracketed_sentence(text, start) or restated(text, start, previous_end)


def restated(text: str, start: int, previous_end: int | None) -> bool:
    """Whether the expression at offset `start` of `text` opens a bracket right after the expression before
    it (ending at `previous_end`), restating it: "at 6:10 a.m. (2110 GMT Monday)", the same moment on
    another clock, which leaves the day a later clock is read on where it was."""
    return previous_end is not None and _BRACKET_AFTER.fullmatch(text, previous_end, start) is not None


def restated_elsewhere(text: str, start: int, end: int, previous_end: int | None, lang: Language) -> bool:
    """Whether the clock at [start, end) of `text` follows the clock before it (ending at `previous_end`)
    after a comma alone and is followed by another place's dial (`Language.clock_elsewhere`): the same
    moment ("kicked off at 3:30 p.m., 7:30 a.m. in London"), which leaves the day where it was."""
    return (
        previous_end is not None
        and _COMMA_AFTER.fullmatch(text, previous_end, start) is not None
        and lang.clock_elsewhere.match(text, end) is not None
    )


_COMMA_AFTER = re.compile(r",\s{1,2}")
"""A comma alone between two expressions."""


_FAR_AHEAD = 3
"""Years past the story from which a date in a sentence of `Language.flash_forward` is a look ahead."""


def flash_forward(found: Resolved, story: Span | None, text: str, start: int, lang: Language) -> bool:
    """Whether `found`, at offset `start` of `text`, lies years past the date the story is on in a sentence
    that compares it or speaks of a lasting state (`Language.flash_forward`): a look ahead, not a step."""
    if story is None or found.calendar is None:
        return False
    if astronomical(found.calendar.start.year) - astronomical(story.end.year) < _FAR_AHEAD:
        return False
    sentence = sentence_at(text, start)
    return lang.flash_forward.search(fold(text[sentence.start : sentence.end])) is not None


def relative_ahead(found: Resolved, story: Span | None, folded: str, start: int, lang: Language) -> bool:
    """Whether `found`, at normalized `start` of `folded`, lies years past the date the story is on in a
    relative clause on a noun (`Language.relative_ahead`: "killing 1,800 men, whose bodies were found in mass
    graves in 1905" in a story of 1361): a look ahead from the story, not a step of it."""
    if story is None or found.calendar is None:
        return False
    if astronomical(found.calendar.start.year) - astronomical(story.end.year) < _FAR_AHEAD:
        return False
    return lang.relative_ahead.search(folded, max(0, start - 80), start) is not None


_QUOTE = re.compile(r'"')
"""A double quote of normalized text (typographic quotes are folded to it)."""


def quoted(folded: str, left: int, start: int) -> bool:
    """Whether normalized `start` lies inside quoted speech opened after `left`, its sentence's start."""
    return len(_QUOTE.findall(folded, left, start)) % 2 == 1


def writers_present(mention: Composed, tense: Reading) -> bool:
    """Whether `mention` lies in a clause told in neither the past nor the future, outside quoted speech: in a
    narrative the writer's present ("the war's centenary falls this year", "is being marked this summer"),
    not the story's ("this year the harvest failed", "wrote: \"We march this week.\"")."""
    left, _ = tense.bounds(mention.start, mention.end)
    told = tense.direction(mention.start, mention.end)
    return told not in ("past", "future") and not quoted(tense.norm.text, left, mention.start)


def writers_past(mention: Composed, tense: Reading, sentence: int) -> bool:
    """Whether a count back from now ("a decade ago", "last year") lies outside quoted speech and has no verb
    of saying before it in its sentence (normalized start `sentence`): in a narrative the writer's past,
    counted from the publication ("A decade ago the council was reformed", "and last year it received 200,000
    visitors"), not the story's ("he said that two years ago the harvest had failed", "wrote: \"We lost
    last year.\"")."""
    left, _ = tense.bounds(mention.start, mention.end)
    text = tense.norm.text
    return (
        not quoted(text, left, mention.start)
        and not quoted(text, sentence, mention.start)
        and tense.lang.speech.search(text, sentence, mention.start) is None
    )


def writers_now(mention: Composed, tense: Reading) -> bool:
    """Whether `mention` is a word of `Language.present_now` in a clause told in neither the past nor the
    future and outside quoted speech: in a narrative the writer's now ("the castle is a museum today"), not
    the story's day ("said that today they would attack", "wrote: \"We march today.\"")."""
    if not tense.lang.present_now.fullmatch(tense.norm.text, mention.start, mention.end):
        return False
    left, right = tense.bounds(mention.start, mention.end)
    told = tense.direction(mention.start, mention.end)
    return not quoted(tense.norm.text, left, mention.start) and (
        told not in ("past", "future")
        or _opens_relative(mention, tense, right)
        or _fronted(mention, tense)
        or _leads_present(mention, tense, right)
        or _closes_present(mention, tense, left, right)
        or _apposed_participle(mention, tense, right)
        or _after_present(mention, tense)
        or _bracket_name(mention, tense)
        or _present_last(mention, tense, left, right)
    )


def _present_last(mention: Composed, tense: Reading, left: int, right: int) -> bool:
    """Whether `mention` ends its clause and the clause's last verb before it is one of
    `Language.present_finite`, after any past cue and with no verb of saying ("a junior race held there still
    bears her name today", "the school he founded in 1921 has 900 pupils today"): the past forms before the
    present verb describe its subject, and the clause is the writer's now."""
    text = tense.norm.text
    after = tense.marks(mention.end, right)
    if text[mention.end : after[0].start if after else right].strip(" ."):
        return False
    before = tense.marks(left, mention.start)
    start = before[-1].end if before else left
    present = max(tense.lang.present_finite.finditer(text, start, mention.start), key=_at, default=None)
    return (
        present is not None
        and tense.lang.past.search(text, present.end(), mention.start) is None
        and tense.lang.future.search(text, start, mention.start) is None
        and tense.lang.speech.search(text, start, mention.start) is None
    )


def _at(found: re.Match[str]) -> int:
    """Where a match starts."""
    return found.start()


_PRESENT_REACH = 12
"""How far before an expression the verb it follows may start ("remains today")."""


def _after_present(mention: Composed, tense: Reading) -> bool:
    """Whether `mention` comes right after a verb of `Language.present_finite` ("the first day of the revolt
    is today a national holiday, fifty years after it began"): the writer's now, whatever past the clause's
    asides tell."""
    word = word_before(tense.norm.text, mention.start, _PRESENT_REACH)
    return word is not None and tense.lang.present_finite.fullmatch(word) is not None


_BRACKET_OPEN = re.compile(r"\(\s*$")
"""A bracket opened right before an expression."""

_BRACKET_REACH = 80
"""How far after an expression that opens a bracket its closing bracket may lie."""


def _bracket_name(mention: Composed, tense: Reading) -> bool:
    """Whether `mention` opens a bracket that closes within reach with no verb of the past or future in it:
    a name of the writer's now ("the Congo (today the Democratic Republic of the Congo)")."""
    text = tense.norm.text
    if _BRACKET_OPEN.search(text, max(0, mention.start - 2), mention.start) is None:
        return False
    close = text.find(")", mention.end, mention.end + _BRACKET_REACH)
    return close > 0 and "(" not in text[mention.end : close] and tense.cue(text[mention.end : close]) is None


def writers_future(mention: Composed, tense: Reading) -> bool:
    """Whether `mention` lies in a clause that looks ahead from the writer's present
    (`Language.writer_future`: "plans to open an office there next year") outside quoted speech: in a
    narrative, a unit counted from now there is the publication's, not the story's."""
    left, right = tense.bounds(mention.start, mention.end)
    text = tense.norm.text
    return (
        not quoted(text, left, mention.start)
        and tense.direction(mention.start, mention.end) != "past"
        and tense.lang.writer_future.search(text, left, right) is not None
    )


def writers_part(mention: Composed, tense: Reading) -> bool:
    """Whether `mention` opens with words of the part of the writer's unit (`Language.writer_part`: "earlier
    this year", "later this month"): in a narrative the publication's unit, not the story's ("a hangar was
    named after her earlier this year"), where the story's would be "earlier that year"."""
    return tense.lang.writer_part.match(tense.norm.text, mention.start) is not None


_FRONTED = re.compile(r"\s*,")
"""A comma right after a word that opens its sentence ("Today, twenty years after the troops left, ...")."""


def _fronted(mention: Composed, tense: Reading) -> bool:
    """Whether `mention` opens its sentence, set off by a comma ("Today, twenty years after the last troops
    left, the country is again at war"): the writer's frame for the sentence, whatever verb of the story the
    aside after it holds."""
    start = tense.norm.original(mention.start)
    opens = sentence_at(tense.text, start).start == start
    return opens and _FRONTED.match(tense.norm.text, mention.end) is not None


_JOINED = re.compile(r"[,;]\s*(?:(\w+)\s+)?$")
"""A clause mark before the start of a clause, perhaps with the word that joins it (", and today")."""

_JOINED_REACH = 12
"""How far before an expression the clause mark that opens its clause may lie."""


def _after_joiner(mention: Composed, tense: Reading) -> bool:
    """Whether the word right before `mention` is one of `Language.present_joined`, opening a clause of its
    own without a comma ("received its charter in 1849 and today enrols 14,000 students")."""
    text = tense.norm.text
    word = word_before(text, mention.start, _JOINED_REACH)
    return word is not None and tense.lang.present_joined.fullmatch(word) is not None


def _leads_present(mention: Composed, tense: Reading, right: int) -> bool:
    """Whether `mention` opens its sentence or a clause joined to the one before ("..., and today little
    remains", "... and today enrols") and its main clause, up to the clause inside it (`Language.subordinate`:
    "Today a stone marks the place where the king fell"), is told in neither the past nor the future."""
    text = tense.norm.text
    start = tense.norm.original(mention.start)
    joined = _JOINED.search(text, max(0, mention.start - _JOINED_REACH), mention.start)
    word = None if joined is None else joined.group(1)
    if (
        sentence_at(tense.text, start).start != start
        and (joined is None or (word is not None and not tense.lang.listed_on.fullmatch(word)))
        and not _after_joiner(mention, tense)
    ):
        return False
    marks = tense.marks(mention.end, right)
    end = marks[0].start if marks else right
    inner = tense.lang.subordinate.search(text, mention.end, end)
    piece = text[mention.end : end if inner is None else inner.start()]
    told = tense.cue(piece, before=False)
    return told not in ("past", "future") or (told == "past" and _present_first(piece, tense.lang))


def _present_first(piece: str, lang: Language) -> bool:
    """Whether a verb of `Language.present_finite` comes before the first past cue of `piece`: the clause's
    own verb is present, the past form after it a participle ("has a room devoted to his drawings")."""
    present = lang.present_finite.search(piece)
    past = lang.past.search(piece)
    return present is not None and past is not None and present.start() < past.start()


_AFTER_COMMA = re.compile(r",\s*$")
"""A comma right before an expression: it opens an aside."""


def _apposed_participle(mention: Composed, tense: Reading, right: int) -> bool:
    """Whether `mention` opens an aside with a participle, set off by commas, in a clause that goes on in
    neither the past nor the future ("Its archives, today kept in The Hague, run to 1,200 metres"): a
    present passive said short ("which are today kept"), the writer's now."""
    text = tense.norm.text
    if _AFTER_COMMA.search(text, max(0, mention.start - 3), mention.start) is None:
        return False
    marks = tense.marks(mention.end, right)
    if not marks or text[marks[0].start] != ",":
        return False
    aside = text[mention.end : marks[0].start]
    rest = text[marks[0].end : marks[1].start if len(marks) > 1 else right]
    past = tense.cue(aside, before=False) == "past"
    return past and rest.strip(" .") != "" and tense.cue(rest, before=False) is None


def _closes_present(mention: Composed, tense: Reading, left: int, right: int) -> bool:
    """Whether `mention` stands in a clause joined by a word of `Language.present_joined` that is told in
    neither the past nor the future, at its end or inside it ("Its charter was granted in 1650 and remains in
    force today", "was proclaimed in 1791, and the day is today a public holiday"): the writer's now, though
    the clause before it tells the story."""
    text = tense.norm.text
    after = tense.marks(mention.end, right)
    rest = text[mention.end : after[0].start if after else right]
    before = tense.marks(left, mention.start)
    joined = list(tense.lang.present_joined.finditer(text, before[-1].end if before else left, mention.start))
    if not joined:
        return False
    piece = text[joined[-1].end() : mention.start]
    return (
        bool(piece.strip())
        and (tense.cue(piece) not in ("past", "future") or _present_first(piece, tense.lang))
        and (not rest.strip(" .") or tense.cue(rest, before=False) not in ("past", "future"))
    )


def _opens_relative(mention: Composed, tense: Reading, right: int) -> bool:
    """Whether `mention` opens a relative clause told in neither the past nor the future up to its clause's
    end ("named after it was an avenue that today runs from the arch"): its tense is not the main clause's."""
    text = tense.norm.text
    opener = tense.lang.relative.search(text, max(0, mention.start - _RELATIVE_REACH), mention.start)
    if opener is None or text[opener.end() : mention.start] != " ":
        return False
    marks = tense.marks(mention.end, right)
    return tense.cue(text[mention.end : marks[0].start if marks else right], before=False) not in (
        "past",
        "future",
    )


_RELATIVE_REACH = 7
"""How far before an expression the relative pronoun that opens its clause may start ("which today")."""


def lifetime(text: str, start: int, end: int, lang: Language) -> bool:
    """Whether the date at [start, end) of `text` gives the span of what a name before it names, in brackets:
    a life ("Marie Curie (1867–1934)", "Einstein (born 14 March 1879)") or a war's years ("the First World
    War (1914–1918)"); see `Language.lifetime_before`. In a narrative that is an aside: the story stays where
    it was. A date in brackets after a word in lower case ("the opening phase of the campaign (May 2-June
    9)") is no such aside, nor a single one without a word of a life ("Operation Barbarossa (June 1941)"),
    which is a step of the story."""
    before = lang.lifetime_before.search(text, max(0, start - 60), start)
    if before is None or _SPAN_CLOSES.match(text, end) is None:
        return False
    named = any(map(str.isupper, before.group("name")))
    return named and (
        before.group("word") is not None
        or before.group("range") is not None
        or text[end:].lstrip()[:1] in "–-"
    )


_WORD_AFTER = re.compile(r" \w")
"""A word right after an expression: the noun a date before it dates ("his 1995 memoir")."""


def attributive(folded: str, mention: Composed, lang: Language) -> bool:
    """Whether `mention` stands between an article or possessive and the noun it dates ("a 1966 study",
    "his 1995 memoir"): it names a thing told from a later time, no date a story is on."""
    return bool(
        lang.attributive.search(folded, max(0, mention.start - 8), mention.start)
        and _WORD_AFTER.match(folded, mention.end)
    )


def dated_aside(folded: str, mention: Composed, lang: Language) -> bool:
    """Whether `mention` closes a participle's aside on a noun ("The contract, signed in 1993, expired July
    31"): the year dates the noun, no year of history a news story recalls (see newsday.recalled)."""
    return bool(
        lang.dated_aside.search(folded, max(0, mention.start - 40), mention.start)
        and folded.startswith(",", mention.end)
    )


_WORD_START = re.compile(r"\S")
"""Anything written."""


def alone(folded: str, start: int, end: int) -> bool:
    """Whether nothing but the expression [start, end) is written in `folded` ("half past three" said alone,
    not running in a text)."""
    return _WORD_START.search(folded, 0, start) is None and _WORD_START.search(folded, end) is None


def _joins_on(folded: str, comma: int, lang: Language, before: int | None = None) -> bool:
    """Whether the first word after the comma at `comma` of `folded` (before `before`, when given) is one of
    the language's `listed_on` (", and"): a clause joined on, no aside."""
    word = _WORD_START.search(folded, comma + 1)
    return (
        word is not None
        and (before is None or word.start() < before)
        and lang.listed_on.match(folded, word.start()) is not None
    )


def clause_joined(folded: str, dated: Composed, start: int, lang: Language) -> bool:
    """News: whether a clause joined on after a comma (the language's `listed_on`: ", and") stands between
    the date `dated` and `start` of `folded` ("frozen since 2011, and inflation hit 3 percent in September"):
    the clause after it tells its own time, not one within that date. So does a verb told in the past right
    after the date and such a word, without the comma ("had lived in Britain since 2000 and became a citizen
    in October")."""
    closed = folded.find(",", dated.end, start)
    if closed >= 0 and _joins_on(folded, closed, lang, start):
        return True
    word = _WORD_START.search(folded, dated.end, start)
    joined = None if word is None else lang.listed_on.match(folded, word.start())
    verb = None if joined is None else _WORD_START.search(folded, joined.end(), start)
    return verb is not None and lang.past.match(folded, verb.start()) is not None


_BARE_RELATIVE_REACH = 30
"""How far before a date the pronoun of a relative clause no comma opens may stand (see relative_closed)."""


_RELATIVE_OPENS = 8
"""How far after the comma that opens a relative clause its pronoun may end (", which", ", who")."""


def noun_aside(folded: str, dated: Composed, sentence: int, lang: Language) -> bool:
    """News: whether the date `dated`, in the sentence of `folded` that begins at `sentence`, dates a noun
    rather than its clause: between an article and the noun ("the results of the December 7, 2012 polls"), in
    the possessive before it ("in Sunday's general election"), or in a relative clause a comma opens ("the
    budget, which he first presented on December 22, 2015"); not one a clause joined on after the comma
    opens (the language's `listed_on`)."""
    if lang.noun_dated.search(folded, max(sentence, dated.start - 8), dated.start) and _WORD_AFTER.match(
        folded, dated.end
    ):
        return True
    if lang.possessive.match(folded, dated.end):
        return True
    opened = max(folded.rfind(mark, sentence, dated.start) for mark in commas())
    return (
        opened >= 0
        and not _joins_on(folded, opened, lang)
        and lang.relative.search(folded, opened, min(dated.start, opened + _RELATIVE_OPENS)) is not None
    )


def relative_closed(folded: str, dated: Composed, start: int, sentence: int, lang: Language) -> bool:
    """Whether the date `dated` stands in a relative clause set off by commas that closes before
    `start` of `folded` ("The deal, reached after talks that began on Wednesday evening, was announced at
    1530 GMT"): it dates the noun's aside, not the clause a clock without its day at `start` is in. Both
    stand in the sentence that begins at `sentence`. Not a clause joined on after the comma ("said that it had
    cleared the rocket, and that it plans to fly next Thursday, with a window between 9am and 5pm"; the
    language's `listed_on`). A relative clause that no comma opens, as Arabic writes one, closes so too when
    its pronoun stands right before the date (_BARE_RELATIVE_REACH: "رفعت القيادة حظر التجول الذي فرضته بعد
    ظهر الإثنين، اعتباراً من الساعة 13,00": the clock is the story's, not Monday's)."""
    opened = max(folded.rfind(mark, sentence, dated.start) for mark in commas())
    closed = min((at for mark in commas() if (at := folded.find(mark, dated.end, start)) >= 0), default=-1)
    if closed < 0:
        return False
    if opened < 0:
        reach = max(sentence, dated.start - _BARE_RELATIVE_REACH)
        return lang.relative.search(folded, reach, dated.start) is not None
    return (
        not _joins_on(folded, opened, lang) and lang.relative.search(folded, opened, dated.start) is not None
    )
