"""Language data: one TOML file per language in `timeline/lang/`, read and compiled once.

A file holds the language's vocabulary (word -> meaning tables), its tense cues and its grammar
rules (patterns over that vocabulary). Adding a language is adding a file; see the README.
"""

from __future__ import annotations

import gc
import re
import tomllib
from collections.abc import Sequence
from dataclasses import dataclass
from functools import cache
from importlib import resources
from importlib.resources.abc import Traversable
from typing import Any

from timeline.engine.grammar import Grammar, alternation_of, compile_grammar
from timeline.engine.headed import Headed
from timeline.engine.normalize import fold, fold_script
from timeline.engine.schema import check, check_grammar
from timeline.errors import GrammarError, LanguageError

_LETTERS = re.compile(r"[^\W\d_]+")
_FOLDER = resources.files("timeline").joinpath("lang")
"""The language files: data only, one per language (`<code>.toml`) and its word lists for events."""


@dataclass(frozen=True, slots=True)
class Language:
    """A language's compiled data."""

    code: str
    name: str
    script: re.Pattern[str]
    dayfirst: bool
    """How the language writes numeric dates ("05/03/2024"): day first, else month first. A caller may
    read a run the other way (`tag(..., dayfirst=...)`); see `timeline.engine.meaning`."""
    vocab: dict[str, dict[str, int | str]]
    grammar: Grammar
    future: re.Pattern[str]
    future_prefix: re.Pattern[str]
    future_prefix_not: frozenset[str]
    scheduled: re.Pattern[str]
    """Present-tense verbs of a scheduled event (`scheduled`, and `scheduled_pattern`: a plural subject
    before its verb, "the candidates debate"): future cues weaker than a past cue; not right after a word of
    `scheduled_not_after` (a subjunctive: قبل أن تبدأ), nor glued to a clitic of `scheduled_not_glued` (of
    result or purpose: ليغلق)."""
    deferral: re.Pattern[str]
    """Deferrals and terms ("postponed until", "payable", and `deferral_pattern`: "delayed sentencing
    until"): future cues that only `deferral_past` overrides (see `timeline.engine.tense`)."""
    deferral_past: re.Pattern[str]
    """Words that put a deferral behind the story ("had been postponed until"): its date is then read back."""
    past_words: re.Pattern[str]
    """The past cues that are words (`past`), without the verb forms of `past_pattern`."""
    past_before: re.Pattern[str]
    passive_before: re.Pattern[str]
    """A word right before a verb of `past_before` that makes it a passive participle, no past cue ("will be
    announced Sunday")."""
    told_before: re.Pattern[str]
    """A verb of saying in the past right before a day ("the department said Tuesday", قال الوزير الثلاثاء):
    the day of the telling."""
    telling: re.Pattern[str]
    """A verb of saying in the past anywhere (the same list as `told_before`): a day near the publication
    after the period such a verb tells of in its sentence is the day of the telling ("Acme reported
    third-quarter earnings on Thursday"; see `timeline.engine.walk`)."""
    speech: re.Pattern[str]
    """A verb of saying in any form (`[reporting]`, past and present) or a word of `speech` in `[tense]`
    ("saying", قائلاً): in a narrative, a count back from now after one is the speaker's, not the writer's."""
    future_before: re.Pattern[str]
    """A word right before an expression that reads it forwards whatever its clause says (the delivery
    month of a futures contract: تسليم ديسمبر)."""
    future_after: re.Pattern[str]
    """A word right after an expression that reads it forwards, as `future_before` does ("crude for May
    delivery")."""
    upcoming_after: re.Pattern[str]
    """Words right after a day that read it forwards, the publication day included, whatever its clause says
    (أعلنت أن الثلاثاء هو أول أيام العيد: the coming Tuesday, or that day itself), also across a comma ("the
    fiscal fourth quarter, which ends June 30")."""
    contract_after: re.Pattern[str]
    """A commodity right after a month that opens its phrase, naming the futures contract of that month
    ("November soybeans settled lower", "December corn"): forwards, as `future_after`; not after one of
    `openers` ("In June wheat exports rose" is a month of the past)."""
    past_after: re.Pattern[str]
    """Right after a day, a result of what happened on it that reads it back whatever its clause says
    ("after Sunday's 2-2 draw", "in Saturday's defeat")."""
    planned_after: re.Pattern[str]
    """Nouns of a planned event right after a day without its year ("set a Feb. 12 trial date", "a March 3
    hearing"): a cue ahead against a clause told in the past, so the near reading may win (see
    `timeline.engine.newsday.much_nearer`)."""
    baseline_after: re.Pattern[str]
    """Nouns of a baseline right after a year ("below 2005 levels", "the 1981-2010 average"): the year
    measures a figure against it, no date the news story is on."""
    planned_on: re.Pattern[str]
    """The same nouns right before the day, perhaps with one of `planned_links` between ("voted for an early
    general election on 12 December"): a cue ahead as well."""
    future_undone: re.Pattern[str]
    """Words ending right before a future cue that put it behind the story ("had been scheduled for Oct.
    15", "had planned to"): the cue then gives no future."""
    future_told: re.Pattern[str]
    """A past copula ending right before a future cue ("was set to land on Monday", "was expected in
    January"): a plan as it stood, read forwards with the publication day included ("upcoming")."""
    forecast_told: re.Pattern[str]
    """A forecast in the perfect (توقع، توقعت) whose subject, then the expression, stand right before what is
    forecast (وتوقع صندوق النقد الدولي في نيسان أن ينكمش الاقتصاد): the expression dates the forecast,
    behind."""
    upcoming_before: re.Pattern[str]
    """A present-tense copula or "starting" right before an expression: a date stated as what is set
    ("the deadline is Sept. 15", "Game 7 is Tuesday at 8 p.m.", "starting Thursday") is upcoming."""
    upcoming_opening: re.Pattern[str]
    """A word opening an expression that names a later part of its day ("later Friday", "late Tuesday"): in a
    clause that looks ahead, the publication day itself when it is that day ("upcoming", not "future")."""
    openers: frozenset[str]
    """Prepositions that open a longer phrase before a sentence's clause ("For its fiscal year ending June 30,
    sales will ..."): the phrase takes that clause's first cue (see `timeline.engine.tense`)."""
    continued_opening: re.Pattern[str]
    """Matched at a clause's start: a clause that goes on with the clause before it, whose tense it takes
    when it has no cue of its own (a clause of result: ستؤثر ... لتنخفض درجات الحرارة فجر الخميس; ارتفعت ...
    لتصل)."""
    gapped: re.Pattern[str]
    """Searched in the part of a clause before an expression that has no cue: a present copula of a schedule
    and a short conjunct with no verb of its own, which shares that copula ("The men's final is on Feb. 1 and
    the women's on Saturday", "Game 5 is tonight and Game 6 Tuesday"): upcoming."""
    past_clause: re.Pattern[str]
    """A word that opens a clause of cause or time inside a sentence ("after", "because"): a past cue after it
    that follows the sentence's future cue dates the expression behind ("will play today after rain washed
    out play on Sunday")."""
    continued_ahead: re.Pattern[str]
    """Matched at a clause's start: a clause that goes on with the clause before it only where that one looks
    ahead ("will tour Asia, stopping in Tokyo on Saturday", "close at 7 p.m., and the last at 1 a.m.
    Wednesday"; after a past, "resulting in closures during the fourth quarter" need not be past)."""
    headline_future: re.Pattern[str]
    """Matched on the original text at a sentence's start: a headline's plan ("Bush to visit China in
    November", "Fed seen raising rates in June"), forwards when its clause has no cue of its own."""
    planned_before: re.Pattern[str]
    """A word right before an expression that names what it is planned for ("called a strike for
    Monday"), perhaps with one of `planned_before_links` between ("for a launch at 11:02 a.m. Saturday"):
    upcoming, unless the expression is in the possessive ("blamed for Sunday's attack")."""
    possessive: re.Pattern[str]
    """The marks of the possessive, matched right after an expression."""
    habitual: re.Pattern[str]
    """Words of a habit ("every year", "usually", and `habitual_pattern`: "each February"): a bare month in
    their clause is any year's (XXXX-08)."""
    habit_break: re.Pattern[str]
    """Words of contrast that end a habit's reach over the clauses after it in its sentence ("but")."""
    starting_before: re.Pattern[str]
    """Words of a start or an end right before a weekday (اعتباراً من يوم الثلاثاء، حتى الأربعاء): upcoming,
    the publication day included, unless a cue in its clause reads it otherwise (أعلنت الحداد من السبت)."""
    deadline_before: re.Pattern[str]
    """Words of a deadline or an end right before a weekday ("must register by Friday", "open until Sunday"):
    upcoming, as after `starting_before`, unless a cue in its clause reads it otherwise; a date of another
    kind so introduced reads by its clause alone ("had hired 500 workers by the end of the year")."""
    instead_before: re.Pattern[str]
    """Words right before a date that another replaces (ليبدأ يوم 28 سبتمبر بدلاً من 14 سبتمبر): the date first
    set, read as news reads a date told alone, the nearest, not by the tense of the clause that sets the new
    one."""
    reported: re.Pattern[str]
    """A word that opens a reported clause (أعلنت المحكمة أن يوم الأربعاء سيكون غرة شوال): the cues of that
    clause, not the verb that reports it, say first which way an expression in it reads; not after a word of
    time that makes it a conjunction (قبل أن يعوض خسائره يوم الثلاثاء: "before", no report)."""
    closing_before: re.Pattern[str]
    """A verb of closing right before the period it closes (يختتم شهر يوليو، تودع الأسبوع): the period ending
    now or just ended, read back whatever the verb's tense."""
    figures_after: re.Pattern[str]
    """A noun of reported figures right after a period ("fourth-quarter results", "the November jobs
    report", matched at the period's end): the period the figures cover, the nearest one whatever the
    clause's tense ("will report fourth-quarter results" in January is the quarter just ended)."""
    figures_before: re.Pattern[str]
    """The same figures named right before the period they cover ("data for March"), ending there."""
    past: re.Pattern[str]
    relative: re.Pattern[str]
    """A relative pronoun: a clause after the expression that starts with one describes a noun, not it."""
    described: re.Pattern[str]
    """A past participle that describes the noun before it ("a driver accused of assault"): no main verb."""
    subordinate: re.Pattern[str]
    """A relative pronoun or another word that opens a clause inside a main clause ("the place where the king
    fell"): a clause's own tense is told by the words before it."""
    measured_from: re.Pattern[str]
    """Matched right after a length set off by a comma: the word that makes it the distance from the
    sentence's date to an event the rest of its phrase dates ("went to the polls Tuesday, a week after the
    contests of Feb. 5 failed"): that date is the length's far end, no date the story moves to."""
    measuring: re.Pattern[str]
    """A superlative, or a verb of a state still going on (the file's `lasting`), a few words before "since N
    units": the length measures up to now."""
    lasting_after: re.Pattern[str]
    """Matched from the end of "since N units": a verb of a state still going on at most two words after it,
    where "since" opens its clause (ومنذ نحو عقدين تعمل الشركة): the length measures up to now too."""
    rate_before: re.Pattern[str]
    """A count of things ending right before a length of one unit (`rate_unit`) that makes it a rate: "25,000
    visitors a month", "one plane an hour", "grew 3 percent a year" (SET)."""
    rate_unit: re.Pattern[str]
    """A length of one unit written as a rate's ("a month", "an hour", "per year"); see `rate_before`."""
    zoned: re.Pattern[str]
    """A zone named with an expression ("Baghdad time", "local time", "GMT", بتوقيت بغداد): the day it
    names may be a day ahead of the publication's, on the other side of the world (see
    newsday.zone_ahead)."""
    compared_figure: re.Pattern[str]
    """The figure a change is measured from, ending right before a day ("fell to 8.04% from 8.13% Monday"): in
    news the other side of a comparison, which leaves the story's day where it was."""
    edge_closed: re.Pattern[str]
    """What closes the phrase of a date at a state's edge right after it, matched at its end ("its worst day
    since 2007, wiping out its gains for the year"): a later expression of the sentence is no longer beside
    the edge, whose focus is let go."""
    closing: re.Pattern[str]
    """The words before a day that closes a reporting period ("the quarter ended Sept. 30"), its unit in the
    group `unit`: in news the period, not that day, is what the story is about and counts back from."""
    sequence: re.Pattern[str]
    """What joins the ends of a sequence or range of days ("Sunday and Monday", "from Monday to
    Wednesday", يومي الأحد والاثنين، من الأحد إلى الثلاثاء), matched on all the text between them."""
    list_items: re.Pattern[str]
    """What joins two items of one list, matched on all the text between two expressions of one kind ("in
    March, Berlin in April and Rome in November", في مارس وفي أبريل): an item without a tense cue of its
    own is read in the direction of the item before it."""
    range_to: re.Pattern[str]
    """What joins the two ends of a range of days, not of a list ("from July 1 to June 30", من 28 ديسمبر إلى 3
    يناير), matched on all the text between them: the second end is not before the first."""
    clock_range: re.Pattern[str]
    """What else joins two clocks as the ends of one range ("free between 23:45 and 04:30"), matched on all
    the text between them: the second is after the first, as across `range_to`."""
    apposed_weekday: re.Pattern[str]
    """What stands between a day and a weekday that restates it ("on Jan. 17, 1993, a Sunday"), matched on
    all the text between them: the weekday is that day."""
    sequence_shared: re.Pattern[str]
    """A shift written once after the second day of a sequence that holds for both (the dual or plural
    adjective of يومي الأحد والاثنين المقبلين), matched at the end of the second day's expression."""
    summing_before: re.Pattern[str]
    """Words right before "the week", "the month", "the year" in news that sum the period up ("for the week",
    "ended the year"): told in the past, the period just closed early in the next (SummedUnit)."""
    trading_week: re.Pattern[str]
    """The words of a market report right before "last week" (تداولات الأسبوع الماضي، افتتح المؤشر الأسبوع
    الماضي), matched up to its start: that week is the trading week the report covers."""
    clock_elsewhere: re.Pattern[str]
    """Matched on the original text right after a clock set off by a comma after the clock before it: the
    same moment on another place's dial ("kicked off at 3:30 p.m., 7:30 a.m. in London"), which no later
    day follows from (see asides.restated_elsewhere)."""
    late_greeting: re.Pattern[str]
    """An afternoon or evening programme's greeting ("Good evening."), searched in the whole text: a clock of
    either half told ahead or as now is of the afternoon or evening (see newsday.greeted_late)."""
    vote_clock: re.Pattern[str]
    """The words of a vote and its polls ("polls", "voting", "election"): in the clause of a clock without
    its day and in the story's first sentence, that clock is on the lead's day (see walk.clocks)."""
    routine_clock: re.Pattern[str]
    """The words of hours kept every day ("working hours", ساعات الدوام، ساعات العمل): a clock without its day
    shortly after them in its sentence is a routine's, any day's (see walk.clocks)."""
    opening_clock: re.Pattern[str]
    """The words of an event's opening ceremony ("the opening ceremony", حفل الافتتاح): in the clause of a
    clock without its day, that clock is on the day the text first said the event opens (see walk.clocks)."""
    opening_day: re.Pattern[str]
    """The verbs of an event that opens ("opens", تنطلق، تفتتح): the day a little after one is its opening day
    (see `opening_clock`)."""
    afternoon_clock: re.Pattern[str]
    """A clock of either half written so in running news ("at two o'clock", "until one o'clock today"),
    searched in its folded expression: of the afternoon (see newsday.working_hour)."""
    evening_clock: re.Pattern[str]
    """A clock from six of either half written so in running news ("polls close at seven o'clock Eastern"),
    searched in its folded expression: of the evening (see newsday.working_hour)."""
    edge_undone: re.Pattern[str]
    """Before a date, what makes a word of `aside_before` no edge of a state but the date an event waited for
    ("did not appear until 1954"), searched up to the date's start (see the walk's `_at_edge`)."""
    trading_close: int | None
    """The ISO weekday a trading week closes on (Thursday, 4, where it runs from Sunday), or None."""
    aside_before: re.Pattern[str]
    """A word that makes a date after it in its clause the edge of a state ("since 513 BC", "lasted until
    the fall of the city in 1945") or the other side of a comparison, not a step of a narrative: the story
    does not move to it."""
    edge_event_between: re.Pattern[str]
    """An event between a word of `aside_before` and the date after it ("until his death on 8 May 1819")."""
    edge_event_after: re.Pattern[str]
    """A clause that tells what befell on the date before it (", when the emperor restored the council")."""
    comparison_before: re.Pattern[str]
    """A word that makes a date after it in its clause the other side of a comparison ("compared with the
    first quarter of last year"): in news too, the date a report is about stays where it was."""
    aged: re.Pattern[str]
    """Matched on the normalized text: a word of an age at an event and its number of years in figures or
    words (group `age`: "at the age of fourteen", "aged 12", "at age twenty-one"); in a life told as a
    narrative it tells the year the story has reached (the year of birth and that many years)."""
    born_before: re.Pattern[str]
    """Matched on the normalized text right before a date: a word of birth and at most a few words of the
    same clause before it ("was born in Marburg in 1834", "born on 19 March 1834"): the date a life began."""
    lifetime_before: re.Pattern[str]
    """Matched on the original text before a date in brackets right after a word (group `name`: a name
    when it holds a capital, told by `str.isupper` in any script, as in "al-Assad"): the bracket's start,
    then nothing, a word of `lifetime` ("born", group `word`) and what follows it, or a range's start
    (group `range`): "Jan Smuts (1870–", "Einstein (born "."""
    flashback_before: re.Pattern[str]
    """A pluperfect before a date in its clause ("troops that had landed there in 1943"): a date behind the
    story there is a look back from it, and the story does not move to it."""
    pluperfect_before: re.Pattern[str]
    """The pluperfect alone before a month or day said without its year in its clause ("who had returned from
    exile in June" on 25 November): the reading behind the story gets no head start from the one ahead."""
    flashback_after: re.Pattern[str]
    """The same pluperfect after an expression in its clause ("in the summer the city had been starved"),
    matched from the expression's end."""
    flash_forward: re.Pattern[str]
    """A word in a sentence that makes a date there years past the story a look ahead from it, not a step
    ("In November 2008, protesters staged a similar march" in a story of 2003; "it is nowadays a museum").;
    not one inside a phrase of the story's day (`flash_forward_not_after`, `flash_forward_not_before`: صباح
    اليوم التالي، ذلك اليوم is "the day", no "today")."""
    relative_ahead: re.Pattern[str]
    """A word opening a relative clause on a noun before a date in its clause ("killing 1,800 men, whose
    bodies were found in 1905" in a story of 1361): a date there years past the story is a look ahead, not a
    step."""
    present_now: re.Pattern[str]
    """A word of the day that, in a narrative clause of neither past nor future and outside quoted speech, is
    the writer's now (PRESENT_REF), not the story's day ("the castle is a museum today")."""
    present_joined: re.Pattern[str]
    """A word opening a clause that, ending with a word of `present_now` and told in neither past nor
    future, is the writer's now whatever the clause before tells ("was granted in 1650 and remains in force
    today")."""
    present_finite: re.Pattern[str]
    """A present-tense verb that, found before any past cue in the clause a "today" opens, makes it the
    writer's now though a participle follows ("Today the museum has a room devoted to his drawings")."""
    writer_future: re.Pattern[str]
    """A word of a clause looking ahead from the writer's present ("plans to", "is expected"): in a
    narrative, a unit counted from now there ("next year") counts from the publication, not the story."""
    writer_part: re.Pattern[str]
    """Words opening an expression of the unit the writer is in ("earlier this year", "later this month"): in
    a narrative that unit is the writer's, counted from the publication whatever the clause tells, since the
    story's would be "earlier that year"."""
    onwards_before: re.Pattern[str]
    """A word ending right before a month or day said without its year that reads it on from a date set
    earlier in its sentence: a deadline or an end ("3,500 in March ... increased to 200,000 by December")."""
    back_before: re.Pattern[str]
    """A word ending right before a month or day said without its year that looks back from the date set
    earlier in its sentence, not on from it ("and Adrianople, besieged since November, fell")."""
    bound_before: re.Pattern[str]
    """A word right before a narrative's date that makes it a bound, not a step of the story ("the largest
    battle fought before 1914"): the story does not move to it."""
    listed_on: re.Pattern[str]
    """A word joining two clauses of a sentence told in order ("entered the war in January and lost Havana
    in August"): a month or day said without its year after it reads on from the date set before it."""
    sequence_on: re.Pattern[str]
    """Words that tell the next step of one sequence ("then", ثم، على أن): a weekday told ahead after them,
    past a day its sentence named before, is the first such day after it ("ends on Saturday, Sept. 2, then
    reopens on Sunday"); "and" alone joins clauses of things apart ("reconvenes on Monday, and the company
    reports on Thursday")."""
    range_from: re.Pattern[str]
    """A word that opens a range in the clause before its first date ("from the invasion in January")."""
    range_on: re.Pattern[str]
    """A word that leads from a range's first date to its second ("... to the capture of the king in August"):
    after `range_from`, the second, without its year, reads on from the first."""
    reference: re.Pattern[str]
    """A word ending right before a year, or a clitic glued to it, that names a thing of that year ("the
    Orders in Council of 1807", أوامر المجلس لعام 1807): in a narrative on a day or month after it, a look
    back, not a step of its story."""
    clock_now_before: re.Pattern[str]
    """Words ending right before a clock that tell it as the time of writing ("It's twenty past one"): the
    publication day's."""
    attributive: re.Pattern[str]
    """An article or possessive ending right before a date that a word follows: the date names a thing
    ("his 1995 memoir", "a 2005 study"), an aside in a narrative, not a step of its story."""
    noun_dated: re.Pattern[str]
    """News: an article or possessive ending right before a date that a word follows, the definite article
    too ("the August 8 poll"): the date dates the noun after it, not the clause (see asides.noun_aside)."""
    dated_aside: re.Pattern[str]
    """A participle's aside ending right before a year that a comma closes (", signed in 1993,"): the year
    dates the noun before it, no year of history for the sentence's days."""
    superlative: re.Pattern[str]
    """A superlative ending a few words before "in N units": the lowest in six months is up to now."""
    weak: frozenset[str]
    weak_context: frozenset[str]
    weak_joins: frozenset[str]
    """Words of `weak_context` that join a weak word to a date before them: context only after one."""
    weak_capitalized: bool
    weak_phrase: re.Pattern[str]
    """A phrase ending right before a weak word that makes it a date where its last word alone would not
    ("the 12 months to May", "data for March"; "to May" alone may be a person's name)."""
    weak_list_head: re.Pattern[str]
    """A weak word that opens an entry of a list of dates, matched at it: a date ("* May: Hyder retakes
    Mangalore")."""
    weak_seasons: frozenset[str]
    season_before: frozenset[str]
    """Prepositions after which a weak season in lower case is the season ("the army rested in spring")
    when its phrase ends there: a stop or a word of `season_after` follows ("in spring the rebels fled"),
    not a noun it qualifies ("in spring water")."""
    season_after: frozenset[str]
    """The weak words that name a season: in lower case they count before a campaign noun."""
    clitic_context: str
    """The clitics glued to a weak word that make it a date, as a preposition before it does (بآب، لمارس);
    any other clitic (و، ف: ومارس "and he practised") leaves it to the word before."""
    glued_words: frozenset[str]
    """Words as written that a clitic and a time word only seem to spell (باب "door", not ب + آب; لامس
    "touched", not ل + أمس): no match is read from them."""
    name_before: re.Pattern[str] | None
    name_after: re.Pattern[str] | None
    """Matched on the original text right after a time written in words: a capitalised noun there makes
    both one name ("the Hundred Years' War", "the Winter War"), which CONVENTIONS says is no time."""
    title_after: re.Pattern[str] | None
    """Matched on the original text right after a time word capitalised inside a sentence: a capitalised word
    there makes both a title or name ("the Autumn Exhibition", "her novel, Winter Wages"), no time, on a line
    not in title case (a headline capitalises every word: "Markets Slide as Winter Approaches")."""
    title_words: re.Pattern[str] | None
    """Matched on the original text at a count of units as written inside a sentence, ending where it ends: a
    count and its unit capitalised there, no capitalised word after them, are a title ("his memoir Forty
    Years Ago", "the film Three Days Later"), no time, on a line not in title case; before a capitalised
    word they are part of a name the count dates ("the Seven Days Battles")."""
    work_title: re.Pattern[str] | None
    """Matched on the folded text right before an expression that ends a pair of quotes: a word that names a
    work before the quotes (a film, a song, a programme: فيلم «الساعة الخامسة»، the film "High Noon", up to
    three words of the title before the expression) makes the quoted expression its title, no time."""
    title_quote: tuple[re.Pattern[str], re.Pattern[str]] | None
    """Searched on the original text right before and matched right after a capitalised time word: quotes
    around it that hold a title in title case ("Sunday Kind of Love", "The Midnight Hour") make it part of
    the title, no time."""
    title_before: re.Pattern[str] | None
    """Matched on the original text right before a capitalised time word: a title or honorific there makes the
    word a surname ("Mr. Friday", "Judge Summer", "Senator Winter"), no time."""
    agent_by: re.Pattern[str] | None
    """Matched on the normalized text right before a given name after a word of date context: a work or a
    verb of making before "by" makes the name its maker's ("edited by May Morris", "a life by June Rose"),
    where "by June the army had left" stays a date."""
    given_name: re.Pattern[str] | None
    """Matched on the original text at a time word said alone: a given name before a surname there ("April
    Ryan", "June Carter Cash"), no time unless a word of date context precedes it ("in April Congress")."""
    names: Headed
    """Names that hold a time word (a newspaper, a person, an event): a match inside one is no time."""
    age_before: re.Pattern[str]
    """The words before an age ("40 years old" reads it after): a duration there is no time (CONVENTIONS)."""
    count_nouns: frozenset[str]
    """Nouns that make a four-digit number before them a count ("2030 passengers"), not a year."""
    count_context: frozenset[str]
    """Words before such a number that keep it a year ("in 1948 people fled"): the weak context unless the
    file says otherwise."""
    count_group: re.Pattern[str]
    """A noun of a body of people or things and its link, right before a number a word of `count_context` ends
    ("a column of 1800 men"): the number counts the noun after it, where the link alone keeps it a year ("in
    the spring of 1857 men gathered")."""
    count_joins: frozenset[str]
    """Words of `count_context` that keep it a year only after a number ("in 2004 and 2005 students"), not
    after a noun ("1996 workers and 2005 contractors")."""
    count_range_joins: frozenset[str]
    """Words joining two numbers before a plural noun (`count_plural`) into a count's range ("held 1200 to
    1500 manuscripts"), unless a word of `count_context` stands before the first ("from 1800 to 1820
    farmers")."""
    count_range_years: frozenset[str]
    """Words before the first number of such a range that name the numbers years ("the years 1914 to 1918
    millions died")."""
    count_pair_years: frozenset[str]
    """Words before the first of two numbers joined by a word of `count_joins` that make both years, not a
    count's ends ("the 2000 and 2004 elections")."""
    count_plural: re.Pattern[str]
    """A plural noun after such a range, as a whole word."""
    campaign_nouns: frozenset[str]
    """Nouns of a campaign that make a weak word before them a time of the year in any case: "a spring
    offensive", "the fall campaign", "a March operation" (the season or month it was fought in)."""
    dated_nouns: frozenset[str]
    """Nouns that a capitalised weak month before them dates ("its August peak", "the May jobs report")."""
    words: frozenset[str]
    """The words the file spells, in normalized form: evidence, when telling languages of one script apart."""

    def count(self, written: str) -> int | None:
        """A count written in figures or in the language's number words (`numword`), tens and a unit joined
        by a hyphen or a space ("12", "sixty-three", "thirteen"); None where a part is no number word."""
        if written.isdigit():
            return int(written)
        numbers = self.vocab.get("numword", {})
        total = 0
        for part in _COUNT_PARTS.split(fold(written)):
            number = numbers.get(part)
            if not isinstance(number, int):
                return None
            total += number
        return total


_COUNT_PARTS = re.compile(r"[- ]")
"""What joins the number words of one count ("sixty-three", "sixty three")."""


@cache
def available() -> tuple[str, ...]:
    """The codes of every language that has a data file."""
    folder = _FOLDER
    return tuple(
        sorted(p.name[:-5] for p in folder.iterdir() if p.name.endswith(".toml") and "_" not in p.name)
    )


_IN_CLAUSE = r"(?:[^.,;:!?()\n،؛؟]|(?<=\d)[.,](?=\d))"
"""A character inside a clause: no clause mark, Arabic ones too (the separator inside a number, "1,600", is
none)."""

_CLAUSE_REST = _IN_CLAUSE + "{0,60}$"
"""The rest of a clause up to a position, at most 60 characters."""

_WORDS_BETWEEN = r"(?:[^\w.؟?!]+\w+){{0,{}}}[^\w.؟?!]+"
"""Up to N words (`format` gives N) with the spaces and marks around them, within one sentence."""

_CLAUSE_START = _IN_CLAUSE + "{0,40}?"
"""The start of a clause from a position, before a cue, at most 40 characters."""


def _cues(words: list[str], clitics: str = "") -> re.Pattern[str]:
    """A regex for any of `words` as whole words, in normalized (lower-case) text, behind at most one of
    the language's `clitics` ("وكانت" is "كانت"); a word that opens with a mark is glued to the one before
    it ("'ll" in "we'll"). A word hyphened to the one before is part of a compound, no cue ("a
    stronger-than-expected rise in June", "a long-planned visit"), but for a prefix ("was re-scheduled
    for Friday", "co-hosts")."""
    folded = [fold(w) for w in words]
    alternation = alternation_of(w for w in folded if w[:1].isalnum()) or "(?!)"
    marked = alternation_of(w for w in folded if not w[:1].isalnum())
    glued = f"[{re.escape(fold(clitics))}]?" if clitics else ""
    start = r"(?<!\w)(?!(?<=\w-)(?<!\bre-)(?<!\bco-))"
    if marked:
        return re.compile(rf"(?:{start}{glued}(?:{alternation})|{marked})(?!\w)")
    return re.compile(rf"{start}{glued}(?:{alternation})(?!\w)")


def _not_after(cues: re.Pattern[str], words: list[str], clitics: str = "") -> re.Pattern[str]:
    """`cues`, but not right after one of `words` (behind a clitic too: وقبل أن) and a space."""
    glued = [""] + ([f"[{re.escape(fold(clitics))}]"] if clitics else [])
    behind = "".join(rf"(?<!(?<!\w){g}{re.escape(fold(w))}\s)" for w in words for g in glued)
    return re.compile(behind + cues.pattern)


def _not_before(cues: re.Pattern[str], words: list[str]) -> re.Pattern[str]:
    """`cues`, but not right before a space and one of `words` (اليوم التالي is no "today")."""
    if not words:
        return cues
    return re.compile(cues.pattern + rf"(?!\s(?:{alternation_of(fold(w) for w in words)})(?!\w))")


def _pluperfect(tense: dict[str, Any], key: str, clitics: str) -> str:
    """The pattern of the cues of a pluperfect under `key`, but not right before a word of
    `pluperfect_not_before`: "had two pillars carried", "had a son", "had to flee" own or cause, they tell no
    look back."""
    return _not_before(_cues(tense.get(key, []), clitics), tense.get("pluperfect_not_before", [])).pattern


def _right_before(words: list[str], links: list[str], clitics: str, between: str) -> re.Pattern[str]:
    """One of `words` (behind a clitic: وقال) ending right before a position, perhaps with one of `links`
    ("said on") or what `between` matches (a subject: قال الوزير الثلاثاء) between."""
    link = alternation_of(fold(w) for w in links) or "(?!)"
    tail = rf"\W{{0,3}}(?:(?:{link})\W{{1,3}})?$"
    return re.compile(_cues(words, clitics).pattern + fold_script(between) + tail)


def _weekday(vocab: dict[str, dict[str, int | str]], word: str | None) -> int | None:
    """The ISO number of a weekday the file writes as a word of its [vocab.weekday], or None."""
    return None if word is None else int(vocab["weekday"][fold(word)])


def _reporting_past(code: str) -> list[str]:
    """The past forms of the language's verbs of saying: the one list of them, in the package's
    `segment_<code>.toml` (a language file read from elsewhere has none)."""
    return _listed(f"segment_{code}.toml", "reporting", "past")


def _possessive(code: str) -> list[str]:
    """The marks of the possessive after a date ("Sunday's attack"): the one list of them, in the
    package's `triggers_<code>.toml` (a language file read from elsewhere has none)."""
    return _listed(f"triggers_{code}.toml", "cues", "possessive")


def _listed(file: str, section: str, key: str) -> list[str]:
    """A list of words from one of the package's word files, or none when there is no such file."""
    path = _FOLDER.joinpath(file)
    if not path.is_file():
        return []
    words: list[str] = tomllib.loads(path.read_text("utf-8")).get(section, {}).get(key, [])
    return words


def _words(raw: dict[str, Any]) -> frozenset[str]:
    """Every word the file spells (vocabulary, cues, context): what a text in the language is made of."""
    lists = [words for table in raw["vocab"].values() for words in table.values()]
    lists += [
        v for section in ("tense", "weak") for v in raw.get(section, {}).values() if isinstance(v, list)
    ]
    return frozenset(w for words in lists for entry in words for w in _LETTERS.findall(fold(entry)))


@cache
def load(code: str) -> Language:
    """The compiled data of language `code`; LanguageError when there is no such file.

    Compiling a grammar leaves tens of thousands of parse-tree objects behind: they are collected at once,
    so that the garbage collector's counts start afresh for tagging, and its first full collection does not
    come early in the first megabyte, walking the language's objects (about 3% of that megabyte's time)."""
    if code not in available():
        raise LanguageError(f"unknown language {code!r}; available: {', '.join(available())}")
    language = load_file(_FOLDER.joinpath(f"{code}.toml"))
    gc.collect()
    return language


def load_file(path: Traversable) -> Language:
    """The compiled data of the language file at `path`, whose name (`<code>.toml`) gives its code.

    `load` reads the files that come with the package; this reads any, as tests of the loader do."""
    file = path.name
    code = file.removesuffix(".toml")
    try:
        raw = tomllib.loads(path.read_text("utf-8"))
    except tomllib.TOMLDecodeError as err:
        raise GrammarError(file, "", "", f"is not TOML: {err}") from err
    check(raw, file)
    vocab: dict[str, dict[str, int | str]] = {}
    for cls, table in raw["vocab"].items():
        entries: dict[str, int | str] = {}
        for meaning, words in table.items():
            value: int | str = int(meaning) if meaning.lstrip("-").isdigit() else meaning
            for word in words:
                entries[fold(word)] = value
        vocab[cls] = entries
    grammar = compile_grammar(raw["grammar"], vocab, file)
    check_grammar(raw, grammar, file)
    tense = raw.get("tense", {})
    weak = raw.get("weak", {})
    lasting = raw.get("lasting", "(?!)")
    clitics = raw["grammar"].get("clitic_letters", "")
    reference = _cues(tense.get("reference_before", []), clitics)
    return Language(
        code=code,
        name=raw["name"],
        script=re.compile(raw["script"]),
        dayfirst=raw["dayfirst"],
        vocab=vocab,
        grammar=grammar,
        future=re.compile(
            _cues(tense.get("future", []), clitics).pattern
            + "|"
            + fold_script(tense.get("future_pattern", "(?!)"))
        ),
        future_prefix=re.compile(fold(tense.get("future_prefix", "(?!)"))),
        future_prefix_not=frozenset(fold(w) for w in tense.get("future_prefix_not", [])),
        scheduled=re.compile(
            _not_after(
                _cues(
                    tense.get("scheduled", []),
                    "".join(c for c in clitics if c not in tense.get("scheduled_not_glued", "")),
                ),
                tense.get("scheduled_not_after", []),
                clitics,
            ).pattern
            + "|"
            + fold_script(tense.get("scheduled_pattern", "(?!)"))
        ),
        deferral=re.compile(
            _cues(tense.get("deferral", []), clitics).pattern
            + "|"
            + fold_script(tense.get("deferral_pattern", "(?!)"))
        ),
        deferral_past=_cues(tense.get("deferral_past", []), clitics),
        past_words=_cues(tense.get("past", []), clitics),
        past_before=_right_before(
            [*_reporting_past(code), *tense.get("past_before", [])],
            tense.get("past_before_links", []),
            clitics,
            tense.get("past_before_between", ""),
        ),
        passive_before=re.compile(_cues(tense.get("passive_before", [])).pattern + r"\W{1,3}$"),
        telling=_cues(_reporting_past(code), clitics),
        speech=_cues(
            [
                *_reporting_past(code),
                *_listed(f"segment_{code}.toml", "reporting", "present"),
                *tense.get("speech", []),
            ],
            clitics,
        ),
        told_before=_right_before(
            _reporting_past(code),
            tense.get("past_before_links", []),
            clitics,
            tense.get("past_before_between", ""),
        ),
        future_before=_right_before(tense.get("future_before", []), [], clitics, ""),
        future_after=re.compile(r"[^\w,;:.!?]{1,3}" + _cues(tense.get("future_after", [])).pattern),
        upcoming_after=re.compile(
            r"(?:,\s{1,2}|[^\w,;:.!?]{1,3})" + _cues(tense.get("upcoming_after", [])).pattern
        ),
        contract_after=re.compile(r"[^\w,;:.!?]{1,3}" + _cues(tense.get("contract_after", [])).pattern),
        past_after=re.compile(fold_script(tense.get("past_after", "(?!)"))),
        planned_after=re.compile(r"\W{1,3}" + _cues(tense.get("planned_after", [])).pattern),
        baseline_after=re.compile(  # the first year of a baseline's span too ("the 1981-2010 average")
            r"(?:[^\S\n]?[-–][^\S\n]?\d{2,4})?[^\S\n]{1,2}" + _cues(tense.get("baseline_after", [])).pattern
        ),
        planned_on=_right_before(tense.get("planned_after", []), tense.get("planned_links", []), clitics, ""),
        future_undone=re.compile(_cues(tense.get("future_undone", []), clitics).pattern + r"\W{1,3}$"),
        future_told=re.compile(_cues(tense.get("future_told", []), clitics).pattern + r"\W{1,3}$"),
        forecast_told=_cues(tense.get("forecast_told", []), clitics),
        upcoming_before=_right_before(
            tense.get("upcoming_before", []), tense.get("upcoming_before_links", []), clitics, ""
        ),
        headline_future=re.compile(tense.get("headline_future", "(?!)")),
        continued_opening=re.compile(fold_script(tense.get("continued_opening", "(?!)"))),
        continued_ahead=re.compile(fold_script(tense.get("continued_ahead", "(?!)"))),
        gapped=re.compile(fold_script(tense.get("gapped", "(?!)"))),
        past_clause=re.compile(fold_script(tense.get("past_clause", "(?!)"))),
        openers=frozenset(fold(w) for w in tense.get("openers", [])),
        upcoming_opening=_cues(tense.get("upcoming_opening", []), clitics),
        planned_before=_right_before(
            tense.get("planned_before", []), tense.get("planned_before_links", []), clitics, ""
        ),
        possessive=re.compile(alternation_of(fold(w) for w in _possessive(code)) or "(?!)"),
        closing_before=_right_before(tense.get("closing_before", []), [], clitics, ""),
        figures_after=re.compile(r"(?:['’]s)?[^\S\n]{1,2}" + _cues(tense.get("figures_after", [])).pattern),
        figures_before=_right_before(
            tense.get("figures_before", []),
            tense.get("figures_before_links", []),
            clitics,
            tense.get("figures_before_between", ""),
        ),
        habitual=re.compile(
            _cues(tense.get("habitual", []), clitics).pattern
            + "|"
            + fold_script(tense.get("habitual_pattern", "(?!)"))
        ),
        habit_break=_cues(tense.get("habit_breaks", []), clitics),
        starting_before=_right_before(tense.get("starting_before", []), [], clitics, ""),
        deadline_before=_right_before(tense.get("deadline_before", []), [], clitics, ""),
        instead_before=_right_before(tense.get("instead_before", []), [], clitics, ""),
        reported=_not_after(
            _cues(tense.get("reported", []), clitics), tense.get("reported_not_after", []), clitics
        ),
        past=re.compile(
            _cues(tense.get("past", []), clitics).pattern
            + "|"
            + fold_script(tense.get("past_pattern", "(?!)"))
        ),
        relative=_cues(tense.get("relative", [])),
        described=_cues(tense.get("described", [])),
        subordinate=_cues(tense.get("relative", []) + tense.get("subordinate", [])),
        measured_from=re.compile(r"\s+" + _cues(tense.get("measured_from", []), clitics).pattern),
        measuring=re.compile(raw.get("measuring", "(?!)") + rf"|(?:{lasting}){_WORDS_BETWEEN.format(8)}$"),
        lasting_after=re.compile(_WORDS_BETWEEN.format(2) + lasting),
        rate_before=re.compile(fold_script(raw.get("rate_before", "(?!)"))),
        rate_unit=re.compile(fold_script(raw.get("rate_unit", "(?!)"))),
        zoned=re.compile(fold_script(raw.get("zoned", "(?!)"))),
        compared_figure=re.compile(fold_script(raw.get("compared_figure", "(?!)"))),
        edge_closed=re.compile(fold_script(raw.get("edge_closed", "(?!)"))),
        closing=re.compile(fold_script(raw.get("closing", "(?!)"))),
        sequence=re.compile(fold_script(raw.get("sequence", "(?!)"))),
        list_items=re.compile(fold_script(raw.get("list_items", "(?!)"))),
        range_to=re.compile(fold_script(raw.get("range_to", "(?!)"))),
        clock_range=re.compile(fold_script(raw.get("clock_range", "(?!)"))),
        apposed_weekday=re.compile(fold_script(raw.get("apposed_weekday", "(?!)"))),
        sequence_shared=re.compile(fold_script(raw.get("sequence_shared", "(?!)")) + "$"),
        summing_before=_right_before(tense.get("summing_before", []), [], clitics, ""),
        trading_week=re.compile(fold_script(raw.get("trading_week", "(?!)")) + "$"),
        late_greeting=re.compile(fold_script(raw.get("late_greeting", "(?!)"))),
        vote_clock=re.compile(fold_script(raw.get("vote_clock", "(?!)"))),
        opening_clock=re.compile(fold_script(raw.get("opening_clock", "(?!)"))),
        routine_clock=re.compile(fold_script(raw.get("routine_clock", "(?!)"))),
        opening_day=re.compile(fold_script(raw.get("opening_day", "(?!)"))),
        clock_elsewhere=re.compile(raw.get("clock_elsewhere", "(?!)")),
        afternoon_clock=re.compile(fold_script(raw.get("afternoon_clock", "(?!)"))),
        evening_clock=re.compile(fold_script(raw.get("evening_clock", "(?!)"))),
        edge_undone=re.compile(fold_script(raw.get("edge_undone", "(?!)"))),
        trading_close=_weekday(vocab, raw.get("trading_close")),
        aside_before=re.compile(
            _not_after(
                _cues([*tense.get("aside_before", []), *tense.get("comparison_before", [])], clitics),
                tense.get("comparison_not_after", []),
            ).pattern
            + _CLAUSE_REST
        ),
        edge_event_between=_cues(tense.get("edge_event_between", []), clitics),
        edge_event_after=re.compile(
            r"[\s,،]{0,3}" + _cues(tense.get("edge_event_after", []), clitics).pattern
        ),
        comparison_before=re.compile(
            _not_after(
                _cues(tense.get("comparison_before", []), clitics), tense.get("comparison_not_after", [])
            ).pattern
            + _CLAUSE_REST
        ),
        aged=_aged(tense.get("aged", []), vocab.get("numword", {})),
        born_before=re.compile(
            rf"(?<!\w)(?:{alternation_of(fold(w) for w in tense['born'])})(?:\s+[^\s.;:!?()]+){{0,4}}\s+$"
            if tense.get("born")
            else "(?!)"
        ),
        lifetime_before=_lifetime_before(tense.get("lifetime", [])),
        flashback_before=re.compile(_pluperfect(tense, "flashback_before", clitics) + _CLAUSE_REST),
        pluperfect_before=re.compile(_pluperfect(tense, "pluperfect_before", clitics) + _CLAUSE_REST),
        flashback_after=re.compile(_CLAUSE_START + _pluperfect(tense, "flashback_before", clitics)),
        relative_ahead=re.compile(_cues(tense.get("relative_ahead", []), clitics).pattern + _CLAUSE_REST),
        flash_forward=_not_before(
            _not_after(
                _cues(tense.get("flash_forward", []), clitics),
                tense.get("flash_forward_not_after", []),
                clitics,
            ),
            tense.get("flash_forward_not_before", []),
        ),
        present_now=_cues(tense.get("present_now", []), clitics),
        present_joined=_cues(tense.get("present_joined", []), clitics),
        present_finite=_cues(tense.get("present_finite", []), clitics),
        writer_future=_cues(tense.get("writer_future", []), clitics),
        writer_part=_cues(tense.get("writer_part", []), clitics),
        onwards_before=_right_before(tense.get("onwards_before", []), [], clitics, ""),
        back_before=_right_before(tense.get("back_before", []), [], clitics, ""),
        bound_before=_right_before(tense.get("bound_before", []), [], clitics, ""),
        listed_on=_cues(tense.get("listed_on", []), clitics),
        sequence_on=_cues(tense.get("sequence_on", []), clitics),
        range_from=re.compile(_cues(tense.get("range_from", []), clitics).pattern + _CLAUSE_REST),
        range_on=_cues(tense.get("range_on", []), clitics),
        reference=re.compile(_not_after(reference, tense.get("reference_not_after", [])).pattern + r"\s*$"),
        clock_now_before=_right_before(tense.get("clock_now_before", []), [], clitics, ""),
        attributive=re.compile(_cues(tense.get("attributive_before", []), clitics).pattern + r"\s+$"),
        noun_dated=re.compile(_cues(tense.get("noun_dated_before", []), clitics).pattern + r"\s+$"),
        dated_aside=re.compile(fold_script(tense.get("dated_aside", "(?!)"))),
        superlative=re.compile(fold_script(raw.get("superlative", "(?!)"))),
        weak=frozenset(fold(w) for w in weak.get("words", [])),
        weak_context=frozenset(fold(w) for w in weak.get("context", [])),
        weak_joins=frozenset(fold(w) for w in weak.get("joins", [])),
        weak_capitalized=bool(weak.get("capitalized", False)),
        weak_phrase=re.compile(rf"(?<!\w)(?:{fold_script(weak.get('phrase', '(?!)'))})\W{{1,3}}$"),
        weak_list_head=re.compile(fold_script(weak.get("list_head", "(?!)"))),
        weak_seasons=frozenset(fold(w) for w in weak.get("seasons", [])),
        season_before=frozenset(fold(w) for w in weak.get("season_before", [])),
        season_after=frozenset(fold(w) for w in weak.get("season_after", [])),
        clitic_context=fold(weak.get("clitic_context", "")),
        glued_words=frozenset(weak.get("glued_words", [])),
        name_before=re.compile(weak["name_before"]) if "name_before" in weak else None,
        name_after=re.compile(weak["name_after"]) if "name_after" in weak else None,
        title_after=re.compile(weak["title_after"]) if "title_after" in weak else None,
        title_words=re.compile(weak["title_words"]) if "title_words" in weak else None,
        work_title=re.compile(
            rf"(?:{fold_script(weak['work_title'])})" + r"[,،]?\s*[«\"“‘'](?:[^\W\d_]+\s+){0,3}$"
        )
        if "work_title" in weak
        else None,
        title_quote=(re.compile(weak["title_quote_before"]), re.compile(weak["title_quote_after"]))
        if "title_quote_before" in weak and "title_quote_after" in weak
        else None,
        title_before=re.compile(weak["title_before"]) if "title_before" in weak else None,
        given_name=re.compile(weak["given_name"]) if "given_name" in weak else None,
        agent_by=re.compile(fold_script(weak["agent_by"])) if "agent_by" in weak else None,
        names=Headed.of(fold_script(weak.get("names", "(?!)"))),
        age_before=re.compile(fold_script(weak.get("age_before", "(?!)"))),
        count_nouns=frozenset(fold(w) for w in weak.get("count_nouns", [])),
        count_context=frozenset(fold(w) for w in weak.get("count_context", weak.get("context", []))),
        count_group=re.compile(fold_script(weak.get("count_group", "(?!)"))),
        count_joins=frozenset(fold(w) for w in weak.get("count_joins", [])),
        count_range_joins=frozenset(fold(w) for w in weak.get("count_range_joins", [])),
        count_range_years=frozenset(fold(w) for w in weak.get("count_range_years", [])),
        count_pair_years=frozenset(fold(w) for w in weak.get("count_pair_years", [])),
        count_plural=re.compile(fold_script(weak.get("count_plural", "(?!)"))),
        campaign_nouns=frozenset(fold(w) for w in weak.get("campaign_nouns", [])),
        dated_nouns=frozenset(fold(w) for w in weak.get("dated_nouns", [])),
        words=_words(raw),
    )


def _aged(words: list[str], numbers: dict[str, Any]) -> re.Pattern[str]:
    """The pattern of `Language.aged`: a word of `aged` and an age of two to 99 years in figures or in the
    language's number words, tens and a unit joined ("sixty-three", "thirty-one": a unit is a single word,
    not an article); none without the words."""
    if not words:
        return re.compile("(?!)")
    spelled = alternation_of(w for w, n in numbers.items() if isinstance(n, int) and 2 <= n < 100)
    units = alternation_of(
        w for w, n in numbers.items() if isinstance(n, int) and 1 <= n < 10 and w.isalpha() and len(w) > 2
    )
    said = alternation_of(fold(w) for w in words)
    return re.compile(rf"(?<!\w)(?:{said})\s+(?P<age>\d{{1,2}}|(?:{spelled})(?:[- ](?:{units}))?)(?![\w-])")


def _lifetime_before(words: list[str]) -> re.Pattern[str]:
    """The pattern of `Language.lifetime_before` for the words of a life; none without them."""
    if not words:
        return re.compile("(?!)")
    said = "|".join(re.escape(w) for w in sorted(words, key=len, reverse=True))
    opening = r"\b(?P<name>\w[\w'’.-]*),? ?\("
    return re.compile(rf"{opening}(?:(?P<word>{said}) [^()\n]{{0,30}}|(?P<range>[^()\n]{{1,30}}[–-] ?))?$")


def detect(text: str, languages: Sequence[Language] | None = None) -> str:
    """The language of `text` among `languages` (by default every available one).

    The script tells first: the languages whose letters are most frequent. Languages that share that
    script are told apart by their words: the one whose data spells most of the text's words wins, the
    first of them on a tie. A text with no letters at all ("2016-11-30") is read with the first language:
    its digit-only forms do not depend on the language.
    """
    candidates = list(languages) if languages is not None else [load(code) for code in available()]
    head = text[:4000]
    counts = [len(lang.script.findall(head)) for lang in candidates]
    most = max(counts)
    scripted = [lang for lang, count in zip(candidates, counts, strict=True) if count == most]
    if len(scripted) > 1 and most > 0:
        words = _LETTERS.findall(fold(head))
        return max(scripted, key=lambda lang: sum(w in lang.words for w in words)).code
    return scripted[0].code
