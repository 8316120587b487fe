"""What the app lists beside the map (conflict_map.view), checked without Streamlit."""
from __future__ import annotations

from types import SimpleNamespace

from conflict_map.view import problem_table
from reading.document import Problem


def test_the_problems_panel_lists_what_left_the_map_before_missing_urls():
    problems = [Problem("W115", "metadata", f"story{i}.txt", f"story{i}.txt", f"story{i}.txt: no url given in the manifest.")
                for i in range(8)]
    problems += [Problem("W201", "unplaced", "story3.txt", "Kiwanja", "Place 'Kiwanja' not placed: not in the gazetteer."),
                 Problem("W401", "undated", "story5.txt", "shelled", "Event 'shelled': no date; left undated."),
                 Problem("W122", "manifest", "dates.csv", "story6.txt", "dates.csv line 7: date written with slashes."),
                 Problem("E105", "unreadable", "blank.txt", "blank.txt", "blank.txt: empty file; skipped.")]
    table = problem_table(SimpleNamespace(problems=problems, unlocated=[]))
    assert list(table["code"][:4]) == ["E105", "W122", "W401", "W201"]
    assert set(table["code"][4:]) == {"W115"} and len(table) == 12  # nothing dropped, only ordered


def test_hundreds_of_problems_are_summed_up_by_kind_and_by_the_names_unplaced_in_most_articles():
    from conflict_map.view import problem_summary

    rows = [("W201", "unplaced", f"wire{i}.txt", "Kurmuk", "Place 'Kurmuk' not placed.") for i in range(9)]
    rows += [("W201", "unplaced", "wire1.txt", "Kurmuk", "Place 'Kurmuk' not placed.")]  # twice: one row, as listed
    rows += [("W201", "unplaced", f"wire{i}.txt", "Wolf Brigade", "Place 'Wolf Brigade' not placed.") for i in range(3)]
    rows += [("W201", "unplaced", "wire4.txt", "Pibor", "Place 'Pibor' not placed."),  # one article: not named
             ("W409", "unplaced", "wire5.txt", "a village", "Territory event: placed at the region."),
             ("W204", "unplaced", "wire6.txt", "the town", "Reference 'the town' not placed."),
             ("W204", "unplaced", "wire7.txt", "the town", "Reference 'the town' not placed."),
             ("W554", "zone", "wire6.txt", "Malakal", "No zone: history."),
             ("W122", "manifest", "dates.csv", "wire7.txt", "Date written with slashes.")]
    counts, names = problem_summary(rows, articles=[f"wire{i}.txt" for i in range(40)])
    assert counts == ("18 items (articles concerned: 9 of 40; other files: 1): manifest 1 (W122 1); unplaced 16 (W201 13, "
                      "W204 2, W409 1); zone 1 (W554 1)")
    assert names == "Not placed in most articles: 'Kurmuk' (9), 'Wolf Brigade' (3)"
    assert problem_summary([]) == []


def test_the_step_buttons_move_by_a_day_a_week_a_month_or_a_year_within_the_span():
    import datetime as dt

    from conflict_map.view import stepped

    span = (dt.date(1994, 4, 7), dt.date(2025, 3, 15))
    assert stepped(dt.date(2024, 1, 31), "month", True, span) == dt.date(2024, 2, 29)
    assert stepped(dt.date(2024, 2, 29), "year", True, span) == dt.date(2025, 2, 28)
    assert stepped(dt.date(2024, 1, 3), "month", False, span) == dt.date(2023, 12, 3)
    assert stepped(dt.date(2010, 6, 1), "week", False, span) == dt.date(2010, 5, 25)
    assert stepped(dt.date(2010, 6, 1), "day", True, span) == dt.date(2010, 6, 2)
    assert stepped(dt.date(2025, 1, 20), "year", True, span) == dt.date(2025, 3, 15)  # the span's end
    assert stepped(dt.date(1994, 5, 1), "month", False, span) == dt.date(1994, 4, 7)
    assert stepped(dt.date(9999, 12, 20), "month", True, (dt.date(9000, 1, 1), dt.date.max)) == dt.date.max


def test_a_manifest_of_hundreds_of_files_is_a_few_lines_of_what_was_added():
    from conflict_map.view import folded_done

    added = [f"Added report{i:03d}.txt, published 2025-03-{1 + i % 28:02d} (the manifest)" for i in range(415)]
    redated = [f"Re-dated old{i}.txt: published 2025-01-0{i + 1} (the manifest; was undated)" for i in range(2)]
    lines = folded_done(added + redated + ["Showing 2025-03-28, the added articles' newest publication date."])
    assert lines[:5] == added[:5] and lines[5:7] == redated
    assert lines[7:] == ["... and 410 more added", "Showing 2025-03-28, the added articles' newest publication date."]
    assert folded_done(added[:5]) == added[:5]


def test_duplicate_files_and_the_manifest_are_no_articles_concerned():
    """A folder of 500 files, 95 of them copies, said "articles concerned: 491 of 405"."""
    from conflict_map.view import problem_summary

    articles = [f"r{i:03d}.txt" for i in range(405)]
    rows = [("W104", "duplicate", f"r{i:03d}.txt", f"r{i:03d}.txt", "duplicate of an earlier file (same text); kept once.")
            for i in range(405, 500)]
    rows += [("W116", "metadata", "manifest.jsonl", "manifest.jsonl", "no url for any of its 405 articles")]
    rows += [("W201", "unplaced", f"r{i:03d}.txt", "Kurmuk", "Place 'Kurmuk' not placed: not in the gazetteer.")
             for i in range(405)]
    counts = problem_summary(rows, articles)[0]
    assert counts.startswith("501 items (articles concerned: 405 of 405; other files: 96): duplicate 95 (W104 95);"), counts
    assert problem_summary(rows)[0].startswith("501 items (articles concerned: 501): "), "(no list of articles: all counted)"


def test_seas_rivers_and_mountains_never_placed_on_purpose_are_not_the_names_to_look_at_first():
    """The names unplaced in most articles were 'Red Sea', 'Black Sea', 'Pacific', 'Danube': never placed by
    design (no event is pinned at sea), they hid the gazetteer's gaps."""
    from conflict_map.view import problem_summary
    from reading.geoparse import _LAND_REASON, WATER_REASON
    from reading.toponyms import RIVER_WITH_THE

    rows = []
    for name, reason in (("Caspian Sea", WATER_REASON), ("Andes", _LAND_REASON), ("Volta", RIVER_WITH_THE),
                         ("Tawila", "not in the gazetteer")):
        rows += [("W201", "unplaced", f"story{i}.txt", name, f"Place {name!r} not placed: {reason}.") for i in range(5)]
    rows += [("W201", "unplaced", f"story{i}.txt", "Sortony", "Place 'Sortony' not placed: not in the gazetteer.")
             for i in range(2)]
    assert problem_summary(rows)[1] == "Not placed in most articles: 'Tawila' (5), 'Sortony' (2)"
