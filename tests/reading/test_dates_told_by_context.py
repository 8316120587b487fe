"""Dates told by the text around them, not by the publication date alone (session 17, dat): numeric
dates whose order the text shows, one night into a weekday, "mid-month" of a report on a past month,
"later that year", "on the 9th", feasts, and a wire dateline's own day."""
import datetime as dt

import pytest

from reading.dates import DateFinder, find_dates
from reading.document import Document
from reading.sentences import SentenceSplitter

D = dt.date


def dates(text, published):
    return [(m.text, m.date.start, m.date.end, m.date.precision) for m in find_dates(text, published) if m.date]


def only(text, published, **kw):
    found = find_dates(text, published, **kw)
    assert len(found) == 1, found
    return found[0]


# --- numeric dates: day first or month first -------------------------------------------------


def test_numeric_order_shown_by_another_date_of_the_text():
    text = "Militants raided Kaya on 22/05/2023. A second raid on 06/07/2023 hit the market."
    assert only_second(text, D(2023, 8, 1)) == (D(2023, 7, 6), "day")
    text = "Militants raided Kaya on 05/22/2023. A second raid on 06/07/2023 hit the market."
    assert only_second(text, D(2023, 8, 1)) == (D(2023, 6, 7), "day")


def only_second(text, published):
    m = find_dates(text, published)[1]
    return m.date.start, m.date.precision


def test_numeric_reading_after_publication_is_not_taken_for_a_past_report():
    m = only("Soldiers were ambushed near Tillaberi on 02/11/2022.", D(2022, 2, 20))
    assert (m.date.start, m.date.precision, m.reason) == (D(2022, 2, 11), "day", "")


def test_numeric_date_left_ambiguous_is_reported_with_an_honest_span():
    doc = DateFinder()(SentenceSplitter()(Document(id="n", text="The convoy was hit on 7/9/21 near Mopti.",
                                                   published=D(2022, 3, 1))))
    m = doc.dates[0]
    assert (m.date.start, m.date.end, m.date.precision) == (D(2021, 7, 9), D(2021, 9, 7), "month")
    assert [p.code for p in doc.problems] == ["W304"]


# --- one night ---------------------------------------------------------------------------------


@pytest.mark.parametrize("text", [
    "Drones struck an airfield near Kursk overnight into Thursday, the ministry said.",
    "Drones struck an airfield near Kursk overnight from Wednesday to Thursday.",
])
def test_overnight_into_a_weekday_is_that_night(text):
    assert dates(text, D(2023, 10, 13)) == [(dates(text, D(2023, 10, 13))[0][0], D(2023, 10, 11), D(2023, 10, 12), "day")]


def test_overnight_alone_is_still_the_night_before_publication():
    assert dates("Shells hit Kramatorsk overnight.", D(2023, 10, 13))[0][1:3] == (D(2023, 10, 12), D(2023, 10, 12))


# --- the month, the year of a date told before ------------------------------------------------


def test_mid_month_of_a_monthly_report_is_that_month():
    text = "Burkina Faso. In September, jihadist attacks continued. Mid-month, militants killed 30 herders near Djibo."
    assert dates(text, D(2022, 10, 4))[1][1:] == (D(2022, 9, 11), D(2022, 9, 20), "month")


def test_early_and_late_in_the_month_of_a_month_told_before():
    text = "Clashes spread in May. Early in the month, rebels took Kitshanga. Late month, the army shelled Mweso."
    found = dates(text, D(2023, 6, 2))
    assert [f[1:3] for f in found[1:]] == [(D(2023, 5, 1), D(2023, 5, 10)), (D(2023, 5, 21), D(2023, 5, 31))]


def test_later_that_month_and_that_year_follow_the_date_told():
    text = "Insurgents took Palma on 24 March 2021. Later that month, they raided Mocimboa. Later that year, troops retook it."
    found = dates(text, D(2024, 1, 10))
    assert found[1][1:3] == (D(2021, 3, 25), D(2021, 3, 31))
    assert found[2][1:3] == (D(2021, 4, 1), D(2021, 12, 31))


def test_that_week_is_the_week_told_but_that_week_long_is_no_date():
    text = "Jets struck Saada on 9 January 2024. That week, drones hit Hodeidah. Envoys said that week-long talks failed."
    assert [f[:3] for f in dates(text, D(2024, 6, 1))][1:] == [("That week", D(2024, 1, 8), D(2024, 1, 14))]


def test_since_the_start_of_the_month_still_counts_from_publication():
    text = "Gunmen killed four on 2 April. Raids have risen since the start of the month."
    assert dates(text, D(2023, 5, 18))[1][1:3] == (D(2023, 5, 1), D(2023, 5, 18))


def test_on_the_ordinal_day_is_of_the_month_told_or_of_publication():
    assert dates("Gunmen burned a school in Ondo on the 7th, police said.", D(2023, 11, 15))[0][1] == D(2023, 11, 7)
    assert dates("Gunmen burned a school in Ondo on the 27th, police said.", D(2023, 11, 15))[0][1] == D(2023, 10, 27)
    assert dates("In August, raids resumed. On the 3rd, gunmen burned a school.", D(2023, 11, 15))[1][1] == D(2023, 8, 3)
    assert dates("He lived on the 7th floor of the 3rd block.", D(2023, 11, 15)) == []


# --- feasts --------------------------------------------------------------------------------------


def test_feasts_are_dated_within_the_days_they_may_fall_on():
    eid = dates("Bandits raided a mosque in Sokoto on Eid al-Adha, residents said.", D(2023, 7, 5))[0]
    # observed on 28 June 2023; three days (moon sighting differs by country) at a day's precision: one day of them
    assert eid[1] <= D(2023, 6, 28) <= eid[2] and (eid[2] - eid[1]).days == 2 and eid[3] == "day"
    xmas = dates("Militants attacked Mbau on Christmas Eve.", D(2023, 1, 4))[0]
    assert xmas[1:] == (D(2022, 12, 24), D(2022, 12, 24), "day")
    fast = dates("During Ramadan 2021, clashes shook Jerusalem.", D(2024, 1, 1))[0]
    assert fast[1] <= D(2021, 4, 13) and D(2021, 5, 12) <= fast[2] and fast[3] == "month"
    assert dates("Eid prayers drew crowds in a Christmas market.", D(2023, 7, 5)) == []


# --- a wire dateline -----------------------------------------------------------------------------


def test_relative_dates_count_from_a_dateline_filed_before_publication():
    text = "Mali attack\n\nBAMAKO, Nov 6 (Reuters) - Gunmen killed 11 soldiers near Menaka yesterday, the army said."
    found = dates(text, D(2023, 11, 8))
    assert [f[1] for f in found] == [D(2023, 11, 6), D(2023, 11, 5)]


def test_a_date_that_is_no_dateline_changes_nothing():
    text = "Gunmen killed 11 soldiers near Menaka on Nov 6 and yesterday, the army said."
    assert [f[1] for f in dates(text, D(2023, 11, 8))] == [D(2023, 11, 6), D(2023, 11, 7)]
