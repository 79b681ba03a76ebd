"""The timeline chart's Vega-Lite spec, asserted by structure: marks, encodings, data, selections."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import datetime
from typing import Any

import polars as pl
import pytest
from event_tables import english_events, entity_events, five_events, generated_events, seed_events
from hypothesis import given
from hypothesis import strategies as st

from timeline.charts import ChartError, chart
from timeline.charts.labels import ELLIPSIS, LABEL_LIMIT, RLM, is_rtl, short_label
from timeline.charts.records import DOCUMENT_LANES, epoch_ms, lane_choice
from timeline.charts.spec import DETAIL_ROWS, MIN_TIME_WIDTH, SPACING, focus_window
from timeline.events.table import empty_events
from timeline.moments import when_text


def units(spec: dict[str, Any]) -> Iterator[dict[str, Any]]:
    """Every unit view (a spec with a mark) in a compound spec."""
    if "mark" in spec:
        yield spec
    for key in ("vconcat", "hconcat", "layer"):
        for child in spec.get(key, []):
            yield from units(child)


def role(spec: dict[str, Any], name: str) -> list[dict[str, Any]]:
    """The units whose marks carry the ARIA role description `name`."""
    return [unit for unit in units(spec) if unit["mark"].get("ariaRoleDescription") == name]


def only(spec: dict[str, Any], name: str) -> dict[str, Any]:
    [unit] = role(spec, name)
    return unit


def filters(unit: dict[str, Any]) -> list[Any]:
    return [step["filter"] for step in unit.get("transform", []) if "filter" in step]


def dataset(spec: dict[str, Any], field: str) -> list[dict[str, Any]]:
    """The inline dataset whose rows have `field`."""
    return next(rows for rows in spec["datasets"].values() if rows and field in rows[0])


def event_rows(spec: dict[str, Any]) -> list[dict[str, Any]]:
    return dataset(spec, "kind")


def two_documents() -> pl.DataFrame:
    return pl.concat([seed_events(), english_events()])


@pytest.fixture(scope="module")
def seed_spec() -> dict[str, Any]:
    return chart(seed_events(), title="حفتر وموسكو").to_dict()


@pytest.fixture(scope="module")
def both_spec() -> dict[str, Any]:
    return chart(two_documents()).to_dict()


def test_periods_are_bars_from_start_to_end_and_days_are_points(seed_spec: dict[str, Any]) -> None:
    bars, points = only(seed_spec, "event period"), only(seed_spec, "event instant")
    assert bars["mark"]["type"] == "bar"
    assert (bars["encoding"]["x"]["field"], bars["encoding"]["x2"]["field"]) == ("start", "end")
    assert "datum.kind == 'period'" in filters(bars)
    assert points["mark"]["type"] == "point" and points["mark"]["filled"]
    assert "datum.kind == 'instant'" in filters(points)
    kinds = {row["expression"]: row["kind"] for row in event_rows(seed_spec)}
    assert kinds["عقد الثمانينيات"] == kinds["الشهر الماضي"] == "period"
    assert kinds["مساء الإثنين وحتّى  الثلاثاء"] == "period"
    assert kinds["يوم الإثنين"] == kinds["الأحد الماضي"] == "instant"


def test_a_period_has_caps_at_both_ends_so_a_short_range_stays_visible(seed_spec: dict[str, Any]) -> None:
    caps = only(seed_spec, "period end")
    assert caps["mark"]["type"] == "tick"
    assert {"fold": ["start", "end"], "as": ["edge", "at"]} in caps["transform"]
    assert caps["encoding"]["x"]["field"] == "at"


def test_the_colour_is_how_precise_the_date_is_and_a_period_has_its_own(seed_spec: dict[str, Any]) -> None:
    colour = only(seed_spec, "event period")["encoding"]["color"]
    assert colour["field"] == "precision"
    assert colour["scale"]["domain"] == ["يوم محدد", "شهر", "عقد", "فترة"]
    assert colour["title"].strip(RLM) == "دقة التاريخ (انقر للتصفية)"
    precision = {row["expression"]: row["precision"] for row in event_rows(seed_spec)}
    assert precision["الشهور الستة الماضية"] == precision["مساء الإثنين وحتّى  الثلاثاء"] == "فترة"
    assert precision["يوم الإثنين"] == "يوم محدد"
    english = {
        row["expression"]: row["precision"]
        for row in event_rows(chart(seed_events(), ui_lang="en").to_dict())
    }
    assert english["الشهور الستة الماضية"] == "period" and english["يونيو/حزيران الماضي"] == "month"


def test_the_date_is_written_at_its_grain_in_the_language_of_the_events(seed_spec: dict[str, Any]) -> None:
    when = {row["expression"]: row["when"] for row in event_rows(seed_spec)}
    assert when["عقد الثمانينيات"] == "عقد 1980"
    assert when["يونيو/حزيران الماضي"] == "يونيو 2016"
    assert when["يوم الإثنين"] == "الإثنين 28 نوفمبر 2016"
    assert when["مساء الإثنين وحتّى  الثلاثاء"] == "28–29 نوفمبر 2016"
    assert only(seed_spec, "event date")["encoding"]["text"]["field"] == "when"
    english = {
        row["expression"]: row["when"] for row in event_rows(chart(seed_events(), ui_lang="en").to_dict())
    }
    assert english["عقد الثمانينيات"] == "1980s"
    assert english["يونيو/حزيران الماضي"] == "Jun 2016"
    assert english["يوم الإثنين"] == "Mon 28 Nov 2016"
    assert english["مساء الإثنين وحتّى  الثلاثاء"] == "28–29 Nov 2016"


def test_every_publication_date_is_a_dashed_rule(both_spec: dict[str, Any]) -> None:
    rules = role(both_spec, "publication date")
    assert len(rules) == 2  # overview and detail
    for rule in rules:
        assert rule["mark"]["type"] == "rule" and rule["mark"]["strokeDash"]
        assert rule["encoding"]["x"]["field"] == "published"
    published = {row["source"]: row["published"] for row in dataset(both_spec, "published")}
    assert published == {
        "مصادر ليبية تكشف عن اتفاقات جديدة بين حفتر وموسكو": epoch_ms(datetime(2016, 11, 30)),
        "Haftar courts Moscow for arms": epoch_ms(datetime(2016, 12, 2)),
    }


def test_the_overview_brush_sets_the_detail_time_axis(seed_spec: dict[str, Any]) -> None:
    [brush] = [param for param in seed_spec["params"] if param["name"] == "brush"]
    assert brush["select"] == {"type": "interval", "encodings": ["x"]}
    assert brush["views"] == [only(seed_spec, "overview period")["name"]]
    detail_x = only(seed_spec, "event period")["encoding"]["x"]
    assert detail_x["scale"]["domain"] == {"param": "brush", "encoding": "x"}
    assert detail_x["scale"]["type"] == "utc"


def test_the_brush_starts_on_the_cluster_and_the_decade_points_out_of_it(seed_spec: dict[str, Any]) -> None:
    [brush] = [param for param in seed_spec["params"] if param["name"] == "brush"]
    start, end = brush["value"]["x"]
    assert start < epoch_ms(datetime(2016, 6, 1)) and end >= epoch_ms(datetime(2016, 11, 30))
    assert start > epoch_ms(datetime(1990, 1, 1))
    before, after = role(seed_spec, "event outside")
    assert (before["mark"]["shape"], after["mark"]["shape"]) == ("triangle-left", "triangle-right")
    assert "datum.end <= time(brush.start[0])" in filters(before)[-1]
    assert "عقد الثمانينيات" in {row["expression"] for row in event_rows(seed_spec)}


def test_tooltips_give_the_sentence_the_expression_the_value_and_the_source(
    seed_spec: dict[str, Any],
) -> None:
    for name in ("event period", "event instant", "event label", "overview period", "overview instant"):
        for unit in role(seed_spec, name):
            fields = {item["field"] for item in unit["encoding"]["tooltip"]}
            assert {"event", "sentence", "expression", "value", "source"} <= fields
    row = next(row for row in event_rows(seed_spec) if row["expression"] == "يوم الإثنين")
    assert row["sentence"] == "زار، يوم الإثنين، مصانع روسية للأسلحة."
    assert row["value"] == "2016-11-28"
    assert row["source"] == "مصادر ليبية تكشف عن اتفاقات جديدة بين حفتر وموسكو (نُشر في 30 نوفمبر 2016)"
    titles = {item["title"] for item in only(seed_spec, "event instant")["encoding"]["tooltip"]}
    assert titles == {"الحدث", "الجملة", "كما كُتب", "القيمة", "متى", "الدقة", "المصدر"}


def test_a_mod_is_shown_with_the_value() -> None:
    june = pl.col("value") == "2016-06"
    table = seed_events().with_columns(pl.when(june).then(pl.lit("START")).alias("mod"))
    spec = chart(table).to_dict()
    assert "2016-06 (START)" in {row["value"] for row in event_rows(spec)}


def test_the_precision_legend_filters_the_detail(seed_spec: dict[str, Any]) -> None:
    [pick] = [param for param in seed_spec["params"] if param["name"] == "pick"]
    assert pick["bind"] == "legend"
    assert pick["select"] == {"type": "point", "fields": ["precision"], "toggle": "true"}
    for name in ("event label", "event period", "event instant", "event date"):
        for unit in role(seed_spec, name):
            assert {"param": "pick"} in filters(unit)


def test_each_event_has_its_own_row_so_labels_cannot_overlap(seed_spec: dict[str, Any]) -> None:
    for name in ("event label", "event date", "event period", "event instant"):
        for unit in role(seed_spec, name):
            window = next(step for step in unit["transform"] if "window" in step)
            [numbering] = window["window"]
            assert (numbering["op"], numbering["as"]) == ("row_number", "row")
            assert unit["encoding"]["y"]["field"] == "row"


def test_arabic_labels_align_right_and_english_labels_left(both_spec: dict[str, Any]) -> None:
    rtl, ltr = role(both_spec, "event label")
    assert (rtl["mark"]["align"], rtl["mark"]["dir"], filters(rtl)[-1]) == ("right", "rtl", "datum.rtl")
    assert (ltr["mark"]["align"], ltr["mark"]["dir"], filters(ltr)[-1]) == ("left", "ltr", "!datum.rtl")
    rows = event_rows(both_spec)
    arabic = [row for row in rows if row["source"].startswith("مصادر")]
    english = [row for row in rows if row["source"].startswith("Haftar")]
    assert arabic and all(row["rtl"] and row["label"].startswith(RLM) for row in arabic)
    assert english and not any(row["rtl"] or row["label"].startswith(RLM) for row in english)


def test_five_events_are_all_labelled_in_the_detail() -> None:
    spec = chart(five_events()).to_dict()
    rows = event_rows(spec)
    assert len(rows) == 5
    for unit in role(spec, "event label"):
        assert not any("brush" in str(step) for step in filters(unit))
    assert all(len(row["label"].strip(RLM)) <= LABEL_LIMIT for row in rows)


def test_with_500_events_the_detail_lists_the_brushed_window_only() -> None:
    spec = chart(generated_events(500)).to_dict()
    rows = event_rows(spec)
    assert len(rows) == 500
    for unit in role(spec, "event label"):
        assert any("brush.start" in str(step) for step in filters(unit))
    start, end = focus_window(rows)
    listed = [
        row
        for row in rows
        if row["end"] > start and row["start"] < end and row["end"] - row["start"] <= end - start
    ]
    assert 0 < len(listed) <= DETAIL_ROWS
    assert max(row["start"] for row in rows) in {row["start"] for row in listed}


def test_lanes_by_document_by_type_or_none() -> None:
    table = two_documents()
    by_doc = chart(table, lanes="doc").to_dict()
    assert {row["lane"].strip(RLM) for row in event_rows(by_doc)} == {
        "مصادر ليبية تكشف عن اتفاقات…",
        "Haftar courts Moscow for arms",
    }
    assert len(role(by_doc, "lane name")) == 1
    by_type = chart(table, lanes="type").to_dict()
    assert {row["lane"] for row in event_rows(by_type)} == {"DATE", "DURATION", "TIME"}
    flat = chart(table, lanes="none").to_dict()
    assert {row["lane"] for row in event_rows(flat)} == {""}
    assert role(flat, "lane name") == []
    assert only(flat, "overview period")["encoding"]["y"]["axis"] is None


def test_auto_lanes_are_per_document_when_few_and_none_when_many() -> None:
    few = chart(two_documents()).to_dict()
    assert few["usermeta"]["lanes"] == "doc" and len(role(few, "lane name")) == 1
    many = pl.concat(
        [
            english_events().with_columns(pl.lit(f"doc-{index}").alias("doc"))
            for index in range(DOCUMENT_LANES + 1)
        ]
    )
    spec = chart(many).to_dict()
    assert spec["usermeta"]["lanes"] == "none"
    assert {row["lane"] for row in event_rows(spec)} == {""}
    assert role(spec, "lane name") == []


def test_title_defaults_to_the_single_documents_title() -> None:
    assert chart(seed_events()).to_dict()["title"]["text"].strip(RLM) == seed_events()["title"][0]
    assert chart(two_documents()).to_dict()["title"]["text"].strip(RLM) == "الخط الزمني"
    assert chart(two_documents(), ui_lang="en").to_dict()["title"]["text"] == "Timeline"
    assert chart(seed_events(), title="Moscow").to_dict()["title"]["text"] == "Moscow"


def test_rows_without_an_interval_are_left_out() -> None:
    table = seed_events().with_columns(
        pl.when(pl.col("order") == 0).then(None).otherwise(pl.col("start")).alias("start")
    )
    assert len(event_rows(chart(table).to_dict())) == len(table) - 1


def test_no_events_is_an_error() -> None:
    with pytest.raises(ChartError, match="no events to draw"):
        chart(empty_events())
    undated = seed_events().with_columns(pl.lit(None, dtype=pl.Datetime("us")).alias("end"))
    with pytest.raises(ChartError, match="no events to draw"):
        chart(undated)


def test_bad_lanes_and_missing_columns_are_errors() -> None:
    with pytest.raises(ChartError, match="expected one of: auto, doc, entity, type, none"):
        chart(seed_events(), lanes="grain")  # type: ignore[arg-type]
    with pytest.raises(ChartError, match="lacks the columns: sentence"):
        chart(seed_events().drop("sentence"))


def test_labels_are_cut_at_a_word_with_an_ellipsis() -> None:
    text = "Haftar toured an arms factory at 3 p.m. on Monday and met officials from the ministry"
    label = short_label(text, 40)
    assert label == "Haftar toured an arms factory at 3 p.m.…"
    assert short_label("  a   short\n label ") == "a short label"


@given(
    st.text(alphabet=st.sampled_from("ab حفتر،, \n"), max_size=200), st.integers(min_value=5, max_value=80)
)
def test_a_label_never_exceeds_its_limit_and_begins_the_text(text: str, limit: int) -> None:
    label = short_label(text, limit)
    flat = " ".join(text.split())
    assert len(label) <= limit
    assert flat.startswith(label.removesuffix(ELLIPSIS).rstrip(" ،,"))


def test_direction_is_the_first_strong_character() -> None:
    assert is_rtl("2016 زار حفتر")
    assert not is_rtl("Haftar زار")
    assert not is_rtl("2016")


@pytest.mark.parametrize(
    ("start", "end", "grain", "expected"),
    [
        (datetime(1800, 1, 1), datetime(1900, 1, 1), "century", "19th century"),
        (datetime(2016, 1, 1), datetime(2017, 1, 1), "year", "2016"),
        (datetime(2016, 10, 1), datetime(2017, 1, 1), "quarter", "Q4 2016"),
        (datetime(2016, 11, 21), datetime(2016, 11, 28), "week", "week of 21 Nov 2016"),
        (datetime(2016, 11, 28, 15), datetime(2016, 11, 28, 15, 1), "minute", "Mon 28 Nov 2016 15:00"),
        (datetime(2016, 5, 30), datetime(2016, 11, 30), "day", "30 May – 29 Nov 2016"),
        (datetime(2016, 12, 30), datetime(2017, 1, 10), "day", "30 Dec 2016 – 9 Jan 2017"),
        (datetime(2016, 6, 1), datetime(2016, 9, 1), "month", "Jun – Aug 2016"),
    ],
)
def test_dates_are_written_at_their_grain(start: datetime, end: datetime, grain: str, expected: str) -> None:
    assert when_text(start, end, grain) == expected


def test_entity_lanes_draw_each_entitys_timeline_in_its_own_lane() -> None:
    spec = chart(entity_events()).to_dict()
    assert spec["usermeta"]["lanes"] == "entity"
    lanes = {(row["lane"], row["event"]) for row in event_rows(spec)}
    assert lanes == {
        ("Haftar", "Haftar first flew to Moscow in June 2016"),
        ("Haftar", "Haftar toured an arms factory at 3 p.m. on Monday"),
        ("Moscow", "Haftar first flew to Moscow in June 2016"),
        ("Moscow", "a delivery of Russian trainers is expected in 2017"),
    }
    shared = {tuple(row["entities"]) for row in event_rows(spec) if "Moscow in June" in row["event"]}
    assert shared == {("Haftar", "Moscow")}
    assert len(role(spec, "lane name")) == 1


def test_auto_lanes_are_per_entity_when_the_table_has_entities_and_other_lanes_list_each_event_once() -> None:
    assert lane_choice("auto", 1, True) == "entity"
    assert lane_choice("auto", DOCUMENT_LANES + 1, True) == "entity"
    assert lane_choice("auto", 2, False) == "doc"
    assert lane_choice("auto", DOCUMENT_LANES + 1, False) == "none"
    assert lane_choice("type", 2, True) == "type"
    by_doc = event_rows(chart(entity_events(), lanes="doc").to_dict())
    assert sorted(row["order"] for row in by_doc) == [1, 3, 4]
    with pytest.raises(ChartError, match="entity"):
        chart(english_events(), lanes="entity")


@pytest.mark.parametrize("width", [900, 1400, 2400])
def test_width_sizes_the_rows_and_the_time_panel_takes_what_is_left(width: int) -> None:
    spec = chart(seed_events(), width=width).to_dict()
    overview, detail = spec["vconcat"]
    panels = [panel["width"] for panel in detail["hconcat"]]
    assert sum(panels) + SPACING * (len(panels) - 1) == width == overview["width"]


def test_a_width_too_small_for_the_panels_keeps_a_readable_time_panel() -> None:
    spec = chart(seed_events(), width=300).to_dict()
    assert spec["vconcat"][1]["hconcat"][-1]["width"] == MIN_TIME_WIDTH


@pytest.mark.parametrize(
    "change",
    [
        {"published": pl.lit(None, dtype=pl.Datetime("us"))},
        {"title": pl.lit("The same title")},
    ],
    ids=["undated", "one-title"],
)
def test_the_subtitle_counts_documents_even_undated_or_sharing_a_title(change: dict[str, pl.Expr]) -> None:
    table = two_documents().with_columns(**change)
    subtitle = chart(table, ui_lang="en").to_dict()["title"]["subtitle"][0]
    assert "from 2 documents" in subtitle
