"""Helpers shared by the tests of the engine: the test corpora under tests/corpus/ and readings to compare.

A corpus file is JSON Lines in the shape of /work/shared/eval/FORMAT.md (so it is also an input file for
`timeline tag` and `timeline eval`), one document per line, with fields of its own:

- `"resolve": true`: the whole text is one expression, given to `timeline.resolve` (the phrase tables);
  without it the text is tagged with `timeline.tag` and the timexes are every expression and nothing else.
- `"prefer"`: the anchoring policy (`timeline.PREFER`) where a document needs one other than "tense".
- `"genre"`: the document type (`timeline.GENRES`) where a document is not news ("narrative": history).
- `"dayfirst"`: true or false where a document reads its numeric dates in an order the caller chooses
  (`timeline.tag(..., dayfirst=...)`), not in its language's.
- `"alternatives"` on a timex: the values of its other readings (`Timex.alternatives`), in order; asserted
  when given, as a FORMAT.md timex has no such field.

A timex with a `type` asserts its extent and its full reading: a missing `mod`, `start`, `end` or `grain`
means the engine must give none. A timex without a `type` asserts its extent and, when given, its value
only (the rows that were written to check just that: "only the real date is found").
"""

from __future__ import annotations

import datetime
import json
from pathlib import Path
from typing import Any

from hypothesis import settings

from timeline import Timex

settings.register_profile("untimed", deadline=None)
settings.load_profile("untimed")
"""Property tests assert behaviour, not speed: hypothesis's default deadline (200 ms a call) fails a test on
a loaded machine (CI, a benchmark beside it), so no test here is timed; speed is the benchmarks' job."""

CORPUS = Path(__file__).parent / "corpus"
EXTENT = ("char_start", "char_end", "text")
READING = ("type", "value", "mod", "start", "end", "grain")

Fields = dict[str, Any]


def corpus_files() -> list[Path]:
    """Every corpus file, one corpus and one negative corpus per language: en.jsonl, en-negative.jsonl ..."""
    return sorted(CORPUS.glob("*.jsonl"))


def read_corpus(path: Path) -> list[Fields]:
    """The documents of one corpus file; a line that is not a JSON object names its file and line."""
    documents = []
    for number, line in enumerate(path.read_text(encoding="utf-8").splitlines(), start=1):
        try:
            document = json.loads(line)
        except json.JSONDecodeError as error:
            raise ValueError(f"{path.name}:{number}: not JSON ({error})") from None
        if not isinstance(document, dict):
            raise ValueError(f"{path.name}:{number}: a document is a JSON object")
        documents.append(document)
    return documents


def asserted(gold: Fields) -> tuple[str, ...]:
    """The fields a gold timex asserts: extent and full reading with a `type`, else extent and value; and
    the other readings where it lists them."""
    fields = EXTENT + READING if "type" in gold else EXTENT + tuple(k for k in ("value",) if k in gold)
    return fields + (("alternatives",) if "alternatives" in gold else ())


def expected_rows(golds: list[Fields]) -> list[Fields]:
    """The gold timexes as compared: every asserted field, None where the gold leaves it out."""
    return [{key: gold.get(key) for key in asserted(gold)} for gold in golds]


def found_rows(found: list[Timex], golds: list[Fields]) -> list[Fields]:
    """What the engine found, each on the fields its gold counterpart asserts (every field for extras)."""
    fields = [asserted(gold) for gold in golds] + [EXTENT + READING] * max(0, len(found) - len(golds))
    return [{key: _field(t, key) for key in keys} for t, keys in zip(found, fields, strict=False)]


def _field(t: Timex, key: str) -> Any:
    """One field of an expression as a corpus writes it: `alternatives` as the list of their values."""
    return [other.value for other in t.alternatives] if key == "alternatives" else t.as_dict()[key]


def reading(t: Timex) -> Fields:
    """The reading of one expression (no extent), as `timeline tag --format jsonl` writes it."""
    out = t.as_dict()
    return {key: out[key] for key in READING}


def day(date: datetime.date) -> Fields:
    """The reading of a calendar day: a DATE over [midnight, next midnight) at day grain."""
    after = date + datetime.timedelta(days=1)
    return {
        "type": "DATE",
        "value": date.isoformat(),
        "mod": None,
        "start": f"{date.isoformat()}T00:00:00",
        "end": f"{after.isoformat()}T00:00:00",
        "grain": "day",
    }
