"""A weekday told with its day's number and no month (session 26, dat13): a table's or a log's rows under a month
or week heading ("Tue 4 | Kupiansk", "Fri 7", "Monday 10: road reopened"), and "On Wednesday 12th", are the day of
that number, in publication's month, the month before or the one after, that falls on that weekday (nearest
publication; a day ahead is a plan). Not a count ("On Sunday 14 people were hurt", "In the week to Friday, 31
incidents"), a score, a time ("Thu 21:30") or a day with its month ("Tue 2 Dec"). Sentences of our own."""
import datetime as dt

from reading.dates import find_dates

D = dt.date


def dated(text, published):
    return [(m.text, m.date.start, m.date.end) for m in find_dates(text, published) if m.date]


def test_a_table_of_short_weekdays_under_a_month_heading():
    text = ("Shelling of Kharkiv oblast, March 2026\nDay | Place | Killed\nTue 3 | Kupiansk | 2\n"
            "Fri 6 | Balakliia | 0\nSun 8 | Izium | 1\n")
    assert dated(text, D(2026, 3, 10))[1:] == [("Tue 3", D(2026, 3, 3), D(2026, 3, 3)),
                                              ("Fri 6", D(2026, 3, 6), D(2026, 3, 6)),
                                              ("Sun 8", D(2026, 3, 8), D(2026, 3, 8))]


def test_a_log_of_whole_weekdays_with_numbers_and_a_day_ahead():
    text = "Access log\nMonday 9: airport road shut\nThursday 12: convoy reached Sake\nNext review: Monday 16."
    got = [(m.text, m.date.start, m.future) for m in find_dates(text, D(2026, 3, 13)) if m.date]
    assert got == [("Monday 9", D(2026, 3, 9), False), ("Thursday 12", D(2026, 3, 12), False),
                   ("Monday 16", D(2026, 3, 16), True)]


def test_a_weekday_with_an_ordinal_day_in_the_month_before():
    assert dated("On Wednesday 25th the bridge at Raigorodok was hit.", D(2026, 3, 4)) == [
        ("On Wednesday 25th", D(2026, 2, 25), D(2026, 2, 25))]


def test_counts_times_and_days_with_a_month_are_no_bare_day_number():
    assert dated("On Sunday 14 people were hurt in Sumy.", D(2026, 3, 16)) == [
        ("On Sunday", D(2026, 3, 15), D(2026, 3, 15))]
    assert [m.text for m in find_dates("In the week to Friday, 31 incidents were logged.", D(2026, 3, 16))
            if m.date] == ["Friday"]
    assert [m.text for m in find_dates("Posted\nTue 10 Mar, 08:15", D(2026, 3, 16)) if m.date] == ["10 Mar"]
    assert [m.text for m in find_dates("Last seen\nThu 21:30", D(2026, 3, 16)) if m.date and m.text.startswith("Thu 2")] == []
