"""Ray Data runs the engine-neutral batch function with `map_batches`, as the README shows: the rows of
`timeline.events` on the same documents, computed in Ray's worker processes.

One local Ray instance serves the module (two CPUs, no dashboard, a small object store). Its workers are
started with the driver's environment, so the repository root is put on their PYTHONPATH: they import
this checkout of `timeline`, as the driver does.
"""

from __future__ import annotations

import os
from collections.abc import Iterator
from pathlib import Path

import polars as pl
import pyarrow as pa
import pytest
import ray
from document_frames import ROOT, generated_frame

import timeline
from timeline.events.extract import ordered
from timeline.io.documents import Overrides
from timeline.io.sources import Columns, frame_documents

pytestmark = pytest.mark.filterwarnings("ignore::DeprecationWarning:ray.data.context")

STORE = 200 * 1024 * 1024
"""Bytes of Ray's object store: the test's batches need a few MB (the default takes 30% of the memory)."""


@pytest.fixture(scope="module")
def local_ray() -> Iterator[None]:
    path = os.environ.get("PYTHONPATH")
    os.environ["PYTHONPATH"] = os.pathsep.join([str(ROOT), *([path] if path else [])])
    ray.init(num_cpus=2, include_dashboard=False, object_store_memory=STORE, log_to_driver=False)
    yield
    ray.shutdown()
    if path is None:
        del os.environ["PYTHONPATH"]
    else:
        os.environ["PYTHONPATH"] = path


def test_map_batches_gives_the_rows_of_timeline_events(local_ray: None, tmp_path: Path) -> None:
    def tag(batch: pa.Table) -> pa.Table:
        """The README's function for `map_batches`. Defined here, not at the top of a module, it is sent
        by value (cloudpickle), as a function of a user's script is, with `timeline` by name."""
        return pa.Table.from_batches([timeline.arrow_events(batch, text="body", id="article_id")])

    frame = generated_frame(200).rename({"text": "body", "id": "article_id"})
    frame.write_parquet(tmp_path / "articles.parquet")
    dataset = ray.data.read_parquet(str(tmp_path / "articles.parquet")).map_batches(
        tag, batch_format="pyarrow", batch_size=64
    )
    rows = ordered(pl.DataFrame(pl.from_arrow(pa.concat_tables(ray.get(dataset.to_arrow_refs())))))
    expected = timeline.events(
        frame_documents(frame, Overrides(), Columns.named(text="body", id="article_id"))
    )
    assert expected.height > 5_000
    assert rows.equals(expected)
