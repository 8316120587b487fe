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
