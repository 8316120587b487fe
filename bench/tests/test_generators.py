"""The benchmarks' generators: deterministic, realistic, and their gold offsets true (no timing here)."""
from __future__ import annotations

import sys
from pathlib import Path

import pytest

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

import articles  # noqa: E402
from _common import EVENT_TYPES, print_table, synthetic_events  # noqa: E402


def test_synthetic_events_have_the_events_frame_columns_in_order():
    from layers.events import EVENT_COLUMNS

    assert tuple(synthetic_events(20).columns) == EVENT_COLUMNS


def test_synthetic_events_are_the_same_for_the_same_seed():
    a, b = synthetic_events(50, seed=3), synthetic_events(50, seed=3)
    assert a.drop(columns="geometry").equals(b.drop(columns="geometry"))


def test_synthetic_events_differ_between_seeds():
    assert list(synthetic_events(50, seed=1)["quote"]) != list(synthetic_events(50, seed=2)["quote"])


def test_synthetic_events_sit_in_libya_and_use_acled_types():
    f = synthetic_events(300)
    assert f["latitude"].between(19, 34).all() and f["longitude"].between(9, 26).all()
    assert set(f["event_type"]) <= set(EVENT_TYPES)


def test_synthetic_quotes_are_unique():
    f = synthetic_events(500)
    assert f["quote"].is_unique


def test_synthetic_events_are_sorted_by_date_then_id():
    f = synthetic_events(200)
    keys = list(zip(f["event_date"], f["event_id"]))
    assert keys == sorted(keys)


def test_synthetic_events_reject_a_negative_size():
    with pytest.raises(ValueError, match="n must"):
        synthetic_events(-1)


def test_synthetic_events_render_in_the_timeline_export():
    from layers.html import timeline_html
    from _common import empty_zones

    html = timeline_html(synthetic_events(30), empty_zones())
    assert "ConflictMap" in html and "<html" in html.lower()


def test_articles_gold_spans_point_at_their_surface():
    for a in articles.generate(40):
        for g in a.gold:
            assert a.text[g.start:g.end] == g.surface


def test_articles_are_deterministic():
    assert [a.text for a in articles.generate(15)] == [a.text for a in articles.generate(15)]


def test_articles_cover_several_countries_and_spelling_variants():
    arts = articles.generate(300)
    assert len({a.country for a in arts}) >= 6
    assert any(g.variant for a in arts for g in a.gold)


def test_articles_reject_a_bad_count():
    with pytest.raises(ValueError, match="n must"):
        articles.generate(-5)


def test_plain_folium_baseline_has_one_marker_per_event():
    from map_render import plain_folium_html

    html = plain_folium_html(synthetic_events(25))
    assert html.count("L.circleMarker(") == 25


def test_print_table_aligns_columns(capsys):
    print_table([{"a": 1, "b": "long value"}, {"a": 22.5, "b": None}], ["a", "b"])
    lines = capsys.readouterr().out.splitlines()
    assert lines[0].index("b") == lines[2].index("long value")
    assert lines[3].split() == ["22.5"]


def test_synthetic_events_draw_a_marker_each_unless_grouped_as_a_build_would():
    plain, grouped = synthetic_events(3000, seed=5), synthetic_events(3000, seed=5, happenings=True)
    assert plain["happening"].tolist() == plain["event_id"].tolist()
    assert 0 < len(grouped) - grouped["happening"].nunique() < len(grouped) // 10
