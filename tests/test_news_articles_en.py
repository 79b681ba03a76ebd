"""Whole English wire-service articles, written for these tests (not taken from the eval sets), tagged whole.

Each article is (text, published, [(expression, expected)]) with expected as in test_resolve_en, annotated
by hand per /work/shared/eval/CONVENTIONS.md: every expression must be found with its reading, and nothing
else (money, percentages, scores, vote tallies, ages, model numbers, "May" as a name). The articles mix
datelines, reported speech, narrative chains, anchored periods, clock times with zones and ranges.
"""

from __future__ import annotations

import pytest
from test_resolve_en import (
    Sentence,
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

ARTICLES: list[Sentence] = [
    (
        "LONDON, Feb 29 (Reuters) - British house prices rose in February for the first time in five "
        "months, mortgage lender Nationwide said on Thursday. Prices in February were 1.2% higher than a "
        "year earlier, at an average of 260,420 pounds. Robert Gardner, Nationwide's chief economist, "
        "said the market had stabilised over the past three months as mortgage rates eased from their "
        "peaks. The Bank of England, which has kept Bank Rate at 5.25% since August, will announce its "
        "next decision on March 21, and investors expect a first cut by mid-2024. Land Registry figures "
        "are due at 0930 GMT on Wednesday.",
        "2024-02-29",
        [
            ("Feb 29", day("2024-02-29")),
            ("February", month("2024-02")),
            ("five months", floating("DURATION", "P5M")),
            ("Thursday", day("2024-02-29")),
            ("February", month("2024-02")),
            ("a year earlier", month("2023-02")),
            ("the past three months", period("P3M", "2023-11-29", "2024-02-29")),
            ("August", month("2023-08")),
            ("March 21", day("2024-03-21")),
            ("mid-2024", year("2024", "MID")),
            ("0930 GMT on Wednesday", minute("2024-03-06T09:30")),
        ],
    ),
    (
        "Stocks on Wall Street drifted to the finish of a blockbuster year on Friday, with the S&P 500 "
        "closing out 2023 with a gain of 24%. The index ended the session 0.3% lower at 4,769.83, just "
        "shy of the all-time high it set in January 2022. Over the past two months alone the index has "
        "rallied more than 15%, driven by hopes the Federal Reserve will cut rates as many as six times "
        "next year. The Dow Jones Industrial Average slipped 20 points, or 0.1%, while the Nasdaq "
        "composite fell 0.6%. Markets will be closed on Monday for a holiday and reopen on Tuesday. The "
        "Fed's next policy meeting is Jan. 30-31. Traders said such a rally had not been seen since the "
        "1980s.",
        "2023-12-29",
        [
            ("Friday", day("2023-12-29")),
            ("2023", year("2023")),
            ("January 2022", month("2022-01")),
            ("the past two months", period("P2M", "2023-10-29", "2023-12-29")),
            ("next year", year("2024")),
            ("Monday", day("2024-01-01")),
            ("Tuesday", day("2024-01-02")),
            ("Jan. 30", day("2024-01-30")),
            ("31", day("2024-01-31")),
            ("the 1980s", decade("198")),
        ],
    ),
    (
        "KYIV, March 31 (Reuters) - Russian forces shelled the outskirts of Chernihiv, the regional "
        "governor said on Thursday, a day after Moscow promised to scale back operations there. Talks "
        "between the two sides in Istanbul on Tuesday produced the first signs of progress in more than a "
        "month. The next day, however, the Pentagon said only about 20% of the troops near Kyiv had "
        "moved. Ukraine said on Wednesday that 148 children had been killed since Feb. 24. Negotiations "
        "are due to resume online on Friday, Ukraine's delegation said.",
        "2022-03-31",
        [
            ("March 31", day("2022-03-31")),
            ("Thursday", day("2022-03-31")),
            ("a day", floating("DURATION", "P1D")),
            ("Tuesday", day("2022-03-29")),
            ("more than a month", floating("DURATION", "P1M", "MORE_THAN")),
            ("The next day", day("2022-03-30")),
            ("Wednesday", day("2022-03-30")),
            ("Feb. 24", day("2022-02-24")),
            ("Friday", day("2022-04-01")),
        ],
    ),
    (
        "World leaders meeting in Glasgow have pledged to end deforestation by 2030, in the first major "
        "deal of the COP26 climate summit. More than 100 countries, covering about 85% of the world's "
        "forests, signed the agreement on Tuesday morning. A similar pledge made in 2014 failed to slow "
        "the loss of trees, which has accelerated over the past decade. The summit, which opened on "
        "Sunday, runs until Nov. 12. On Monday, Prime Minister Boris Johnson told delegates that humanity "
        "had long since run down the clock on climate change. Campaigners plan to march through the city "
        "daily, and a larger protest is planned for Saturday.",
        "2021-11-02",
        [
            ("2030", year("2030")),
            ("Tuesday morning", floating("TIME", "2021-11-02TMO")),
            ("2014", year("2014")),
            ("the past decade", period("P10Y", "2011-11-02", "2021-11-02")),
            ("Sunday", day("2021-10-31")),
            ("Nov. 12", day("2021-11-12")),
            ("Monday", day("2021-11-01")),
            ("daily", floating("SET", "P1D")),
            ("Saturday", day("2021-11-06")),
        ],
    ),
    (
        "Liverpool were crowned champions of England for the first time in 30 years last week, and "
        "manager Juergen Klopp said on Tuesday his side would not ease off. Liverpool, who beat Crystal "
        "Palace 4-0 last Wednesday, will play Manchester City at the Etihad on Thursday. The league was "
        "suspended in mid-March because of the coronavirus pandemic and resumed on June 17 after a break "
        "of more than three months. Striker Mohamed Salah, 28, has scored 19 league goals. Defender Joe "
        "Gomez missed training on Monday. The club's previous title, in 1990, came under Kenny Dalglish, "
        "a point former prime minister Theresa May recalled in a message to the club.",
        "2020-06-30",
        [
            ("30 years", floating("DURATION", "P30Y")),
            ("last week", week("2020-W26")),
            ("Tuesday", day("2020-06-30")),
            ("last Wednesday", day("2020-06-24")),
            ("Thursday", day("2020-07-02")),
            ("mid-March", month("2020-03", "MID")),
            ("June 17", day("2020-06-17")),
            ("more than three months", floating("DURATION", "P3M", "MORE_THAN")),
            ("Monday", day("2020-06-29")),
            ("1990", year("1990")),
        ],
    ),
    (
        "HONG KONG, Aug 17 (AFP) - Thousands of teachers marched through Hong Kong in heavy rain on "
        "Saturday, the latest in a string of protests against the government. Organisers said 22,000 "
        "people joined the march, which began at 3 pm local time, while police put the figure at 8,300. "
        "Another rally is planned for Sunday afternoon in Victoria Park. The protests began in early June "
        "against a bill that would have allowed extraditions to mainland China. Police have arrested more "
        "than 700 people, aged 13 to 76. Flights resumed at the city's airport on Thursday, two days "
        "after riot police clashed with demonstrators in the terminal. China's army has staged drills in "
        "Shenzhen every day for a week, and state media said on Friday that troops were ready to act.",
        "2019-08-17",
        [
            ("Aug 17", day("2019-08-17")),
            ("Saturday", day("2019-08-17")),
            ("3 pm local time", minute("2019-08-17T15:00")),
            ("Sunday afternoon", floating("TIME", "2019-08-18TAF")),
            ("early June", month("2019-06", "START")),
            ("Thursday", day("2019-08-15")),
            ("two days", floating("DURATION", "P2D")),
            ("every day", floating("SET", "P1D")),
            ("a week", floating("DURATION", "P1W")),
            ("Friday", day("2019-08-16")),
        ],
    ),
    (
        "A major winter storm was set to sweep across the central United States on Sunday, threatening "
        "more than 60 million people with heavy snow and ice, the National Weather Service said. "
        "Forecasters said parts of Kansas could see the heaviest snowfall in more than a decade, with up "
        "to 18 inches expected by Monday night. The storm is forecast to reach Washington on Monday "
        "morning, where federal offices may close. Temperatures could stay 20 degrees below normal "
        "through the middle of the month. Last January, a similar storm killed at least 40 people. The "
        "cold follows the warmest year on record: scientists said 2024 was the hottest year since records "
        "began in the 1850s.",
        "2025-01-05",
        [
            ("Sunday", day("2025-01-05")),
            ("more than a decade", floating("DURATION", "P10Y", "MORE_THAN")),
            ("Monday night", floating("TIME", "2025-01-06TNI")),
            ("Monday morning", floating("TIME", "2025-01-06TMO")),
            ("the middle of the month", month("2025-01", "MID")),
            ("Last January", month("2024-01")),
            ("2024", year("2024")),
            ("the 1850s", decade("185")),
        ],
    ),
    (
        "SEATTLE (AP) — Boeing raised its 2018 profit forecast on Wednesday after deliveries of its 737 "
        "Max jets surged in the third quarter. Its profit rose 28% from a year earlier to $2.36 billion. "
        "Revenue rose 4% to $25.15 billion. Boeing delivered 190 planes, including 139 737s, and expects "
        "to deliver 810 to 815 jets in 2018. Its backlog stands at more than 5,800 aircraft, worth $412 "
        "billion. Shares rose 1.4% in premarket trading. Chief Executive Dennis Muilenburg said "
        "production of the 787 Dreamliner would rise to 14 a month early next year. Boeing will report "
        "fourth-quarter results in late January.",
        "2018-10-24",
        [
            ("2018", year("2018")),
            ("Wednesday", day("2018-10-24")),
            ("the third quarter", quarter("2018-Q3")),
            ("a year earlier", quarter("2017-Q3")),
            ("2018", year("2018")),
            ("a month", floating("SET", "P1M")),
            ("early next year", year("2019", "START")),
            ("fourth-quarter", quarter("2018-Q4")),
            ("late January", month("2019-01", "END")),
        ],
    ),
    (
        "The Senate voted 63-36 on Thursday to pass the bill, sending it to the president, who is "
        "expected to sign it next week. The measure, debated for nearly two decades, raises the minimum "
        "wage to $15 by 2027. The final vote came after 14 hours of debate. The House had approved it in "
        "April by 241 votes to 188. Under the law, the wage will rise in three steps, starting on Jan. 1. "
        "Business groups, which lobbied against it, said they would challenge it in court. A hearing is "
        "scheduled from June 26 to 28.",
        "2023-06-19",
        [
            ("Thursday", day("2023-06-15")),
            ("next week", week("2023-W26")),
            ("nearly two decades", floating("DURATION", "P20Y", "APPROX")),
            ("2027", year("2027")),
            ("14 hours", floating("DURATION", "PT14H")),
            ("April", month("2023-04")),
            ("Jan. 1", day("2024-01-01")),
            ("June 26", day("2023-06-26")),
            ("28", day("2023-06-28")),
        ],
    ),
    (
        "VATICAN CITY (AP) — Former Pope Benedict XVI died on Saturday morning in his residence in the "
        "Vatican, aged 95, nearly a decade after becoming the first pontiff in 600 years to resign. He "
        "had been ill since Wednesday, when Pope Francis asked the faithful to pray for him. His body "
        "will lie in state in St. Peter's Basilica from Monday, and his funeral will be held on Thursday, "
        "Jan. 5. Born Joseph Ratzinger in Bavaria in 1927, he led the Catholic Church from 2005 until his "
        "resignation in February 2013.",
        "2022-12-31",
        [
            ("Saturday morning", floating("TIME", "2022-12-31TMO")),
            ("nearly a decade", floating("DURATION", "P10Y", "APPROX")),
            ("600 years", floating("DURATION", "P600Y")),
            ("Wednesday", day("2022-12-28")),
            ("Monday", day("2023-01-02")),
            ("Thursday, Jan. 5", day("2023-01-05")),
            ("1927", year("1927")),
            ("2005", year("2005")),
            ("February 2013", month("2013-02")),
        ],
    ),
    (
        "FRANKFURT, Sept 13 (Reuters) - European Central Bank policymakers see little room for another "
        "rate cut in October, five sources said on Friday, a day after the bank lowered its deposit rate "
        "by 25 basis points to 3.5%. ECB President Christine Lagarde told reporters at 1445 GMT on "
        "Thursday that the bank was not pre-committing to any path. Markets price in about 60 basis "
        "points of further easing over the next 12 months. Inflation fell to 2.2% in August, its lowest "
        "level in three years. The next policy meeting is on Oct. 17, and the ECB will publish new "
        "forecasts in December.",
        "2024-09-13",
        [
            ("Sept 13", day("2024-09-13")),
            ("October", month("2024-10")),
            ("Friday", day("2024-09-13")),
            ("a day", floating("DURATION", "P1D")),
            ("1445 GMT on Thursday", minute("2024-09-12T14:45")),
            ("the next 12 months", period("P12M", "2024-09-13", "2025-09-13")),
            ("August", month("2024-08")),
            ("three years", floating("DURATION", "P3Y")),
            ("Oct. 17", day("2024-10-17")),
            ("December", month("2024-12")),
        ],
    ),
    (
        "Venezuela's Supreme Court on Saturday reversed its decision to strip the opposition-led National "
        "Assembly of its powers, three days after the ruling sparked international condemnation. The "
        "court had issued the ruling late Wednesday. The next morning, Attorney General Luisa Ortega said "
        "it violated the constitution, and that evening President Nicolas Maduro convened a security "
        "council. Opposition leaders said on Sunday they would keep up street protests every Saturday "
        "until elections are called. The opposition won a two-thirds majority in December 2015. "
        "Venezuela, which has the world's largest oil reserves, has been in recession for nearly three "
        "years, and inflation is expected to top 700% this year.",
        "2017-04-03",
        [
            ("Saturday", day("2017-04-01")),
            ("three days", floating("DURATION", "P3D")),
            ("late Wednesday", day("2017-03-29", "END")),
            ("The next morning", floating("TIME", "2017-03-30TMO")),
            ("that evening", floating("TIME", "2017-03-30TEV")),
            ("Sunday", day("2017-04-02")),
            ("every Saturday", floating("SET", "XXXX-WXX-6")),
            ("December 2015", month("2015-12")),
            ("nearly three years", floating("DURATION", "P3Y", "APPROX")),
            ("this year", year("2017")),
        ],
    ),
]


@pytest.mark.parametrize("article", ARTICLES, ids=[a[0][:40] for a in ARTICLES])
def test_tags_every_expression_of_an_english_news_article(article: Sentence) -> None:
    text, published, expected = article
    assert tagged(text, published) == expected
