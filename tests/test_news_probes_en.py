"""Wire-style English news sentences, written for these tests (not taken from the eval sets), tagged whole.

Each row is (text, published, [(expression, expected)]) with expected as in test_resolve_en; the
publication dates vary over every weekday, month and year boundaries and a leap day. The negatives
are numbers and words in news prose that are not times.
"""

from __future__ import annotations

import pytest
from test_resolve_en import (
    Sentence,
    century,
    day,
    decade,
    floating,
    minute,
    month,
    period,
    quarter,
    tagged,
    week,
    year,
)

import timeline

LEAP = "2024-02-29"  # Thursday
NYE = "2023-12-31"  # Sunday
NEWYEAR = "2024-01-01"  # Monday
MON = "2019-03-04"
TUE = "2021-06-15"
WED = "2022-09-07"
FRI = "2020-10-02"
SAT = "2018-07-14"
THU = "2023-04-20"
SUN = "2017-01-01"

SENTENCES: list[Sentence] = [
    (
        "Shares of the retailer fell 4.2% on Wednesday after it reported a loss for the fourth quarter.",
        LEAP,
        [("Wednesday", day("2024-02-28")), ("the fourth quarter", quarter("2023-Q4"))],
    ),
    (
        "The talks, which began on Feb. 12, are expected to resume next Tuesday, a spokesman said.",
        LEAP,
        [("Feb. 12", day("2024-02-12")), ("next Tuesday", day("2024-03-05"))],
    ),
    (
        "Officials said the bridge would reopen by March 15 at a cost of about $40 million.",
        LEAP,
        [("March 15", day("2024-03-15"))],
    ),
    (
        "The population grew by 1.1 million over the past 12 months, the statistics office said on Sunday.",
        NYE,
        [("the past 12 months", period("P12M", "2022-12-31", "2023-12-31")), ("Sunday", day("2023-12-31"))],
    ),
    (
        "Inflation averaged 3.4% in 2023, down from 8% the previous year.",
        NYE,
        [("2023", year("2023")), ("the previous year", year("2022"))],
    ),
    (
        "Fireworks will light up the harbour at 9 p.m. local time, and celebrations will go on Monday.",
        NYE,
        [("9 p.m. local time", minute("2023-12-31T21:00")), ("Monday", day("2024-01-01"))],
    ),
    (
        "Last week, the government announced a 10-year plan to cut emissions.",
        NEWYEAR,
        [("Last week", week("2023-W52")), ("10-year", floating("DURATION", "P10Y"))],
    ),
    (
        "The new rules took effect on Jan. 1, 2024, and will be reviewed every six months.",
        NEWYEAR,
        [("Jan. 1, 2024", day("2024-01-01")), ("every six months", floating("SET", "P6M"))],
    ),
    (
        "Theresa May will face a vote on March 12, two weeks before Britain is due to leave the EU.",
        MON,
        [("March 12", day("2019-03-12")), ("two weeks", floating("DURATION", "P2W"))],
    ),
    (
        "Tens of thousands of people marched through Algiers last Friday, police said.",
        MON,
        [("last Friday", day("2019-03-01"))],
    ),
    (
        "Britain is due to leave the European Union on March 29.",
        MON,
        [("March 29", day("2019-03-29"))],
    ),
    (
        "The Fed is expected to keep rates near zero at the end of its two-day meeting on Wednesday.",
        TUE,
        [("two-day", floating("DURATION", "P2D")), ("Wednesday", day("2021-06-16"))],
    ),
    (
        "Israel's new government was sworn in on Sunday, ending Benjamin Netanyahu's 12 years in power.",
        TUE,
        [("Sunday", day("2021-06-13")), ("12 years", floating("DURATION", "P12Y"))],
    ),
    (
        "Unemployment fell to 4.7% in April from 5.1% in January.",
        TUE,
        [("April", month("2021-04")), ("January", month("2021-01"))],
    ),
    (
        "The queen received the new prime minister at Balmoral on Tuesday afternoon.",
        WED,
        [("Tuesday afternoon", floating("TIME", "2022-09-06TAF"))],
    ),
    (
        "Sterling fell to $1.1405 at 09:30 GMT, its lowest level since 1985.",
        WED,
        [("09:30 GMT", minute("2022-09-07T09:30")), ("1985", year("1985"))],
    ),
    (
        "The ECB is set to raise rates by 75 basis points on Thursday, its biggest move since 1999.",
        WED,
        [("Thursday", day("2022-09-08")), ("1999", year("1999"))],
    ),
    (
        "President Trump said early Friday that he had tested positive for the coronavirus.",
        FRI,
        [("early Friday", day("2020-10-02", "START"))],
    ),
    (
        "The election will be held on Nov. 3, 32 days from now.",
        FRI,
        [("Nov. 3", day("2020-11-03")), ("32 days from now", day("2020-11-03"))],
    ),
    (
        "Hospitalizations have risen for three consecutive weeks.",
        FRI,
        [("three consecutive weeks", floating("DURATION", "P3W"))],
    ),
    (
        "Belgium beat England 2-0 on Saturday to finish third at the World Cup.",
        SAT,
        [("Saturday", day("2018-07-14"))],
    ),
    (
        "France will play Croatia in the final in Moscow on Sunday.",
        SAT,
        [("Sunday", day("2018-07-15"))],
    ),
    (
        "The two sides agreed to a 24-hour ceasefire on Tuesday, but fighting resumed the next day.",
        THU,
        [
            ("24-hour", floating("DURATION", "PT24H")),
            ("Tuesday", day("2023-04-18")),
            ("the next day", day("2023-04-19")),
        ],
    ),
    (
        "More than 300 people have been killed since fighting erupted on April 15, the WHO said.",
        THU,
        [("April 15", day("2023-04-15"))],
    ),
    (
        "At least 39 people were killed in an attack on a nightclub early Sunday, the governor said.",
        SUN,
        [("early Sunday", day("2017-01-01", "START"))],
    ),
    (
        "The company's shares have more than doubled over the past year.",
        "2025-05-31",
        [("the past year", period("P1Y", "2024-05-31", "2025-05-31"))],
    ),
    (
        "Argentina beat Mexico 2-0 on Saturday night.",
        "2022-11-29",
        [("Saturday night", floating("TIME", "2022-11-26TNI"))],
    ),
    (
        "EU energy ministers will meet in Brussels from Dec. 5 to 7.",
        "2022-11-29",
        [("Dec. 5", day("2022-12-05")), ("7", day("2022-12-07"))],
    ),
    (
        "The festival runs June 24-28 in the capital.",
        "2022-05-10",
        [("June 24", day("2022-06-24")), ("28", day("2022-06-28"))],
    ),
    (
        "Output rose between 2015 and 2018 before falling sharply in 2019.",
        "2020-03-02",
        [("2015", year("2015")), ("2018", year("2018")), ("2019", year("2019"))],
    ),
    (
        "The central bank cut its key rate by a quarter point to 4.5% on Thursday.",
        "2024-12-19",
        [("Thursday", day("2024-12-19"))],
    ),
    (
        "The economy grew 2.1% in the first nine months of 2019, the ministry said.",
        "2019-11-15",
        [("the first nine months of 2019", period("P9M", "2019-01-01", "2019-10-01"))],
    ),
    (
        "Tourists flock to the coast every summer, and the roads flood each winter.",
        "2019-11-15",
        [("every summer", floating("SET", "XXXX-SU")), ("each winter", floating("SET", "XXXX-WI"))],
    ),
    (
        "Protesters have gathered in the square every Friday since January.",
        "2019-11-15",
        [("every Friday", floating("SET", "XXXX-WXX-5")), ("January", month("2019-01"))],
    ),
    (
        "The magazine is published monthly and the newsletter weekly.",
        "2019-11-15",
        [("monthly", floating("SET", "P1M")), ("weekly", floating("SET", "P1W"))],
    ),
    (
        "The dispute dates back to the 1990s, when the two countries fought a border war.",
        "2018-07-09",
        [("the 1990s", decade("199"))],
    ),
    (
        "Such a drought had not been seen since the 19th century, scientists said.",
        "2022-08-12",
        [("the 19th century", century("18"))],
    ),
    (
        "The reactor was built in the late 1970s and shut down in the early 2000s.",
        "2022-08-12",
        [("the late 1970s", decade("197", "END")), ("the early 2000s", decade("200", "START"))],
    ),
    (
        "The plant is expected to start production in early 2025 and reach full capacity by mid-2026.",
        "2024-07-03",
        [("early 2025", year("2025", "START")), ("mid-2026", year("2026", "MID"))],
    ),
    (
        "Prices are likely to keep rising until the end of the year, analysts said.",
        "2024-07-03",
        [("the end of the year", year("2024", "END"))],
    ),
    (
        "The minister resigned in late September after weeks of protests.",
        "2023-10-16",
        [("late September", month("2023-09", "END")), ("weeks", floating("DURATION", "PXW"))],
    ),
    (
        "The company was founded three years ago and now employs 1,200 people.",
        "2023-10-16",
        [("three years ago", year("2020")), ("now", floating("DATE", "PRESENT_REF"))],
    ),
    (
        "Two days later, the army announced it had retaken the town.",
        "2023-10-16",
        [("Two days later", day("2023-10-18"))],
    ),
    (
        "The army entered the town on Oct. 9. Two days later, it announced it had retaken it.",
        "2023-10-16",
        [("Oct. 9", day("2023-10-09")), ("Two days later", day("2023-10-11"))],
    ),
    (
        "The rebels seized the airport on July 4, 2022, a week after the talks collapsed.",
        "2023-10-16",
        [("July 4, 2022", day("2022-07-04")), ("a week", floating("DURATION", "P1W"))],
    ),
    (
        "The mission lasted 18 months and cost more than $2 billion.",
        "2023-10-16",
        [("18 months", floating("DURATION", "P18M"))],
    ),
    (
        "He spent more than 20 years in exile before returning in 2011.",
        "2023-10-16",
        [("more than 20 years", floating("DURATION", "P20Y", "MORE_THAN")), ("2011", year("2011"))],
    ),
    (
        "The strike, now in its third week, has cost the economy about $1 billion a day.",
        "2023-10-16",
        [("now", floating("DATE", "PRESENT_REF")), ("a day", floating("SET", "P1D"))],
    ),
    (
        "The results are due at 10:30 GMT Friday.",
        "2023-10-16",
        [("10:30 GMT Friday", minute("2023-10-20T10:30"))],
    ),
    (
        "The blast happened at 7:15 a.m. local time Monday, officials said.",
        "2023-10-18",
        [("7:15 a.m. local time Monday", minute("2023-10-16T07:15"))],
    ),
    (
        "The court will rule on the case next month.",
        "2023-12-05",
        [("next month", month("2024-01"))],
    ),
    (
        "The ministry said on Monday it had paid the bonds due last month.",
        "2024-03-04",
        [("Monday", day("2024-03-04")), ("last month", month("2024-02"))],
    ),
    (
        "Growth slowed to 0.3% in the third quarter from 0.6% a quarter earlier.",
        "2022-11-15",
        [("the third quarter", quarter("2022-Q3")), ("a quarter earlier", quarter("2022-Q2"))],
    ),
    (
        "Exports fell 12% in February 2024 from a year earlier.",
        "2024-03-20",
        [("February 2024", month("2024-02")), ("a year earlier", month("2023-02"))],
    ),
    (
        "The vaccine rollout began on 8 December 2020 in Coventry.",
        "2021-01-08",
        [("8 December 2020", day("2020-12-08"))],
    ),
    (
        "The treaty was signed on 2022-06-30 and ratified on 09/15/2022.",
        "2023-01-10",
        [("2022-06-30", day("2022-06-30")), ("09/15/2022", day("2022-09-15"))],
    ),
    (
        "Rescue teams worked through the night, and by Tuesday morning 40 survivors had been found.",
        "2023-02-08",
        [("Tuesday morning", floating("TIME", "2023-02-07TMO"))],
    ),
    (
        "Officials expect the number of arrivals to double in the next six months.",
        "2023-02-08",
        [("the next six months", period("P6M", "2023-02-08", "2023-08-08"))],
    ),
    (
        "Markets have been volatile in recent days, and analysts expect more swings this week.",
        "2023-02-08",
        [("recent days", floating("DURATION", "PXD")), ("this week", week("2023-W06"))],
    ),
    (
        "The opposition will hold a rally in the capital next weekend.",
        "2023-02-08",
        [("next weekend", floating("DATE", "2023-W07-WE"))],
    ),
    (
        "The government expects the deficit to narrow in fiscal 2024.",
        "2023-02-08",
        [("fiscal 2024", floating("DATE", "FY2024"))],
    ),
    (
        "A year ago, the central bank began raising rates.",
        "2023-02-08",
        [("A year ago", year("2022"))],
    ),
    (
        "The summit will open on Monday, June 10, and close the following day.",
        "2024-06-03",
        [("Monday, June 10", day("2024-06-10")), ("the following day", day("2024-06-11"))],
    ),
    (
        "The storm made landfall late Wednesday and weakened overnight.",
        "2024-09-12",
        [("late Wednesday", day("2024-09-11", "END"))],
    ),
]

NOTHING = [
    "The central bank raised its benchmark rate by a quarter point.",
    "The Fed cut rates by half a point and signalled another quarter-point cut.",
    "Prime Minister Theresa May said Britain would leave the EU.",
    "Supporters march through the city centre to the parliament building.",
    "Liverpool beat Chelsea 3-1 at Anfield.",
    "The bill passed by a vote of 312 to 109.",
    "Shares rose 2.5% to 1,450 pence.",
    "The company delivered 737 jets, including 20 Airbus A320 models.",
    "For more information call 202-555-0143.",
    "The agency said 2,019 people had applied for asylum.",
    "The G20 leaders discussed Article 50 and Resolution 2254.",
    "The convoy travelled 1,200 km across the desert.",
    "Samsung unveiled the Galaxy S24 and Apple the iPhone 15.",
]


@pytest.mark.parametrize("sentence", SENTENCES, ids=[s[0] for s in SENTENCES])
def test_tags_every_expression_of_an_english_news_sentence(sentence: Sentence) -> None:
    text, published, expected = sentence
    assert tagged(text, published) == expected


@pytest.mark.parametrize("text", NOTHING)
def test_finds_nothing_in_english_news_numbers(text: str) -> None:
    assert timeline.tag(text, "2024-03-04") == []
