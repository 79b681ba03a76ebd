"""The tense around an expression: does a future cue (will, سوف، سـ) or a past cue (was, كان) govern it?"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterator

from timeline.engine.language import Language
from timeline.engine.lexicon import TextSpan
from timeline.engine.normalize import Normalized
from timeline.engine.resolve import ahead
from timeline.engine.segment import SortedSpans, punctuation, sentence_at, word_before

_REACH = 240
"""How far from the expression its sentence is read, at most."""
_VERB_REACH = 64
"""How far before an expression a reporting verb that governs it may start ("said on Monday", وقال وزير
الخارجية الثلاثاء)."""
_UNDONE_REACH = 16
"""How far before a future cue the pluperfect that undoes it may start ("had been scheduled")."""
_BLOCK = 128
"""The length of the pieces of a text whose clause marks `Reading` finds at once: about a sentence of
news copy, so a text with few dates to read is scanned little further than the sentences it asks of."""
_PHRASE_WORDS = 3
"""A clause of at most this many words before an expression, without a cue of its own, is a phrase that
takes a future from the clause before it: "the wage will rise in three steps, starting on Jan. 1"."""
_LISTED = 2
"""How many members of a list without a verb the clause before an expression may have before it and still
go on from the cue before them (see `_listed_cue`)."""
_OPENER_WORDS = 6
"""A phrase that opens its sentence with a preposition of `openers` may be this long and still take the
first cue of the clauses after it: "For the fiscal year ending June 30, sales are expected to rise"."""
_PLACE_WORDS = 4
"""A fronted phrase may go on this many words after its expression without a cue, naming a place ("On
Friday at Manchester Crown Court, ..."), and still take the first cue of the clauses after it."""


def sentence_bounds(
    text: str, norm: Normalized, start: int, end: int, folded: Callable[[int], int] | None = None
) -> tuple[int, int]:
    """The sentence around normalized [start, end) of `text` (`norm` is its normalized copy), in
    normalized offsets, at most _REACH either side: the sentences are `timeline.engine.segment`'s.
    `folded` maps an original offset to its normalized one: `norm.folded`, or a caller's copy that
    keeps what it found."""
    to_folded = norm.folded if folded is None else folded
    first = sentence_at(text, norm.original(start))
    last = sentence_at(text, norm.original(max(start, end - 1)))
    left, right = to_folded(first.start), to_folded(last.end)
    return max(min(left, start), start - _REACH), min(max(right, end), end + _REACH)


class Reading:
    """The tense of the expressions of one text, read once: its clause marks (`punctuation`) are found
    once for each block of _BLOCK characters asked of, the normalized ends of each sentence once, and
    each span's direction is kept, for a dense text asks of the same sentence for every one of its dates,
    and the tagger asks of one date more than once; the cue of each piece of a clause is kept too, for a
    list or a table repeats its pieces word for word."""

    __slots__ = ("_cues", "_directions", "_folded", "_marks", "lang", "norm", "text")

    def __init__(self, text: str, norm: Normalized, lang: Language) -> None:
        self.text, self.norm, self.lang = text, norm, lang
        self._marks: dict[int, SortedSpans] = {}
        self._directions: dict[tuple[int, int], str] = {}
        self._cues: dict[tuple[str, bool], str | None] = {}
        self._folded: dict[int, int] = {}

    def bounds(self, start: int, end: int) -> tuple[int, int]:
        """The sentence around normalized [start, end) (`sentence_bounds`), the normalized offsets of
        each sentence's ends mapped once."""
        return sentence_bounds(self.text, self.norm, start, end, self._fold)

    def _fold(self, offset: int) -> int:
        found = self._folded.get(offset)
        if found is None:
            found = self._folded[offset] = self.norm.folded(offset)
        return found

    def marks(self, start: int, end: int) -> list[TextSpan]:
        """The clause marks of normalized [start, end), as `punctuation` finds them there (a mark is one
        character: those of the blocks the span covers, within it)."""
        found: list[TextSpan] = []
        for block in range(start // _BLOCK, (end - 1) // _BLOCK + 1):
            found += self._block(block).within(start, end)
        return found

    def _block(self, block: int) -> SortedSpans:
        found = self._marks.get(block)
        if found is None:
            low = block * _BLOCK
            found = self._marks[block] = SortedSpans(punctuation(self.norm.text, low, low + _BLOCK))
        return found

    def direction(self, start: int, end: int) -> str:
        """The reading direction of normalized [start, end) (see `direction`)."""
        found = self._directions.get((start, end))
        if found is None:
            found = self._directions[start, end] = direction(self, start, end)
        return found

    def cue(self, piece: str, before: bool = True) -> str | None:
        """The direction a piece of a sentence gives (see `_cue`)."""
        key = (piece, before)
        if key not in self._cues:
            self._cues[key] = _cue(piece, self.lang, before)
        return self._cues[key]

    def habitual(self, start: int, end: int, since: int = -1, carried: int = -1) -> bool:
        """Whether a word of a habit stands in the clause of normalized [start, end) (see `habitual`)."""
        return habitual(self, start, end, since, carried)


def _cue(piece: str, lang: Language, before: bool = True) -> str | None:
    """The direction a piece of a sentence gives: a future cue wins over a past one (passives: "will be
    signed"); a deferral told in the past ("was postponed until Friday") is "deferred": forwards from the
    deferring, which the caller dates; between a past cue and a present-tense verb of a scheduled event
    ("opens", تنطلق) the one nearer the expression wins: "beat them last week and faces the top seed on
    Wednesday" is upcoming (forwards, the publication day itself included: "Britons head to the polls on
    Thursday", a Thursday), "the summit, which opens on Monday, was postponed" past. `before` says the
    piece ends at the expression (else it starts there). A future cue right after a pluperfect ("had been
    scheduled for Oct. 15") is behind the story: no future (`future_undone`); one right after a past
    copula ("was set to land on Monday") is a plan as it stood: "upcoming" (`future_told`). In a piece after
    the expression, a past cue before any future cue is the verb it dates ("Apple on Wednesday reported a loss
    and said it would cut jobs", "the bank on Thursday cut its rate and said it would": past), unless a future
    cue is the next word ("was expected to"); a future cue that opens with a past verb is that verb ("the
    rebels on Wednesday threatened to kill hostages", "Obama on Tuesday vowed to veto the bill": past)."""
    if not before:
        plan = lang.future.search(piece)
        end = len(piece) if plan is None else plan.start()
        if plan is not None and lang.past.match(piece, plan.start()):
            end = plan.end()  # a cue that is a past verb ("on Tuesday vowed to veto") is the verb dated
        verb = lang.past.search(piece, 0, end)
        if verb is not None and not lang.future.match(piece, len(piece) - len(piece[verb.end() :].lstrip())):
            return "past"
    undone = False
    for cue in lang.future.finditer(piece):
        reach = max(0, cue.start() - _UNDONE_REACH)
        if lang.future_told.search(piece, reach, cue.start()):
            return "upcoming"
        if not lang.future_undone.search(piece, reach, cue.start()):
            return "past" if before and _past_clause(piece, cue.end(), lang) else "future"
        undone = True
    prefixed = next(_future_prefixed(piece, lang), None)
    if prefixed is not None:
        return "past" if before and _past_clause(piece, prefixed.end(), lang) else "future"
    deferring = _last(lang.deferral, piece)
    if (
        deferring is not None
        and not lang.deferral_past.search(piece)
        and not (before and lang.past.search(piece, deferring.end()))
    ):
        # not a past told after the term, nearer the expression: "was remanded until next Friday when he
        # appeared ... charged with a murder on Wednesday" (the Wednesday behind)
        return "deferred" if lang.past_words.search(piece) else "future"
    past, scheduled = _nearness(lang.past, piece, before), _nearness(lang.scheduled, piece, before)
    if past is None and scheduled is None:
        return None
    if undone and past is not None:
        return "past"  # the plan given up holds its event too: "was originally due to take place on 12 March"
    return "upcoming" if past is None or (scheduled is not None and scheduled > past) else "past"


def _past_clause(piece: str, start: int, lang: Language) -> bool:
    """Whether a clause of cause or time (`past_clause`: "after", "because") opens in `piece` after `start`,
    the end of its future cue, and tells a past of its own ("will play today after rain washed out play on
    Sunday")."""
    opener = _last(lang.past_clause, piece[start:])
    return opener is not None and lang.past.search(piece, start + opener.end()) is not None


def _cause_told_after(reading: Reading, before: str, after: str) -> bool:
    """Whether a clause of cause or time (`past_clause`) opens in `before`, the part of a clause before an
    expression, after its last future cue, and the verb right after the expression, its own, is in the past
    ("said he would not resign after clashes on Saturday killed 21 people": the Saturday behind)."""
    lang = reading.lang
    plan = _last(lang.future, before)
    opener = _last(lang.past_clause, before)
    if plan is None or opener is None or opener.start() < plan.end():
        return False
    verb = len(after) - len(after.lstrip())
    return bool(after.strip()) and lang.past.match(after, verb) is not None


def _nearness(cue: re.Pattern[str], piece: str, before: bool) -> int | None:
    """How near the expression the nearest match of `cue` in `piece` is (higher is nearer), or None."""
    return max((m.end() if before else -m.start() for m in cue.finditer(piece)), default=None)


def direction(reading: Reading, start: int, end: int) -> str:
    """The reading direction of normalized [start, end) of the text of `reading`: "future", "upcoming",
    "past" or "news" (see `_clause_direction`). A noun of reported figures right after the expression
    (`figures_after`:
    "will report fourth-quarter results", "the January jobs report is due Friday"), or before it
    (`figures_before`: "data for March will be released"), turns a forward
    reading into "news" (also after a possessive: "December's employment report", not "Friday's"; and after
    a figure's change: "to show sales rose 0.6% in November"): figures cover a period that has begun, so
    the nearest such period is meant,
    not the next one; told in the past ("first-quarter sales were weak") they stay past. An expression opened
    by a word of `upcoming_opening` ("later Friday") reads a future as "upcoming": the day itself counts, and
    so does a clock on a weekday ("will reopen at 10 p.m. Tuesday", written on a Tuesday: that evening), and a
    weekday in the possessive ("Minutes of Thursday's meeting will be published", written on a Thursday: the
    meeting of that day, as "next Thursday's" would name the one a week on)."""
    norm, lang = reading.norm, reading.lang
    found = _clause_direction(reading, start, end)
    if found == "future" and (
        lang.upcoming_opening.match(norm.text, start)
        or (norm.text[start : start + 1].isdigit() and _weekday(norm.text[start:end], lang))
    ):
        found = "upcoming"  # "will speak later Friday", written on a Friday: that day
    elif found == "future" and lang.possessive.match(norm.text, end) and _weekday(norm.text[start:end], lang):
        found = "upcoming"  # "minutes of Thursday's meeting will be published", on a Thursday: that day
    figures = lang.figures_after.match(norm.text, end)
    if figures is not None and figures.group()[0] in "'’" and _weekday(norm.text[start:end], lang):
        figures = None  # "December's employment report" covers the month, "Friday's" is the day it comes out
    if ahead(found) and (
        figures or lang.figures_before.search(norm.text, max(0, start - _VERB_REACH), start)
    ):
        return "news"
    return found


def _clause_direction(reading: Reading, start: int, end: int) -> str:
    """The reading direction its clause gives normalized [start, end) of the text of `reading`.

    Cues count in the expression's own clause (between the clause marks of `lang/segment_<code>.toml`,
    commas and semicolons, within its sentence): first the part before
    it, then the part after it up to a relative pronoun ("vote on Saturday in a primary that Biden hopes will
    revive his campaign" is no future); a short phrase takes
    a future cue from the clause before it (see _PHRASE_WORDS), not a past one, which is often an aside:
    "The summit, which opened on Sunday, runs until Nov. 12"; a short phrase that opens its sentence
    ("On Friday, ...", "In July, ...") takes the first cue of the clauses after it (`_first_cue`). A
    reporting verb right
    before it ("said Monday", قال أمس) or a past cue (was, had, a verb in -ed, كان، قد) makes it "past"; a
    future cue (will, is expected to, سوف، سـ + verb) "future", and so does a word of `future_before` right
    before it or of `future_after` right after it, first of all (تسليم ديسمبر, "for May delivery": a
    contract's delivery month; `contract_after` likewise where no preposition of `openers` comes before it:
    "November soybeans"), a result of `past_after` right after it "past" ("after Saturday's 1-0
    defeat"), while a verb that closes the period
    right before it (`closing_before`: يختتم شهر يوليو) makes it "past", unless it is no past form and the
    expression a day it ends on (تختتم يوم 4 تموز); a present-tense copula or
    "starting" right before it (`upcoming_before`: "the deadline is Sept. 15") "upcoming", as does a word
    of what it is planned for (`planned_before`: "called a strike for Monday"; not in the possessive,
    "blamed for Sunday's attack"); a deferral
    with a past cue "deferred". In a reported clause (after a word of `reported`: أعلنت أن يوم الأربعاء
    سيكون) the clause's own cues come first, the reporting verb's last. Without a cue, a word of a start or
    an end right before a weekday (`starting_before`: اعتباراً من الثلاثاء، حتى الأربعاء; `deadline_before`:
    "register by Friday") makes it "upcoming";
    a day of a month so introduced keeps the news reading, also in the past (اعتباراً من 7 نوفمبر, written on
    10 November, is the day just past; أعلنت فتح التسجيلات ابتداء من الفاتح أوت, written on 29 July, the day
    ahead). A future whose clause of cause or time has its own past verb right after the expression is "past"
    (`_cause_told_after`). A sentence that opens as a headline's plan (`headline_future`: "Bush to visit
    China in November") is "future". With neither it is "news" (see
    `timeline.engine.resolve.NEWS_HORIZON_DAYS`).
    """
    text, norm, lang = reading.text, reading.norm, reading.lang
    folded = norm.text
    left, right = reading.bounds(start, end)
    if (
        lang.future_before.search(folded, max(left, start - _VERB_REACH), start)
        or lang.future_after.match(folded, end, right)
        or (
            lang.contract_after.match(folded, end, right)
            and word_before(folded, start, _VERB_REACH) not in lang.openers
        )
    ):
        return "future"
    if lang.upcoming_after.match(folded, end, right):
        return "upcoming"  # a day declared a feast's first: أن الثلاثاء هو أول أيام العيد (today too)
    if lang.instead_before.search(folded, max(left, start - _VERB_REACH), start) and not _weekday(
        folded[start:end], lang
    ):
        return "news"  # the day first set, which another replaces: بدلاً من 14 سبتمبر (the nearest)
    past = lang.past_before.search(folded, max(left, start - _VERB_REACH), start)
    if past is not None and lang.passive_before.search(
        folded, max(left, past.start() - _VERB_REACH), past.start()
    ):
        past = None  # "will be announced Sunday": the clause's own cues
    told_of = (
        past is not None
        and lang.telling.fullmatch(past.group().strip()) is not None
        and lang.possessive.match(folded, end) is not None
    )
    if told_of:
        past = None  # "officials said Friday's session might be cancelled": what is told dates the day
    if past is not None or lang.past_after.match(folded, end, right):
        return "past"
    if lang.upcoming_before.search(folded, max(left, start - _VERB_REACH), start):
        return "upcoming"
    planned = lang.planned_before.search(folded, max(left, start - _VERB_REACH), start)
    if planned and not lang.possessive.match(folded, end):
        return "upcoming"
    closing = lang.closing_before.search(folded, max(left, start - _VERB_REACH), start)
    if closing is not None and (lang.past.search(closing.group()) or not _day(folded[start:end], lang)):
        return "past"  # a closing verb not in the past before a day ends on it: تختتم يوم 4 تموز (ahead)
    before = folded[left:start]
    marks = reading.marks(left, start)
    cuts = [0, *(mark.end - left for mark in marks[-2:])]  # the last two count
    after = folded[end:right]
    after_marks = reading.marks(end, right)
    own_after = after[: after_marks[0].start - end if after_marks else None]
    told = lang.reported.search(own_after)
    if told is not None and not own_after[: told.start()].strip():
        # The day of the telling, right before what is told (وقال، فلان، في تغريدة ليل الأحد إن الفريق
        # سيلعب): what is told does not date it.
        own_after = own_after[: told.start()]
        forecast = _last(lang.forecast_told, before[cuts[-1] :])
        if forecast is not None and lang.reported.search(before, cuts[-1] + forecast.end()) is None:
            # A forecast in the perfect, its subject, then the day, then what it forecasts (وتوقع الصندوق في
            # نيسان أن ينكمش الاقتصاد): the day of the forecast.
            return "past"
    relative = lang.relative.search(own_after)
    own_before = before[cuts[-1] :]
    if len(cuts) > 1:
        # A term after a comma ends the deferral of the clause before it: "extended the embargo for another
        # year, until Feb. 28" reads as "extended ... until Feb. 28".
        joined = before[cuts[-2] :]
        term = _last(lang.deferral, joined)
        if term is not None and term.start() < cuts[-1] - cuts[-2] and not joined[term.end() :].strip():
            own_before = joined
    relative_before = _last(lang.relative, own_before)
    if relative_before is not None and reading.cue(own_before[relative_before.end() :]) is not None:
        # A relative clause the expression stands in has its own tense: "the first witness will be an
        # officer who was on duty the night of December 17" is back.
        own_before = own_before[relative_before.end() :]
    reporting = ""
    opener = _last(lang.reported, own_before)
    if opener is not None and reading.cue(own_before) != "future":
        # A clause the text reports (أعلنت المحكمة أن يوم الأربعاء سيكون، أن العطلة لعيد الأضحى تبدأ): its own
        # cues, before and after the expression, come before the verb that reports it; a future cue before
        # it holds whole (على أن يلعب الفريق الأحد).
        own_before, reporting = own_before[opener.end() :], own_before[: opener.start()]
    if told_of:
        own_before, reporting = "", own_before  # the verb of saying right before: the reporting clause's
    own = (own_before, own_after[: relative.start() if relative else None], reporting)
    if (
        relative is not None
        and not own_after[: relative.start()].strip()
        and reading.cue(own_after[relative.end() :], False) == "past"
        and reading.cue(own_before) in (None, "upcoming")
    ):
        # A relative clause right after the expression that tells it in the past dates it behind, over the
        # present of a schedule (ويستأنف السهم تداوله بعد إجازة عيد الأضحى التي امتدت تسعة أيام: the feast
        # gone).
        return "past"
    starting = lang.starting_before.search(folded, max(left, start - _VERB_REACH), start) is not None
    deadline = lang.deadline_before.search(folded, max(left, start - _VERB_REACH), start) is not None
    weekday = _weekday(folded[start:end], lang)
    for index, (piece, ends_there) in enumerate(zip(own, (True, False, True), strict=True)):
        found = reading.cue(piece, ends_there)
        if found == "past" and starting and not weekday:
            # A day of a month a thing starts from or lasts until, told in the past (أعلنت فتح التسجيلات
            # ابتداء من الفاتح أوت): the news reading, not a year back.
            return "news"
        if found == "future" and index == 0 and _cause_told_after(reading, piece, own[1]):
            return "past"
        if found is not None:
            return found
    if len(cuts) > 1:
        previous = reading.cue(before[cuts[-2] : cuts[-1]])
        if previous is None:
            previous = _listed_cue(reading, before, [0, *(mark.end - left for mark in marks)])
        if previous is not None and (
            lang.continued_opening.match(before, cuts[-1])
            or (ahead(previous) and lang.continued_ahead.match(before, cuts[-1]))
        ):
            # A clause that goes on from the one before goes its way (لتنخفض الحرارة فجر الخميس), or only
            # its way ahead ("was expected to spend three days there, travelling on to Damascus on Saturday").
            return previous
        if previous == "future" and len(before[cuts[-1] :].split()) <= _PHRASE_WORDS:
            return "future"
        listed = before[cuts[-1] :].split()
        if (
            previous == "past"
            and cuts[-2] == 0
            and len(listed) <= _OPENER_WORDS
            and lang.weak_joins.intersection(listed[1:])
            and listed[0] not in lang.weak_joins
            and not lang.relative.search(before[: cuts[-1]])
        ):
            # The last members of a list the sentence's first clause opened, then the date: that clause's
            # past ("was shot in the Bahamas, Prague and Venice between January and July"); a clause joined
            # by "and" after the comma has a verb of its own ("took effect at midnight, and the permits
            # expire at midnight").
            return "past"
    if (
        len(cuts) == 1
        and after_marks
        and _opener(own[0].split(), lang)
        and (not own[1].strip() or _placed(own[1].split(), lang))
    ):
        # A fronted phrase may name the place after the day ("And on Friday at Manchester Crown Court, ...").
        ends = [mark.start - end for mark in after_marks[1:]] + [len(after)]
        for mark, stop in zip(after_marks, ends, strict=True):
            clause = after[mark.end - end : stop]
            if lang.relative.match(clause.lstrip()):
                continue  # an aside on a noun ("Mr. Smith, who will retire in June, said ...")
            found = _first_cue(clause, lang)
            if found is not None:
                return found
    if lang.gapped.search(own[0]):
        return "upcoming"  # sharing the copula before it: "is on Feb. 1 and the women's on Saturday"
    if (starting or deadline) and weekday:
        return "upcoming"
    return "future" if lang.headline_future.match(text, norm.original(left)) else "news"


def _listed_cue(reading: Reading, before: str, cuts: list[int]) -> str | None:
    """The cue of the clause before the clause before an expression, where that one is a short member of a
    list without a verb: "Voting begins Tuesday for the elderly, the disabled and South Africans abroad, with
    the general public voting Wednesday" goes on from "begins", past the list after the first comma (at most
    _LISTED clauses of at most _OPENER_WORDS words are passed). `cuts` are where the clauses of `before`
    open, the expression's own last."""
    for back in range(len(cuts) - 2, max(0, len(cuts) - 2 - _LISTED), -1):
        if len(before[cuts[back] : cuts[back + 1]].split()) > _OPENER_WORDS:
            return None
        found = reading.cue(before[cuts[back - 1] : cuts[back]])
        if found is not None:
            return found
    return None


def habitual(reading: Reading, start: int, end: int, since: int = -1, carried: int = -1) -> bool:
    """Whether a word of a habit (`habitual`: "every year", "usually") stands in the clause of normalized
    [start, end) of the text of `reading`, between the clause marks around it within its sentence: "the
    festival is held every year in August", "the market is usually quiet in August" name any year's
    August (XXXX-08), as "every August" does; "sales, usually strong, fell in August" keep theirs. A date
    set off by commas alone is in apposition: the clause around it counts ("his birthday, February 12, is a
    holiday"). A habit told earlier in the sentence, after `since` (the end of the last date of a year
    there) and up to `carried` (the end of the last date read as the habit's, any year's or a set),
    governs the clauses that go on from it ("ships left each year in May, reached the bay in August and
    sailed before the ice closed in September"; not "sales, usually strong, fell in August"), unless a
    word of contrast (`habit_breaks`: "but") comes between or the habit is a relative clause's ("the
    fair, which is usually held in June, moved to August")."""
    norm, lang = reading.norm, reading.lang
    left, right = reading.bounds(start, end)
    before, after = reading.marks(left, start), reading.marks(end, right)
    if before and after and not norm.text[before[-1].end : start].strip() and after[0].start == end:
        before, after = before[:-1], after[1:]
    first = before[-1].end if before else left
    last = after[0].start if after else right
    if lang.habitual.search(norm.text, first, last) is not None:
        return True
    found = None
    for habit in lang.habitual.finditer(norm.text, max(left, since), min(first, max(carried, 0))):
        found = habit
    if found is None or lang.habit_break.search(norm.text, found.end(), start) is not None:
        return False
    opened = [mark.end for mark in before if mark.end <= found.start()]
    clause = norm.text[opened[-1] if opened else left : found.start()]
    return lang.relative.search(clause) is None


def _opener(words: list[str], lang: Language) -> bool:
    """Whether the words before an expression, up to it, make a phrase that opens its sentence: at most
    _PHRASE_WORDS, or at most _OPENER_WORDS led by a preposition of `openers` ("For its fiscal year ending
    ...")."""
    return len(words) <= _PHRASE_WORDS or (len(words) <= _OPENER_WORDS and words[0] in lang.openers)


def _placed(words: list[str], lang: Language) -> bool:
    """Whether the words after an expression that opens its sentence name a place, led by a preposition of
    `openers`, in at most _PLACE_WORDS ("On Friday at Manchester Crown Court, ...")."""
    return len(words) <= _PLACE_WORDS and words[0].lower() in lang.openers


def _first_cue(piece: str, lang: Language) -> str | None:
    """The direction of the cue nearest the start of `piece`, the main clause after a fronted phrase ("On
    Friday, the company will announce ...", "In July, prices rose"): its first verb is the clause's, where
    a future cue further on may be reported speech ("In March, the company said it would expand")."""
    cues = (
        (lang.future, "future"),
        (lang.past, "past"),
        (lang.scheduled, "upcoming"),
        (lang.deferral, "future"),
    )
    found = [(m.start(), way) for cue, way in cues for m in [cue.search(piece)] if m is not None]
    prefixed = next(_future_prefixed(piece, lang), None)
    if prefixed is not None:
        found.append((prefixed.start(), "future"))
    # A future cue that opens with a past verb is that verb ("On Monday, the union pledged to strike").
    if not found:
        return None
    first = min(found, key=lambda f: (f[0], f[1] != "past"))
    if first[1] == "past" and _describes(piece, first[0], lang):
        # The verb of a relative clause or a participle on the subject ("On Tuesday, two brothers who
        # admitted burglary will be sentenced", "a driver accused of assault is due in court"): the main
        # verb after it dates the day, where no other past comes before it.
        ahead_cues = [f for f in found if f[1] != "past" and f[0] > first[0]]
        verb = lang.past.match(piece, first[0])
        later = None if verb is None else lang.past.search(piece, verb.end())
        if ahead_cues:
            nearest = min(ahead_cues)
            if later is None or later.start() > nearest[0]:
                return nearest[1]
    return first[1]


def _describes(piece: str, start: int, lang: Language) -> bool:
    """Whether the past cue at `start` of `piece` is the verb of a relative clause that opens right before
    it ("who admitted") or a participle that describes the noun before it ("accused of"), no main verb."""
    word = word_before(piece, start, _VERB_REACH)
    return (word is not None and lang.relative.fullmatch(word) is not None) or lang.described.match(
        piece, start
    ) is not None


def _future_prefixed(piece: str, lang: Language) -> Iterator[re.Match[str]]:
    """The words of `piece` a future prefix opens (سـ + verb), but for the words that only seem so
    (`future_prefix_not`: سيارة)."""
    for word in lang.future_prefix.finditer(piece):
        if word.group().lstrip(lang.grammar.clitics) not in lang.future_prefix_not:
            yield word


def _last(cue: re.Pattern[str], piece: str) -> re.Match[str] | None:
    """The last match of `cue` in `piece`, or None."""
    matches = list(cue.finditer(piece))
    return matches[-1] if matches else None


def _day(expression: str, lang: Language) -> bool:
    """Whether a (normalized) expression names a day or a part of a period, which a verb that closes a
    period ends on rather than closes (تختتم يوم 4 تموز، وتختتم نهاية أبريل: ahead): a weekday, the unit word
    of a day, a day's number, or a word of `pmod` opening it."""
    days = {word for word, unit in lang.vocab.get("unit", {}).items() if unit == "D"}
    parts = lang.vocab.get("pmod", {})
    return (
        _weekday(expression, lang)
        or any(expression.startswith(f"{word} ") for word in parts)
        or any(word in days for word in expression.split())
        or bool(_DAY_NUMBER.search(expression))
    )


_DAY_NUMBER = re.compile(r"(?<!\d)\d{1,2}(?!\d)")
"""A number of one or two digits: a day of a month in a date as written (4 تموز), no year."""


def _weekday(expression: str, lang: Language) -> bool:
    """Whether a (normalized) expression names a weekday: the language's `weekday` words."""
    weekdays = lang.vocab.get("weekday", {})
    return any(word in weekdays for word in expression.split())
