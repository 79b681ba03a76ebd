"""Hand-made event tables with the schema of `timeline.events.table.EVENT_SCHEMA`, for the chart tests.

`seed_events()` mirrors what the Arabic seed article dates (a decade, months, days, a range, an
anchored period); `english_events()` a second, English document; `generated_events(n)` n events from
both documents mixing every grain, ranges and labels long enough to be truncated.
"""

from __future__ import annotations

import random
from datetime import datetime, timedelta
from typing import Any

import polars as pl

from timeline.events.entities import entity_table
from timeline.events.table import EVENT_SCHEMA

AR_DOC = {
    "doc": "seed-ar",
    "title": "مصادر ليبية تكشف عن اتفاقات جديدة بين حفتر وموسكو",
    "url": "https://example.org/ar/haftar-moscow",
    "published": datetime(2016, 11, 30),
    "lang": "ar",
}
EN_DOC = {
    "doc": "sample-en",
    "title": "Haftar courts Moscow for arms",
    "url": "https://example.org/en/haftar-moscow",
    "published": datetime(2016, 12, 2),
    "lang": "en",
}

# (document, event, trigger, expression, type, value, start, end, grain)
SEED_EVENTS: list[tuple[dict[str, Any], str, str | None, str, str, str, datetime, datetime, str]] = [
    (
        AR_DOC,
        "بنتها روسيا إبان علاقاتها المتينة مع نظام القذافي خلال الحرب الباردة في عقد الثمانينيات",
        "بنتها",
        "عقد الثمانينيات",
        "DATE",
        "198",
        datetime(1980, 1, 1),
        datetime(1990, 1, 1),
        "decade",
    ),
    (
        AR_DOC,
        "بعد زيارته السابقة في يونيو/حزيران الماضي، التي التقى فيها وزير الدفاع الروسي",
        "زيارته",
        "يونيو/حزيران الماضي",
        "DATE",
        "2016-06",
        datetime(2016, 6, 1),
        datetime(2016, 7, 1),
        "month",
    ),
    (
        AR_DOC,
        "إلا أن تسريبات صحافية تحدثت في سبتمبر/أيلول الماضي عن وصول مندوب حفتر",
        "تحدثت",
        "سبتمبر/أيلول الماضي",
        "DATE",
        "2016-09",
        datetime(2016, 9, 1),
        datetime(2016, 10, 1),
        "month",
    ),
    (
        AR_DOC,
        "كان قد التقى مسؤولين مقربين من حفتر، خلال الشهر الماضي، في القاهرة",
        "التقى",
        "الشهر الماضي",
        "DATE",
        "2016-10",
        datetime(2016, 10, 1),
        datetime(2016, 11, 1),
        "month",
    ),
    (
        AR_DOC,
        "يسافر فيها حفتر إلى موسكو خلال الشهور الستة الماضية",
        "يسافر",
        "الشهور الستة الماضية",
        "DURATION",
        "P6M",
        datetime(2016, 5, 30),
        datetime(2016, 11, 30),
        "day",
    ),
    (
        AR_DOC,
        "زيارة عاجلة وغير معلن عنها مسبقاً لرئيس البرلمان إلى العاصمة الجزائر، الأحد الماضي",
        "زيارة",
        "الأحد الماضي",
        "DATE",
        "2016-11-27",
        datetime(2016, 11, 27),
        datetime(2016, 11, 28),
        "day",
    ),
    (
        AR_DOC,
        "زار، يوم الإثنين، مصانع روسية للأسلحة",
        "زار",
        "يوم الإثنين",
        "DATE",
        "2016-11-28",
        datetime(2016, 11, 28),
        datetime(2016, 11, 29),
        "day",
    ),
    (
        AR_DOC,
        "عقد اللواء المتقاعد، خليفة حفتر، سلسلة من اللقاءات مع مسؤولين روس منذ مساء الإثنين وحتّى الثلاثاء",
        "عقد",
        "مساء الإثنين وحتّى  الثلاثاء",
        "DATE",
        "2016-11-28TEV/2016-11-29",
        datetime(2016, 11, 28, 18),
        datetime(2016, 11, 30),
        "day",
    ),
]

ENGLISH_EVENTS: list[tuple[dict[str, Any], str, str | None, str, str, str, datetime, datetime, str]] = [
    (
        EN_DOC,
        "Soviet advisers built the Jufra air base in the 1980s",
        "built",
        "the 1980s",
        "DATE",
        "198",
        datetime(1980, 1, 1),
        datetime(1990, 1, 1),
        "decade",
    ),
    (
        EN_DOC,
        "Haftar first flew to Moscow in June 2016",
        "flew",
        "June 2016",
        "DATE",
        "2016-06",
        datetime(2016, 6, 1),
        datetime(2016, 7, 1),
        "month",
    ),
    (
        EN_DOC,
        "the speaker of parliament visited Algiers on Sunday",
        "visited",
        "Sunday",
        "DATE",
        "2016-11-27",
        datetime(2016, 11, 27),
        datetime(2016, 11, 28),
        "day",
    ),
    (
        EN_DOC,
        "Haftar toured an arms factory at 3 p.m. on Monday",
        "toured",
        "3 p.m. on Monday",
        "TIME",
        "2016-11-28T15:00",
        datetime(2016, 11, 28, 15),
        datetime(2016, 11, 28, 15, 1),
        "minute",
    ),
    (
        EN_DOC,
        "a delivery of Russian trainers is expected in 2017",
        "delivery",
        "2017",
        "DATE",
        "2017",
        datetime(2017, 1, 1),
        datetime(2018, 1, 1),
        "year",
    ),
]

SUBJECTS_AR = ["وفد عسكري", "مسؤولون روس", "البرلمان الليبي", "مصادر ليبية", "وزير الدفاع"]
VERBS_AR = ["زار القاهرة", "التقى قادة عسكريين", "وقّع اتفاقاً جديداً", "أعلن عن صفقة أسلحة", "نفى التقارير"]
SUBJECTS_EN = ["A military delegation", "Russian officials", "The Libyan parliament", "Analysts", "The envoy"]
VERBS_EN = [
    "visited Cairo",
    "met army commanders",
    "signed a new agreement",
    "announced an arms deal",
    "denied the reports",
]
LONG_TAIL_AR = " في إطار سلسلة طويلة من المشاورات المتواصلة بين الأطراف الإقليمية والدولية حول مستقبل البلاد"
LONG_TAIL_EN = " as part of a long series of consultations between regional and international parties"


def event_row(
    document: dict[str, Any],
    event: str,
    trigger: str | None,
    expression: str,
    type_: str,
    value: str,
    start: datetime,
    end: datetime,
    grain: str,
    position: int = 0,
) -> dict[str, Any]:
    """One row of the event table, `order` left for `ordered` to fill."""
    return {
        "order": 0,
        "doc": document["doc"],
        "title": document["title"],
        "url": document["url"],
        "published": document["published"],
        "lang": document["lang"],
        "event": event,
        "sentence": f"{event}.",
        "trigger": trigger,
        "lemma": trigger,
        "trigger_start": None,
        "trigger_end": None,
        "expression": expression,
        "type": type_,
        "value": value,
        "mod": None,
        "start": start,
        "end": end,
        "grain": grain,
        "anchor": "date",
        "char_start": position,
        "char_end": position + len(expression),
        "rule": "fixture",
        "sequence": position,
        "event_id": f"{document['doc']}#{position}",
        "sources": [document["doc"]],
    }


def ordered(rows: list[dict[str, Any]]) -> pl.DataFrame:
    """The rows as an event table in its total order, `order` the rank."""
    table = pl.DataFrame(rows, schema=EVENT_SCHEMA).sort(["start", "end", "published", "doc", "char_start"])
    return table.with_columns(pl.int_range(pl.len(), dtype=pl.Int64).alias("order"))


def seed_events() -> pl.DataFrame:
    """The Arabic seed article's events."""
    return ordered([event_row(*row, position=index * 100) for index, row in enumerate(SEED_EVENTS)])


def english_events() -> pl.DataFrame:
    """The English sample article's events."""
    return ordered([event_row(*row, position=index * 100) for index, row in enumerate(ENGLISH_EVENTS)])


def five_events() -> pl.DataFrame:
    """Five events from two documents: a decade, a month, a day, a range and a time."""
    rows = [SEED_EVENTS[0], SEED_EVENTS[1], SEED_EVENTS[6], SEED_EVENTS[7], ENGLISH_EVENTS[3]]
    return ordered([event_row(*row, position=index * 100) for index, row in enumerate(rows)])


def generated_events(count: int, seed: int = 7) -> pl.DataFrame:
    """`count` events from the two documents, between 1975 and 2017, every grain and some ranges."""
    chooser = random.Random(seed)
    rows = []
    for index in range(count):
        document = AR_DOC if index % 2 == 0 else EN_DOC
        start, end, grain, value = _interval(chooser)
        if document is AR_DOC:
            event = f"{chooser.choice(SUBJECTS_AR)} {chooser.choice(VERBS_AR)} للمرة {index + 1}"
            tail = LONG_TAIL_AR
        else:
            event = f"{chooser.choice(SUBJECTS_EN)} {chooser.choice(VERBS_EN)} for the {index + 1}th time"
            tail = LONG_TAIL_EN
        if index % 7 == 0:
            event += tail
        type_ = "TIME" if grain == "minute" else "DATE"
        rows.append(event_row(document, event, None, value, type_, value, start, end, grain, index * 50))
    return ordered(rows)


def _interval(chooser: random.Random) -> tuple[datetime, datetime, str, str]:
    """A random interval at a random grain, mostly in 2016 as news is, sometimes decades back."""
    kind = chooser.choice(["day", "day", "day", "minute", "month", "year", "range", "decade", "week"])
    year = chooser.choice([1975, 1988, 1999, 2008, 2014, 2015, 2016, 2016, 2016, 2016])
    day = datetime(year, 1, 1) + timedelta(days=chooser.randrange(365))
    if kind == "day":
        return day, day + timedelta(days=1), "day", day.strftime("%Y-%m-%d")
    if kind == "minute":
        moment = day + timedelta(minutes=chooser.randrange(24 * 60))
        return moment, moment + timedelta(minutes=1), "minute", moment.strftime("%Y-%m-%dT%H:%M")
    if kind == "month":
        first = day.replace(day=1)
        following = (first + timedelta(days=32)).replace(day=1)
        return first, following, "month", first.strftime("%Y-%m")
    if kind == "year":
        return datetime(year, 1, 1), datetime(year + 1, 1, 1), "year", str(year)
    if kind == "decade":
        decade = year - year % 10
        return datetime(decade, 1, 1), datetime(decade + 10, 1, 1), "decade", str(decade // 10)
    if kind == "week":
        monday = day - timedelta(days=day.weekday())
        return monday, monday + timedelta(days=7), "week", monday.strftime("%G-W%V")
    length = chooser.randint(2, 20)
    end = day + timedelta(days=length)
    return day, end, "day", f"{day:%Y-%m-%d}/{end - timedelta(days=1):%Y-%m-%d}"


def entity_events() -> pl.DataFrame:
    """The English sample's events as the timelines of two entities (`entity_table`'s shape): Haftar's
    (his flight and his tour) and Moscow's (the same flight and the delivery); the flight is in both."""
    table = english_events()
    haftar = table.filter(pl.col("event").str.starts_with("Haftar"))
    moscow = table.filter(pl.col("event").str.contains("Moscow|Russian"))
    return entity_table({"Haftar": haftar, "Moscow": moscow})
