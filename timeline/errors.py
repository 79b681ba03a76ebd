"""Errors a user can cause. The CLI prints them as one line on stderr and exits non-zero."""


class TimelineError(Exception):
    """Bad input: an anchor, a language, a file or a document the engine cannot use."""


class AnchorError(TimelineError):
    """A missing or unparsable anchor (publication date)."""


class LanguageError(TimelineError):
    """An unknown language code, or a text whose language cannot be told."""


class InputError(TimelineError):
    """An unreadable file or a malformed document (the message names the file and line)."""
