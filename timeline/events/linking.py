"""One event reported by several documents: the rows that share a lemma, an interval and participants.

Two rows of different documents are mentions of one event when their triggers have the same lemma
("visited" and "visit" both `visit`; "زار" and "زيارة" differ), their intervals are the same, and their
clauses share at least `SHARED_WORDS` participant words (words of at least `PARTICIPANT_LETTERS` letters
besides the trigger and the date: names, places, objects). The event's id is the `doc#sequence` of its
first mention in the table's order.
"""

from __future__ import annotations

from typing import Any

import polars as pl

from timeline.engine.normalize import fold

SHARED_WORDS = 2
"""Participant words two clauses must share to report one event."""
PARTICIPANT_LETTERS = 4
"""The shortest word that counts as a participant (shorter ones are mostly function words)."""


def event_ids(table: pl.DataFrame) -> pl.Series:
    """The `event_id` of each row of `table` (in its order): rows reporting one event share it."""
    own = [f"{doc}#{sequence}" for doc, sequence in table.select("doc", "sequence").iter_rows()]
    reporters = pl.col("doc").n_unique().over("lemma", "start", "end")
    columns = ("row", "doc", "lemma", "start", "end", "event", "trigger", "expression")
    keyed = table.with_row_index("row").select(*columns, n=reporters)
    candidates = keyed.filter((pl.col("n") > 1) & pl.col("start").is_not_null())
    clusters: dict[tuple[Any, ...], list[tuple[frozenset[str], str, set[str]]]] = {}
    for row, doc, lemma, start, end, event, trigger, expression in candidates.drop("n").iter_rows():
        words = participants(event, trigger) - participants(expression or "", None)
        same = clusters.setdefault((lemma, start, end), [])
        match = next((c for c in same if doc not in c[2] and len(words & c[0]) >= SHARED_WORDS), None)
        if match is None:
            same.append((words, own[row], {doc}))
        else:
            own[row] = match[1]
            match[2].add(doc)
    return pl.Series("event_id", own, dtype=pl.String())


def participants(clause: str, trigger: str | None) -> frozenset[str]:
    """The participant words of a clause: its words of at least PARTICIPANT_LETTERS letters, folded,
    without the trigger."""
    skip = fold(trigger) if trigger else None
    words = (fold(w.strip(".,;:!?\"'()«»،؛")) for w in clause.split())
    return frozenset(w for w in words if len(w) >= PARTICIPANT_LETTERS and w != skip)
