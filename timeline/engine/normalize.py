"""Normalize text once, up front, keeping a map back to the original offsets.

Arabic letters are folded to one form each (hamza and alef forms, alef maqsura, taa marbuta), tatweel and
diacritics are dropped, Arabic-Indic and Persian digits become ASCII, typographic dashes, quotes and
spaces become plain ones, and ASCII letters become lower case. Every replacement keeps the length;
only deletions move offsets, and `Normalized.original` maps a normalized offset back into the
original text.
"""

from __future__ import annotations

import re
from bisect import bisect_right
from dataclasses import dataclass
from functools import lru_cache

_REPLACE = {
    "أ": "ا",
    "إ": "ا",
    "آ": "ا",
    "ٱ": "ا",
    "ى": "ي",
    "ة": "ه",
    "ی": "ي",
    "ک": "ك",
    "٫": ".",
    "٬": ",",
    "–": "-",
    "—": "-",
    "‐": "-",
    "‑": "-",
    "’": "'",
    "‘": "'",
    "\u00a0": " ",
    "\u202f": " ",
    "\u2009": " ",
}
_REPLACE.update({chr(0x0660 + d): str(d) for d in range(10)})
_REPLACE.update({chr(0x06F0 + d): str(d) for d in range(10)})

_DELETE = "\u0640" + "".join(chr(c) for c in range(0x064B, 0x0660)) + "\u0670\u200c\u200d\u200e\u200f\u061c"

_SCRIPT_TABLE = str.maketrans({**_REPLACE, **dict.fromkeys(_DELETE)})
_TABLE = str.maketrans(
    {**_REPLACE, **dict.fromkeys(_DELETE), **{chr(c): chr(c + 32) for c in range(ord("A"), ord("Z") + 1)}}
)
_DELETED = re.compile("[" + re.escape(_DELETE) + "]+")


@dataclass(frozen=True, slots=True)
class Normalized:
    """A normalized copy of a text and the runs of characters its normalization deleted."""

    text: str
    _at: tuple[int, ...] = ()
    _shift: tuple[int, ...] = ()

    def original(self, offset: int) -> int:
        """The offset in the original text of normalized `offset` (deleted marks after it are kept)."""
        if not self._at:
            return offset
        i = bisect_right(self._at, offset)
        return offset + (self._shift[i - 1] if i else 0)

    def originals(self, low: int, high: int) -> list[int]:
        """`original` of every offset from `low` to `high` (inclusive), indexed from `low`: one pass over
        the deleted runs between them instead of a bisection per offset, for a caller that maps the
        offsets of every word of a text (`timeline.engine.lexicon.tokens`)."""
        at, shifts = self._at, self._shift
        result: list[int] = []
        for k in range(bisect_right(at, low), bisect_right(at, high) + 1):
            first = max(at[k - 1] if k else 0, low)
            after = min(at[k] if k < len(at) else len(self.text) + 1, high + 1)
            shift = shifts[k - 1] if k else 0
            result.extend(range(first + shift, after + shift))
        return result

    def folded(self, offset: int) -> int:
        """The normalized offset of original `offset` (the inverse of `original`; an offset inside
        deleted marks maps to where they were)."""
        if not self._at:
            return offset
        i = bisect_right(range(len(self._at)), offset, key=lambda k: self._at[k] + self._shift[k])
        before = offset - (self._shift[i - 1] if i else 0)
        return min(before, self._at[i]) if i < len(self._at) else before


@lru_cache(maxsize=8)
def normalize(text: str) -> Normalized:
    """Fold `text` for matching; see the module docstring for what changes.

    Kept for the last few texts (a whole article may be large): the event side reads the words of a
    text the tagger has just normalized."""
    folded = text.translate(_TABLE)
    if len(folded) == len(text):
        return Normalized(folded)
    at: list[int] = []
    shift: list[int] = []
    deleted = 0
    for run in _DELETED.finditer(text):
        deleted += run.end() - run.start()
        at.append(run.end() - deleted)
        shift.append(deleted)
    return Normalized(folded, tuple(at), tuple(shift))


def fold_script(pattern: str) -> str:
    """A grammar pattern with its letters folded as the text's are (case and regex escapes kept)."""
    return pattern.translate(_SCRIPT_TABLE)


def fold(word: str) -> str:
    """The normalized form of a vocabulary word (no offsets kept)."""
    return word.translate(_TABLE).lower()
