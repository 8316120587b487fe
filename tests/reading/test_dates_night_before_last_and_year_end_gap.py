""""The night before last" and "between Christmas and New Year" (session 26, dat13): the first is the day before
yesterday (its night, as "last night" is yesterday), not a day shift from a date told before; the second the days
between the feasts, 26 to 31 December: this year's told in November or December or as a plan, else the last one.
Sentences of our own."""
import datetime as dt

from reading.dates import find_dates

D = dt.date


def dated(text, published):
    return [(m.text, m.date.start, m.date.end, m.future) for m in find_dates(text, published) if m.date]


def test_the_night_before_last():
    assert dated("The night before last, gunmen raided a cattle camp near Pibor.", D(2025, 8, 14)) == [
        ("The night before last", D(2025, 8, 12), D(2025, 8, 12), False)]


def test_between_christmas_and_new_year():
    assert dated("The rebels agreed to a pause between Christmas and New Year.", D(2025, 12, 10)) == [
        ("between Christmas and New Year", D(2025, 12, 26), D(2025, 12, 31), True)]
    assert dated("Fighting eased between Christmas and New Year, monitors said.", D(2026, 2, 3)) == [
        ("between Christmas and New Year", D(2025, 12, 26), D(2025, 12, 31), False)]
    assert dated("Talks will resume between Christmas and New Year's Day.", D(2026, 3, 1)) == [
        ("between Christmas and New Year's Day", D(2026, 12, 26), D(2026, 12, 31), True)]
