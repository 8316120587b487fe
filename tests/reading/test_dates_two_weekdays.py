"""Two weekdays joined by "and" are one date from the first to the second ("raided on Monday and Thursday": the
days Monday to Thursday, at week precision, as "on 3 and 6 May" is); two in a row stay both days at day precision.
"on Monday and again on Thursday" is the same one date, and one event over both days whose toll stays whole (two
events would double it; the event on Monday alone lost Thursday)."""
from __future__ import annotations

import datetime as dt

from reading.dates import find_dates

D = dt.date


def _dated(text, published):
    return [m for m in find_dates(text, published) if m.date is not None]


def test_two_weekdays_apart_are_the_days_between_them():
    (m,) = _dated("Jihadists raided the market in Djibo on Monday and Thursday.", D(2024, 5, 10))
    assert (m.date.start, m.date.end, m.date.precision) == (D(2024, 5, 6), D(2024, 5, 9), "week")
    assert m.text == "on Monday and Thursday"


def test_two_weekdays_in_a_row_stay_day_precise():
    (m,) = _dated("Students marched in Dhaka on Saturday and Sunday.", D(2024, 5, 13))
    assert (m.date.start, m.date.end, m.date.precision) == (D(2024, 5, 11), D(2024, 5, 12), "day")


def test_weekdays_told_apart_stay_apart():
    found = _dated("Shelling hit Sumy on Tuesday. On Friday, a drone struck a bus.", D(2024, 5, 11))
    assert [(m.text, m.date.start) for m in found] == [("on Tuesday", D(2024, 5, 7)), ("On Friday", D(2024, 5, 10))]


def test_a_day_and_again_another_is_one_date_as_and_is():
    (m,) = _dated("Al-Shabaab shelled Beledweyne on Sunday and again on Wednesday.", D(2024, 5, 10))
    assert (m.date.start, m.date.end, m.date.precision) == (D(2024, 5, 5), D(2024, 5, 8), "week")
    (m,) = _dated("Rebels attacked Kiwanja on 2 March, and again on 6 March.", D(2024, 5, 10))
    assert (m.date.start, m.date.end) == (D(2024, 3, 2), D(2024, 3, 6))
    far = _dated("Rebels attacked Kiwanja on 2 March and again on 26 March.", D(2024, 5, 10))
    assert [m.text for m in far] == ["on 2 March", "on 26 March"]  # weeks apart: two dates


def test_one_event_over_both_days_however_told(nlp):
    from reading.corpus import read_text

    spans = set()
    for told in ("on Monday and Thursday", "on Monday and again on Thursday", "on 6 and 9 May"):
        doc = nlp(read_text(f"Gunmen raided the market in Djibo {told}, killing 12 people.", doc_id="t",
                            published=D(2024, 5, 10)))
        (event,) = doc.events
        spans.add((event.date.start, event.date.end, event.date.precision))
    assert spans == {(D(2024, 5, 6), D(2024, 5, 9), "week")}
