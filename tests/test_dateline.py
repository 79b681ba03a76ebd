"""An article's dateline: a full calendar date alone near the top, whatever the anchor."""

from __future__ import annotations

from pathlib import Path

import pendulum
import pytest

from timeline.io.dateline import HEAD_LINES, find_dateline

SEED = Path(__file__).parent.parent / "seeds" / "000_bf4a54bd74fa47e2.txt"
NOVEMBER_30 = pendulum.naive(2016, 11, 30)


def test_the_seed_is_dated_by_its_dateline() -> None:
    assert find_dateline(SEED.read_text(encoding="utf-8")) == NOVEMBER_30


@pytest.mark.parametrize(
    "dateline",
    [
        "30 نوفمبر 2016",
        "٣٠ نوفمبر ٢٠١٦",
        "الأربعاء 30 نوفمبر 2016",
        "November 30, 2016",
        "2016-11-30",
        "  30 Nov. 2016 ",
    ],
)
def test_a_full_date_alone_under_the_headline(dateline: str) -> None:
    text = f"Headline of the story\n\n{dateline}\nThe talks began on Monday and ended on Tuesday.\n"
    assert find_dateline(text) == NOVEMBER_30


def test_a_dateline_without_letters_is_read_in_the_articles_language() -> None:
    assert find_dateline("عنوان الخبر\n٣٠/١١/٢٠١٦\nوصل الوفد أمس.") == NOVEMBER_30


def test_a_dateline_keeps_its_clock_time() -> None:
    dateline = "Updated: November 30, 2016 at 10:15 a.m."
    assert find_dateline(f"Headline\n{dateline}\nBody.") == NOVEMBER_30.add(hours=10, minutes=15)


def test_the_language_can_be_given() -> None:
    assert find_dateline("عنوان الخبر\n30 نوفمبر 2016\nبدأت المحادثات أمس.", lang="ar") == NOVEMBER_30


@pytest.mark.parametrize(
    "text",
    [
        "",
        "\n\n  \n",
        "Headline\nMonday\nThe talks began.",
        "Headline\nyesterday\nThe talks began.",
        "Headline\nNovember 30\nThe talks began.",
        "عنوان\nالأحد الماضي\nبدأت المحادثات.",
        "Headline\nThe talks that began on November 30, 2016 in Moscow ended without a deal.\n",
    ],
)
def test_no_dateline_without_a_full_date_alone_on_a_line(text: str) -> None:
    assert find_dateline(text) is None


def test_only_the_top_of_the_article_counts() -> None:
    lines = [f"Paragraph {n} of the story." for n in range(HEAD_LINES)]
    assert find_dateline("\n\n".join([*lines, "30 November 2016"])) is None
    assert find_dateline("\n\n".join([*lines[1:], "30 November 2016"])) == NOVEMBER_30
