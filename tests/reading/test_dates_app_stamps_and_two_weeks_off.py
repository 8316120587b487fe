"""Dates of social posts and apps, weeks two off, and names holding a month-like word (session 25, dat12): "3h ago",
"20 min ago", "4d ago", "2w ago", "7 hr. ago"; "the week before last", "the weekend after next"; "26 Mars" in a
square's name is no "26 Mar". Sentences of our own."""
import datetime as dt

import pytest

from reading.dates import find_dates

D = dt.date


def dated(text, published):
    return [(m.text, m.date.start, m.date.end, m.date.precision, m.future)
            for m in find_dates(text, published) if m.date]


@pytest.mark.parametrize("text, published, start, end, precision", [
    ("@DonetskLive · 3h ago: Shelling in Avdiivka again.", D(2024, 3, 20), D(2024, 3, 20), D(2024, 3, 20), "day"),
    ("Edited 20 min ago", D(2024, 3, 20), D(2024, 3, 20), D(2024, 3, 20), "day"),
    ("Comment · 7 hr. ago: the bridge is closed", D(2023, 8, 2), D(2023, 8, 2), D(2023, 8, 2), "day"),
    ("Reply · posted 4d ago: any news from Rafah?", D(2024, 5, 9), D(2024, 5, 5), D(2024, 5, 5), "day"),
    ("Pinned · 2w ago: checkpoint map of Idlib", D(2024, 3, 20), D(2024, 3, 3), D(2024, 3, 9), "week"),
    ("Story · 5 mo ago: floods in Maiduguri", D(2024, 3, 20), D(2023, 10, 1), D(2023, 10, 31), "month"),
])
def test_an_apps_compact_stamp_counts_back_from_publication(text, published, start, end, precision):
    assert [d[1:4] for d in dated(text, published)] == [(start, end, precision)]


def test_a_compact_unit_needs_its_number_alone():
    assert dated("The B-2 ago", D(2024, 3, 20)) == []  # (no count: "B-2" is a name)
    assert dated("a 1.5h ago", D(2024, 3, 20)) == []


@pytest.mark.parametrize("text, published, start, end, future", [
    ("The weekend before last was calm in Bunia.", D(2025, 10, 8), D(2025, 9, 27), D(2025, 9, 28), False),
    ("Shelling eased after a quieter week before last.", D(2025, 10, 8), D(2025, 9, 22), D(2025, 9, 28), False),
    ("Envoys meet in Doha the week after next.", D(2024, 2, 14), D(2024, 2, 26), D(2024, 3, 3), True),
    ("The vote is now due the weekend after next.", D(2024, 2, 14), D(2024, 2, 24), D(2024, 2, 25), True),
])
def test_a_week_or_weekend_two_off(text, published, start, end, future):
    assert [d[1:3] + d[4:] for d in dated(text, published)] == [(start, end, future)]


def test_before_last_of_another_unit_is_not_two_weeks_back():
    assert dated("in the week before last year's vote", D(2025, 10, 8))[0][0] == "last year"
    assert dated("the week before last month's vote", D(2025, 10, 8))[0][0] == "last month"


def test_a_month_abbreviation_must_end_its_word():
    assert dated("The Place du 26 Mars was sealed off by police.", D(2025, 7, 16)) == []
    assert dated("Rally at 4 Marsh Lane", D(2025, 7, 16)) == []
    assert [d[:2] for d in dated("Raids on 26 Mar. 2025 and on 4 Sept 2024.", D(2025, 7, 16))] == [
        ("on 26 Mar. 2025", D(2025, 3, 26)), ("on 4 Sept 2024", D(2024, 9, 4))]
