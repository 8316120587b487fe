"""A story datelined where the clock runs ahead of UTC tells its local day: a past weekday one after its UTC
publication day is that day ("TOKYO - ... on Friday morning", filed late on Thursday UTC), not six days back."""
from __future__ import annotations

import datetime as dt

import pytest

from reading.dates import find_dates

D = dt.date


def _days(text, published):
    return [(m.text, m.date.start, m.future) for m in find_dates(text, published) if m.date is not None]


@pytest.mark.parametrize("text, published, day", [
    ("JAKARTA (AP) — A bomb exploded outside a police post in Sulawesi before dawn on Saturday, police said.",
     D(2024, 8, 2), D(2024, 8, 3)),
    ("NEW DELHI, India — Troops exchanged fire along the Line of Control early on Monday.", D(2025, 2, 9),
     D(2025, 2, 10)),
    ("Missile test\nPYONGYANG — State media said the launch on Sunday was a success.", D(2026, 3, 7), D(2026, 3, 8)),
])
def test_a_weekday_after_the_utc_day_is_the_local_day_under_an_eastern_dateline(text, published, day):
    (found,) = _days(text, published)
    assert found[1:] == (day, False)


def test_other_weekdays_and_western_datelines_are_read_as_before():
    text = "BANGKOK (Reuters) - Thai jets struck positions on Tuesday after clashes on Saturday."
    assert [d for _, d, _ in _days(text, D(2025, 7, 23))] == [D(2025, 7, 22), D(2025, 7, 19)]
    text = "BOGOTA (Reuters) - Rebels attacked a base early on Thursday."
    assert _days(text, D(2025, 7, 23))[0][1] == D(2025, 7, 17)
    text = "Rebels attacked a base in Mindanao early on Thursday."  # no dateline
    assert _days(text, D(2025, 7, 23))[0][1] == D(2025, 7, 17)


def test_a_weekday_told_with_its_day_number_keeps_that_day():
    text = "YANGON — Jets bombed a monastery on Thursday the 4th, killing 23."
    assert _days(text, D(2025, 9, 10))[0][1] == D(2025, 9, 4)


def test_an_early_weekday_in_the_lede_is_the_local_day():
    text = "TOKYO (AP) — A magnitude 6.8 earthquake shook northern Japan early Saturday, the weather agency said."
    assert _days(text, D(2026, 3, 13))[0][1] == D(2026, 3, 14)


def test_copy_filed_in_local_daytime_tells_six_days_back_after_its_lede():
    """AP style names the days of the past week by their weekday: after a lede that tells the UTC day ("said
    Tuesday"), the next day's weekday is last week's; so is one told only further down the story."""
    text = ("HANOI, Vietnam (AP) — Vietnamese officials said Tuesday that floods had killed 41 people. The heaviest "
            "rain fell Wednesday in Quang Ngai province.")
    assert [d for _, d, _ in _days(text, D(2026, 10, 20))] == [D(2026, 10, 20), D(2026, 10, 14)]
    text = ("COLOMBO, Sri Lanka — A court sentenced a former navy commander to 20 years in prison on 2 March. The "
            "attorney general's office said on Friday that it would appeal.")
    assert _days(text, D(2026, 3, 12))[1][1] == D(2026, 3, 6)


def test_once_the_lede_tells_the_local_day_the_story_keeps_it():
    text = ("MANILA, Philippines — Soldiers clashed with rebels in Sulu before dawn on Sunday, the army said. Two "
            "more soldiers died of their wounds later on Sunday.")
    assert [d for _, d, _ in _days(text, D(2026, 5, 9))] == [D(2026, 5, 10), D(2026, 5, 10)]
