"""Parts of months and years told in words (session 25, dat12): "in the middle of last month" its days 11-20, "Early
in 2023" as "early 2023", "late in March" as "late March", "the latter half of 2024" its second half, "from mid-year"
this year's May to August (not "a mid-year review"), and "the first five months of the year" under a header's day of
the same year. Sentences of our own."""
import datetime as dt

import pytest

from reading.dates import find_dates

D = dt.date


def dated(text, published):
    return [(m.text, m.date.start, m.date.end) for m in find_dates(text, published) if m.date]


@pytest.mark.parametrize("text, published, start, end", [
    ("In the middle of last month, villagers fled Baidoa.", D(2024, 5, 20), D(2024, 4, 11), D(2024, 4, 20)),
    ("Raids resumed in the middle of next month, officials expect.", D(2024, 5, 20), D(2024, 6, 11), D(2024, 6, 20)),
    ("Early in 2023 the militia took Kidal's outskirts.", D(2024, 5, 20), D(2023, 1, 1), D(2023, 4, 30)),
    ("The bridge was destroyed late in March.", D(2024, 5, 20), D(2024, 3, 21), D(2024, 3, 31)),
    ("Drone attacks doubled in the latter half of 2023.", D(2024, 5, 20), D(2023, 7, 1), D(2023, 12, 31)),
    ("Food prices have climbed steadily from mid-year.", D(2024, 11, 20), D(2024, 5, 1), D(2024, 8, 31)),
])
def test_a_part_told_in_words(text, published, start, end):
    assert dated(text, published)[-1][1:] == (start, end)


def test_a_mid_year_modifier_is_no_date():
    assert dated("The council published a mid-year review.", D(2024, 11, 20)) == []


def test_a_part_of_the_year_under_a_days_header_of_that_year():
    text = "Released 12 June 2024\nAttacks on clinics rose in the first five months of the year, the WHO said."
    assert dated(text, D(2024, 6, 12))[-1] == ("the first five months of the year", D(2024, 1, 1), D(2024, 5, 31))
    told = "In 2014, attacks on clinics rose in the first five months of the year."
    assert [d[0] for d in dated(told, D(2024, 6, 12))] == ["In 2014"]
