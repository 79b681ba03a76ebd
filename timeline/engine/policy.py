"""How the caller asks a text to be read: the anchoring policy, the document type and the order of numeric
dates. One value, checked once where a call enters the engine, and carried whole through the layers that
tag, batch and distribute documents, so that no layer re-lists or re-checks the three."""

from __future__ import annotations

from dataclasses import dataclass

from timeline.errors import TimelineError

PREFER = ("tense", "past", "future")
"""Anchoring policies: "tense" follows each sentence's tense (news default: past); "past" and
"future" force one direction for expressions that do not say which occurrence they mean."""

GENRES = ("news", "narrative")
"""Document types, as HeidelTime has them: in "news" a weekday, month or yearless day said without which
one reads from the publication date in the sentence's tense; in "narrative" text (history, biography,
encyclopaedia articles) it is the occurrence nearest the date the story last set. Never guessed: the
caller says which."""


@dataclass(frozen=True, slots=True)
class Policy:
    """`prefer` (one of PREFER), `genre` (one of GENRES) and `dayfirst` (True day first, False month first,
    None the language's order) as the public entries (`timeline.tag`, `timeline.events`, ...) take them.
    Built from a caller's values it raises a TimelineError naming the bad one, so a bad policy fails
    before any document is read (with `on_bad`, a per-document failure would skip them all). Hashable and
    picklable: it travels to worker processes and keys caches."""

    prefer: str = "tense"
    genre: str = "news"
    dayfirst: bool | None = None

    def __post_init__(self) -> None:
        if self.prefer not in PREFER:
            raise TimelineError(f"unknown policy prefer={self.prefer!r}; use one of: {', '.join(PREFER)}")
        if self.genre not in GENRES:
            raise TimelineError(f"unknown genre={self.genre!r}; use one of: {', '.join(GENRES)}")
        if self.dayfirst is not None and not isinstance(self.dayfirst, bool):
            # a string such as "false" would otherwise read as true
            raise TimelineError(
                f"dayfirst={self.dayfirst!r} must be True (day first), False (month first) or None"
            )

    @property
    def story(self) -> bool:
        """Whether the text is a narrative: relative dates read from the date the story last set."""
        return self.genre == "narrative"
