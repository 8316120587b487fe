"""A month after "until" and a state told in the present (session 26, dat13): "officials expect the order to stay in
force until the end of May", "the ban is in place until July", "the road has been closed until June", told in April, are the coming May and July (a plan), not last
year's; a state told in the past ("Schools were closed until February") keeps the month gone. Sentences of our own."""
import datetime as dt

import pytest

from reading.dates import find_dates

D = dt.date


def dated(text, published):
    return [(m.date.start, m.date.end, m.future) for m in find_dates(text, published) if m.date]


@pytest.mark.parametrize("text, start, end, future", [
    ("Officials expect the order to stay in force until the end of May.", D(2025, 5, 21), D(2025, 5, 31), True),
    ("The ban on fishing is in place until July, the ministry said.", D(2025, 7, 1), D(2025, 7, 31), True),
    ("The road has been closed until June, the army said.", D(2025, 6, 1), D(2025, 6, 30), True),
    ("Schools were closed until February, the ministry said.", D(2025, 2, 1), D(2025, 2, 28), False),
])
def test_until_a_month_after_a_state(text, start, end, future):
    assert dated(text, D(2025, 4, 10)) == [(start, end, future)]
