"""CPython's private regular-expression parser and compiler, used in this one place only.

The recognizer tries a rule only at the words it can start with, and reads those words from the rule's
parse tree (see `timeline.engine.heads`); compiling the regex from that same tree spares parsing every
rule twice when a language loads. Neither the tree nor `re._parser` / `re._compiler` is public API: their
shape may change in any Python release. So they are imported here and nowhere else, only on the Python
versions they were checked on (the tests of the recognizer's dispatch check them); a newer Python is
refused with a clear error rather than given wrong dispatch in silence. To support one, run the test
suite on it (tests/test_dispatch.py compares dispatch with trying every rule everywhere) and add it to
SUPPORTED.
"""

from __future__ import annotations

import re
import sys
from typing import Any

SUPPORTED = ((3, 11), (3, 12), (3, 13))
"""The Python versions whose regex parse trees this package was checked on."""


class UnsupportedPython(RuntimeError):
    """A Python version whose private regex parser this package was not checked on."""


def check_version(version: tuple[int, int]) -> None:
    """Raise UnsupportedPython unless `version` (major, minor) is one of SUPPORTED."""
    if version not in SUPPORTED:
        checked = ", ".join(f"{major}.{minor}" for major, minor in SUPPORTED)
        raise UnsupportedPython(
            f"timeline reads regex parse trees through CPython's private re._parser, checked on Python "
            f"{checked}; this is Python {version[0]}.{version[1]} (see timeline/engine/sre.py)"
        )


check_version((sys.version_info.major, sys.version_info.minor))

from re import _compiler, _constants, _parser  # type: ignore[attr-defined]  # noqa: E402

constants: Any = _constants
"""The opcodes of a parse tree (LITERAL, BRANCH, SUBPATTERN, ...)."""


def parse(pattern: str) -> Any:
    """The parse tree of `pattern` (a `re._parser.SubPattern`: a sequence of (opcode, argument) items)."""
    return _parser.parse(pattern)


def compile_tree(tree: Any) -> re.Pattern[str]:
    """The compiled regex of a parse tree from `parse`."""
    compiled: re.Pattern[str] = _compiler.compile(tree)
    return compiled


def alternatives(tree: Any) -> list[Any]:
    """The top-level alternatives of a parse tree from `parse` (the tree itself when it has one)."""
    items = list(tree)
    if len(items) == 1 and items[0][0] is _constants.BRANCH:
        return list(items[0][1][1])
    return [tree]


def compile_alternatives(tree: Any, chosen: list[Any]) -> re.Pattern[str]:
    """The compiled regex of some of the top-level `alternatives` of `tree`, in their order."""
    items = [(_constants.BRANCH, (None, chosen))] if len(chosen) > 1 else list(chosen[0])
    return compile_tree(_parser.SubPattern(tree.state, items))


def subpattern(tree: Any, items: list[Any]) -> Any:
    """A parse tree of `items` (parse-tree items) in the state of `tree`, for `compile_alternatives`."""
    return _parser.SubPattern(tree.state, items)
