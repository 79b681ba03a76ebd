"""Options shared by the commands, each read and checked into a clear `Error: ...` line."""

from __future__ import annotations

import click
import pendulum

from timeline import PREFER
from timeline.cli.errors import reported
from timeline.engine.anchor import parse_anchor
from timeline.engine.language import available, load


def _anchor(ctx: click.Context, param: click.Parameter, value: str | None) -> pendulum.DateTime:
    with reported(f"--{param.name}"):
        return parse_anchor(value)


def _optional_anchor(
    ctx: click.Context, param: click.Parameter, value: str | None
) -> pendulum.DateTime | None:
    return None if value is None else _anchor(ctx, param, value)


def _language(ctx: click.Context, param: click.Parameter, value: str | None) -> str | None:
    if value is None:
        return None
    code = value.strip().lower()
    with reported("--lang"):
        load(code)
    return code


anchor_option = click.option(
    "--anchor",
    metavar="DATE",
    callback=_anchor,
    help="The date relative expressions resolve against, e.g. 2016-11-30 or 2016-11-30T10:00 (required).",
)
"""--anchor DATE: the date an expression resolves against; required, never the clock."""

published_option = click.option(
    "--published",
    metavar="DATE",
    callback=_optional_anchor,
    help="Publication date of every input, e.g. 2016-11-30; replaces the documents' own dates. "
    "Without it a text article is dated by its dateline, a JSONL document by its 'published'.",
)
"""--published DATE: the publication date, for every input document."""

lang_option = click.option(
    "--lang",
    metavar="CODE",
    callback=_language,
    help=f"Language of the text ({', '.join(available())}); detected from its script when omitted.",
)
"""--lang CODE: the language of the text, else told from its script."""

prefer_option = click.option(
    "--prefer",
    type=click.Choice(PREFER),
    default="tense",
    show_default=True,
    help="Resolve a bare weekday or month to the past one, the future one, or by the sentence's tense.",
)
"""--prefer: how bare weekdays and months are anchored."""
