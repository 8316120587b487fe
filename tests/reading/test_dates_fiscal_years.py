"""A fiscal year is the country's (reading/fiscal_years.py): "FY2024" in a Pentagon story runs October 2023 to
September 2024, "FY 2024-25" in an Indian one April 2024 to March 2025, "the 2025-26 fiscal year" in Pakistan July
to June; with no such country named, its plain years. A season or school year told "2024/25" is both years, as
"2024-25" is."""
from __future__ import annotations

import datetime as dt

from reading.dates import find_dates

D = dt.date


def _read(text, published):
    return [(m.text, m.date.start, m.date.end, m.date.precision) for m in find_dates(text, published)
            if m.date is not None]


def test_a_fiscal_year_is_the_named_countrys():
    assert _read("The Pentagon said FY2025 funds for the shells were spent.", D(2025, 3, 1)) == [
        ("FY2025", D(2024, 10, 1), D(2025, 9, 30), "year")]
    assert _read("Islamabad raised defence spending in the 2025-26 fiscal year.", D(2025, 6, 11)) == [
        ("in the 2025-26 fiscal year", D(2025, 7, 1), D(2026, 6, 30), "year")]
    assert _read("Indian arms exports rose in FY24.", D(2025, 3, 1)) == [
        ("in FY24", D(2023, 4, 1), D(2024, 3, 31), "year")]
    assert _read("Japan's defence budget for fiscal 2025 is a record.", D(2025, 3, 1))[0][1:3] == (
        D(2025, 4, 1), D(2026, 3, 31))  # (Japan names its fiscal year by the year it starts in)


def test_a_part_of_a_fiscal_year_and_a_label_with_no_country():
    assert _read("Congress approved less in the first quarter of fiscal 2026.", D(2026, 2, 17)) == [
        ("the first quarter of fiscal 2026", D(2025, 10, 1), D(2025, 12, 31), "month")]
    assert _read("The company's FY2024 sales rose.", D(2025, 3, 1)) == [("FY2024", D(2024, 1, 1), D(2024, 12, 31),
                                                                          "year")]


def test_a_season_told_with_a_slash_is_both_years():
    assert _read("Kharkiv's club played abroad in the 2023/24 season.", D(2024, 9, 3)) == [
        ("in the 2023/24", D(2023, 1, 1), D(2024, 12, 31), "year")]
