"""A day counted from a start its sentence dates (session 25, dat12): "On day 200 of the blockade, which began on
1 March 2024" is 16 September 2024 (day 1 is the start); "three weeks into the offensive launched on 6 August" the
27th; "Two days into the truce that took effect on Friday" the Sunday after; "By day four of the talks, which opened in
Geneva on 2 June" the 5th. A count whose start is not dated in its sentence stays undated. Sentences of our own."""
import datetime as dt

import pytest

from reading.dates import find_dates

D = dt.date


def dated(text, published):
    return [(m.text, m.date.start) for m in find_dates(text, published) if m.date and m.date.precision == "day"]


@pytest.mark.parametrize("text, published, phrase, day", [
    ("On day 200 of the blockade of Kadugli, which began on 1 March 2024, the WFP airdropped food.",
     D(2024, 9, 20), "On day 200 of the blockade", D(2024, 9, 16)),
    ("Three weeks into the offensive launched on 6 August, Ukrainian troops held 90 villages in Kursk.",
     D(2024, 8, 30), "Three weeks into the offensive", D(2024, 8, 27)),
    ("Two days into the truce that took effect on Friday, shelling resumed near Khiam.",
     D(2024, 12, 2), "Two days into the truce", D(2024, 12, 1)),
    ("By day four of the talks, which opened in Geneva on 2 June, no deal was in sight.",
     D(2024, 6, 8), "By day four of the talks", D(2024, 6, 5)),
    ("On the 30th day of the general strike, begun on 3 May, shops in Bamako stayed shut.",
     D(2024, 6, 10), "On the 30th day of the general strike", D(2024, 6, 1)),
    ("36 hours into the ceasefire, which took effect on 10 May, a drone hit a bus.",
     D(2025, 5, 14), "36 hours into the ceasefire", D(2025, 5, 11)),
])
def test_a_day_counted_from_a_start_told_in_its_sentence(text, published, phrase, day):
    assert dated(text, published)[0] == (phrase, day)


@pytest.mark.parametrize("text", [
    "On the 100th day of the war, shelling hit Kharkiv.",
    "Ten days into January, the town fell.",
    "Two days into the truce, fighting resumed. It had begun on Friday.",
])
def test_a_count_without_its_start_in_its_sentence_stays_undated(text):
    assert [m for m in find_dates(text, D(2024, 6, 8)) if m.date and ("into" in m.text or "day of" in m.text)] == []
