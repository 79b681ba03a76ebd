"""Tables of documents for the tests of the batch paths (`timeline.events.arrow`, `timeline.spark`): the
seed articles as rows, and generated articles from benchmarks/corpus.py."""

from __future__ import annotations

import importlib.util
import random
from pathlib import Path
from types import ModuleType

import polars as pl

from timeline.io.sources import read_documents

ROOT = Path(__file__).resolve().parent.parent
SEEDS = ROOT / "seeds"


def _bench_corpus() -> ModuleType:
    """benchmarks/corpus.py, loaded by path (benchmarks/ is no package, and tests/corpus/ holds data)."""
    spec = importlib.util.spec_from_file_location("bench_corpus", ROOT / "benchmarks" / "corpus.py")
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def seed_frame() -> pl.DataFrame:
    """The articles of seeds/ as `read_documents` reads them, one row each with every document field."""
    return pl.DataFrame(
        [
            {
                "id": doc.id,
                "text": doc.text,
                "published": doc.published,
                "lang": doc.lang,
                "title": doc.title,
                "url": doc.url,
            }
            for doc in read_documents(SEEDS)
        ],
        schema={
            "id": pl.String,
            "text": pl.String,
            "published": pl.Datetime("us"),
            "lang": pl.String,
            "title": pl.String,
            "url": pl.String,
        },
    )


def generated_frame(count: int, seed: int = 11) -> pl.DataFrame:
    """`count` generated wire articles, Arabic and English taking turns (id, lang, published, text)."""
    corpus = _bench_corpus()
    rng = random.Random(seed)
    languages = list(corpus.LANGUAGES)
    return pl.DataFrame(
        [corpus.article(rng, languages[n % len(languages)], f"gen-{n:04d}") for n in range(count)]
    )
