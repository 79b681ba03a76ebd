"""The shape of a language file, checked when it is loaded.

A language file is data written by hand; a misspelt key or class would otherwise be ignored in silence
(a `[tense]` cue list that never fires) or fail on the first text that needs it. `check` runs before the
file is compiled and `check_grammar` after it, and both raise `GrammarError` naming the file, the section
and the key at fault.
"""

from __future__ import annotations

import re
from typing import Any

from timeline.engine.grammar import DIGITS, REFERENCE, SPAN, Grammar
from timeline.engine.slots import ENGINE_CLASSES, SLOTS, Kind
from timeline.errors import GrammarError

_TOP = "top level"
_TEXT, _WORDS, _FLAG, _PATTERN = "a string", "a list of strings", "true or false", "a regular expression"

KEYS: dict[str, dict[str, str]] = {
    _TOP: {
        "name": _TEXT,
        "script": _PATTERN,
        "dayfirst": _FLAG,
        "measuring": _PATTERN,
        "lasting": _PATTERN,
        "rate_before": _PATTERN,
        "rate_unit": _PATTERN,
        "superlative": _PATTERN,
        "closing": _PATTERN,
        "compared_figure": _PATTERN,
        "edge_closed": _PATTERN,
        "zoned": _PATTERN,
        "sequence": _PATTERN,
        "list_items": _PATTERN,
        "sequence_shared": _PATTERN,
        "range_to": _PATTERN,
        "clock_range": _PATTERN,
        "apposed_weekday": _PATTERN,
        "trading_week": _PATTERN,
        "late_greeting": _PATTERN,
        "vote_clock": _PATTERN,
        "opening_clock": _PATTERN,
        "routine_clock": _PATTERN,
        "opening_day": _PATTERN,
        "clock_elsewhere": _PATTERN,
        "afternoon_clock": _PATTERN,
        "evening_clock": _PATTERN,
        "edge_undone": _PATTERN,
        "trading_close": _TEXT,
    },
    "tense": {
        "future": _WORDS,
        "future_pattern": _PATTERN,
        "future_prefix": _PATTERN,
        "future_prefix_not": _WORDS,
        "scheduled": _WORDS,
        "scheduled_not_after": _WORDS,
        "scheduled_not_glued": _TEXT,
        "scheduled_pattern": _PATTERN,
        "habitual": _WORDS,
        "habitual_pattern": _PATTERN,
        "habit_breaks": _WORDS,
        "deferral": _WORDS,
        "deferral_past": _WORDS,
        "deferral_pattern": _PATTERN,
        "headline_future": _PATTERN,
        "continued_opening": _PATTERN,
        "continued_ahead": _PATTERN,
        "gapped": _PATTERN,
        "past_clause": _PATTERN,
        "openers": _WORDS,
        "upcoming_opening": _WORDS,
        "future_before": _WORDS,
        "future_after": _WORDS,
        "upcoming_after": _WORDS,
        "contract_after": _WORDS,
        "past_after": _PATTERN,
        "planned_after": _WORDS,
        "baseline_after": _WORDS,
        "planned_links": _WORDS,
        "upcoming_before": _WORDS,
        "planned_before": _WORDS,
        "planned_before_links": _WORDS,
        "future_undone": _WORDS,
        "future_told": _WORDS,
        "forecast_told": _WORDS,
        "upcoming_before_links": _WORDS,
        "closing_before": _WORDS,
        "figures_after": _WORDS,
        "figures_before": _WORDS,
        "figures_before_links": _WORDS,
        "figures_before_between": _PATTERN,
        "reported": _WORDS,
        "reported_not_after": _WORDS,
        "starting_before": _WORDS,
        "instead_before": _WORDS,
        "deadline_before": _WORDS,
        "past_before": _WORDS,
        "past_before_links": _WORDS,
        "passive_before": _WORDS,
        "past_before_between": _PATTERN,
        "past_pattern": _PATTERN,
        "past": _WORDS,
        "relative": _WORDS,
        "described": _WORDS,
        "measured_from": _WORDS,
        "subordinate": _WORDS,
        "aside_before": _WORDS,
        "comparison_before": _WORDS,
        "edge_event_between": _WORDS,
        "edge_event_after": _WORDS,
        "speech": _WORDS,
        "comparison_not_after": _WORDS,
        "flashback_before": _WORDS,
        "pluperfect_before": _WORDS,
        "pluperfect_not_before": _WORDS,
        "flash_forward": _WORDS,
        "relative_ahead": _WORDS,
        "flash_forward_not_after": _WORDS,
        "flash_forward_not_before": _WORDS,
        "present_now": _WORDS,
        "present_joined": _WORDS,
        "present_finite": _WORDS,
        "writer_future": _WORDS,
        "writer_part": _WORDS,
        "attributive_before": _WORDS,
        "noun_dated_before": _WORDS,
        "dated_aside": _PATTERN,
        "reference_before": _WORDS,
        "reference_not_after": _WORDS,
        "onwards_before": _WORDS,
        "back_before": _WORDS,
        "bound_before": _WORDS,
        "summing_before": _WORDS,
        "listed_on": _WORDS,
        "sequence_on": _WORDS,
        "range_from": _WORDS,
        "range_on": _WORDS,
        "clock_now_before": _WORDS,
        "lifetime": _WORDS,
        "aged": _WORDS,
        "born": _WORDS,
    },
    "weak": {
        "words": _WORDS,
        "context": _WORDS,
        "joins": _WORDS,
        "phrase": _PATTERN,
        "list_head": _PATTERN,
        "capitalized": _FLAG,
        "name_before": _PATTERN,
        "name_after": _PATTERN,
        "title_after": _PATTERN,
        "title_words": _PATTERN,
        "title_before": _PATTERN,
        "title_quote_before": _PATTERN,
        "title_quote_after": _PATTERN,
        "work_title": _PATTERN,
        "given_name": _PATTERN,
        "agent_by": _PATTERN,
        "names": _PATTERN,
        "age_before": _PATTERN,
        "count_nouns": _WORDS,
        "count_context": _WORDS,
        "count_joins": _WORDS,
        "count_group": _PATTERN,
        "count_range_joins": _WORDS,
        "count_range_years": _WORDS,
        "count_pair_years": _WORDS,
        "count_plural": _PATTERN,
        "campaign_nouns": _WORDS,
        "dated_nouns": _WORDS,
        "seasons": _WORDS,
        "season_before": _WORDS,
        "season_after": _WORDS,
        "clitic_context": _TEXT,
        "glued_words": _WORDS,
    },
    "grammar": {"clitic": _PATTERN, "clitic_letters": _TEXT, "article": _TEXT},
    "grammar.rules": {"name": _TEXT, "pattern": _TEXT, "before": _TEXT, "split": _FLAG},
}
"""Every key a section may hold, and what its value must be. `vocab`, `grammar.macros` and
`grammar.rules` are checked on their own."""

_NAMES, _SECTION = "a table of strings", "a table"
WORD_FILES: dict[str, dict[str, dict[str, str]]] = {
    "triggers": {
        _TOP: {
            **dict.fromkeys(("suffixes", "prefixes", "verb_endings", "not_verbs", "noun_endings"), _WORDS),
            **dict.fromkeys(("not_nouns", "noun_patterns", "not_patterns", "not_triggers", "verbs"), _WORDS),
            "nouns": _WORDS,
            "lemmas": _NAMES,
        },
        "cues": dict.fromkeys(
            (
                "future",
                "future_prefixes",
                "not_future",
                "not_future_endings",
                "earlier",
                "after",
                "before",
                "possessive",
                "infinitive",
            ),
            _WORDS,
        ),
        "reference": {"words": _WORDS},
        "light": dict.fromkeys(("verbs", "not_between"), _WORDS),
        "determiners": dict.fromkeys(("words", "prefixes"), _WORDS),
        "chain": dict.fromkeys(("words", "prefixes", "participle_endings", "agent"), _WORDS),
    },
    "segment": {
        _TOP: {},
        "sentence": {
            **dict.fromkeys(
                ("terminators", "closers", "continuations", "abbreviations", "ambiguous"), _WORDS
            ),
            "openers": _WORDS,
            **dict.fromkeys(("clock_marks", "clock_followers", "clock_zone_after"), _WORDS),
            "wire": _WORDS,
        },
        "clause": {
            **dict.fromkeys(
                ("separators", "commas", "connectors", "complementizers", "frames", "joiners"), _WORDS
            ),
            "trim": _TEXT,
        },
        "range": {"links": _WORDS, "paired": "a list of word pairs"},
        "reporting": {"past": _WORDS, "present": _WORDS},
    },
}
"""The keys of the word files read by every language at once (`<kind>_<code>.toml`: the event triggers and
their cues, the segmenter's marks), by section; the top level's tables are the other sections."""
_REQUIRED = {_TOP: ("name", "script", "dayfirst"), "grammar.rules": ("name", "pattern")}
_TABLES = ("tense", "weak", "vocab", "grammar")


def check(raw: dict[str, Any], file: str) -> None:
    """Raise GrammarError unless `raw` (a parsed language file) has only known keys with fitting values."""
    top = {k: v for k, v in raw.items() if k not in _TABLES}
    _keys(top, _TOP, file)
    for section in ("tense", "weak"):
        _keys(_table(raw, section, file, required=False), section, file)
    grammar = _table(raw, "grammar", file)
    _keys({k: v for k, v in grammar.items() if k not in ("macros", "rules")}, "grammar", file)
    for name, macro in _table(grammar, "macros", file, required=False, where="grammar.macros").items():
        _value(macro, _TEXT, "grammar.macros", name, file)
    rules = grammar.get("rules")
    if not isinstance(rules, list) or not rules:
        raise GrammarError(file, "grammar", "rules", "needs at least one [[grammar.rules]] table")
    seen: set[str] = set()
    for number, rule in enumerate(rules, 1):
        if not isinstance(rule, dict):
            raise GrammarError(file, "grammar.rules", f"#{number}", "is not a table")
        _keys(rule, "grammar.rules", file, key=f"{rule.get('name', f'#{number}')}.")
        if rule["name"] in seen:
            raise GrammarError(file, "grammar.rules", rule["name"], "two rules have this name")
        seen.add(rule["name"])
    for cls, table in _table(raw, "vocab", file).items():
        if not isinstance(table, dict):
            raise GrammarError(file, "vocab", cls, "is not a table of meaning = [spellings]")
        for meaning, words in table.items():
            _value(words, _WORDS, f"vocab.{cls}", meaning, file)


def check_grammar(raw: dict[str, Any], grammar: Grammar, file: str) -> None:
    """Raise GrammarError if a vocabulary class is never used or holds a value a slot it fills cannot take."""
    vocab: dict[str, dict[str, Any]] = raw["vocab"]
    rules, macros = raw["grammar"]["rules"], raw["grammar"].get("macros", {}).values()
    sources = [*macros, *(rule.get(key, "") for rule in rules for key in ("pattern", "before"))]
    used = {ref.group(1) for source in sources for ref in REFERENCE.finditer(source)}
    for cls in vocab:
        if cls not in used and cls not in ENGINE_CLASSES:
            raise GrammarError(file, f"vocab.{cls}", cls, "no rule uses this class")
    for rule in grammar.rules:
        for capture in rule.captures:
            if capture is None or capture.cls in (DIGITS, SPAN):
                continue
            kind = SLOTS[capture.slot]
            for meaning in vocab[capture.cls]:
                if not _fits(meaning, kind):
                    problem = f"{capture.slot} (in rule {rule.name!r}) needs {kind.value}, not {meaning!r}"
                    raise GrammarError(file, f"vocab.{capture.cls}", meaning, problem)


def _fits(meaning: str, kind: Kind) -> bool:
    if kind is Kind.INT:
        return meaning.lstrip("-").isdigit()
    if kind is Kind.COUNT:
        return meaning == "X" or re.fullmatch(r"-?\d+(?:\.\d+)?", meaning) is not None
    return True


def _table(
    raw: dict[str, Any], key: str, file: str, *, required: bool = True, where: str | None = None
) -> dict[str, Any]:
    value = raw.get(key)
    if value is None and not required:
        return {}
    if not isinstance(value, dict):
        raise GrammarError(file, where or key, key, "is missing or not a table")
    return value


def check_words(kind: str, raw: dict[str, Any], file: str) -> None:
    """Raise GrammarError unless `raw` (a parsed word file of `kind`: "triggers", "segment") has only the
    keys of `WORD_FILES[kind]` with fitting values."""
    shape = WORD_FILES[kind]
    top = {**shape[_TOP], **dict.fromkeys((s for s in shape if s != _TOP), _SECTION)}
    _keys({k: v for k, v in raw.items() if k not in shape}, _TOP, file, known=top)
    for section, known in shape.items():
        if section != _TOP:
            _keys(_table(raw, section, file, required=False), section, file, known=known)


def _keys(
    table: dict[str, Any], section: str, file: str, key: str = "", known: dict[str, str] | None = None
) -> None:
    """Check a table's keys and values against `known` (by default `KEYS[section]` and its required keys);
    `key` prefixes the key in messages."""
    required = _REQUIRED.get(section, ()) if known is None else ()
    known = KEYS[section] if known is None else known
    for name, value in table.items():
        if name not in known:
            raise GrammarError(file, section, f"{key}{name}", f"unknown key (known: {', '.join(known)})")
        _value(value, known[name], section, f"{key}{name}", file)
    for name in required:
        if name not in table:
            raise GrammarError(file, section, f"{key}{name}", "is missing")


def _value(value: Any, kind: str, section: str, key: str, file: str) -> None:
    fits = {
        _TEXT: isinstance(value, str),
        _PATTERN: isinstance(value, str),
        _FLAG: isinstance(value, bool),
        _WORDS: isinstance(value, list) and all(isinstance(w, str) for w in value),
        _NAMES: isinstance(value, dict) and all(isinstance(w, str) for w in value.values()),
        _SECTION: isinstance(value, dict),
        "a list of word pairs": isinstance(value, list)
        and all(isinstance(p, list) and len(p) == 2 and all(isinstance(w, str) for w in p) for p in value),
    }[kind]
    if not fits:
        raise GrammarError(file, section, key, f"needs {kind}, not {value!r}")
    if kind == _WORDS and len(set(value)) < len(value):
        twice = sorted({word for word in value if value.count(word) > 1})
        raise GrammarError(file, section, key, f"lists {', '.join(map(repr, twice))} twice")
    if kind == _PATTERN:
        try:
            re.compile(value)
        except re.error as err:
            raise GrammarError(file, section, key, f"is no regular expression: {err}") from err
