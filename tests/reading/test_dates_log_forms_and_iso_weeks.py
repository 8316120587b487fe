"""Days in logs' and headers' compact forms and ISO weeks (session 25, dat12): "04-Feb-25", "10/Mar/2025:13:55:36",
"20250311T135536Z", "week 10 of 2025", "epidemiological week 5, 2025"; a bare run of eight digits (an id) and a
week with no year are no dates. Texts of our own."""
import datetime as dt

import pytest

from reading.dates import find_dates

D = dt.date


def dated(text, published):
    return [(m.text, m.date.start, m.date.end) for m in find_dates(text, published) if m.date]


@pytest.mark.parametrize("text, phrase, start, end", [
    ("12-Jan-24 | Goma | shelling | 4", "12-Jan-24", D(2024, 1, 12), D(2024, 1, 12)),
    ("203.0.113.9 - - [15/Jan/2024:08:02:11 +0000] \"GET /report\"", "15/Jan/2024", D(2024, 1, 15), D(2024, 1, 15)),
    ("Export generated 20240116T071500Z by the cluster.", "20240116T071500Z", D(2024, 1, 16), D(2024, 1, 16)),
    ("Cholera cases rose in week 2 of 2024 in Kasai.", "week 2 of 2024", D(2024, 1, 8), D(2024, 1, 14)),
    ("In epidemiological week 52, 2023, 40 deaths were reported.", "week 52, 2023", D(2023, 12, 25), D(2023, 12, 31)),
])
def test_a_compact_day_or_an_iso_week(text, phrase, start, end):
    assert dated(text, D(2024, 1, 20)) == [(phrase, start, end)]


@pytest.mark.parametrize("text", [
    "Case file 20240116 was closed.",
    "Fighting went on for a week 2024 style.",
    "Cases fell in week 3.",
])
def test_an_id_or_a_week_without_its_year_is_no_date(text):
    assert dated(text, D(2024, 1, 20)) == []
