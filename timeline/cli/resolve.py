"""`timeline resolve`: one expression, resolved against an explicit anchor."""

from __future__ import annotations

import json
from typing import Any

import click
import pendulum

import timeline
from timeline.cli.errors import reported
from timeline.cli.options import anchor_option, dayfirst_option, lang_option, prefer_option
from timeline.model import Reading, Timex, iso


@click.command("resolve")
@click.argument("expression", metavar="EXPR")
@anchor_option
@lang_option
@prefer_option
@dayfirst_option
@click.option("--json", "as_json", is_flag=True, help="Print the result as one JSON object.")
@reported()
def resolve_command(
    expression: str,
    anchor: pendulum.DateTime,
    lang: str | None,
    prefer: str,
    dayfirst: bool | None,
    as_json: bool,
) -> None:
    """Resolve one temporal expression EXPR against the date given by --anchor.

    EXPR is a bare expression in Arabic or English, e.g. "last June" or "الشهر الماضي". Prints its
    TIMEX3 type, value and mod, its interval and grain, the rule that resolved it and the other
    readings of an ambiguous expression (a numeric date's other order among them).
    """
    timex = timeline.resolve(expression, anchor=anchor, lang=lang, prefer=prefer, dayfirst=dayfirst)
    click.echo(json.dumps(as_record(timex), ensure_ascii=False) if as_json else as_text(timex))


def as_record(timex: Timex) -> dict[str, Any]:
    """The expression's JSONL fields plus its anchor, rule and alternatives."""
    return {
        **timex.as_dict(),
        "anchor": iso(timex.anchor),
        "rule": timex.rule,
        "alternatives": [
            {"value": r.value, "start": iso(r.start), "end": iso(r.end), "why": r.why}
            for r in timex.alternatives
        ],
    }


def as_text(timex: Timex) -> str:
    """The expression as labelled lines for a reader."""
    lines = {
        "expression": timex.text,
        "type": timex.type,
        "value": timex.value,
        "mod": timex.mod or "none",
        "interval": _interval(timex.start, timex.end),
        "grain": timex.grain or "none",
        "rule": timex.rule,
        "anchor": iso(timex.anchor),
        "alternatives": "; ".join(_alternative(r) for r in timex.alternatives) or "none",
    }
    width = max(map(len, lines))
    return "\n".join(f"{label.ljust(width)}  {value}" for label, value in lines.items())


def _interval(start: pendulum.DateTime | None, end: pendulum.DateTime | None) -> str:
    return "none" if start is None or end is None else f"[{iso(start)}, {iso(end)})"


def _alternative(reading: Reading) -> str:
    return f"{reading.value} {_interval(reading.start, reading.end)} ({reading.why})"
