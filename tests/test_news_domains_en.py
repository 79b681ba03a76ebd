"""English wire articles from domains and formats the earlier rounds did not probe, tagged whole.

Written for these tests (not taken from the eval sets) and annotated by hand per
/work/shared/eval/CONVENTIONS.md: sports (scores, minutes of play, seasons), earnings (quarters, fiscal
years, periods "to" a date), elections, courts (sentences are durations), disasters and health (death
tolls), diplomacy (summits over ranges, "a week from Friday", ordinal weekdays), British dates ("3rd
November 2016", "Tuesday 29 November") and wire headers. Numbers that are not times (scores, ages,
percentages, index points, flight numbers, "Article 50") must stay untagged.
"""

from __future__ import annotations

import pytest
from test_resolve_en import (
    Sentence,
    day,
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
        "LUSAIL, Qatar, Dec 18 (Reuters) - Argentina won the 2022 World Cup on Sunday, beating France 4-2 "
        "on penalties after a thrilling 3-3 draw, to claim their first title in 36 years. Lionel Messi, 35, "
        "scored twice, including in the 108th minute, before Kylian Mbappe completed a hat-trick with a "
        "penalty two minutes from the end of extra time. Argentina last lifted the trophy in 1986, when "
        "Diego Maradona led them to victory in Mexico. Gonzalo Montiel converted the decisive kick at 8:35 "
        "p.m. local time on Sunday, sparking celebrations across the country. The squad will fly home on "
        "Tuesday and parade through Buenos Aires on Wednesday, the federation said. The next tournament, in "
        "the United States, Canada and Mexico, will start in June 2026 and feature 48 teams. Messi was "
        "named the tournament's best player after scoring seven goals, while Mbappe won the Golden Boot "
        "with eight. Argentina's goalkeeper Emiliano Martinez saved two penalties in the shootout. FIFA "
        "said 88,966 fans filled the stadium.",
        "2022-12-19",
        [
            ("Dec 18", day("2022-12-18")),
            ("2022", year("2022")),
            ("Sunday", day("2022-12-18")),
            ("36 years", floating("DURATION", "P36Y")),
            ("two minutes", floating("DURATION", "PT2M")),
            ("1986", year("1986")),
            ("8:35 p.m. local time on Sunday", minute("2022-12-18T20:35")),
            ("Tuesday", day("2022-12-20")),
            ("Wednesday", day("2022-12-21")),
            ("June 2026", month("2026-06")),
        ],
    ),
    (
        "Manchester City became the first club to win four consecutive English league titles on Sunday, "
        "beating West Ham 3-1 at the Etihad Stadium on the final day of the season. Phil Foden scored twice "
        "in 18 minutes and Rodri added a third in the 59th minute. City finished two points ahead of "
        "Arsenal, who beat Everton 2-1. Manager Pep Guardiola, 53, who signed a contract extension in "
        "November 2022, said he would decide on his future in the summer. City face Manchester United in "
        "the FA Cup final at Wembley on Saturday 25 May, a repeat of last year's final. The club also faces "
        "a hearing over 115 alleged breaches of financial rules, which is expected to begin in the autumn. "
        "The new season kicks off on 17th August. Erling Haaland finished as the league's top scorer with "
        "27 goals, and City ended the campaign with 91 points, two more than Arsenal. Foden, 23, was named "
        "player of the year by the football writers. City's wage bill of 423 million pounds is the highest "
        "in the division.",
        "2024-05-20",
        [
            ("Sunday", day("2024-05-19")),
            ("18 minutes", floating("DURATION", "PT18M")),
            ("November 2022", month("2022-11")),
            ("the summer", floating("DATE", "2024-SU")),
            ("Saturday 25 May", day("2024-05-25")),
            ("last year", year("2023")),
            ("the autumn", floating("DATE", "2024-FA")),
            ("17th August", day("2024-08-17")),
        ],
    ),
    (
        "SEOUL, Oct 31 (Reuters) - Samsung Electronics said on Thursday its third-quarter operating profit "
        "rose 277% year-on-year to 9.18 trillion won, but its chip division lagged rivals in the race for "
        "artificial intelligence memory. Revenue for July-September rose 17% to 79.1 trillion won. The "
        "company said it expected demand for memory chips to stay strong in the fourth quarter. Shares have "
        "fallen about 30% since early July. Samsung will hold an earnings call at 10 a.m. local time on "
        "Friday. The firm's chip business posted a loss of 14.9 trillion won in fiscal 2023, its first loss "
        "in 15 years. Its shares rose 0.8% to 59,600 won, while the benchmark KOSPI index fell 13.5 points, "
        "or 0.5%, to 2,556.15. SK Hynix, its smaller rival, posted a record operating profit of 7.03 "
        "trillion won. Samsung said it had made progress in a deal to supply its 12-layer HBM3E chips to a "
        "major customer, without naming it.",
        "2024-10-31",
        [
            ("Oct 31", day("2024-10-31")),
            ("Thursday", day("2024-10-31")),
            ("third-quarter", quarter("2024-Q3")),
            ("July", month("2024-07")),
            ("September", month("2024-09")),
            ("the fourth quarter", quarter("2024-Q4")),
            ("early July", month("2024-07", "START")),
            ("10 a.m. local time on Friday", minute("2024-11-01T10:00")),
            ("fiscal 2023", floating("DATE", "FY2023")),
            ("15 years", floating("DURATION", "P15Y")),
        ],
    ),
    (
        "LONDON, July 27 (Reuters) - Unilever's underlying sales rose 9.1% in the first six months of 2023, "
        "beating forecasts, as price rises offset weaker volumes, the consumer goods group said on Tuesday. "
        "Chief Executive Hein Schumacher, who took over on July 1, said he would set out his plans with "
        "full-year results on Feb. 8. Consumer prices in Britain rose 7.9% in June, the Office for National "
        "Statistics said last week. The company bought back shares worth 1.5 billion euros in the second "
        "quarter and plans to complete a 3 billion euro programme by the end of the year. Its shares have "
        "gained 4% this year. Price growth slowed to 9.7%, while volumes fell 0.1%. The group, which owns "
        "brands such as Dove soap and Hellmann's mayonnaise, employs about 127,000 people in 190 countries. "
        "Its ice cream business posted sales growth of 5.5%.",
        "2023-07-27",
        [
            ("July 27", day("2023-07-27")),
            ("the first six months of 2023", period("P6M", "2023-01-01", "2023-07-01")),
            ("Tuesday", day("2023-07-25")),
            ("July 1", day("2023-07-01")),
            ("Feb. 8", day("2024-02-08")),
            ("June", month("2023-06")),
            ("last week", week("2023-W29")),
            ("the second quarter", quarter("2023-Q2")),
            ("the end of the year", year("2023", "END")),
            ("this year", year("2023")),
        ],
    ),
    (
        "Britons head to the polls on Thursday in a general election that opinion polls suggest will end 14 "
        "years of Conservative rule. Polling stations opened at 7 a.m. and will close at 10 p.m., when "
        "broadcasters will publish an exit poll. Prime Minister Rishi Sunak called the vote on May 22, "
        "surprising his own party, which had expected an election in the autumn. Labour leader Keir "
        "Starmer, 61, has led his party since April 2020. Results from most of the 650 constituencies are "
        "expected on Friday. The King's Speech is scheduled for July 17. Turnout at the last election, in "
        "December 2019, was 67.3%. Reform UK, led by Nigel Farage, hopes to win its first seats, while the "
        "Liberal Democrats are targeting dozens of constituencies in southern England. A party needs 326 "
        "seats for a majority in the House of Commons. Labour has held a lead of around 20 points in most "
        "opinion polls.",
        "2024-07-04",
        [
            ("Thursday", day("2024-07-04")),
            ("14 years", floating("DURATION", "P14Y")),
            ("7 a.m.", minute("2024-07-04T07:00")),
            ("10 p.m.", minute("2024-07-04T22:00")),
            ("May 22", day("2024-05-22")),
            ("the autumn", floating("DATE", "2024-FA")),
            ("April 2020", month("2020-04")),
            ("Friday", day("2024-07-05")),
            ("July 17", day("2024-07-17")),
            ("December 2019", month("2019-12")),
        ],
    ),
    (
        "MINNEAPOLIS (AP) — Former Minneapolis police officer Derek Chauvin was sentenced on Friday to 22 "
        "years in prison for the murder of George Floyd, whose death in May 2020 sparked protests around "
        "the world. Judge Peter Cahill said the sentence, 10 years more than the guideline range, was not "
        "based on emotion or sympathy. Chauvin, 45, was convicted in April of second-degree murder and has "
        "been held in a maximum-security prison since April 20. He will be eligible for release after "
        "serving two-thirds of the sentence, or about 15 years. Three other former officers face a federal "
        "trial, which was adjourned until Jan. 20 next year. Chauvin's lawyers have 90 days to file an "
        "appeal. The hearing lasted nearly two hours. Floyd's family said the sentence was a step toward "
        "accountability. Prosecutors had sought 30 years, while the defence asked for probation.",
        "2021-06-25",
        [
            ("Friday", day("2021-06-25")),
            ("22 years", floating("DURATION", "P22Y")),
            ("May 2020", month("2020-05")),
            ("10 years", floating("DURATION", "P10Y")),
            ("April", month("2021-04")),
            ("April 20", day("2021-04-20")),
            ("about 15 years", floating("DURATION", "P15Y", "APPROX")),
            ("Jan. 20 next year", day("2022-01-20")),
            ("90 days", floating("DURATION", "P90D")),
            ("nearly two hours", floating("DURATION", "PT2H", "APPROX")),
            ("30 years", floating("DURATION", "P30Y")),
        ],
    ),
    (
        "ANKARA, Feb 8 (Reuters) - The death toll from the earthquakes that struck Turkey and Syria on "
        "Monday rose above 11,000 on Wednesday, making it the deadliest quake in Turkey since 1999. The "
        "7.8-magnitude quake hit at 4:17 a.m. local time on Monday and was followed by a 7.5-magnitude "
        "tremor. Rescuers have been working around the clock for more than 48 hours, but hopes of finding "
        "survivors are fading. President Tayyip Erdogan declared a state of emergency for three months in "
        "10 provinces and visited Kahramanmaras on Wednesday afternoon. Turkey will hold elections on May "
        "14. The 1999 earthquake near Izmit killed more than 17,000 people. The World Health Organization "
        "said up to 23 million people could be affected, including 1.4 million children. Rescue teams from "
        "more than 65 countries have arrived, and the European Union pledged 6.5 million euros in aid. "
        "Aftershocks of magnitude 6.0 and above continued to rattle the region.",
        "2023-02-08",
        [
            ("Feb 8", day("2023-02-08")),
            ("Monday", day("2023-02-06")),
            ("Wednesday", day("2023-02-08")),
            ("1999", year("1999")),
            ("4:17 a.m. local time on Monday", minute("2023-02-06T04:17")),
            ("more than 48 hours", floating("DURATION", "PT48H", "MORE_THAN")),
            ("three months", floating("DURATION", "P3M")),
            ("Wednesday afternoon", floating("TIME", "2023-02-08TAF")),
            ("May 14", day("2023-05-14")),
            ("1999", year("1999")),
        ],
    ),
    (
        "GENEVA, March 11 (Reuters) - The World Health Organization said on Friday the COVID-19 pandemic "
        "was far from over, two years after it declared a global health emergency. More than 6 million "
        "deaths have been reported since the outbreak began in March 2020, though the true toll is thought "
        "to be much higher. Cases rose 8% last week, led by Asia, after falling for five straight weeks "
        "since late January. Hong Kong reported 32,430 new cases on Thursday. WHO chief Tedros Adhanom "
        "Ghebreyesus said 2.7 billion people had yet to receive a single dose. The agency's emergency "
        "committee will meet in April. Its next report is due on Wednesday, March 16. The agency said "
        "vaccine supply was no longer the main constraint, but only 1 in 3 people in Africa had received "
        "two doses. Omicron accounted for 99.7% of sequenced samples. Global deaths fell 8% to around "
        "52,000.",
        "2022-03-11",
        [
            ("March 11", day("2022-03-11")),
            ("Friday", day("2022-03-11")),
            ("two years", floating("DURATION", "P2Y")),
            ("March 2020", month("2020-03")),
            ("last week", week("2022-W09")),
            ("five straight weeks", floating("DURATION", "P5W")),
            ("late January", month("2022-01", "END")),
            ("Thursday", day("2022-03-10")),
            ("April", month("2022-04")),
            ("Wednesday, March 16", day("2022-03-16")),
        ],
    ),
    (
        "JOHANNESBURG, Aug 21 (Reuters) - Chinese President Xi Jinping arrived in South Africa on Monday "
        "for a two-day state visit before a summit of BRICS leaders. The summit will run from Aug. 22 to "
        "24. Xi will meet Indian Prime Minister Narendra Modi on the sidelines of Tuesday's summit, "
        "officials said. Russian President Vladimir Putin, who faces an arrest warrant issued in March, "
        "will join by video link. The bloc, which groups Brazil, Russia, India, China and South Africa, "
        "last expanded 13 years ago. Foreign ministers will reconvene next month in New York. Leaders are "
        "expected to approve new members at a closing session on Thursday evening. The five countries "
        "account for about 42% of the world's population and 23% of its economic output. More than 40 "
        "nations have expressed interest in joining, and 23 have formally applied, South African officials "
        "said. India has opposed a rapid expansion.",
        "2023-08-21",
        [
            ("Aug 21", day("2023-08-21")),
            ("Monday", day("2023-08-21")),
            ("two-day", floating("DURATION", "P2D")),
            ("Aug. 22", day("2023-08-22")),
            ("24", day("2023-08-24")),
            ("Tuesday", day("2023-08-22")),
            ("March", month("2023-03")),
            ("13 years ago", year("2010")),
            ("next month", month("2023-09")),
            ("Thursday evening", floating("TIME", "2023-08-24TEV")),
        ],
    ),
    (
        "The Supreme Court will hear the government's appeal against the High Court ruling on Article 50 "
        "for four days from Monday 5 December, with all 11 justices sitting for the first time. The ruling, "
        "handed down on 3rd November 2016, found that ministers could not trigger Brexit without a vote in "
        "Parliament. Lawyers for the claimant, Gina Miller, 51, filed their written case on Tuesday 29 "
        "November. The court said its decision was expected in January. Prime Minister Theresa May has said "
        "she intends to trigger Article 50 by the end of March 2017, starting two years of negotiations. In "
        "a statement released at 11.30am on Wednesday, Downing Street said it was confident of winning. The "
        "referendum took place on 23 June. The government argues that prerogative powers in foreign affairs "
        "allow it to act without parliamentary approval. The hearing will be streamed live, and more than "
        "2,000 members of the public have applied for seats.",
        "2016-12-01",
        [
            ("four days", floating("DURATION", "P4D")),
            ("Monday 5 December", day("2016-12-05")),
            ("3rd November 2016", day("2016-11-03")),
            ("Tuesday 29 November", day("2016-11-29")),
            ("January", month("2017-01")),
            ("the end of March 2017", month("2017-03", "END")),
            ("two years", floating("DURATION", "P2Y")),
            ("11.30am on Wednesday", minute("2016-11-30T11:30")),
            ("23 June", day("2016-06-23")),
        ],
    ),
    (
        "NAIROBI, Nov 30 (Reuters) - Kenya's central bank held its benchmark lending rate at 8.75% on "
        "Wednesday, saying inflation, which hit a five-year high of 9.6% in October, should ease in the "
        "coming months. The Nairobi Securities Exchange's all-share index fell 1.2 points, or 0.9%, to "
        "127.6 by 1200 GMT. The bank raised the rate by 50 basis points at its previous meeting on Sept. "
        "29. Kenya Airways flight KQ 310 to Mumbai was cancelled this week because of a pilots' strike. The "
        "shilling has lost 9% of its value against the dollar this year. The monetary policy committee will "
        "next meet in January. Governor Patrick Njoroge, 61, said a drought, the worst on record, had "
        "pushed up food prices by 15.8%. The bank said the current account deficit was expected to narrow "
        "to 5.1% of gross domestic product. Private sector credit grew 13.2%, and the shilling traded at "
        "123.05 to the dollar. Kenya's economy is East Africa's largest.",
        "2022-11-30",
        [
            ("Nov 30", day("2022-11-30")),
            ("Wednesday", day("2022-11-30")),
            ("five-year", floating("DURATION", "P5Y")),
            ("October", month("2022-10")),
            ("the coming months", floating("DURATION", "PXM")),
            ("1200 GMT", minute("2022-11-30T12:00")),
            ("Sept. 29", day("2022-09-29")),
            ("this week", week("2022-W48")),
            ("this year", year("2022")),
            ("January", month("2023-01")),
        ],
    ),
    (
        "COLUMBIA, S.C., Feb 29 (Reuters) - South Carolina Democrats vote on Saturday in a primary that "
        "former Vice President Joe Biden hopes will revive his campaign. Polls close at 7 p.m. ET. The vote "
        "comes three days before contests in 14 states next Tuesday. Biden, 77, finished fifth in New "
        "Hampshire on Feb. 11 and second in Nevada last Saturday. Senator Bernie Sanders, who leads the "
        "national race, has won more than 40% of the vote in two of the first three contests. The nominee "
        "will be chosen at the party's convention in Milwaukee, due to open on the second Monday in July. "
        "The general election will be held on Nov. 3. Early voting in Texas ended on Friday. Biden has won "
        "the endorsement of Representative James Clyburn, 79, the highest-ranking Black member of Congress. "
        "Sanders won 46.8% of the vote in Nevada, more than double Biden's 20.2%. About 1,357 delegates are "
        "at stake in those contests.",
        "2020-02-29",
        [
            ("Feb 29", day("2020-02-29")),
            ("Saturday", day("2020-02-29")),
            ("7 p.m. ET", minute("2020-02-29T19:00")),
            ("three days", floating("DURATION", "P3D")),
            ("next Tuesday", day("2020-03-03")),
            ("Feb. 11", day("2020-02-11")),
            ("last Saturday", day("2020-02-22")),
            ("the second Monday in July", day("2020-07-13")),
            ("Nov. 3", day("2020-11-03")),
            ("Friday", day("2020-02-28")),
        ],
    ),
]


@pytest.mark.parametrize("article", ARTICLES, ids=[a[0][:40] for a in ARTICLES])
def test_tags_every_expression_of_an_english_article_from_a_new_domain(article: Sentence) -> None:
    text, published, expected = article
    assert tagged(text, published) == expected
