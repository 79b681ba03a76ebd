"""`timeline chart`: documents in, chart files out; bad input is one line on stderr and no file."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest
from click.testing import CliRunner

from timeline.cli import main

ROOT = Path(__file__).parent.parent
SEEDS = ROOT / "seeds"
COMMITTED = ROOT / "charts"
SEED_CHARTS = ("seeds.html", "seeds.png", "seeds.svg")


def run(*args: str) -> tuple[int, str, str]:
    result = CliRunner().invoke(main, ["chart", *args])
    return result.exit_code, result.stdout, result.stderr


def test_the_committed_seed_charts_are_what_the_command_writes(tmp_path: Path) -> None:
    # A fresh process, as README's command runs: vl-convert numbers SVG clip paths per process, so an
    # SVG drawn earlier in the same process would shift the ids.
    outputs = [str(tmp_path / name) for name in SEED_CHARTS]
    command = [sys.executable, "-c", "from timeline.cli import main; main()", "chart", str(SEEDS)]
    done = subprocess.run(
        [*command, *[arg for output in outputs for arg in ("-o", output)]],
        capture_output=True,
        text=True,
        cwd=ROOT,
        timeout=300,
        check=False,
    )
    code, stdout, stderr = done.returncode, done.stdout, done.stderr
    assert (code, stderr) == (0, "")
    assert stdout.splitlines() == [
        "Lanes: one lane per document (2 documents)",
        *[f"Wrote {output}" for output in outputs],
    ]
    for name in SEED_CHARTS:
        written = (tmp_path / name).read_bytes()
        assert written == (COMMITTED / name).read_bytes(), (
            f"charts/{name} is stale: run `timeline chart seeds/ -o charts/seeds.html "
            "-o charts/seeds.png -o charts/seeds.svg`"
        )


def test_title_and_lanes_reach_the_chart(tmp_path: Path) -> None:
    output = tmp_path / "seed.json"
    code, _, _ = run(str(SEEDS), "-o", str(output), "--title", "Haftar", "--lanes", "type")
    assert code == 0
    spec = json.loads(output.read_text(encoding="utf-8"))
    assert spec["title"]["text"] == "Haftar"
    rows = next(rows for rows in spec["datasets"].values() if "kind" in rows[0])
    assert {row["lane"] for row in rows} <= {"DATE", "TIME", "DURATION"}
    assert len({row["source"] for row in rows}) == 2


def test_the_words_are_in_the_language_chosen_and_quiet_prints_nothing(tmp_path: Path) -> None:
    output = tmp_path / "seed.json"
    code, stdout, _ = run(str(SEEDS), "-o", str(output), "--ui-lang", "ar", "--quiet")
    assert (code, stdout) == (0, "")
    spec = json.loads(output.read_text(encoding="utf-8"))
    assert spec["usermeta"]["lang"] == "ar"
    assert "دقة التاريخ" in json.dumps(spec, ensure_ascii=False)
    code, _, stderr = run(str(SEEDS), "-o", str(output), "--ui-lang", "xx")
    assert code == 2 and "'xx' is not one of 'ar', 'en'" in stderr


def test_jsonl_input_with_its_own_dates(tmp_path: Path) -> None:
    documents = tmp_path / "docs.jsonl"
    record = {"id": "d1", "lang": "en", "published": "2016-11-30", "text": "Haftar visited Moscow on Monday."}
    documents.write_text(json.dumps(record) + "\n", encoding="utf-8")
    output = tmp_path / "out" / "one.json"
    assert run(str(documents), "-o", str(output))[0] == 0
    rows = next(rows for rows in json.loads(output.read_text())["datasets"].values() if "kind" in rows[0])
    assert [(row["expression"], row["when"]) for row in rows] == [("Monday", "Mon 28 Nov 2016")]


@pytest.mark.parametrize("name", ["chart.pdf", "chart"])
def test_an_unknown_extension_is_refused_before_reading(tmp_path: Path, name: str) -> None:
    code, stdout, stderr = run(str(tmp_path / "missing.txt"), "-o", str(tmp_path / name))
    assert code == 1 and stdout == ""
    assert stderr.startswith("Error: ") and stderr.count("\n") == 1
    assert "supported: .html, .json, .png, .svg" in stderr
    assert list(tmp_path.iterdir()) == []


def test_a_text_without_dates_writes_no_chart(tmp_path: Path) -> None:
    article = tmp_path / "plain.txt"
    article.write_text("The council met and discussed the budget.\n", encoding="utf-8")
    output = tmp_path / "plain.png"
    code, _, stderr = run(str(article), "--published", "2016-11-30", "-o", str(output))
    assert code == 1
    assert stderr == "Error: no events to draw: the documents hold no dated events\n"
    assert not output.exists()


def test_an_output_is_required() -> None:
    code, _, stderr = run(str(SEEDS))
    assert code == 2 and "Missing option '-o'" in stderr


def test_about_draws_one_lane_per_entity_and_says_so(tmp_path: Path) -> None:
    output = tmp_path / "entities.json"
    code, stdout, _ = run(
        str(SEEDS),
        "-o",
        str(output),
        "--about",
        "حفتر",
        "--alias",
        "حفتر=Haftar",
        "--about",
        "port authority",
    )
    assert code == 0
    assert "Lanes: one lane per --about entity" in stdout
    spec = json.loads(output.read_text(encoding="utf-8"))
    assert spec["usermeta"]["lanes"] == "entity"
    rows = next(rows for rows in spec["datasets"].values() if "kind" in rows[0])
    assert {row["lane"].strip("\u200f") for row in rows} == {"حفتر", "port authority"}
    assert all(row["entities"] == [row["lane"].strip("\u200f")] for row in rows)
    reopened = [row for row in rows if row["lane"] == "port authority"]
    assert [row["doc"] for row in reopened] == ["001_en_valdera_port"]
    assert "reopened" in reopened[0]["sentence"]


def test_an_alias_of_no_about_entity_is_an_error(tmp_path: Path) -> None:
    code, _, stderr = run(str(SEEDS), "-o", str(tmp_path / "x.json"), "--alias", "Nobody=Someone")
    assert code != 0 and "--alias" in stderr
    assert not (tmp_path / "x.json").exists()
