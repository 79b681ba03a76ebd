"""English wire articles dense in relative period phrases, written for these tests and tagged whole.

Articles as in test_news_articles_en: "earlier this month", "later this year", "by year-end",
"in recent weeks", "over the weekend", "late on Tuesday", "the previous week", "the month before", "early next
week", "the mid-2020s", among ordinary dates. "earlier"/"later" + a period is that period with START/END, as
"early"/"late" are; in "so far this year" TimeML tags the calendar period, "this year".
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
        "WASHINGTON, March 28 (Reuters) - The number of Americans filing new claims for unemployment "
        "benefits fell slightly last week, the Labor Department said on Thursday. Claims have held in a "
        "narrow range so far this year, and economists expect hiring to cool later this year. Federal "
        "Reserve Chair Jerome Powell said earlier this month that the central bank was likely to cut "
        "rates by the end of the year. Markets will be closed on Friday for the Easter holiday. The "
        "government's jobs report is due on April 5, and Fed officials will speak early next week.",
        "2024-03-28",
        [
            ("March 28", day("2024-03-28")),
            ("last week", week("2024-W12")),
            ("Thursday", day("2024-03-28")),
            ("this year", year("2024")),
            ("later this year", year("2024", "END")),
            ("earlier this month", month("2024-03", "START")),
            ("the end of the year", year("2024", "END")),
            ("Friday", day("2024-03-29")),
            ("April 5", day("2024-04-05")),
            ("early next week", week("2024-W14", "START")),
        ],
    ),
    (
        "TOKYO, June 30 (Reuters) - Japan's Nikkei share average slipped on Friday but was still up 27% "
        "since January, its strongest run in more than 30 years. The index has risen in each of the past "
        "five months, helped by data showing the economy grew faster than expected in the first quarter. "
        "Investors will watch the Bank of Japan's tankan survey on Monday, and the central bank's next "
        "policy meeting is scheduled for July 27-28. Analysts expect the yen to weaken further in the "
        "coming weeks.",
        "2023-06-30",
        [
            ("June 30", day("2023-06-30")),
            ("Friday", day("2023-06-30")),
            ("January", month("2023-01")),
            ("more than 30 years", floating("DURATION", "P30Y", "MORE_THAN")),
            ("the past five months", period("P5M", "2023-01-30", "2023-06-30")),
            ("the first quarter", quarter("2023-Q1")),
            ("Monday", day("2023-07-03")),
            ("July 27", day("2023-07-27")),
            ("28", day("2023-07-28")),
            ("the coming weeks", floating("DURATION", "PXW")),
        ],
    ),
    (
        "BERLIN, Jan 6 (Reuters) - German Chancellor Olaf Scholz's Social Democrats will formally nominate "
        "him as their candidate on Saturday, ahead of the snap election on Feb. 23. Polls in recent weeks "
        "have shown the party trailing the conservatives by about 15 points. Over the weekend, Scholz told "
        "a rally in Potsdam that the vote would decide the country's direction. His coalition collapsed on "
        "Nov. 6 and he lost a confidence vote in parliament on Dec. 16. Campaigning is expected to "
        "intensify later this month, with the first televised debate set for Feb. 9.",
        "2025-01-06",
        [
            ("Jan 6", day("2025-01-06")),
            ("Saturday", day("2025-01-11")),
            ("Feb. 23", day("2025-02-23")),
            ("recent weeks", floating("DURATION", "PXW")),
            ("the weekend", floating("DATE", "2025-W01-WE")),
            ("Nov. 6", day("2024-11-06")),
            ("Dec. 16", day("2024-12-16")),
            ("later this month", month("2025-01", "END")),
            ("Feb. 9", day("2025-02-09")),
        ],
    ),
    (
        "SINGAPORE, Dec 30 (Reuters) - Oil prices were set for a second straight annual gain on Friday, "
        "despite ending 2022 well below the highs reached in March. Brent crude futures rose 0.6% to "
        "$83.94 a barrel by 0700 GMT and are up about 10% since the start of the year. China, which "
        "reopened its borders earlier this week, will end quarantine for arrivals on Jan. 8. Trading is "
        "expected to be thin over the weekend, and OPEC+ next meets on Feb. 1. Analysts at Goldman Sachs "
        "see Brent at $105 by year-end 2023.",
        "2022-12-30",
        [
            ("Dec 30", day("2022-12-30")),
            ("Friday", day("2022-12-30")),
            ("2022", year("2022")),
            ("March", month("2022-03")),
            ("0700 GMT", minute("2022-12-30T07:00")),
            ("the start of the year", year("2022", "START")),
            ("earlier this week", week("2022-W52", "START")),
            ("Jan. 8", day("2023-01-08")),
            ("the weekend", floating("DATE", "2022-W52-WE")),
            ("Feb. 1", day("2023-02-01")),
            ("year-end 2023", year("2023", "END")),
        ],
    ),
    (
        "PARIS, Oct 8 (Reuters) - Opponents of France's health pass have marched every Saturday since "
        "mid-July. Police detained 12 people late on Tuesday after a protest in Paris turned violent, the "
        "interior ministry said on Friday. The previous week, a similar march in Lyon drew about 8,000 "
        "people. Organisers have called for new rallies this weekend. Health Minister Olivier Veran said "
        "on Thursday the government wanted to lift the measure by year-end, and a decision could come "
        "within weeks.",
        "2021-10-08",
        [
            ("Oct 8", day("2021-10-08")),
            ("every Saturday", floating("SET", "XXXX-WXX-6")),
            ("mid-July", month("2021-07", "MID")),
            ("late on Tuesday", day("2021-10-05", "END")),
            ("Friday", day("2021-10-08")),
            ("The previous week", week("2021-W39")),
            ("this weekend", floating("DATE", "2021-W40-WE")),
            ("Thursday", day("2021-10-07")),
            ("year-end", year("2021", "END")),
            ("weeks", floating("DURATION", "PXW")),
        ],
    ),
    (
        "WASHINGTON, Nov 4 (Reuters) - Kamala Harris and Donald Trump made their final pitches to voters "
        "on Monday, a day before the presidential election. Both campaigns crisscrossed Pennsylvania over "
        "the weekend, and Trump held his last rally late on Sunday in Reading. More than 78 million "
        "Americans have already voted, and officials warned the result may not be known for several days. "
        "The winner will be inaugurated on Jan. 20. Budget analysts expect federal debt to pass 120% of "
        "output by the late 2020s, whoever wins.",
        "2024-11-04",
        [
            ("Nov 4", day("2024-11-04")),
            ("Monday", day("2024-11-04")),
            ("a day", floating("DURATION", "P1D")),
            ("the weekend", floating("DATE", "2024-W44-WE")),
            ("late on Sunday", day("2024-11-03", "END")),
            ("several days", floating("DURATION", "PXD")),
            ("Jan. 20", day("2025-01-20")),
            ("the late 2020s", decade("202", "END")),
        ],
    ),
    (
        "FRANKFURT, July 31 (Reuters) - The euro zone economy shrank by a record 12.1% in the second "
        "quarter, Eurostat said on Friday. Output had already fallen 3.6% in the first three months of "
        "the year. Unemployment rose to 7.8% in June from 7.7% the month before. The European Central "
        "Bank said earlier this month it expects a rebound later this year and will publish new "
        "projections in September. Economists say output may not return to its pre-crisis level until "
        "the mid-2020s. Eurostat will release its flash inflation estimate on Tuesday.",
        "2020-07-31",
        [
            ("July 31", day("2020-07-31")),
            ("the second quarter", quarter("2020-Q2")),
            ("Friday", day("2020-07-31")),
            ("the first three months of the year", period("P3M", "2020-01-01", "2020-04-01")),
            ("June", month("2020-06")),
            ("the month before", month("2020-05")),
            ("earlier this month", month("2020-07", "START")),
            ("later this year", year("2020", "END")),
            ("September", month("2020-09")),
            ("the mid-2020s", decade("202", "MID")),
            ("Tuesday", day("2020-08-04")),
        ],
    ),
    (
        "RIYADH, Sept 16 (Reuters) - Saudi Arabia hopes to restore a third of its lost oil output by "
        "Tuesday, sources said on Monday, after attacks on Saturday knocked out more than half of the "
        "kingdom's production. Brent crude jumped nearly 20% in early Asian trade, its biggest intraday "
        "gain since 1991. Full production could be restored within weeks, one source said. Aramco had "
        "planned to list its shares later this year, and its chief executive will brief analysts in the "
        "coming days.",
        "2019-09-16",
        [
            ("Sept 16", day("2019-09-16")),
            ("Tuesday", day("2019-09-17")),
            ("Monday", day("2019-09-16")),
            ("Saturday", day("2019-09-14")),
            ("1991", year("1991")),
            ("weeks", floating("DURATION", "PXW")),
            ("later this year", year("2019", "END")),
            ("the coming days", floating("DURATION", "PXD")),
        ],
    ),
    (
        "CAIRO, April 2 (Reuters) - Egyptian President Abdel Fattah al-Sisi won a second four-year term "
        "with 97% of valid votes, the election commission said on Monday. Voting lasted three days last "
        "week, and turnout was 41%, down from 47% in 2014. The commission had said late last "
        "month that it would announce results by April 2. Sisi, who first took power in mid-2013, "
        "will be sworn in early next month.",
        "2018-04-02",
        [
            ("April 2", day("2018-04-02")),
            ("four-year", floating("DURATION", "P4Y")),
            ("Monday", day("2018-04-02")),
            ("three days", floating("DURATION", "P3D")),
            ("last week", week("2018-W13")),
            ("2014", year("2014")),
            ("late last month", month("2018-03", "END")),
            ("April 2", day("2018-04-02")),
            ("mid-2013", year("2013", "MID")),
            ("early next month", month("2018-05", "START")),
        ],
    ),
    (
        "LONDON, Feb 17 (Reuters) - British retail sales rose unexpectedly in January as shoppers hunted "
        "for bargains, the Office for National Statistics said on Friday. Sales volumes rose 0.5% from "
        "December but were 5.1% lower than in January 2022. Retailers expect spending to slow again this "
        "weekend, and energy bills are due to rise in April. The Bank of England, which raised rates "
        "earlier this month for the tenth time in a row, meets next on March 23 and expects inflation to "
        "fall sharply by the end of the year.",
        "2023-02-17",
        [
            ("Feb 17", day("2023-02-17")),
            ("January", month("2023-01")),
            ("Friday", day("2023-02-17")),
            ("December", month("2022-12")),
            ("January 2022", month("2022-01")),
            ("this weekend", floating("DATE", "2023-W07-WE")),
            ("April", month("2023-04")),
            ("earlier this month", month("2023-02", "START")),
            ("March 23", day("2023-03-23")),
            ("the end of the year", year("2023", "END")),
        ],
    ),
]


@pytest.mark.parametrize("article", ARTICLES, ids=[a[0][:40] for a in ARTICLES])
def test_tags_every_relative_period_of_an_english_news_article(article: Sentence) -> None:
    text, published, expected = article
    assert tagged(text, published) == expected
