"""Days with Roman-numeral months, months written "MM/YYYY", and weeks written short (session 26, dat13):
"14.VI.2024" and "2. XI. 2023" (Polish, Russian and Balkan copy) are those days; "issued 09/2023", "until 12/2025",
"from 02/2022 to 06/2022" are those months (a span of them from the first to the second); "2024-W07" is that ISO week
and German "KW 9" the ninth ISO week of publication's year ("KW 9/2023" of that year). A law's or a resolution's
number ("Law 12/2023", "Resolution 5/2024") is no month. Sentences of our own."""
import datetime as dt

import pytest

from reading.dates import find_dates

D = dt.date


def dated(text, published):
    return [(m.date.start, m.date.end, m.date.precision) for m in find_dates(text, published) if m.date]


@pytest.mark.parametrize("text, published, start, end, precision", [
    ("The unit's log, entry of 14.VI.2024, records two drones shot down.", D(2024, 7, 1), D(2024, 6, 14),
     D(2024, 6, 14), "day"),
    ("A border guard note dated 2. XI. 2023 names the same crossing.", D(2023, 11, 20), D(2023, 11, 2),
     D(2023, 11, 2), "day"),
    ("Residence cards issued 09/2023 were withdrawn.", D(2024, 2, 1), D(2023, 9, 1), D(2023, 9, 30), "month"),
    ("The cards stay valid until 12/2025, the ministry said.", D(2025, 3, 1), D(2025, 12, 1), D(2025, 12, 31),
     "month"),
    ("Cards from 02/2022 to 06/2022 must be renewed.", D(2024, 3, 1), D(2022, 2, 1), D(2022, 6, 30), "year"),
    ("Cases rose in 2024-W07, the health bulletin shows.", D(2024, 3, 1), D(2024, 2, 12), D(2024, 2, 18), "week"),
    ("Die Transfers beginnen in KW 9, said the Land's office.", D(2025, 2, 10), D(2025, 2, 24), D(2025, 3, 2),
     "week"),
    ("Figures for KW 9/2023 were revised.", D(2025, 2, 10), D(2023, 2, 27), D(2023, 3, 5), "week"),
])
def test_a_roman_month_a_month_slash_year_or_a_short_week(text, published, start, end, precision):
    assert dated(text, published) == [(start, end, precision)]


@pytest.mark.parametrize("text", [
    "Law 12/2023 on the status of veterans was amended.",
    "Security Council Resolution 5/2024 was adopted unanimously.",
    "See page 3/2024 of the gazette.",
])
def test_a_number_with_a_slash_and_a_year_is_no_month(text):
    assert [d for d in dated(text, D(2025, 1, 10)) if d[2] == "month"] == []
