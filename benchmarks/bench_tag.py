"""Time `timeline.tag` over a generated corpus of Arabic and English news, in one process on one core.

    python benchmarks/bench_tag.py [--size-mb N] [--seed S] [--dense] [--runs R]

The corpus (benchmarks/corpus.py) holds at least N million characters, half in each language: wire
articles with as many characters per temporal expression as the seed article (about 250), or with
--dense a stress corpus where every sentence is dated (about 50). Loading and compiling the language
data is timed apart; then every document is tagged against its own publication date, and
documents/s and characters/s are printed overall and per language, by wall-clock and by CPU time,
with the density of expressions found. With --runs R the measure is taken R times, each in a fresh
process (cold caches, as in the first run), and the fastest run is printed with the spread of all:
on a shared machine the slower runs measure the neighbours.
"""

from __future__ import annotations

import argparse
import multiprocessing
import statistics
import time
from collections import Counter
from collections.abc import Sequence

from corpus import BACKGROUND_SHARE, documents

import timeline
from timeline.engine.language import available, load

Counts = dict[str, Counter[str]]


def _rate(amount: float, seconds: float) -> str:
    return f"{amount / seconds:>12,.0f}" if seconds > 0 else f"{'-':>12}"


def _corpus(size_mb: float, seed: int, dense: bool) -> list[dict[str, str]]:
    share = 0.0 if dense else BACKGROUND_SHARE
    return list(documents(int(size_mb * 1_000_000), seed=seed, background_share=share))


def _measure(size_mb: float, seed: int, dense: bool) -> Counts:
    """Tag the corpus once: per language the documents, characters, expressions found, wall-clock and
    CPU seconds."""
    corpus = _corpus(size_mb, seed, dense)
    counts: Counts = {key: Counter() for key in ("docs", "chars", "found", "wall", "cpu")}
    for doc in corpus:
        lang = doc["lang"]
        wall_start, cpu_start = time.perf_counter(), time.process_time()
        counts["found"][lang] += len(timeline.tag(doc["text"], doc["published"], lang=lang))
        counts["cpu"][lang] += time.process_time() - cpu_start
        counts["wall"][lang] += time.perf_counter() - wall_start
        counts["docs"][lang] += 1
        counts["chars"][lang] += len(doc["text"])
    return counts


def main(argv: Sequence[str] | None = None) -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--size-mb", type=float, default=1.0, help="million characters of text (default 1)")
    parser.add_argument("--seed", type=int, default=2016, help="seed of the generated corpus (default 2016)")
    parser.add_argument("--dense", action="store_true", help="every sentence dated (a stress corpus)")
    parser.add_argument("--runs", type=int, default=1, help="measures, each in a fresh process (default 1)")
    args = parser.parse_args(argv)

    started = time.perf_counter()
    for code in available():
        load(code)
    loading = time.perf_counter() - started
    print(f"loading the language data (once per process, not in the rates): {loading:.3f} s")
    corpus = _corpus(args.size_mb, args.seed, args.dense)
    size = sum(len(doc["text"].encode()) for doc in corpus)
    chars = sum(len(doc["text"]) for doc in corpus)
    print(f"corpus: {len(corpus):,} documents, {chars:,} characters ({size / 1e6:.2f} MB UTF-8)")

    if args.runs > 1:
        with multiprocessing.get_context("spawn").Pool(1, maxtasksperchild=1) as pool:
            runs = pool.starmap(_measure, [(args.size_mb, args.seed, args.dense)] * args.runs)
    else:
        runs = [_measure(args.size_mb, args.seed, args.dense)]
    counts = min(runs, key=lambda run: run["cpu"].total())
    if args.runs > 1:
        rates = sorted(chars / run["cpu"].total() for run in runs)
        print(
            f"{args.runs} runs, each in a fresh process: CPU characters/s from {rates[0]:,.0f} to "
            f"{rates[-1]:,.0f} (median {statistics.median(rates):,.0f}); the fastest is shown"
        )

    print(
        f"\n{'':<4}{'documents':>10}{'characters':>12}{'expressions':>12}{'seconds':>9}"
        f"{'docs/s':>12}{'chars/s':>12}{'chars/s CPU':>12}{'chars/expr':>11}"
    )
    for lang in [*sorted(counts["docs"]), "all"]:
        row = [counts[key].total() if lang == "all" else counts[key][lang] for key in counts]
        n_docs, n_chars, n_found, seconds, cpu_seconds = row
        print(
            f"{lang:<4}{n_docs:>10,.0f}{n_chars:>12,.0f}{n_found:>12,.0f}{seconds:>9.3f}"
            f"{_rate(n_docs, seconds)}{_rate(n_chars, seconds)}{_rate(n_chars, cpu_seconds)}"
            f"{n_chars / max(n_found, 1):>11,.0f}"
        )


if __name__ == "__main__":
    main()
