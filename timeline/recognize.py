"""Recognition: find the expressions of a language's grammar in a normalized text.

Scanning is one pass of the grammar's combined regex to find where an expression may start; at each
such place every rule is tried and the longest match wins (the earlier rule on a tie). A match made
only of a weak word ("May", "march", مارس) counts only after a word of the language's weak context.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from timeline.grammar import Rule
from timeline.lang import Language
from timeline.normalize import fold

_PREVIOUS_WORD = re.compile(r"([\w-]+)[^\w]{0,3}$")


@dataclass(frozen=True, slots=True)
class Mention:
    """A matched expression: its extent in the normalized text, the rule and the filled slots."""

    start: int
    end: int
    rule: str
    slots: dict[str, str]


def _slots(match: re.Match[str], rule: Rule) -> dict[str, str]:
    return {name: text for name in rule.slots if (text := match.group(name)) is not None}


def _weak(text: str, match: re.Match[str], lang: Language) -> bool:
    """Whether a match of a single weak word lacks the context that makes it a date."""
    written = match.group("extent")
    extent = fold(" ".join(written.split()))
    if extent not in lang.weak:
        return False
    if lang.weak_capitalized and not written[:1].isupper():
        return True
    if match.start("extent") > match.start():
        return False
    previous = _PREVIOUS_WORD.search(text, max(0, match.start() - 40), match.start())
    return previous is None or fold(previous.group(1)).strip("-") not in lang.weak_context


def _split(match: re.Match[str], rule: Rule, slots: dict[str, str]) -> list[Mention]:
    first = {k: v for k, v in slots.items() if k not in ("day2", "first", "second")}
    second = {k: v for k, v in first.items() if k != "day"}
    second["day"] = slots["day2"]
    return [
        Mention(match.start("first"), match.end("first"), rule.name, first),
        Mention(match.start("second"), match.end("second"), rule.name, second),
    ]


def _longer_at_extent(
    text: str, best: tuple[Rule, re.Match[str]], rules: tuple[Rule, ...]
) -> tuple[Rule, re.Match[str]]:
    """A rule with context before its extent ("منذ عام") yields to a longer match of the extent alone."""
    for rule in rules:
        match = rule.regex.match(text, best[1].start("extent"))
        if match is not None and match.end() > best[1].end():
            best = (rule, match)
    return best


def recognize(text: str, lang: Language) -> list[Mention]:
    """Every expression in normalized `text`, in text order, without overlaps."""
    found: list[Mention] = []
    finder, rules = lang.grammar.finder, lang.grammar.rules
    pos = 0
    while (candidate := finder.search(text, pos)) is not None:
        at = candidate.start()
        best: tuple[Rule, re.Match[str]] | None = None
        for rule in rules:
            match = rule.regex.match(text, at)
            if match is not None and (best is None or match.end() > best[1].end()):
                best = (rule, match)
        if best is None:
            pos = at + 1
            continue
        if best[1].start("extent") > best[1].start():
            best = _longer_at_extent(text, best, rules)
        rule, match = best
        pos = match.end()
        if _weak(text, match, lang):
            continue
        slots = _slots(match, rule)
        if rule.split:
            found.extend(_split(match, rule, slots))
        else:
            found.append(Mention(match.start("extent"), match.end("extent"), rule.name, slots))
    return found
