"""A timeline's items under year headings take the heading's year (session 25, dat12): "2014" / "Feb 22: Yanukovych
flees Kyiv", "1982" / "- Mid-April: ..."; a date inside a line's prose or a year inside a line is no heading. Texts of
our own."""
import datetime as dt

from reading.dates import find_dates

D = dt.date


def dated(text, published):
    return [(m.text, m.date.start, m.date.end) for m in find_dates(text, published) if m.date]


def test_items_under_year_headings_take_their_year():
    text = ("Ukraine: key dates\n2014\nFeb 22: Yanukovych flees Kyiv.\nMarch 18: Russia annexes Crimea.\n"
            "2015\n12 February: the Minsk II deal is signed.\n2022\n- Late February: the full-scale invasion.\n"
            "- 2-4 April: Russian troops leave Bucha.")
    assert dated(text, D(2025, 2, 24)) == [
        ("Feb 22", D(2014, 2, 22), D(2014, 2, 22)), ("March 18", D(2014, 3, 18), D(2014, 3, 18)),
        ("12 February", D(2015, 2, 12), D(2015, 2, 12)), ("Late February", D(2022, 2, 21), D(2022, 2, 28)),
        ("2-4 April", D(2022, 4, 2), D(2022, 4, 4))]


def test_markdown_year_headings_and_numbered_items():
    text = "Falklands\n**1982**\n1. April 2: Argentine forces land.\n2. June: the war ends in Port Stanley."
    assert dated(text, D(2022, 4, 2)) == [("April 2", D(1982, 4, 2), D(1982, 4, 2)),
                                          ("June", D(1982, 6, 1), D(1982, 6, 30))]


def test_a_weekday_under_a_year_heading_stays_the_stories():
    text = "Gaza\n2025\nJan 19: a ceasefire takes effect.\nMonday: talks open in Cairo."
    assert dated(text, D(2025, 10, 7))[-1] == ("Monday", D(2025, 10, 6), D(2025, 10, 6))


def test_a_date_in_prose_or_a_year_in_a_line_is_no_timeline():
    assert dated("Annual report 2024\nClashes on 3 March killed two.\nMarch 4: more clashes.", D(2025, 4, 7)) == [
        ("on 3 March", D(2025, 3, 3), D(2025, 3, 3)), ("March 4", D(2025, 3, 4), D(2025, 3, 4))]
    assert dated("2019\nThe army said clashes on 3 March killed two.", D(2025, 4, 7)) == [
        ("on 3 March", D(2025, 3, 3), D(2025, 3, 3))]
