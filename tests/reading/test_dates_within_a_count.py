"""A deadline told by a count from now ("will report within eight weeks", "vowed to respond within 48 hours") runs
from publication to the count's end, a plan; the same words of an act told in the past count from the act, which
they do not date ("Police arrested him within 48 hours": no date), nor do "within days", "within weeks"."""
from __future__ import annotations

import datetime as dt

from reading.dates import find_dates

D = dt.date


def _read(text, published=D(2026, 4, 10)):
    return [(m.text, m.date.start, m.date.end, m.date.precision, m.future) for m in find_dates(text, published)
            if m.date is not None]


def test_a_deadline_by_a_count_runs_from_publication():
    assert _read("The junta ordered the French ambassador to leave within 72 hours.") == [
        ("within 72 hours", D(2026, 4, 10), D(2026, 4, 13), "week", True)]
    assert _read("The commission will publish its findings within six weeks.") == [
        ("within six weeks", D(2026, 4, 10), D(2026, 5, 22), "month", True)]


def test_a_count_after_an_act_told_in_the_past_is_no_date():
    assert _read("Troops were able to retake the bridge within 48 hours.") == []
    assert _read("The town fell within three days. Aid will arrive within days.") == []
