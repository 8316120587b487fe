"""Times counted from publication with "time" (session 26, dat13), and business shorthand for quarters: "in four
days' time" is that day ahead, "in a fortnight's time" and "in three weeks' time" the seven days around that far
ahead, "in two months' time" that month, "This time last year" the seven days around the day a year back; "Q2-Q4
2024" the months from the first quarter's first to the last's last, "4Q24" and "2Q 2023" those quarters, "1H25" the
first half of 2025. "a long time", "4H2" are no dates. Sentences of our own."""
import datetime as dt

import pytest

from reading.dates import find_dates

D = dt.date


def dated(text, published):
    return [(m.date.start, m.date.end, m.date.precision, m.future) for m in find_dates(text, published) if m.date]


@pytest.mark.parametrize("text, start, end, precision, future", [
    ("The barge reaches Malakal in four days' time, the UN said.", D(2025, 3, 14), D(2025, 3, 14), "day", True),
    ("Voters return to the polls in a fortnight's time.", D(2025, 3, 21), D(2025, 3, 27), "week", True),
    ("The envoy is back in Kinshasa in three weeks’ time.", D(2025, 3, 28), D(2025, 4, 3), "week", True),
    ("Elections could be held in two months' time.", D(2025, 5, 1), D(2025, 5, 31), "month", True),
    ("This time last year the camp at Zamzam was still open.", D(2024, 3, 7), D(2024, 3, 13), "week", False),
    ("Output in Q2-Q4 2024 was flat, the company said.", D(2024, 4, 1), D(2024, 12, 31), "year", False),
    ("Its 4Q24 results showed a loss.", D(2024, 10, 1), D(2024, 12, 31), "month", False),
    ("Exports in 2Q 2023 rose.", D(2023, 4, 1), D(2023, 6, 30), "month", False),
    ("The 1H25 figures are due.", D(2025, 1, 1), D(2025, 6, 30), "year", False),
])
def test_a_time_counted_with_time_or_a_quarter_written_short(text, start, end, precision, future):
    assert dated(text, D(2025, 3, 10)) == [(start, end, precision, future)]


def test_no_date_in_a_long_time_or_a_code():
    assert dated("It took a long time. The 4H2 valve failed.", D(2025, 3, 10)) == []
