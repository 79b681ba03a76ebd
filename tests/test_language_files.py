"""Language files: what the loader accepts, and what a rule's slots mean whatever the file adds."""

from __future__ import annotations

import dataclasses
import gc
import re
import sys
import tomllib
from collections.abc import Callable
from importlib import resources
from pathlib import Path

import pytest

from timeline.engine.grammar import DIGITS, Fill
from timeline.engine.language import Language, detect, load, load_file
from timeline.engine.meaning import interpret
from timeline.engine.normalize import normalize
from timeline.engine.operators.positions import Year
from timeline.engine.recognize import recognize
from timeline.engine.schema import check_words
from timeline.engine.slots import SLOTS, Kind
from timeline.engine.sre import UnsupportedPython, check_version
from timeline.errors import GrammarError

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


_TOY = """
name = "Toy"
script = "[a-z]"
dayfirst = true

[tense]
past = ["was"]

[vocab.month]
1 = ["janvier"]
2 = ["fevrier"]

[grammar]
clitic = ""

[[grammar.rules]]
name = "date.month"
pattern = '{month}'
"""


def _toy(tmp_path: Path, text: str = _TOY) -> Language:
    path = tmp_path / "toy.toml"
    path.write_text(text, "utf-8")
    return load_file(path)


def test_a_small_language_file_loads_and_tags(tmp_path: Path) -> None:
    lang = _toy(tmp_path)
    text = "en fevrier"
    [mention] = recognize(normalize(text), text, lang)
    assert (lang.code, interpret(mention.rule, mention.slots, lang).month) == ("toy", 2)


@pytest.mark.parametrize(
    ("old", "new", "section", "key"),
    [
        # Unknown keys and sections.
        ('name = "Toy"', 'name = "Toy"\ncolour = "blue"', "top level", "colour"),
        ("[tense]", "[extra]\nx = 1\n\n[tense]", "top level", "extra"),
        ('past = ["was"]', 'past = ["was"]\nfutur = ["will"]', "tense", "futur"),
        ("pattern = '{month}'", "patern = '{month}'", "grammar.rules", "date.month.patern"),
        ('name = "Toy"\n', "", "top level", "name"),
        # Classes: unknown to a rule, or known to no rule.
        ("'{month}'", "'{mois}'", "grammar.rules", "date.month"),
        ("[grammar]", '[vocab.season]\nSU = ["ete"]\n\n[grammar]', "vocab.season", "season"),
        # Slots: unknown, or filled by what cannot fill them.
        ("'{month}'", "'{month:moon}'", "grammar.rules", "date.month"),
        ("'{month}'", "'{month} (?P<part>\\d)'", "grammar.rules", "date.month"),
        # Values: a word where a number is needed, a wrong type, a broken regex.
        ("1 = [", "jan = [", "vocab.month", "jan"),
        ('past = ["was"]', 'past = "was"', "tense", "past"),
        ('past = ["was"]', 'past = ["was", "were", "was"]', "tense", "past"),
        ('script = "[a-z]"', 'script = "[a-z"', "top level", "script"),
        # The order of numeric dates: every language says it, as true or false.
        ("dayfirst = true\n", "", "top level", "dayfirst"),
        ("dayfirst = true", 'dayfirst = "yes"', "top level", "dayfirst"),
        # Rules: two with one name, or one that does not compile.
        ("[grammar]\n", "[grammar]\n", "grammar.rules", "date.month"),
        ("'{month}'", "'{month}('", "grammar.rules", "date.month"),
        ('name = "Toy"', 'name = "Toy', "", ""),
    ],
)
def test_a_bad_language_file_is_refused_with_its_section_and_key(
    tmp_path: Path, old: str, new: str, section: str, key: str
) -> None:
    assert old in _TOY
    text = _TOY.replace(old, new)
    if old == new:
        text += "\n[[grammar.rules]]\nname = \"date.month\"\npattern = '{month}'\n"
    with pytest.raises(GrammarError) as raised:
        _toy(tmp_path, text)
    assert (raised.value.file, raised.value.section, raised.value.key) == ("toy.toml", section, key)
    where = " ".join(part for part in ("toy.toml", section and f"[{section}]", key) if part)
    assert str(raised.value).startswith(f"{where}: ")


@pytest.mark.parametrize("running", [True, False])
def test_loading_leaves_the_garbage_collector_as_it_found_it(tmp_path: Path, running: bool) -> None:
    # The collector is paused while a grammar compiles: a caller's choice must survive a load, good or bad.
    was = gc.isenabled()
    try:
        gc.enable() if running else gc.disable()
        _toy(tmp_path)
        assert gc.isenabled() is running
        with pytest.raises(GrammarError):
            _toy(tmp_path, _TOY.replace("'{month}'", "'{month}('"))
        assert gc.isenabled() is running
    finally:
        gc.enable() if was else gc.disable()


_SPANISH = """
name = "Toy Spanish"
script = "[A-Za-záéíóúñ]"
dayfirst = true

[tense]
past = ["fue", "anunció", "dijo"]
relative = ["que", "cual"]

[weak]
context = ["el", "la", "de", "en", "desde", "hasta"]

[vocab.month]
1 = ["enero"]
2 = ["febrero"]
3 = ["marzo"]

[grammar]
clitic = ""

[[grammar.rules]]
name = "date.day-month"
pattern = '(?P<day>[12]?\\\\d) de {month}'
"""


def test_a_second_latin_script_language_is_told_apart_by_its_words(tmp_path: Path) -> None:
    path = tmp_path / "es.toml"
    path.write_text(_SPANISH, "utf-8")
    spanish, english, arabic = load_file(path), load("en"), load("ar")
    languages = [english, spanish, arabic]
    assert detect("El gobierno anunció el 5 de enero que la frontera abre en marzo.", languages) == "es"
    assert detect("The government said on January 5 that the border opens in March.", languages) == "en"
    assert detect("أعلنت الحكومة في 5 يناير أن الحدود تفتح في مارس.", languages) == "ar"
    # Few words of either: the first language of the script.
    assert detect("Madrid, Paris", languages) == "en"
    # No letters: no evidence of any language; the first one reads the digits.
    assert detect("2016-11-30", [spanish, english]) == "es"


def test_the_words_between_a_past_cue_and_the_expression_are_the_languages_own() -> None:
    # "said on Monday": English lets "on" stand between; Arabic has no such word in its file.
    assert load("en").past_before.search("the minister said on ") is not None
    assert load("ar").past_before.search("قال on ") is None
    assert load("ar").past_before.search("قال ") is not None


def test_the_private_regex_parser_is_used_only_on_the_pythons_it_was_checked_on() -> None:
    check_version((sys.version_info.major, sys.version_info.minor))
    for version in [(3, 10), (3, 14), (4, 0)]:
        with pytest.raises(UnsupportedPython, match=rf"this is Python {version[0]}\.{version[1]}"):
            check_version(version)


@pytest.mark.parametrize(
    ("code", "text"),
    [("en", "talks on March 3-5, 2020 in Geneva"), ("ar", "المحادثات من 3 إلى 5 مارس 2020 في جنيف")],
)
def test_both_ends_of_a_range_share_the_month_and_year_written_once(code: str, text: str) -> None:
    lang = load(code)
    mentions = recognize(normalize(text), text, lang)
    meanings = [interpret(m.rule, m.slots, lang) for m in mentions]
    assert text[mentions[1].start] == "5"
    assert [(m.year, m.month, m.day) for m in meanings] == [(Year(2020), 3, 3), (Year(2020), 3, 5)]


@pytest.mark.parametrize(
    ("kind", "raw", "where"),
    [
        ("triggers", {"cues": {"futur": ["will"]}}, "[cues] futur: unknown key"),
        ("triggers", {"verbs": "visit"}, "[top level] verbs: needs a list of strings"),
        ("triggers", {"lemmas": {"met": 1}}, "[top level] lemmas: needs a table of strings"),
        ("triggers", {"chain": {"agent": [["by"]]}}, "[chain] agent: needs a list of strings"),
        ("segment", {"range": {"paired": [["between"]]}}, "[range] paired: needs a list of word pairs"),
        ("segment", {"clauses": {}}, "[top level] clauses: unknown key (known: sentence, clause, range"),
    ],
)
def test_a_bad_word_file_is_refused_with_its_section_and_key(
    kind: str, raw: dict[str, object], where: str
) -> None:
    with pytest.raises(GrammarError, match=re.escape(f"{kind}_xx.toml {where}")):
        check_words(kind, raw, f"{kind}_xx.toml")


@pytest.mark.parametrize(
    "name", sorted(p.name for p in _SHIPPED.iterdir() if p.name.startswith(("triggers_", "segment_")))
)
def test_the_shipped_word_files_have_their_shape(name: str) -> None:
    check_words(name.split("_")[0], tomllib.loads(_SHIPPED.joinpath(name).read_text("utf-8")), name)


@pytest.mark.parametrize(
    ("code", "written", "count"),
    [
        ("en", "63", 63),
        ("en", "sixty-three", 63),
        ("en", "Sixty three", 63),
        ("en", "thirteen", 13),
        ("en", "sixty-odd", None),
        ("ar", "ثلاثة", 3),
        ("ar", "عشرين", 20),
        ("ar", "كثيرة", None),
    ],
)
def test_a_count_is_read_from_the_languages_number_words(code: str, written: str, count: int | None) -> None:
    """An age or a count of months said in words ("at the age of sixty-three", "the three months ended Dec.
    31") is read by the one reader of counts, from the file's number words."""
    assert load(code).count(written) == count
