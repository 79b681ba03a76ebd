"""Where one text's story stands as the walk reaches each expression: the text as read, the date the story
last moved to, the news day, a date glanced at, a season, a day listed; and the queries of that state
every reading asks."""

from __future__ import annotations

import datetime
from dataclasses import dataclass
from typing import NamedTuple

import pendulum

from timeline.engine import asides, lists, narrative, newsday
from timeline.engine.calendar import Span
from timeline.engine.compose import Composed
from timeline.engine.language import Language
from timeline.engine.normalize import Normalized
from timeline.engine.policy import Policy
from timeline.engine.resolve import Operator
from timeline.engine.seasons import Season
from timeline.engine.segment import sentence_at, wire_dateline
from timeline.engine.tense import Reading
from timeline.model import Timex
from timeline.moments import cached_pendulum, plain


@dataclass(slots=True)
class Reached:
    """One expression as the walk reaches it: its place among the expressions, its operator as the context
    rewrites it, the story date it is told against (None in news), the direction it is read in, where it
    stands in the original text, and what a resolution of it knows of the story (`focus`: the date last
    set and the story's day; `story_day` alone; `clock`: a time of day in news with no day written)."""

    index: int
    mention: Composed
    op: Operator
    told: Span | None
    way: str
    start: int
    end: int
    focus: tuple[Span | None, Span | None]
    story_day: Span | None
    clock: bool


class Place(NamedTuple):
    """Where a resolved date of a narrative stands against the story: one the clause looks `ahead` to, in
    brackets, after words that set it at a state's `edge` ("the best showing since"), an `aside` (a life,
    an attribute, years behind or ahead), or a `flashback`."""

    ahead: bool
    bracketed: bool
    edge: bool
    aside: bool
    flashback: bool


_TOLD_REACH = 40
"""How far before a date a verb of saying may end and still make it the day or time of the telling."""


class State:
    """One text's walk: the text as read, and the story's state, which each expression reads and moves."""

    __slots__ = (
        "ahead_day",
        "anchor",
        "at",
        "bc",
        "before",
        "coming",
        "composed",
        "dated_day",
        "day",
        "day_since",
        "edge_named",
        "folded",
        "glance",
        "greeted",
        "head",
        "held",
        "language",
        "last",
        "lead",
        "lead_at",
        "lead_headed",
        "lead_night",
        "listing",
        "looked_back",
        "moved",
        "norm",
        "opened",
        "out",
        "policy",
        "previous",
        "recalled",
        "recalls",
        "season",
        "sections",
        "since",
        "story",
        "tense",
        "text",
        "voted",
    )

    def __init__(
        self,
        text: str,
        norm: Normalized,
        language: Language,
        policy: Policy,
        anchor: pendulum.DateTime,
        composed: list[Composed],
    ) -> None:
        self.text = text
        self.norm = norm
        self.folded = norm.text
        self.language = language
        self.policy = policy
        self.story = policy.story
        self.at: datetime.datetime = plain(anchor)
        self.head = None if self.story else wire_dateline(text)
        """A news story's wire dateline: where and when it was filed ("BONN, Nov. 9 (AP) --")."""
        dated = next((c for c in composed if self._in_head(c)), None) if self.head is not None else None
        if dated is not None:
            filed = newsday.filed(self.at, dated.expression.op)
            if filed != self.at:
                self.at, anchor = filed, cached_pendulum(filed)
        self.anchor = anchor
        """What the text's dates resolve against: the publication, or the day its dateline says the story
        was filed."""
        self.composed = composed
        self.tense = Reading(text, norm, language)
        self.greeted: bool | None = None
        """Whether an afternoon or evening programme's greeting opens the text ("Good evening."): read when
        a clock first asks (see `_greeting`)."""
        self.sections = narrative.Sections(text, norm) if self.story else None
        self.out: list[Timex] = []
        self.last: Span | None = None
        """The date the story last moved to."""
        self.since = -1
        """Where the date that set `last` was written."""
        self.recalls = False
        """Whether `last` is a year a news story recalls (see newsday.recalled), not one naming a thing."""
        self.moved = -1
        """The index of the expression that set `last`."""
        self.before: Span | None = None
        """Where the story was before it."""
        self.day: Span | None = None
        """The story's day, in news."""
        self.day_since = -1
        """Where the date that set `day` was written."""
        self.dated_day: Span | None = None
        """The day (or time) news last moved to, near or far: the day "that day" points back to ("On Nov.
        22, 1963, he rode in the motorcade ... retired in 1979 ... He rarely spoke of that day"), where a bare
        clock keeps the story's `day`."""
        self.lead: Span | None = None
        """The story's first day: the day the news is told on."""
        self.lead_at = -1
        """Where the date that set `lead` was written."""
        self.lead_headed = False
        """Whether `lead` is the day of the wire dateline, which a day of the first paragraph replaces."""
        self.voted: Span | bool | None = None
        """The day of the vote the story's first sentence tells of (`Language.vote_clock`), False where it
        tells of none: read when a clock that names the polls first asks (see `_vote_clock`)."""
        self.opened: Span | bool | None = None
        """The day the text first says its event opens on (`Language.opening_day`), False where it says of
        none: read when a clock of the opening ceremony first asks (see `_opening_clock`)."""
        self.coming: Span | None = None
        """A day after the publication day, within the week, that news moved to before any day of its own:
        the day of a clock told ahead after a day already past ("resumes tomorrow evening ... after the feast
        that fell last Friday. Al-Ittihad host Al-Faisaly at 5:40 p.m.")."""
        self.ahead_day: Span | None = None
        """The latest day after the publication day, within the week, that news moved to: the day of a clock
        told ahead after today is told with a verb of saying (see `_after_telling`)."""
        self.lead_night: Span | None = None
        """An evening or night before the publication day that the story's first paragraph names ("exploded
        Wednesday night", printed Friday): the day of a later paragraph's evening clock told in the past."""
        self.bc = False
        """Whether a year before the common era has been written."""
        self.season: Season | None = None
        self.previous: lists.ListedDay | None = None
        self.listing: tuple[int, str, type] | None = None
        """Where the expression before ended, the direction it was read in, and its kind of operator: an item
        of the same kind after it in a list, without a cue of its own, is read its way."""
        self.glance: tuple[int, Span] | None = None
        # The look back a shift last counted on from (see StoryReadings._look_back_shifted).
        self.looked_back: Span | None = None
        """A date the story did not move to, and where it was written."""
        self.edge_named: tuple[int, Span] | None = None
        """The last date named, where it is a state's edge the story did not step to ("stayed until 1929"),
        and where it was written: "that year", "that autumn" right after point back at it."""
        self.recalled: tuple[int, Span, int] | None = None
        """A date a pluperfect looked back to ("Russia had occupied the provinces in July 1853"), where it was
        written and its index: a month or day said bare later in its sentence is read from it ("and Turkey
        declared war in October" is October 1853), as the clause has carried the story back there; not once
        the relative clause it stood in has closed ("Moreira César, who had a name from the war of 1893,
        attacked on 3 March": the story's March)."""
        self.held: tuple[int, Span | None, int] | None = None
        """News: where a date at a state's edge ends ("its best showing since 1985"), and the focus before
        that date, which comes back once a sentence starts after it."""

    def _in_head(self, mention: Composed) -> bool:
        """Whether the expression is written in the story's wire dateline."""
        head = self.head
        return head is not None and head.start <= self.norm.original(mention.start) < head.end

    def _after_since(self, start: int) -> bool:
        """Whether a word of `back_before` ("since", منذ) stands right before normalized `start`: the date
        after it has begun."""
        return self.language.back_before.search(self.folded, max(0, start - 10), start) is not None

    def _at_edge(self, mention: Composed) -> bool:
        """Whether a word of `aside_before` earlier in the clause sets the date at the edge of a state ("has
        ruled since 1763", "its best showing since 1985") or on the other side of a comparison; not one an
        event waited for (`edge_undone`: "did not appear until 1954")."""
        reach = max(0, mention.start - 80)
        language = self.language
        return (
            language.aside_before.search(self.folded, reach, mention.start) is not None
            and language.edge_undone.search(self.folded, reach, mention.start) is None
        )

    def _edge_event(self, mention: Composed) -> bool:
        """Narrative: whether a date at a state's edge is the date of an event after all, which the story
        steps to: a death or a fall between the edge's word and the date ("reigned until his death on 8 May
        1819"), or a clause of "when" right after it ("held office until 1765, when the Caps won")."""
        language, folded = self.language, self.folded
        cue = language.aside_before.search(folded, max(0, mention.start - 80), mention.start)
        return cue is not None and (
            language.edge_event_between.search(folded, cue.start(), mention.start) is not None
            or language.edge_event_after.match(folded, mention.end) is not None
        )

    def _said_right_before(self, start: int) -> bool:
        """Whether a verb of saying in the past ends within _TOLD_REACH before normalized `start`
        (`Language.told_before`: "the department said Tuesday", "the police said last night")."""
        return self.language.told_before.search(self.folded, max(0, start - _TOLD_REACH), start) is not None

    def _aside_behind(self, mention: Composed, start: int) -> bool:
        """News: whether the date in focus was set in a relative clause of this sentence that has closed
        before `mention` (at `start` in the original text); see asides.relative_closed."""
        sentence = sentence_at(self.text, start).start
        if self.moved < 0 or self.since < sentence:
            return False
        dated = self.composed[self.moved]
        return asides.relative_closed(
            self.folded, dated, mention.start, self.norm.folded(sentence), self.language
        )

    def _looked_back(self, mention: Composed, start: int) -> bool:
        """News: whether the date in focus was set in an earlier sentence, in a clause that looks back from
        the story (a pluperfect: وكانت المواجهات قد اندلعت يوم الجمعة 17 ديسمبر) or in a relative clause
        that dates a noun (بالانتخابات التي جرت أمس الخميس، الاحتجاجات التي انطلقت يوم 22 فيفري), while the
        clause of the clock at `mention` (at `start` in the original text) looks back from nothing itself
        (وقد فتحت المكاتب على الساعة الثامنة stays on that date): that clock is the story's, not the
        aside's. Only in a sentence of telling (وقال شهود عيان إن مسيرة انطلقت على الساعة العاشرة، وأوضح في
        ندوة صحفية نشطها على الساعة الحادية عشرة): a story told on in the look back keeps its day ("had
        travelled to London on the morning of July 7. The bombs exploded at 8:50 a.m.")."""
        sentence = sentence_at(self.text, start).start
        if self.moved < 0 or self.since >= sentence:
            return False
        folded, language = self.folded, self.language
        opening = self.norm.folded(sentence)
        if language.telling.search(folded, opening, mention.start) is None:
            return False
        if language.flashback_before.search(
            folded, max(0, mention.start - 80), mention.start
        ) or language.flashback_after.match(folded, opening):
            return False
        dated = self.composed[self.moved]
        if language.flashback_before.search(folded, max(0, dated.start - 80), dated.start):
            return True
        reach = max(0, dated.start - 80)
        marks = self.tense.marks(reach, dated.start)
        opened = marks[-1].end if marks else reach
        return language.relative.search(folded, opened, dated.start) is not None

    def _lead_aside(self, start: int) -> bool:
        """News: whether the date in focus was set in the lead's sentence, after the lead's day, as an aside
        on a noun (asides.noun_aside: "The Supreme Court yesterday upheld the election, dismissing a petition
        on the results of the December 7, 2012 polls", "Buhari yesterday signed the budget, which he first
        presented on December 22, 2015"), and the clock at `start` (in the original text) stands in a later
        sentence: that clock is the lead's ("The panel delivered its verdict at about 2.30 p.m."). Not where
        the lead's day is the day of a telling ("the police said yesterday ... in Sunday's attack"), whose
        noun's day is the story's."""
        lead_at, since = self.lead_at, self.since
        if self.moved < 0 or self.lead is None or not 0 <= lead_at < since:
            return False
        sentence = sentence_at(self.text, since).start
        text = self.text
        if sentence_at(text, lead_at).start != sentence or sentence_at(text, start).start <= sentence:
            return False
        if self._said_right_before(self.norm.folded(lead_at)):
            return False
        dated = self.composed[self.moved]
        return asides.noun_aside(self.folded, dated, self.norm.folded(sentence), self.language)

    def _year_left(self, mention: Composed, start: int) -> bool:
        """News: whether the clause of `mention` (at `start` in the original text) has left the date in
        focus behind: that date stands in a relative clause closed before it ("Hale, who has lived in Ashford
        since 2003, appeared ... the raids took place between 14 January and 27 February"), or at a state's
        edge with a clause joined on after it ("frozen since 2011, and inflation hit 3 percent in September";
        not a story's step: "began on June 5, 1967, and a ceasefire took hold on June 10")."""
        if self.moved < 0:
            return False
        dated = self.composed[self.moved]
        return self._aside_behind(mention, start) or (
            self._at_edge(dated) and asides.clause_joined(self.folded, dated, mention.start, self.language)
        )
