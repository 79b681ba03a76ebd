"""The engine's pipeline for one text: normalize, recognize, interpret, resolve, map back to offsets."""

from __future__ import annotations

from functools import lru_cache

from timeline.engine.anchor import AnchorLike, parse_anchor
from timeline.engine.build import Readings, readings
from timeline.engine.compose import Composed, compose
from timeline.engine.grammar import Fill
from timeline.engine.language import Language, detect, load
from timeline.engine.meaning import interpret
from timeline.engine.normalize import normalize
from timeline.engine.policy import Policy
from timeline.engine.recognize import Mention, recognize
from timeline.engine.segment import apart
from timeline.engine.walk import Walk
from timeline.errors import TimelineError
from timeline.model import Timex


def language_for(text: str, lang: str | None) -> Language:
    """The language data for `lang`, or for the language `text` is written in."""
    return load(lang if lang is not None else detect(text))


@lru_cache(maxsize=16384)
def _readings(code: str, rule: str, slots: tuple[Fill, ...], dayfirst: bool) -> Readings:
    """Interpretation, once per distinct match and order of numeric dates: the rule's slots read, and the
    operators they build."""
    return readings(interpret(rule, slots, load(code), dayfirst))


def _expression(mention: Mention, text: str, lang: Language, dayfirst: bool) -> Composed:
    """The mention with its expression; "since N units" measures only after a superlative or a verb of
    lasting in the words before it (the language's `measuring`), or before such a verb right after it
    (`lasting_after`: ومنذ عقدين تعمل), else it is "N units ago"; "in N units"
    only after a superlative (the language's `superlative`), else it is a length. A numeric date is read
    day first when `dayfirst`, else month first."""
    found = _readings(lang.code, mention.rule, mention.slots, dayfirst)
    expression = found.measured
    if found.unmeasured is not None:
        cue = lang.superlative if found.superlative else lang.measuring
        measures = cue.search(text, max(0, mention.start - 80), mention.start)
        if measures is None and not found.superlative:
            measures = lang.lasting_after.match(text, mention.end)
        expression = found.measured if measures is not None else found.unmeasured
    return Composed(mention.start, mention.end, mention.rule, expression)


def tag(
    text: str,
    published: AnchorLike,
    lang: str | None = None,
    prefer: str = "tense",
    genre: str = "news",
    dayfirst: bool | None = None,
) -> list[Timex]:
    """Every temporal expression in `text`, resolved against `published`, in text order.

    `lang` is an ISO 639-1 code ("ar", "en"); None tells it from the script. `prefer` is the anchoring
    policy (see PREFER), `genre` the document type (see GENRES), `dayfirst` the order of numeric dates
    ("05/03/2024": True day first, False month first, None the language's; the other order of two numbers
    up to 12 is among the `alternatives`). Offsets index the original `text`.
    """
    return tagged(text, published, lang, Policy(prefer, genre, dayfirst))


def tagged(
    text: str, published: AnchorLike, lang: str | None, policy: Policy, *, whole: bool = False
) -> list[Timex]:
    """What `tag` returns, the policy given as one checked value (`timeline.engine.policy`): the entry for
    callers that carry it; `whole` reads `text` as one bare expression, as `resolve` does."""
    anchor = parse_anchor(published)
    if not text.strip():
        return []
    language = language_for(text, lang)
    order = language.dayfirst if policy.dayfirst is None else policy.dayfirst
    norm = normalize(text)
    folded = norm.text
    found = [_expression(m, folded, language, order) for m in recognize(norm, text, language, whole=whole)]
    composed = compose(
        found,
        folded,
        language,
        lambda end, start: apart(text, norm.original(end), norm.original(start)),
    )
    return Walk(text, norm, language, policy, anchor, composed).run()


def resolve(
    expression: str,
    anchor: AnchorLike,
    lang: str | None = None,
    prefer: str = "tense",
    dayfirst: bool | None = None,
) -> Timex:
    """Resolve one bare expression ("last June", "الشهر الماضي") against `anchor`.

    The longest expression found in `expression` is returned; TimelineError when there is none. Weak
    words ("May", "now", الآن) count here without the context they need in running text. `prefer` and
    `dayfirst` are those of `tag`.
    """
    found = longest(expression, anchor, lang, Policy(prefer, "news", dayfirst))
    if found is None:
        raise TimelineError(f"no temporal expression found in {expression!r}")
    return found


def longest(expression: str, anchor: AnchorLike, lang: str | None, policy: Policy) -> Timex | None:
    """What `resolve` returns, or None where it finds no expression: for a caller to whom nothing found
    is an answer (a null in a column), not an error to tell from a bad anchor."""
    found = tagged(expression, anchor, lang, policy, whole=True)
    return max(found, key=lambda t: (t.char_end - t.char_start, -t.char_start), default=None)
