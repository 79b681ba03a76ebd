"""`timeline events`: the seed articles as one ordered table, every output, bad input as one line."""

from __future__ import annotations

import json
from pathlib import Path

from checks import assert_one_line_error, write_jsonl
from click.testing import CliRunner, Result

from timeline.cli import main
from timeline.io.export import read

SEEDS = Path(__file__).parent.parent / "seeds"


def run(*args: str | Path) -> Result:
    return CliRunner().invoke(main, ["events", *map(str, args)])


def test_the_seeds_directory_lists_events_in_time_order_on_the_terminal() -> None:
    result = run(SEEDS)
    assert result.exit_code == 0, result.stderr
    lines = result.stdout.splitlines()
    assert lines[0].split()[:3] == ["#", "when", "expression"]
    columns = slice(lines[0].index("when"), lines[0].index("expression"))
    whens = [line[columns].strip() for line in lines[1:]]
    assert whens[0] == "1980s"
    assert (
        whens.index("Jun 2016")
        < whens.index("Sep 2016")
        < whens.index("Oct 2016")
        < whens.index("Sun 27 Nov 2016")
    )
    assert result.stderr == ""


def test_the_extension_names_the_format_and_the_table_reads_back(tmp_path: Path) -> None:
    for name in ("e.csv", "e.parquet", "e.json", "e.ndjson"):
        result = run(SEEDS, "-o", tmp_path / name, "--quiet")
        assert result.exit_code == 0, result.stderr
    tables = [read(tmp_path / name) for name in ("e.csv", "e.parquet", "e.json", "e.ndjson")]
    assert all(table.equals(tables[0]) for table in tables)
    assert set(tables[0]["doc"]) == {p.stem for p in SEEDS.glob("*.txt")}


def test_timelinejs_and_timeml_outputs(tmp_path: Path) -> None:
    result = run(SEEDS, "-o", tmp_path / "t.json", "--format", "timelinejs")
    assert result.exit_code == 0, result.stderr
    slides = json.loads((tmp_path / "t.json").read_text(encoding="utf-8"))["events"]
    assert all({"start_date", "display_date", "text", "group"} <= set(s) for s in slides)
    timeml = run(SEEDS, "--format", "timeml")
    assert timeml.exit_code == 0, timeml.stderr
    assert timeml.stdout.count("<TimeML") == 2


def test_table_columns_are_named_and_dedupe_merges_sources(tmp_path: Path) -> None:
    text = "The minister visited Cairo on Monday."
    path = tmp_path / "news.csv"
    path.write_text(f'key,body,day\na,"{text}",2016-11-30\nb,"{text}",2016-11-30\n', encoding="utf-8")
    result = run(
        path, "--text-col", "body", "--date-col", "day", "--id-col", "key", "--dedupe", "--format", "ndjson"
    )
    assert result.exit_code == 0, result.stderr
    (event,) = [json.loads(line) for line in result.stdout.splitlines()]
    assert (event["sources"], event["trigger"], event["start"]) == (
        ["a", "b"],
        "visited",
        "2016-11-28T00:00:00",
    )


def test_bad_documents_fail_in_one_line_or_are_skipped_and_listed(tmp_path: Path) -> None:
    path = write_jsonl(
        tmp_path / "docs.jsonl",
        {"id": "ok", "text": "It ended on Monday.", "published": "2016-11-30"},
        {"id": "empty", "text": " ", "published": "2016-11-30"},
    )
    assert_one_line_error(run(path), "'empty'", "no text")
    result = run(path, "--skip-bad", "--format", "ndjson")
    assert result.exit_code == 0
    assert [json.loads(line)["doc"] for line in result.stdout.splitlines()] == ["ok"]
    assert "Skipped 1" in result.stderr and "'empty'" in result.stderr


def test_a_malformed_jsonl_line_is_skipped_alone_and_the_lines_after_it_are_read(tmp_path: Path) -> None:
    path = tmp_path / "docs.jsonl"
    good = '{{"id": "{}", "text": "It ended on Monday.", "published": "2016-11-30"}}\n'
    path.write_text(good.format("a") + "{not json\n" + good.format("c"), encoding="utf-8")
    assert_one_line_error(run(path), f"{path}:2", "malformed JSON")
    result = run(path, "--skip-bad", "--format", "ndjson")
    assert result.exit_code == 0
    assert [json.loads(line)["doc"] for line in result.stdout.splitlines()] == ["a", "c"]
    assert "Skipped 1" in result.stderr and f"{path}:2" in result.stderr


def test_many_bad_documents_are_all_counted_and_the_first_twenty_listed(tmp_path: Path) -> None:
    path = tmp_path / "docs.jsonl"
    good = '{"id": "ok", "text": "It ended on Monday.", "published": "2016-11-30"}\n'
    path.write_text(good + "{not json\n" * 500, encoding="utf-8")
    result = run(path, "--skip-bad", "--format", "ndjson")
    assert result.exit_code == 0
    assert "Skipped 500 " in result.stderr
    assert result.stderr.count("malformed JSON") == 20
    assert "... and 480 more" in result.stderr


def test_missing_columns_files_and_parquet_on_a_terminal_are_one_line_errors(tmp_path: Path) -> None:
    path = tmp_path / "news.csv"
    path.write_text("body\nx\n", encoding="utf-8")
    assert_one_line_error(run(path), "no column 'text'", "--text-col")
    assert_one_line_error(run(tmp_path / "missing.csv"), "no such file")
    assert_one_line_error(run(SEEDS, "--format", "parquet"), "-o FILE.parquet")
    assert_one_line_error(run(SEEDS, "-o", tmp_path / "out.xlsx"), "cannot tell the format")


def test_several_jobs_give_the_same_output() -> None:
    one = run(SEEDS, "--format", "ndjson")
    two = run(SEEDS, "--format", "ndjson", "--jobs", "2")
    assert two.exit_code == 0, two.stderr
    assert two.stdout == one.stdout


def test_genre_narrative_anchors_undated_events_on_the_last_date_the_text_set(tmp_path: Path) -> None:
    path = tmp_path / "story.jsonl"
    story = {
        "id": "s",
        "text": "In 1990 he moved to Paris. He opened a shop there.",
        "published": "2016-11-30",
    }
    path.write_text(json.dumps(story) + "\n", encoding="utf-8")
    anchors = {}
    for genre in ("news", "narrative"):
        result = run(path, "--genre", genre, "--format", "ndjson")
        assert result.exit_code == 0, result.stderr
        rows = [json.loads(line) for line in result.stdout.splitlines()]
        anchors[genre] = {row["trigger"]: (row["anchor"], row["start"][:4]) for row in rows}
    assert anchors["news"]["opened"] == ("published", "2016")
    assert anchors["narrative"]["opened"] == ("narrative", "1990")
    assert run(path, "--genre", "poem").exit_code != 0


def test_dayfirst_dates_the_events_of_a_numeric_date(tmp_path: Path) -> None:
    path = write_jsonl(
        tmp_path / "d.jsonl",
        {"id": "d", "lang": "en", "published": "2024-06-12", "text": "The board met on 05/03/2024."},
    )
    starts = {}
    for flags in [(), ("--dayfirst",)]:
        result = run(path, "--format", "ndjson", *flags)
        assert result.exit_code == 0, result.stderr
        starts[flags] = {json.loads(line)["start"][:10] for line in result.stdout.splitlines()}
    assert starts == {(): {"2024-05-03"}, ("--dayfirst",): {"2024-03-05"}}
