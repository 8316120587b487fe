"""A year with no preposition is a date when it opens its sentence as its subject ("2024 was the deadliest year")
or follows "all of"; counts and amounts stay no date."""
from __future__ import annotations

import datetime as dt

import pytest

from reading.dates import find_dates
from tests.reading.dated import only_date

D = dt.date


@pytest.mark.parametrize("text, year", [
    ("Aid fell sharply. 2023 was the worst year for convoys in Darfur.", 2023),
    ("2022 saw the most kidnappings on record in Zamfara.", 2022),
    ("The agency has now logged more attacks than in all of 2021.", 2021),
])
def test_a_year_as_a_subject_or_after_all_of_is_that_year(text, year):
    m = only_date(text, D(2025, 7, 1))
    assert (m.date.start, m.date.end) == (D(year, 1, 1), D(year, 12, 31))


@pytest.mark.parametrize("text", ["A budget of 2000 was agreed.", "Troops fired 2000 rounds.",
                                  "Some 2000 were displaced near Goma."])
def test_counts_stay_no_year(text):
    assert [m for m in find_dates(text, D(2025, 7, 1)) if m.date is not None] == []
