""""The end of next week", "at the end of last month" are their ends as "by the end of the week" is (Friday to
Sunday, the 21st on, September on), not their second halves (session 25, dat12). Sentences of our own."""
import datetime as dt

import pytest

from reading.dates import find_dates

D = dt.date


def dated(text, published):
    return [(m.date.start, m.date.end, m.date.precision) for m in find_dates(text, published) if m.date]


@pytest.mark.parametrize("text, published, start, end, precision", [
    ("Kenya wants the police mission in place by the end of next week.", D(2024, 6, 12),
     D(2024, 6, 21), D(2024, 6, 23), "week"),
    ("The bridge at Chasiv Yar fell at the end of last week.", D(2024, 4, 10), D(2024, 4, 5), D(2024, 4, 7), "week"),
    ("Talks should resume by the end of next month.", D(2024, 6, 12), D(2024, 7, 21), D(2024, 7, 31), "month"),
    ("Fighting flared at the end of last month near Tal Abyad.", D(2024, 3, 5), D(2024, 2, 21), D(2024, 2, 29),
     "month"),
    ("Elections are planned for the end of next year.", D(2024, 6, 12), D(2025, 9, 1), D(2025, 12, 31), "year"),
])
def test_the_end_of_a_next_or_last_unit_is_its_end(text, published, start, end, precision):
    assert dated(text, published) == [(start, end, precision)]


def test_late_next_week_keeps_its_second_half():
    assert dated("A vote is due late next week.", D(2024, 6, 12)) == [(D(2024, 6, 20), D(2024, 6, 23), "week")]
