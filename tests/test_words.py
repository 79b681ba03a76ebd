"""The chart's and page's words: one file per language, each with exactly the English keys."""

from __future__ import annotations

import pytest

from timeline import words as words_module
from timeline.words import WordsError, majority, ui_languages, words


def test_every_language_has_every_word_and_a_direction() -> None:
    assert ui_languages() == ("ar", "en")
    english, arabic = words("en"), words("ar")
    assert (english.dir, arabic.dir) == ("ltr", "rtl")
    for section in ("page", "chart", "precision"):
        assert set(getattr(english, section)) == set(getattr(arabic, section))
    assert len(arabic.dates["months"]) == 12 and len(arabic.dates["weekdays"]) == 7


def test_a_missing_word_is_an_error_when_loading(monkeypatch: pytest.MonkeyPatch) -> None:
    real = words_module._read

    def lacking(code: str) -> dict[str, object]:
        raw = real(code)
        if code == "ar":
            raw["page"] = {key: value for key, value in raw["page"].items() if key != "help"}
        return raw

    monkeypatch.setattr(words_module, "_read", lacking)
    words.cache_clear()
    try:
        with pytest.raises(WordsError, match=r"ui_ar.toml \[page\]: missing \['help'\]"):
            words("ar")
    finally:
        words.cache_clear()


def test_an_unknown_language_is_an_error() -> None:
    with pytest.raises(WordsError, match="no page words for language 'xx'"):
        words("xx")


def test_the_majority_language_with_english_on_a_tie_or_when_none_has_words() -> None:
    assert majority(["ar", "ar", "en"]) == "ar"
    assert majority(["ar", "en"]) == "en"
    assert majority(["fr", None]) == "en"
