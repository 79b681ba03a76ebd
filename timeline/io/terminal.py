"""Tables for reading on a terminal: the one renderer behind `timeline tag`, `timeline events` and
`timeline eval`."""

from __future__ import annotations

from collections.abc import Collection, Sequence


def aligned(rows: Sequence[Sequence[str]], right: Collection[int] = ()) -> list[str]:
    """The lines of a table: cells padded to their column's widest, two spaces apart, without trailing
    space; the columns numbered in `right` are aligned right (numbers), the others left."""
    widths = [max((len(row[i]) for row in rows), default=0) for i in range(len(rows[0]) if rows else 0)]
    return [
        "  ".join(
            cell.rjust(width) if i in right else cell.ljust(width)
            for i, (cell, width) in enumerate(zip(row, widths, strict=True))
        ).rstrip()
        for row in rows
    ]
