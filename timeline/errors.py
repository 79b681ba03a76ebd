"""Errors a user can cause. The CLI prints them as one line on stderr and exits non-zero."""


class TimelineError(Exception):
    """Bad input: an anchor, a language, a file or a document the engine cannot use."""


class AnchorError(TimelineError):
    """A missing or unparsable anchor (publication date)."""


class LanguageError(TimelineError):
    """An unknown language code, or a text whose language cannot be told."""


class InputError(TimelineError):
    """An unreadable file or a malformed document (the message names the file and line)."""


class GrammarError(TimelineError):
    """A language file the engine cannot use: a fault in the data, not in the text being tagged.

    The message names the file, the section and the key, so that the fault can be found."""

    def __init__(self, file: str, section: str, key: str, problem: str) -> None:
        where = " ".join(part for part in (file, section and f"[{section}]", key) if part)
        super().__init__(f"{where}: {problem}")
        self.file, self.section, self.key = file, section, key
