"""The words of the chart and its page in the reader's language, kept as data in timeline/lang/ui_*.toml.

Every language file has the keys of the English one, no more and no fewer, checked when it is loaded,
so a missing translation is an error at once rather than a blank on the page. The language of a chart
is the one most of its events are written in (`majority`), unless the reader names one.
"""

from __future__ import annotations

import tomllib
from collections import Counter
from collections.abc import Iterable
from dataclasses import dataclass
from functools import cache
from importlib import resources
from typing import Any

from timeline.errors import TimelineError

REFERENCE = "en"
"""The language whose keys every other language file must have."""
SECTIONS = ("page", "chart", "precision", "dates")
COUNTS = {"months": 12, "weekdays": 7}
"""List-valued date words and how many each language must give."""


class WordsError(TimelineError):
    """A UI language that has no words file, or a words file that lacks or adds keys."""


@dataclass(frozen=True, slots=True)
class Words:
    """One language's UI words: `dir` is "ltr" or "rtl"; `page`, `chart`, `precision` map key -> text;
    `dates` holds the patterns of a date at each precision and the `months` and `weekdays` lists."""

    code: str
    dir: str
    page: dict[str, str]
    chart: dict[str, str]
    precision: dict[str, str]
    dates: dict[str, str | list[str]]


@cache
def ui_languages() -> tuple[str, ...]:
    """The codes that have a words file, sorted."""
    folder = resources.files("timeline").joinpath("lang")
    names = (entry.name for entry in folder.iterdir())
    return tuple(sorted(name[3:-5] for name in names if name.startswith("ui_") and name.endswith(".toml")))


@cache
def words(code: str) -> Words:
    """The words of language `code`; WordsError when it has no file or its keys differ from English."""
    if code not in ui_languages():
        raise WordsError(f"no page words for language {code!r} (available: {', '.join(ui_languages())})")
    raw, reference = _read(code), _read(REFERENCE)
    sections = {section: _section(code, raw, reference, section) for section in SECTIONS}
    for key, count in COUNTS.items():
        listed = sections["dates"][key]
        if not isinstance(listed, list) or len(listed) != count:
            raise WordsError(f"ui_{code}.toml [dates] {key}: expected a list of {count} words")
    direction = raw.get("dir")
    if direction not in ("ltr", "rtl"):
        raise WordsError(f"ui_{code}.toml: dir must be 'ltr' or 'rtl', not {direction!r}")
    texts = {section: {key: str(value) for key, value in sections[section].items()} for section in SECTIONS}
    return Words(
        code=code,
        dir=direction,
        page=texts["page"],
        chart=texts["chart"],
        precision=texts["precision"],
        dates=sections["dates"],
    )


def _section(
    code: str, raw: dict[str, Any], reference: dict[str, Any], section: str
) -> dict[str, str | list[str]]:
    """`section` of a words file, which must have exactly the keys the English file has."""
    found: dict[str, str | list[str]] = raw.get(section, {})
    expected = set(reference.get(section, {}))
    if expected != set(found):
        missing, extra = sorted(expected - set(found)), sorted(set(found) - expected)
        raise WordsError(f"ui_{code}.toml [{section}]: missing {missing}, unknown {extra}")
    return found


def majority(languages: Iterable[str | None]) -> str:
    """The language most events are written in that has words (English on a tie or when none has)."""
    available = set(ui_languages())
    counts = Counter(code for code in languages if code in available)
    if not counts:
        return REFERENCE
    return max(sorted(counts), key=lambda code: (counts[code], code == REFERENCE))


def _read(code: str) -> dict[str, Any]:
    text = resources.files("timeline").joinpath("lang").joinpath(f"ui_{code}.toml").read_text("utf-8")
    return tomllib.loads(text)
