"""Dates inside links and file names (session 26, dat13): a path's year, month and day ("/2024/11/19/"), a path's
year and month ("/archive/2023/07/"), a day in a slug or a file's name with dashes, underscores or none, alone or with
its time ("2024-11-18-kherson-ferry", "report_2024_06_30.pdf", "PXL_20240702_083015.jpg", an archive's
"20241120093000"), a day run together or spelt in a slug ("Brief_3Sep2024", "-21-october-2024"). Not a phone number's
digits, not an id that is no day, not a year and a season ("the 2024/25 season"). Sentences of our own."""
import datetime as dt

import pytest

from reading.dates import find_dates

D = dt.date


def dated(text, published):
    return [(m.date.start, m.date.end, m.date.precision) for m in find_dates(text, published) if m.date]


@pytest.mark.parametrize("text, published, start, end, precision", [
    ("First report: https://news.example.com/2024/11/19/kherson-shelling-market/ (in Ukrainian).", D(2024, 11, 25),
     D(2024, 11, 19), D(2024, 11, 19), "day"),
    ("See the monthly index at example.org/archive/2023/07/ for the full list.", D(2024, 1, 3),
     D(2023, 7, 1), D(2023, 7, 31), "month"),
    ("Earlier coverage: example.org/news/2024-11-18-kherson-ferry", D(2024, 11, 25), D(2024, 11, 18),
     D(2024, 11, 18), "day"),
    ("The camp list is in report_2024_06_30.pdf, attached.", D(2024, 7, 3), D(2024, 6, 30), D(2024, 6, 30), "day"),
    ("Photo: PXL_20240702_083015.jpg, taken by a resident of Sumy.", D(2024, 7, 5), D(2024, 7, 2), D(2024, 7, 2),
     "day"),
    ("An archived copy (web.archive.org/web/20241120093000/https://mod.example.ua/) shows the claim.",
     D(2024, 12, 1), D(2024, 11, 20), D(2024, 11, 20), "day"),
    ("Our note Brief_3Sep2024.docx lists the checkpoints.", D(2024, 9, 10), D(2024, 9, 3), D(2024, 9, 3), "day"),
    ("The appeal: reliefweb.example.int/report/chad/flash-update-21-october-2024", D(2024, 10, 30),
     D(2024, 10, 21), D(2024, 10, 21), "day"),
])
def test_a_date_in_a_link_or_a_file_name(text, published, start, end, precision):
    assert dated(text, published) == [(start, end, precision)]


@pytest.mark.parametrize("text", [
    "Call the hotline on +44-20240812 for help.",
    "Case ref_12345678_b was closed.",
    "The file id_20241340_x was lost.",
    "Page 1/2024/07 of the register is missing.",
])
def test_numbers_in_links_that_are_no_day(text):
    assert dated(text, D(2024, 9, 1)) == []
