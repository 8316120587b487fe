"""The old commercial and legal style of a day of this month, the last or the next: "the 4th inst.", "the 28th ult.",
"the 3rd prox." (court reports, letters quoted in inquests)."""
from __future__ import annotations

import datetime as dt

from reading.dates import find_dates

D = dt.date


def _days(text, published):
    return [(m.text, m.date.start) for m in find_dates(text, published) if m.date is not None]


def test_inst_ult_and_prox_name_this_last_and_next_month():
    text = "The court read the letter of the 2nd inst. and the reply of the 30th ult.; it sits again on the 5th prox."
    assert _days(text, D(2024, 11, 12)) == [("of the 2nd inst.", D(2024, 11, 2)), ("of the 30th ult.", D(2024, 10, 30)),
                                            ("on the 5th prox.", D(2024, 12, 5))]
