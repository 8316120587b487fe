"""Military date-time groups ("071430Z DEC 25": the 7th at 14:30 UTC, December 2025) are days, not "DEC 25" read as
Christmas; two groups bound a span, one night's two days at day precision ("from 062300Z to 070200Z DEC 25")."""
from __future__ import annotations

import datetime as dt

from reading.dates import find_dates

D = dt.date


def _read(text, published):
    return [(m.text, m.date.start, m.date.end, m.date.precision, m.future) for m in find_dates(text, published)
            if m.date is not None]


def test_a_date_time_group_is_its_day():
    assert _read("INTSUM 31 AS OF 141200Z MAR 26: two IEDs found on MSR Tampa.", D(2026, 3, 14)) == [
        ("141200Z MAR 26", D(2026, 3, 14), D(2026, 3, 14), "day", False)]


def test_a_group_after_publication_is_a_plan():
    assert _read("3 PARA will hand over the checkpoint NLT 170600Z MAR 26.", D(2026, 3, 14))[0][1:] == (
        D(2026, 3, 17), D(2026, 3, 17), "day", True)


def test_two_groups_bound_a_span_and_a_night_is_one_days_precision():
    found = _read("Mortar fire was reported from 132100Z to 140330Z MAR 26 near the ford.", D(2026, 3, 14))
    assert found == [("from 132100Z to 140330Z MAR 26", D(2026, 3, 13), D(2026, 3, 14), "day", False)]
    found = _read("Patrols ran from 100800Z to 121700Z MAR 26.", D(2026, 3, 14))
    assert found[0][1:4] == (D(2026, 3, 10), D(2026, 3, 12), "week")


def test_a_month_and_day_in_capitals_stay_a_day():
    assert _read("The convoy left on DEC 22 and returned on DEC 25.", D(2026, 1, 5))[1][1] == D(2025, 12, 25)
