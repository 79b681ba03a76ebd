"""Language files: what the loader accepts, and what a rule's slots mean whatever the file adds."""

from __future__ import annotations

import dataclasses
from collections.abc import Callable
from importlib import resources
from pathlib import Path

from timeline.engine.grammar import DIGITS, Fill
from timeline.engine.language import Language, load, load_file
from timeline.engine.meaning import interpret
from timeline.engine.normalize import normalize
from timeline.engine.recognize import recognize
from timeline.engine.slots import SLOTS, Kind

_SHIPPED = resources.files("timeline").joinpath("lang")


def _variant(tmp_path: Path, base: str, code: str, edit: Callable[[str], str]) -> Language:
    """The shipped language file `base`, edited, saved as `<code>.toml` and loaded."""
    path = tmp_path / f"{code}.toml"
    path.write_text(edit(_SHIPPED.joinpath(f"{base}.toml").read_text("utf-8")), "utf-8")
    return load_file(path)


def test_a_word_added_to_one_class_is_read_in_that_class(tmp_path: Path) -> None:
    # The word is in [vocab.relpre] only: the slot `rel` it fills must be read from relpre, not from rel.
    def add(text: str) -> str:
        return text.replace('[vocab.relpre]\n0 = ["هذا", "هذه"]', '[vocab.relpre]\n0 = ["هذا", "هذه", "ذاك"]')

    lang = _variant(tmp_path, "ar", "xa", add)
    text = "في ذاك العام"
    [mention] = recognize(normalize(text), text, lang)
    meaning = interpret(mention.rule, mention.slots, lang)
    assert (mention.rule, meaning.rel, meaning.unit) == ("date.this-unit", 0, "Y")


def test_every_slot_the_loader_accepts_means_something() -> None:
    # A slot in the table that the interpreter ignored would let a language file fill it for nothing.
    lang = load("en")
    words = {"pmod_unit": "END M", "ampm": "pm", "unit": "D", "lone_unit": "D", "tonight": "NI"}
    base = (Fill("nth", DIGITS, "3"), Fill("minute_offset", DIGITS, "5"))
    for slot, kind in SLOTS.items():
        if kind in (Kind.INT, Kind.COUNT):
            fill = Fill(slot, DIGITS, "2")
        else:
            fill = Fill(slot, "test", "word")
            lang = dataclasses.replace(lang, vocab={"test": {"word": words.get(slot, "X")}})
        assert interpret("r", (*base, fill), lang) != interpret("r", base, lang), slot
