"""Score tagged documents against gold, TempEval-3 style: extent, type, value and interval.

Documents are dicts in the shape of FORMAT.md (`id`, `lang`, `text`, `timexes`). Gold timexes may
carry `alt_value` and `alt_start`/`alt_end` (a second reading that also counts as right); a gold
record may be `negative: true` (the text must yield nothing) or `latent: true` (left out unless
asked for). Every measure is a count, so scores of documents add up to scores of a corpus.
"""

from __future__ import annotations

import re
from bisect import bisect_left
from collections import Counter
from collections.abc import Callable, Iterable, Mapping, Sequence
from dataclasses import dataclass, fields
from datetime import datetime
from typing import Any, Self, cast

from timeline.errors import InputError
from timeline.io.terminal import aligned

KINDS: tuple[str, ...] = ("miss", "spurious", "value", "interval")
"""The kinds of mistake, in the order the listing gives them for one expression."""

CONTEXT_WIDTH = 40
"""Characters of text shown on each side of an expression in the listing of mistakes."""

Record = Mapping[str, Any]
Offsets = tuple[int, int]
"""An expression's [char_start, char_end)."""


class _Additive:
    """Field-wise addition for the count-holding dataclasses below."""

    __slots__ = ()

    def __add__(self, other: Self) -> Self:
        return type(self)(*(getattr(self, f.name) + getattr(other, f.name) for f in fields(cast(Any, self))))


def _ratio(part: int, whole: int) -> float:
    return part / whole if whole else 0.0


@dataclass(frozen=True, slots=True)
class PRF(_Additive):
    """Precision, recall and F1 from counts: `correct` of `system` expressions, of `gold` expressions."""

    correct: int = 0
    system: int = 0
    gold: int = 0

    @property
    def precision(self) -> float:
        return _ratio(self.correct, self.system)

    @property
    def recall(self) -> float:
        return _ratio(self.correct, self.gold)

    @property
    def f1(self) -> float:
        return _ratio(2 * self.correct, self.system + self.gold)


@dataclass(frozen=True, slots=True)
class Accuracy(_Additive):
    """`correct` of `total` cases."""

    correct: int = 0
    total: int = 0

    @property
    def share(self) -> float:
        return _ratio(self.correct, self.total)


@dataclass(frozen=True, slots=True)
class Scores(_Additive):
    """The measures over a set of documents.

    `strict`: exact offsets. `relaxed`: overlapping spans, matched one to one. `type`, `value`:
    attribute F1 over relaxed matches (gold without the attribute left out). `interval`: relaxed
    matches whose gold has a start or an end, and how many got both right. `negative_found`:
    expressions reported in the `negative_documents` (they also count as spurious).
    """

    documents: int = 0
    strict: PRF = PRF()
    relaxed: PRF = PRF()
    type: PRF = PRF()
    value: PRF = PRF()
    interval: Accuracy = Accuracy()
    negative_documents: int = 0
    negative_found: int = 0


@dataclass(frozen=True, slots=True)
class Mistake:
    """One error, located: `kind` is one of KINDS; `context` shows the expression in its text."""

    doc: str
    lang: str
    kind: str
    char_start: int
    char_end: int
    expected: str | None
    found: str | None
    context: str


@dataclass(frozen=True, slots=True)
class Report:
    """Scores overall and per language (gold `lang`), the mistakes, and what was left out."""

    overall: Scores
    by_lang: Mapping[str, Scores]
    mistakes: tuple[Mistake, ...] = ()
    latent_left_out: int = 0


def _timexes(document: Record, doc: str) -> list[Record]:
    timexes = document.get("timexes") or []
    if not isinstance(timexes, list) or not all(isinstance(timex, Mapping) for timex in timexes):
        raise InputError(f'document {doc}: "timexes" must be a list of objects')
    return timexes


def _span(timex: Record, doc: str) -> Offsets:
    start, end = timex.get("char_start"), timex.get("char_end")
    if not (isinstance(start, int) and isinstance(end, int)) or start > end:
        raise InputError(f"document {doc}: a timex without valid char_start/char_end: {dict(timex)}")
    return start, end


def _relaxed_pairs(gold: Sequence[Offsets], system: Sequence[Offsets]) -> list[tuple[int, int]]:
    """One-to-one (gold index, system index) pairs of overlapping spans, the largest overlaps first."""
    order = sorted(range(len(system)), key=lambda j: system[j])
    starts = [system[j][0] for j in order]
    longest = max((end - start for start, end in system), default=0)
    candidates: list[tuple[int, int, int]] = []
    for i, (g_start, g_end) in enumerate(gold):
        for k in range(bisect_left(starts, g_start - longest + 1), len(order)):
            s_start, s_end = system[order[k]]
            if s_start >= g_end:
                break
            overlap = min(g_end, s_end) - max(g_start, s_start)
            if overlap > 0:
                candidates.append((-overlap, i, order[k]))
    candidates.sort()
    taken_gold: set[int] = set()
    taken_system: set[int] = set()
    pairs: list[tuple[int, int]] = []
    for _, i, j in candidates:
        if i not in taken_gold and j not in taken_system:
            taken_gold.add(i)
            taken_system.add(j)
            pairs.append((i, j))
    return sorted(pairs)


def _accepted_values(timex: Record) -> set[str]:
    return {v for v in (timex.get("value"), timex.get("alt_value")) if v is not None}


def _accepted_types(timex: Record) -> set[str]:
    return {timex["type"]} if timex.get("type") is not None else set()


def _moment(value: Any) -> Any:
    """An interval bound in a comparable form: equal instants compare equal however written."""
    if isinstance(value, str):
        try:
            return datetime.fromisoformat(value)
        except ValueError:
            return value
    return value


def _gold_bounds(timex: Record) -> list[tuple[Any, Any]]:
    """The gold interval as written, and its alternative where `alt_start`/`alt_end` give one."""
    bounds = [(timex.get("start"), timex.get("end"))]
    if "alt_start" in timex or "alt_end" in timex:
        bounds.append((timex.get("alt_start", timex.get("start")), timex.get("alt_end", timex.get("end"))))
    return bounds


def _interval(timex: Record) -> tuple[Any, Any]:
    return _moment(timex.get("start")), _moment(timex.get("end"))


def _attribute(
    gold: Sequence[Record],
    system: Sequence[Record],
    pairs: Sequence[tuple[int, int]],
    accepted: Callable[[Record], set[str]],
    key: str,
) -> PRF:
    """TempEval-3 attribute F1: correct matches over all system / all gold expressions, leaving out
    gold expressions without the attribute and the system expressions matched to them."""
    unscored = {i for i, timex in enumerate(gold) if not accepted(timex)}
    unscored_system = sum(1 for i, _ in pairs if i in unscored)
    correct = sum(1 for i, j in pairs if system[j].get(key) in accepted(gold[i]))
    return PRF(correct, len(system) - unscored_system, len(gold) - len(unscored))


def _squash(text: str) -> str:
    return re.sub(r"\s+", " ", text)


def context(text: str, start: int, end: int, width: int = CONTEXT_WIDTH) -> str:
    """The expression in brackets with `width` characters of text on each side, on one line."""
    before = ("…" if start > width else "") + text[max(0, start - width) : start]
    after = text[end : end + width] + ("…" if end + width < len(text) else "")
    return _squash(f"{before}[{text[start:end]}]{after}")


def _describe(timex: Record) -> str:
    if timex.get("value") is not None:
        return f"{timex.get('type')} {timex['value']}"
    return f"{timex.get('type')} {_describe_interval(timex.get('start'), timex.get('end'))}"


def _describe_interval(start: Any, end: Any) -> str:
    return f"[{start}, {end})"


def _describe_gold_interval(timex: Record) -> str:
    return " or ".join(_describe_interval(*bounds) for bounds in _gold_bounds(timex))


def _describe_gold_value(timex: Record) -> str:
    return " or ".join(v for v in (timex.get("value"), timex.get("alt_value")) if v is not None)


def score_document(gold: Record, system: Sequence[Record]) -> tuple[Scores, list[Mistake]]:
    """Scores and mistakes of one system document (its timexes) against its gold document."""
    doc, lang, text = str(gold.get("id")), str(gold.get("lang")), str(gold.get("text", ""))
    gold_timexes = _timexes(gold, doc)
    gold_spans = [_span(t, doc) for t in gold_timexes]
    system_spans = [_span(t, doc) for t in system]
    pairs = _relaxed_pairs(gold_spans, system_spans)
    strict = (Counter(gold_spans) & Counter(system_spans)).total()

    mistakes: list[Mistake] = []

    def note(kind: str, span: Offsets, expected: str | None, found: str | None) -> None:
        mistakes.append(Mistake(doc, lang, kind, span[0], span[1], expected, found, context(text, *span)))

    matched_gold = {i for i, _ in pairs}
    matched_system = {j for _, j in pairs}
    for i, timex in enumerate(gold_timexes):
        if i not in matched_gold:
            note("miss", gold_spans[i], _describe(timex), None)
    for j, timex in enumerate(system):
        if j not in matched_system:
            note("spurious", system_spans[j], None, _describe(timex))

    interval = Accuracy()
    for i, j in pairs:
        expected, found = gold_timexes[i], system[j]
        if _accepted_values(expected) and found.get("value") not in _accepted_values(expected):
            note("value", system_spans[j], _describe_gold_value(expected), str(found.get("value")))
        if expected.get("start") is not None or expected.get("end") is not None:
            right = _interval(found) in [(_moment(a), _moment(b)) for a, b in _gold_bounds(expected)]
            interval += Accuracy(int(right), 1)
            if not right:
                note(
                    "interval",
                    system_spans[j],
                    _describe_gold_interval(expected),
                    _describe_interval(found.get("start"), found.get("end")),
                )

    negative = bool(gold.get("negative"))
    scores = Scores(
        documents=1,
        strict=PRF(strict, len(system), len(gold_timexes)),
        relaxed=PRF(len(pairs), len(system), len(gold_timexes)),
        type=_attribute(gold_timexes, system, pairs, _accepted_types, "type"),
        value=_attribute(gold_timexes, system, pairs, _accepted_values, "value"),
        interval=interval,
        negative_documents=int(negative),
        negative_found=len(system) if negative else 0,
    )
    mistakes.sort(key=lambda m: (m.char_start, m.char_end, KINDS.index(m.kind)))
    return scores, mistakes


def _by_id(documents: Iterable[Record], what: str) -> dict[str, Record]:
    found: dict[str, Record] = {}
    for document in documents:
        if "id" not in document:
            raise InputError(f"a {what} document without an id")
        doc = str(document["id"])
        if doc in found:
            raise InputError(f"{what} document {doc} appears twice")
        found[doc] = document
    return found


def score(gold: Iterable[Record], system: Iterable[Record], *, keep_latent: bool = False) -> Report:
    """Score system documents against gold documents, matched by `id`.

    A gold document with no system document counts as one where the system found nothing; a system
    document with an id the gold lacks is an InputError. Records marked `latent: true` are left out
    (both sides) unless `keep_latent`.
    """
    gold_docs = _by_id(gold, "gold")
    system_docs = _by_id(system, "system")
    unknown = sorted(set(system_docs) - set(gold_docs))
    if unknown:
        raise InputError(f"system document {unknown[0]} is not in the gold file ({len(unknown)} in all)")

    by_lang: dict[str, Scores] = {}
    mistakes: list[Mistake] = []
    latent = 0
    for doc, gold_doc in gold_docs.items():
        if gold_doc.get("latent") and not keep_latent:
            latent += 1
            continue
        scores, found = score_document(gold_doc, _timexes(system_docs.get(doc, {}), doc))
        lang = str(gold_doc.get("lang"))
        by_lang[lang] = by_lang.get(lang, Scores()) + scores
        mistakes.extend(found)
    overall = sum(by_lang.values(), Scores())
    return Report(overall, dict(sorted(by_lang.items())), tuple(mistakes), latent)


def _rows(scores: Scores) -> list[tuple[str, str]]:
    def prf(name: str, m: PRF) -> list[tuple[str, str]]:
        return [
            (f"{name} P", f"{m.precision:.3f}"),
            (f"{name} R", f"{m.recall:.3f}"),
            (f"{name} F1", f"{m.f1:.3f}"),
        ]

    return [
        ("documents", str(scores.documents)),
        ("gold expressions", str(scores.relaxed.gold)),
        ("system expressions", str(scores.relaxed.system)),
        *prf("strict extent", scores.strict),
        *prf("relaxed extent", scores.relaxed),
        *prf("type", scores.type),
        *prf("value", scores.value),
        ("interval accuracy", f"{scores.interval.share:.3f}"),
        ("interval right / scored", f"{scores.interval.correct}/{scores.interval.total}"),
        ("negative records", str(scores.negative_documents)),
        ("found in negative records", str(scores.negative_found)),
    ]


def render_report(report: Report) -> str:
    """The measures as a text table: one row per measure, one column overall and one per language."""
    columns = [("all", report.overall), *report.by_lang.items()]
    table = [("", [name for name, _ in columns])]
    cells = [_rows(scores) for _, scores in columns]
    for r, (label, _) in enumerate(cells[0]):
        table.append((label, [column[r][1] for column in cells]))
    lines = aligned([(label, *values) for label, values in table], right=range(1, len(columns) + 1))
    if report.latent_left_out:
        lines.append(f"latent records left out: {report.latent_left_out}")
    return "\n".join(lines)


def render_mistakes(mistakes: Iterable[Mistake]) -> str:
    """One line per mistake: document, kind, offsets, expected and found, and the text around it."""
    lines = []
    for m in mistakes:
        what = {
            "miss": f"gold {m.expected}",
            "spurious": f"system {m.found}",
        }.get(m.kind, f"expected {m.expected}, found {m.found}")
        lines.append(f"{m.doc}\t{m.kind}\t{m.char_start}-{m.char_end}\t{what}\t{m.context}")
    return "\n".join(lines)
