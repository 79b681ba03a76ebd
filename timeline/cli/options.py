"""Options shared by the commands, each read and checked into a clear `Error: ...` line.

Every command that reads documents takes the same input options, applied by one decorator
(`input_options`, as sqlite-utils shares its option groups).
"""

from __future__ import annotations

import functools
from collections.abc import Callable
from typing import Any, TypeVar, cast

import click
import pendulum

from timeline.cli.errors import reported
from timeline.engine.anchor import parse_anchor
from timeline.engine.language import available, load
from timeline.engine.policy import GENRES, PREFER

Command = TypeVar("Command", bound=Callable[..., Any])


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

genre_option = click.option(
    "--genre",
    type=click.Choice(GENRES),
    default="news",
    show_default=True,
    help="news: a bare weekday or month reads from the publication date, and an undated report is the "
    "publication day's; narrative (history, biography): both take the date the story last set.",
)
"""--genre: the document type, as HeidelTime has them (see timeline.GENRES)."""

dayfirst_option = click.option(
    "--dayfirst/--monthfirst",
    default=None,
    help="Read numeric dates such as 05/03/2024 day first (5 March) or month first (May 3). Default: the "
    "order of the text's language (its language file says which). A number above 12 is the day either way.",
)
"""--dayfirst/--monthfirst: the order of numeric dates for the run; unset, each language's own (the
command receives None)."""

dedupe_option = click.option(
    "--dedupe", is_flag=True, help="Merge the same event from several documents into one row."
)
"""--dedupe: one event reported by several documents is one row (or mark) listing its sources."""


def entity_options(command: Command) -> Command:
    """--about NAME (repeatable) and --alias NAME=ALIAS,...: the entities whose timelines a command
    keeps. The command receives `about` and `aliases` (tuples of the options' values)."""
    about = click.option(
        "--about",
        "about",
        metavar="NAME",
        multiple=True,
        help="Keep the events whose clause involves NAME (its name, aliases, or a pronoun or title "
        "referring back to it in the paragraph); repeat for several entities, one timeline each.",
    )
    aliases = click.option(
        "--alias",
        "aliases",
        metavar="NAME=ALIAS,...",
        multiple=True,
        help="Other names of an --about entity (spellings in other languages too).",
    )
    return about(aliases(command))


_COLUMNS = {
    "text": ("--text-col", "Column of a table input holding the text [default: text]."),
    "published": ("--date-col", "Column holding the publication date [default: published]."),
    "id": ("--id-col", "Column holding the document id [default: id]."),
    "lang": ("--lang-col", "Column holding the language code [default: lang]."),
    "title": ("--title-col", "Column holding the title [default: title]."),
    "url": ("--url-col", "Column holding the URL [default: url]."),
}
"""Document field -> the option naming its column in a table input, and its help."""

_FLAGS = [option for option, _ in _COLUMNS.values()]
_NAMING = f"name the right one with {', '.join(_FLAGS[:-1])} or {_FLAGS[-1]}"
"""The advice of a missing column's error, in options."""


def input_options(command: Command) -> Command:
    """The INPUT... argument and the options that say how to read it: --published, --lang and the
    table column names. The command receives them as one `inputs` (an Inputs, which reads them).

    Every command that reads documents takes them, so this is also where an output file (`output` or
    `outputs`) that is one of the inputs is refused, before anything is read."""
    from timeline.io.sources import Columns, Inputs, refuse_overwriting

    @functools.wraps(command)
    def read_with(*args: Any, **kwargs: Any) -> Any:
        names = {field: kwargs.pop(_parameter(option)) for field, (option, _) in _COLUMNS.items()}
        columns = Columns.named(hint=_NAMING, **names)
        inputs = Inputs(kwargs.pop("inputs"), kwargs.pop("published"), kwargs.pop("lang"), columns)
        with reported():
            refuse_overwriting(inputs.paths, _outputs(kwargs))
        return command(*args, inputs=inputs, **kwargs)

    decorated: Callable[..., Any] = read_with
    for option, text in reversed(_COLUMNS.values()):
        decorated = click.option(option, metavar="NAME", help=text)(decorated)
    decorated = published_option(lang_option(decorated))
    decorated = click.argument("inputs", nargs=-1, required=True, metavar="INPUT...")(decorated)
    return cast(Command, decorated)


def _outputs(parameters: dict[str, Any]) -> list[str]:
    """The files a command is asked to write (-o, given once or repeated), which no input may be."""
    single, several = parameters.get("output"), parameters.get("outputs") or ()
    return [*([single] if single else []), *several]


def _parameter(option: str) -> str:
    return option.lstrip("-").replace("-", "_")
