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


DISTRIBUTION = "timeline-news"
"""The name the package is installed by (`pip install timeline-news`); it is imported as `timeline`."""

EXTRAS = {"altair": "charts", "vl_convert": "charts", "pyarrow": "arrow", "pyspark": "spark"}
"""Optional dependency (as imported) -> the extra that installs it."""


class ExtraError(TimelineError):
    """A feature whose optional dependency is not installed; the message says how to install it."""


def missing_extra(error: ModuleNotFoundError, feature: str) -> ExtraError | None:
    """`error` as the advice to install the extra that holds the missing module, when an extra does."""
    module = (error.name or "").partition(".")[0]
    if module not in EXTRAS:
        return None
    extra = EXTRAS[module]
    return ExtraError(f"{feature} needs {module}, installed by: pip install '{DISTRIBUTION}[{extra}]'")
