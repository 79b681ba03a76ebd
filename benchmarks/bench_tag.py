"""Time `timeline.tag` over a generated corpus of Arabic and English news, in one process on one core.

    python benchmarks/bench_tag.py [--size-mb N] [--seed S] [--dense]

The corpus (benchmarks/corpus.py) holds at least N million characters, half in each language: wire
articles with as many characters per temporal expression as the seed article (about 250), or with
--dense a stress corpus where every sentence is dated (about 50). The first call in each language
(loading and compiling its data) is timed apart; then every document is tagged against its own
publication date, and documents/s and characters/s are printed overall and per language, by
wall-clock and by CPU time, with the density of expressions found.
"""

from __future__ import annotations

import argparse
import time
from collections import Counter
from collections.abc import Sequence

from corpus import BACKGROUND_SHARE, documents

import timeline


def _rate(amount: float, seconds: float) -> str:
    return f"{amount / seconds:>12,.0f}" if seconds > 0 else f"{'-':>12}"


def main(argv: Sequence[str] | None = None) -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--size-mb", type=float, default=1.0, help="million characters of text (default 1)")
    parser.add_argument("--seed", type=int, default=2016, help="seed of the generated corpus (default 2016)")
    parser.add_argument("--dense", action="store_true", help="every sentence dated (a stress corpus)")
    args = parser.parse_args(argv)

    share = 0.0 if args.dense else BACKGROUND_SHARE
    corpus = list(documents(int(args.size_mb * 1_000_000), seed=args.seed, background_share=share))
    docs, chars = Counter[str](), Counter[str]()
    for doc in corpus:
        docs[doc["lang"]] += 1
        chars[doc["lang"]] += len(doc["text"])
    size = sum(len(doc["text"].encode()) for doc in corpus)
    print(f"corpus: {len(corpus):,} documents, {chars.total():,} characters ({size / 1e6:.2f} MB UTF-8)")

    started = time.perf_counter()
    for lang in sorted(docs):
        first = next(doc for doc in corpus if doc["lang"] == lang)
        timeline.tag(first["text"], first["published"], lang=lang)
    print(f"first call per language (loading data): {time.perf_counter() - started:.3f} s")

    wall, cpu, found = Counter[str](), Counter[str](), Counter[str]()
    for doc in corpus:
        lang = doc["lang"]
        wall_start, cpu_start = time.perf_counter(), time.process_time()
        found[lang] += len(timeline.tag(doc["text"], doc["published"], lang=lang))
        cpu[lang] += time.process_time() - cpu_start
        wall[lang] += time.perf_counter() - wall_start

    print(
        f"\n{'':<4}{'documents':>10}{'characters':>12}{'expressions':>12}{'seconds':>9}"
        f"{'docs/s':>12}{'chars/s':>12}{'chars/s CPU':>12}{'chars/expr':>11}"
    )
    for lang in [*sorted(docs), "all"]:
        counts = (docs.total(), chars.total(), found.total(), wall.total(), cpu.total())
        if lang != "all":
            counts = (docs[lang], chars[lang], found[lang], wall[lang], cpu[lang])
        n_docs, n_chars, n_found, seconds, cpu_seconds = counts
        print(
            f"{lang:<4}{n_docs:>10,}{n_chars:>12,}{n_found:>12,}{seconds:>9.3f}"
            f"{_rate(n_docs, seconds)}{_rate(n_chars, seconds)}{_rate(n_chars, cpu_seconds)}"
            f"{n_chars / max(n_found, 1):>11,.0f}"
        )


if __name__ == "__main__":
    main()
