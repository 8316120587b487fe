"""Small readings: "every June" is a habit (no date), as "every Friday" is; "the first three weeks of August" its
first 21 days; a plan told for publication's own weekday ("will meet later Monday", told on Monday) is a plan; and
"due to end Sunday" tells a plan, "had been due to end in June" does not."""
from __future__ import annotations

import datetime as dt

from reading.dates import find_dates

D = dt.date


def _read(text, published):
    return [(m.text, m.date.start, m.date.end, m.future) for m in find_dates(text, published) if m.date is not None]


def test_every_month_is_a_habit():
    assert _read("Herders cross the border every June, and each March they return.", D(2026, 5, 4)) == []


def test_the_first_weeks_of_a_month_by_their_count():
    assert _read("The last two weeks of April saw 60 air strikes on Idlib.", D(2026, 5, 4)) == [
        ("The last two weeks of April", D(2026, 4, 17), D(2026, 4, 30), False)]


def test_a_plan_for_publications_own_weekday_is_a_plan():
    assert _read("The envoy will meet the junta's leader in Niamey later Tuesday.", D(2026, 5, 5)) == [
        ("later Tuesday", D(2026, 5, 5), D(2026, 5, 5), True)]


def test_due_to_end_is_a_plan_unless_it_had_been():
    assert _read("The curfew, imposed after the riots, is due to end Sunday.", D(2026, 5, 5))[0][1:] == (
        D(2026, 5, 10), D(2026, 5, 10), True)
    assert _read("Before the war, the season had been due to end in June.", D(2026, 9, 5))[0][1:] == (
        D(2026, 6, 1), D(2026, 6, 30), False)


def test_a_state_declared_until_a_weekday_runs_to_the_coming_one():
    assert _read("Schools in Bukavu were closed until Thursday, the governor said.", D(2026, 5, 5))[0][1:] == (
        D(2026, 5, 7), D(2026, 5, 7), True)
    assert _read("Clashes went on until Thursday.", D(2026, 5, 5))[0][1:] == (D(2026, 4, 30), D(2026, 4, 30), False)
