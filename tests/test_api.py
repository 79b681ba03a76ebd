"""The public API is the package face: everything a user calls or catches, importable from `timeline`."""

from __future__ import annotations

import importlib
import pkgutil

import pytest

import timeline


def test_every_name_in_all_is_there() -> None:
    assert all(getattr(timeline, name) is not None for name in timeline.__all__)


def test_every_error_a_user_can_cause_is_a_timeline_error_importable_from_the_face() -> None:
    errors = [timeline.AnchorError, timeline.LanguageError, timeline.InputError, timeline.ChartError]
    assert all(issubclass(error, timeline.TimelineError) for error in errors)
    with pytest.raises(timeline.TimelineError):
        timeline.tag("Monday", "not a date")


def test_read_documents_is_one_function() -> None:
    from timeline.io import sources

    assert timeline.read_documents is sources.read_documents


@pytest.mark.parametrize("package", ["engine", "events", "io", "cli"])
def test_the_subpackages_say_they_are_internal(package: str) -> None:
    module = importlib.import_module(f"timeline.{package}")
    assert "internal" in (module.__doc__ or "")


def test_no_module_of_the_library_imports_click() -> None:
    import subprocess
    import sys

    library = [
        m.name
        for m in pkgutil.walk_packages(timeline.__path__, "timeline.")
        if not m.name.startswith(("timeline.cli", "timeline.charts", "timeline.__main__"))
    ]
    code = f"import sys; [__import__(m) for m in {library!r}]; print('click' in sys.modules)"
    found = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert found.stdout.strip() == "False"


def test_events_is_the_function_even_after_its_subpackage_is_imported() -> None:
    import subprocess
    import sys

    code = "import timeline.events.extract, timeline; print(callable(timeline.events))"
    found = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert found.stdout.strip() == "True"
