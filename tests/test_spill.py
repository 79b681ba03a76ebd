"""A table larger than memory: rows spill to sorted runs on disk and come back in the one total order.

The in-memory order (`timeline.events.extract.ordered`) is the reference: whatever the run size, the
spilled table and every file `timeline events -o` streams must be the table `timeline.events` returns.
"""

from __future__ import annotations

import random
import tempfile
from pathlib import Path

import pendulum
import polars as pl
import pytest
from checks import assert_one_line_error
from click.testing import CliRunner

from timeline import Document, InputError, events, read_documents, write_events
from timeline.cli import main
from timeline.engine.policy import Policy
from timeline.events import spill
from timeline.events.extract import event_batches, ordered
from timeline.events.spill import ordered_table
from timeline.io.export import read

SEEDS = Path(__file__).parent.parent / "seeds"

_LINES = (
    "The minister visited Cairo on {day} March {year} and met the president.",
    "وزار الوزير القاهرة يوم {day} مارس {year} والتقى الرئيس.",
    "Talks will resume next week, officials said.",
    "Nothing here is dated at all.",
    "اجتمع المجلس الأسبوع الماضي وقرر تأجيل الانتخابات.",
)


def _documents(count: int, seed: int = 7) -> list[Document]:
    """Documents with shared and repeated ids, Arabic and English, dated, undated and unplaced events."""
    rng = random.Random(seed)
    found = []
    for n in range(count):
        lines = [
            rng.choice(_LINES).format(day=rng.randint(1, 28), year=rng.randint(2014, 2016)) for _ in range(4)
        ]
        published = pendulum.naive(2016, rng.randint(1, 12), rng.randint(1, 28))
        doc_id = rng.choice(["a", "b", "مقال", f"doc-{n}"])  # repeated ids: ties broken by arrival
        found.append(Document(id=doc_id, text=" ".join(lines), published=published))
    return found


@pytest.mark.parametrize("run_rows", [1, 7, 100, 10**9])
def test_a_spilled_table_is_the_table_ordered_in_memory(run_rows: int) -> None:
    documents = _documents(60)
    expected = events(documents)
    with ordered_table(event_batches(documents, Policy()), run_rows=run_rows) as table:
        assert table.collect().equals(expected)


def test_a_spilled_table_read_a_few_rows_at_a_time_keeps_its_order_and_ranks(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    monkeypatch.setattr(spill, "ORDERED_CHUNK", 7)
    batches = [events([document]) for document in _documents(60)]
    expected = ordered(pl.concat(batches))
    with ordered_table(iter(batches), run_rows=25) as table:
        assert table.collect().equals(expected)
        assert table.head(10).collect().equals(expected.head(10))
        even = table.filter(pl.col("order") % 2 == 0).select("order", "doc", "event").collect()
        assert even.equals(expected.filter(pl.col("order") % 2 == 0).select("order", "doc", "event"))


def test_an_empty_stream_is_an_empty_table_with_the_schema() -> None:
    with ordered_table(iter([]), run_rows=1) as table:
        assert table.collect().equals(events([]))


def test_the_runs_are_on_disk_only_while_the_table_is_read(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(tempfile, "tempdir", str(tmp_path))
    with ordered_table(event_batches(_documents(20), Policy()), run_rows=5) as table:
        assert [p.name[:14] for p in tmp_path.iterdir()] == ["timeline-runs-"]
        assert table.select(pl.len()).collect().item() > 5
    assert not list(tmp_path.iterdir())


@pytest.mark.parametrize("suffix", ["csv", "parquet", "ndjson", "raw-csv"])
def test_events_streams_a_file_larger_than_a_run_as_the_table_in_memory(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, suffix: str
) -> None:
    monkeypatch.setattr(spill, "RUN_ROWS", 25)
    target = tmp_path / f"events.{suffix}"
    result = CliRunner().invoke(main, ["events", str(SEEDS), "-o", str(target), "--format", suffix, "-q"])
    assert result.exit_code == 0, result.stderr
    if suffix != "parquet":
        shown = CliRunner().invoke(main, ["events", str(SEEDS), "--format", suffix])
        assert target.read_text(encoding="utf-8") == shown.stdout
    table = read(target, suffix)
    assert table.height > 25
    assert table.equals(events(read_documents(SEEDS)))


def _full_disk_in_polars(*args: object, **kwargs: object) -> None:
    raise pl.exceptions.ComputeError("parquet: underlying IO error: No space left on device (os error 28)")


@pytest.mark.parametrize("failure", ["runs", "sort"])
def test_a_full_temporary_disk_is_one_line_and_keeps_the_old_file(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, failure: str
) -> None:
    monkeypatch.setattr(spill, "RUN_ROWS", 25)
    if failure == "runs":
        monkeypatch.setattr(pl.DataFrame, "write_parquet", _full_disk_in_polars)
    else:
        monkeypatch.setattr(spill, "MEMORY_LIMIT", "1KB")  # DuckDB cannot sort within it
    target = tmp_path / "events.csv"
    target.write_text("old")
    result = CliRunner().invoke(main, ["events", str(SEEDS), "-o", str(target), "-q"])
    assert_one_line_error(
        result, "No space left on device" if failure == "runs" else "cannot order the event table"
    )
    assert target.read_text() == "old"
    assert sorted(p.name for p in tmp_path.iterdir()) == ["events.csv"]


@pytest.mark.parametrize("suffix", ["csv", "parquet", "ndjson"])
def test_write_events_writes_the_table_events_returns(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, suffix: str
) -> None:
    monkeypatch.setattr(spill, "RUN_ROWS", 30)
    documents = _documents(40)
    frame = pl.DataFrame(
        {
            "id": [d.id for d in documents],
            "text": [d.text for d in documents],
            "date": [d.published for d in documents],
        }
    )
    write_events(documents, tmp_path / f"a.{suffix}")
    write_events(frame.lazy(), tmp_path / f"b.{suffix}", published="date")
    expected = events(documents)
    assert read(tmp_path / f"a.{suffix}").equals(expected)
    assert read(tmp_path / f"b.{suffix}").equals(expected)


def test_write_events_refuses_a_format_that_needs_the_whole_table(tmp_path: Path) -> None:
    with pytest.raises(InputError, match="json cannot be written without the whole table"):
        write_events(_documents(2), tmp_path / "a.json")
    assert not list(tmp_path.iterdir())
