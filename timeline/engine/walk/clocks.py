"""How news reads a clock written without its day: the day it falls on, the night the lead told of, a
programme's greeting, and the clocks and days before it."""

from __future__ import annotations

import functools
import re

from timeline.engine import asides, newsday
from timeline.engine.calendar import DAY, Span, day_named, span_at
from timeline.engine.compose import Composed
from timeline.engine.operators.clock import ANY_DAY, TimeOn
from timeline.engine.operators.labels import Label
from timeline.engine.resolve import Context, Operator, Resolved, Unresolvable, resolution
from timeline.engine.resolve import ahead as read_ahead
from timeline.engine.segment import paragraph_at, sentence_at
from timeline.engine.walk.state import Reached, State
from timeline.model import Timex

_SMALL_HOURS_END = 6
"""A narrative's clock after a night is the next day's only before this hour (see `_story_clock`)."""

_VOTE_NEXT_TO = 3
"""How far before a word of the vote a day may end and still date it ("Sunday's vote")."""
_FEW_WORDS = re.compile(r"(?:\s+[\w-]+){0,2}\s+")
"""Between a day in the possessive and the word of the vote it dates ("Sunday's presidential election")."""
_VOTE_REACH = 48
"""How far from a date of the first sentence the word of its vote may stand."""
_EVENT_REACH = 48
"""How far before or after a clock without its day, in its sentence, the words of the event it is the clock
of may stand ("Polls in most districts opened at 7 a.m.", "lined up from 6 a.m. outside polling stations",
"The opening ceremony starts at 7:30 p.m.")."""

_OPENING_REACH = 40
"""How far after a verb of opening ("opens", تنطلق) the day it opens on may start ("تفتتح وزارة الثقافة
المصرية مساء الأحد المقبل")."""

_ON_DAY = re.compile(r"\s+(?:on\s+)?")
_WORD = r"[\w\u064b-\u0652]+"
"""A word, with the harakat Arabic may write on it."""
_ROUTINE_GAP = re.compile(rf",?\s+(?:{_WORD},\s+)?(?:{_WORD}\s+){{0,2}}(?:\d{{1,2}}\s+\w+\s+)?\w?")
"""What may stand between a set of days and the clock of its routine, or the two clocks of its range: a word
("daily from", "to", "on Thursdays", يومياً من), or two, with their harakat (كل ثلاثاء بدءاً من التاسعة
صباحاً), or a clitic (بين السادسة صباحاً والتاسعة ليلاً), and a bare hour opening its range ("Thursdays from 1
to 4 p.m."); a word of the set's rest with its comma ("every fifteen minutes otherwise, from 6 a.m.")."""
_ROUTINE_THEN = re.compile(r",?(?:\s+\w+){1,3}\s+")
"""What may stand between a routine's clock and the clock of its other verb, a few words without a stop
("opened daily at 9 a.m. and closed at 3 p.m.", يومياً في الثامنة صباحاً وتغلق في الثالثة عصراً)."""
_ROUTINE_REACH = 80
"""How far before a clock without its day, in its sentence, the words of hours kept every day may start
(`Language.routine_clock`: "ساعات العمل الرسمية في الجهات الاتحادية خلال الشهر الفضيل لتكون من
الساعة التاسعة")."""
_RANGE_CLOCKS = 1
"""How many clocks of its range may stand between a routine's clock and the set of days after it."""


_EVENING_HOUR = 18
"""A narrative's clock from this hour on is of the evening: the small hours after it are the next day's."""


def _evening_of(dated: Timex, found: Span) -> bool:
    """Whether the time told right before a narrative's clock is the evening of `found`'s day, as a part of
    the day ("By Saturday evening many had gone home. The troops left at 3 a.m.": Sunday's) or on the clock
    ("drilled until 9 p.m. ... left their camp at 3 a.m."), so that a small hour or the dawn after it is the
    next day's, as after a night."""
    if dated.type != "TIME":
        return False
    day = span_at("day", found.start).value
    if dated.value == f"{day}TEV":
        return True
    return dated.value.startswith(f"{day}T") and dated.start is not None and dated.start.hour >= _EVENING_HOUR


def _day_of(timex: Timex) -> Span | None:
    """The day a date or time names, alone or with its clock or part of the day; None for any other."""
    return day_named(timex.value or "") if timex.type in ("DATE", "TIME") else None


class ClockReadings(State):
    """The walk's readings of a news clock without its day."""

    __slots__ = ()

    def _clock_focus(
        self, mention: Composed, op: Operator, start: int, set_at: int
    ) -> tuple[Span | None, Span | None] | None:
        """News: where a clock without its day (at `start` in the original text) falls, when not on the date
        in focus. That date was set at `set_at`, or, past a date coarser than a day ("The last attack came in
        September 1996. He spoke at six o'clock"), where the story's day was. A new paragraph's clock is the
        news day's, not an aside's; an evening's told in the past there is on the night the lead told of
        ("exploded Wednesday night ... The plane left at 8:19 p.m."), but one told ahead after a day coming
        within the week is that day's ("The Wildcats play Kentucky on Saturday. ... The game starts at 7:30
        p.m."). A clock in the sentence of a day counted back is that day's ("Visitation is the day before,
        from 5 p.m."). A later sentence's clock is not on a day a look back or a relative clause set ("The
        strikes had begun on March 3. She spoke at 5 p.m.": the lead's; see `_looked_back`), nor, told
        ahead, on a day already past, but on the coming day the story opened on, else on the news day
        ("resumes tomorrow evening, after the feast that fell last Friday. Al-Ittihad host Al-Faisaly at 5:40
        p.m.": tomorrow's; `newsday.passed_day`)."""
        voted = self._vote_clock(mention, start, set_at) or self._opening_clock(mention, start)
        if voted is not None:
            return (None, voted)
        kept = self._clock_kept(op, start)
        if kept is not None:
            return (None, kept)
        aside = self._aside_behind(mention, start)
        if (
            set_at < paragraph_at(self.text, start)
            or aside
            or self._looked_back(mention, start)
            or self._lead_aside(start)
        ) and not (
            newsday.coming_day(self.last, self.at)
            and read_ahead(self.tense.direction(mention.start, mention.end))
        ):
            ahead = read_ahead(self.tense.direction(mention.start, mention.end))
            if aside and self.coming is not None and ahead:
                # "closes next Thursday; the festival, which opened last Wednesday, hands out its prizes at
                # 7 p.m.": the coming day's, past the aside
                return (None, self.coming)
            past = self.lead_night is not None and self.tense.direction(mention.start, mention.end) == "past"
            night = self.lead_night if past and newsday.evening_hour(op) else None
            return (None, night or self.lead)
        if (
            newsday.passed_day(self.last, self.at)
            and read_ahead(self.tense.direction(mention.start, mention.end))
            and not self._deferred_clock(mention, start)
        ):
            return (None, self.coming)
        if self._after_telling(mention, start, set_at):
            return (None, self.ahead_day)
        if self.glance is not None and self.glance[0] >= sentence_at(self.text, start).start:
            return (self.glance[1], None)
        return None

    def _clock_kept(self, op: Operator, start: int) -> Span | None:
        """News: the day of the clock told right before a clock without its day (at `start` in the original
        text), in its sentence and not in brackets, where the later clock falls after it on that day: one
        journey or one night told on ("took off at 12:41 a.m. and was due to land at 6:30 a.m.": the same
        day, though the clause looks ahead); else None."""
        if not self.out or not isinstance(op, TimeOn) or op.time.hour is None or op.time.either_half():
            return None
        told = self.out[-1]
        if (
            told.type != "TIME"
            or told.grain != "minute"
            or told.start is None
            or told.char_start < sentence_at(self.text, start).start
            or "(" in self.text[max(0, told.char_start - 1) : start]
        ):
            return None
        day = span_at("day", told.start)
        later = op.time.on(day, None).calendar
        return day if later is not None and later.start > told.start else None

    def _routine(self, index: int, mention: Composed) -> bool:
        """Whether the clock without its day at `index` is a routine's, any day's: right after a set of days
        or another such clock in its clause ("Inspectors work daily from 7 a.m. to 5 p.m.", "open Mondays and
        Thursdays from 1 to 4 p.m.", تعمل الفرق يومياً من السابعة صباحاً), or right before a set of days, past
        the other clock of its range ("from 7 a.m. to 5 p.m. Tuesdays through Saturdays", "until 8 p.m. on
        Thursdays", "between 6am and 8am every second day"), or a little after words of hours kept every day
        (`Language.routine_clock`: "office hours are 8 a.m. to 2 p.m.", ساعات الدوام ... تبدأ من الساعة
        العاشرة)."""
        start = self.norm.original(mention.start)
        opening = max(self.norm.folded(sentence_at(self.text, start).start), mention.start - _ROUTINE_REACH)
        if self.language.routine_clock.search(self.folded, opening, mention.start) is not None:
            return True  # "working hours will run from 9 a.m.", ساعات الدوام ... تبدأ من الساعة العاشرة
        if self.out:
            last = self.out[-1]
            clock = last.value.startswith(f"{ANY_DAY}T")
            gap = _ROUTINE_GAP.fullmatch(self.text, last.char_end, start)
            if (last.type == "SET" or clock) and gap is not None:
                return True
            if clock and _ROUTINE_THEN.fullmatch(self.text, last.char_end, start) is not None:
                return True
        end = mention.end
        for following in self.composed[index + 1 : index + 1 + _RANGE_CLOCKS + 1]:
            if _ROUTINE_GAP.fullmatch(self.folded, end, following.start) is None:
                return False
            op = following.expression.op
            if isinstance(op, Label) and op.type == "SET":
                return True
            if not newsday.on_unwritten_day(op):
                return False
            end = following.end
        return False

    def _after_telling(self, mention: Composed, start: int, set_at: int) -> bool:
        """News: whether a clock told ahead (at `start` in the original text) in a later sentence follows a
        telling of today (set at `set_at`, right after a verb of saying) that came after a coming day: the
        clock is on that coming day, the day of the event the story is about ("Al-Sadd host Lekhwiya on
        Monday evening. The coach said on Sunday that ... The match kicks off at 6:30 p.m.": Monday's)."""
        day = self.day
        return (
            self.ahead_day is not None
            and day is not None
            and day.start <= self.at < day.end
            and 0 <= set_at < sentence_at(self.text, start).start
            and self._said_right_before(self.norm.folded(set_at))
            and read_ahead(self.tense.direction(mention.start, mention.end))
            and not self._deferred_clock(mention, start)
        )

    def _deferred_clock(self, mention: Composed, start: int) -> bool:
        """News: whether the clock at `mention` (at `start` in the original text) ends a deferral in its
        sentence with no word of the future before it (`Language.deferral`: "cancelled all flights until
        3pm"; not "will stay shut until 3pm"): a clock without its day, it stays
        on the day the story is on ("Snow closed roads yesterday. Heathrow cancelled all flights until 3pm":
        yesterday's), where a day would be read ahead ("cancelled all flights until Friday")."""
        opening = self.norm.folded(sentence_at(self.text, start).start)
        clause = self.folded[opening : mention.start]
        language = self.language
        return language.deferral.search(clause) is not None and language.future.search(clause) is None

    def _vote_clock(self, mention: Composed, start: int, set_at: int) -> Span | None:
        """News: the day of the vote the story's first sentence tells of, for a clock without its day whose
        clause names the polls, when the date in focus was set in a sentence before it: "Ivory Coast voted
        on Sunday ... Gbagbo on Saturday ordered a curfew ... Polls opened at 7 a.m." (Sunday's), as "Voting
        ended at 6 p.m." is the day of the election the lead names, not the day the results were told
        ("announced on Friday ... the election held yesterday, Thursday ... polling stations opened at 8
        a.m."). That day is the day or time of the first sentence nearest a word of the vote
        (`Language.vote_clock`), within _VOTE_REACH of it; else None."""
        if set_at < 0 or self.story:
            return None
        if set_at >= sentence_at(self.text, start).start or not self._event_words(
            self.language.vote_clock, mention, start
        ):
            return None
        if self.voted is None:
            self.voted = self._vote_day()
        return self.voted if isinstance(self.voted, Span) else None

    def _event_words(self, words: re.Pattern[str], mention: Composed, start: int) -> bool:
        """Whether a word of `words` stands in the sentence of the clock at `mention` (at `start` in the
        original text), at most _EVENT_REACH before or after it: the clock is of the event it names
        ("Polling stations opened at 8 a.m.", "queued from 6 a.m. outside polling stations")."""
        sentence = sentence_at(self.text, start)
        opening, closing = self.norm.folded(sentence.start), self.norm.folded(sentence.end)
        before = max(opening, mention.start - _EVENT_REACH)
        after = min(closing, mention.end + _EVENT_REACH)
        return (
            words.search(self.folded, before, mention.start) is not None
            or words.search(self.folded, mention.end, after) is not None
        )

    def _vote_day(self) -> Span | bool:
        """The day of the first sentence's vote (see `_vote_clock`), or False."""
        first = sentence_at(self.text, 0).end
        words = [
            (m.start(), m.end())
            for m in self.language.vote_clock.finditer(self.folded, 0, self.norm.folded(first))
        ]
        best: tuple[tuple[bool, int], Span] | None = None
        for timex in self.out:
            if timex.char_start >= first:
                break
            day = _day_of(timex)
            if day is None:
                continue
            left, right = self.norm.folded(timex.char_start), self.norm.folded(timex.char_end)
            # A day after a word of the vote, or right before it, dates it ("the election held yesterday",
            # "Sunday's vote", الانتخابات التي جرت أمس الأحد) before one told further ahead of it, the day its
            # results were announced (أعلنت اليوم الاثنين نتائج الانتخابات).
            gaps = [(not self._next_to_vote(right, a), max(a - right, left - b, 0)) for a, b in words]
            key = min(gaps, default=(True, _VOTE_REACH + 1))
            if key[1] <= _VOTE_REACH and (best is None or key < best[0]):
                best = (key, day)
        return False if best is None else best[1]

    def _next_to_vote(self, right: int, word: int) -> bool:
        """Whether a day ending at normalized `right` stands after a word of the vote at `word` ("the election
        held yesterday"), right before it ("Sunday's vote"), or in the possessive a few words before it
        ("Sunday's presidential election")."""
        if word - right <= _VOTE_NEXT_TO:
            return True
        owned = self.language.possessive.match(self.folded, right)
        return owned is not None and _FEW_WORDS.fullmatch(self.folded, owned.end(), word) is not None

    def _opening_clock(self, mention: Composed, start: int) -> Span | None:
        """News: the day an event opens on, for a clock without its day whose clause names its opening
        ceremony (`Language.opening_clock`): "The festival opens on Friday and runs until Dec. 10 ... The
        opening ceremony starts at 7:30 p.m." (Friday's, not the last day told nor the news day), تنطلق بعد
        غد الجمعة ... على أن يقام حفل الافتتاح في السابعة والنصف مساء. That day is the first day or time of
        the text a little after a verb of opening (`Language.opening_day`); else None."""
        if self.story:
            return None
        if not self._event_words(self.language.opening_clock, mention, start):
            return None
        if self.opened is None:
            self.opened = self._opening_day(mention.start)
        return self.opened if isinstance(self.opened, Span) else None

    def _opening_day(self, until: int) -> Span | bool:
        """The day the text first says its event opens on, before normalized `until` (see
        `_opening_clock`), or False."""
        verbs = [m.end() for m in self.language.opening_day.finditer(self.folded, 0, until)]
        lefts = [self.norm.folded(timex.char_start) for timex in self.out]
        for verb in verbs:
            after = next((i for i, left in enumerate(lefts) if left >= verb), None)
            if after is None or lefts[after] >= until or lefts[after] - verb > _OPENING_REACH:
                continue
            day = _day_of(self.out[after])
            if day is not None:
                return day
        return False

    def _lead_night(self, r: Reached, resolved: Resolved) -> None:
        """News: keep the first evening or night before the publication day that the story's first
        paragraph names (see `lead_night`)."""
        if self.lead_night is not None or self.story:
            return
        night = newsday.night_behind(resolved, self.at)
        if night is not None and paragraph_at(self.text, r.start) == 0:
            self.lead_night = night

    def _greeting(self) -> bool:
        """Whether the text holds an afternoon or evening programme's greeting (`Language.late_greeting`),
        searched once, for the first clock that asks."""
        if self.greeted is None:
            self.greeted = self.language.late_greeting.search(self.folded) is not None
        return self.greeted

    def _story_clock(self, r: Reached, op: TimeOn, resolved: Resolved) -> Resolved:
        """Narrative: a clock without its day read, as news reads it, off the time right before it on the
        story's day: after an afternoon's or evening's, a clock of either half is in the later half ("about
        3 p.m. ... By 4 o'clock it was over", "in the afternoon ... about 4 o'clock"); after a night, the
        small hours and the dawn are the next day's ("on the night of the 2nd ... went over the top before 3
        a.m."), as the small hours after midnight are ("moved into position after midnight ... about 5:30
        a.m."), not a later hour of the morning nor noon, which a night told as a look back leaves on its own
        day ("had spent the night expecting an attack ... at about 10 a.m.")."""
        if not self.out:
            return resolved
        dated = newsday.dated_before(self.out)
        written = self.folded[r.mention.start : r.mention.end]
        resolved = newsday.late_in_day(op, resolved, dated, written)
        hour = op.time.hour
        found = resolved.calendar
        if (
            hour is not None
            and hour < _SMALL_HOURS_END
            and found is not None
            and dated.value == f"{span_at('day', found.start).value}T24:00"
        ):
            return op.time.on(span_at("day", found.start + DAY), op.mod)  # "after midnight ... at 5:30 a.m."
        if (op.time.part != "MO") if hour is None else hour >= _SMALL_HOURS_END:
            return resolved  # "had spent the night expecting an attack ... at about 10 a.m.": that day's
        if found is not None and (hour is None or op.time.ampm == "am") and _evening_of(dated, found):
            return op.time.on(span_at("day", found.start + DAY), op.mod)  # "Saturday evening ... at 3 a.m."
        return newsday.after_night(op, resolved, dated, written, self.at, lambda: True)

    def _day_after_noun(self, r: Reached, op: TimeOn) -> Span | None:
        """News: the day a clock without its day falls on when a planned event's noun and that day follow
        it ("set a 5 p.m. deadline on Friday", `Language.planned_after`): the day, read as its clause
        tells; else None."""
        index = r.index + 1
        if not newsday.on_unwritten_day(op) or index >= len(self.composed):
            return None
        cue = self.language.planned_after.match(self.folded, r.mention.end)
        following = self.composed[index]
        if cue is None or _ON_DAY.fullmatch(self.folded, cue.end(), following.start) is None:
            return None
        way = self.tense.direction(following.start, following.end)
        try:
            found = resolution(following.expression.op, Context(self.at, way, None)).calendar
        except Unresolvable:
            return None
        return found if found is not None and found.grain == "day" else None

    def _clock_mended(self, r: Reached, op: TimeOn, resolved: Resolved) -> Resolved:
        """News: a clock's first reading mended by the clocks and days before it: late in the day of a date
        before it, after a night, after a clock, by a programme's greeting, at a working hour."""
        mention, folded, language, out = r.mention, self.folded, self.language, self.out
        noun_day = self._day_after_noun(r, op)
        if noun_day is not None:
            return op.time.on(noun_day, op.mod)
        read = resolved
        dated = newsday.dated_before(out) if out else None
        if (
            dated is not None
            and len(out) > 1
            and dated is out[-1]
            and asides.restated(self.text, dated.char_start, out[-2].char_end)
        ):
            # "at 11:18 p.m. (04:18 UTC on Wednesday). ... shortly before 1 a.m.": read after the clock
            # the story keeps, not its restatement on another dial
            dated = newsday.dated_before(out[:-1])
        direction = functools.partial(self.tense.direction, mention.start, mention.end)
        written = folded[mention.start : mention.end]
        if dated is not None:
            # not a clock in brackets restating the one before it on another dial, whose half of the day
            # that clock does not tell ("at 12:15 local time (10:15 UTC)")
            if not asides.restated(self.text, r.start, dated.char_end):
                resolved = newsday.late_in_day(op, resolved, dated, written)
            # not after the time of a telling, which dates the report, not the story ("died in the attacks
            # yesterday morning, the police said last night. Three bombs exploded at 8.50am": yesterday's)
            if not self._said_right_before(self.norm.folded(dated.char_start)):
                resolved = newsday.after_night(
                    op, resolved, dated, written, self.at, lambda: direction() == "past"
                )
            # not a clock at an edge ("rested until 5 p.m.") nor one in brackets restating the one
            # before it ("at about 9 p.m. (1800 GMT) Friday"), nor one after a comma on another place's
            # dial ("kicked off at 3:30 p.m., 7:30 a.m. in London")
            if not (
                newsday.right_at_edge(folded, mention.start, language)
                or asides.restated(self.text, r.start, dated.char_end)
                or asides.restated_elsewhere(self.text, r.start, r.end, dated.char_end, language)
            ):
                resolved = newsday.after_clock(op, resolved, dated, self.at, direction, written)
        if resolved == read and self._greeting():  # not read off the evening or night before it
            resolved = newsday.greeted_late(op, resolved, direction(), written)
        if resolved == read and not asides.alone(folded, mention.start, mention.end):
            # a clock said alone ("half past three") keeps its reading
            resolved = newsday.working_hour(op, resolved, dated, written, language)
        return resolved
