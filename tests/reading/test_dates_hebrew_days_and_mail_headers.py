"""A Hebrew date with its year is its Gregorian day ("10 Tishrei 5734" is 6 October 1973; Heshvan, Kislev and Adar I
follow the year's length), and a mail's or memo's header ("Sent: Monday, 3 March 2025 08:15", "Date: ...") is the
day its "yesterday" and "today" count from, as a wire's dateline is, when it was published days later. A Solar Hijri
day told without its year ("on 22 Bahman", Afghan "on 1 Hamal") is read as a yearless Gregorian day is."""
from __future__ import annotations

import datetime as dt

from reading.calendars import hebrew_day
from reading.dates import find_dates

D = dt.date


def _read(text, published):
    return [(m.text, m.date.start, m.date.end, m.date.precision) for m in find_dates(text, published)
            if m.date is not None]


def test_hebrew_days():
    assert hebrew_day(5734, "tishri", 10) == D(1973, 10, 6)
    assert hebrew_day(5784, "adar i", 14) == D(2024, 2, 23)  # a leap year: Adar I, then Adar (II) with Purim
    assert hebrew_day(5784, "adar", 14) == D(2024, 3, 24)
    assert _read("The state was proclaimed on 5 Iyar 5708, a Friday.", D(2024, 5, 1))[0][1:3] == (
        D(1948, 5, 14), D(1948, 5, 14))


def test_a_mails_sent_day_is_what_yesterday_counts_from():
    text = ("From: Logistics cluster\nSent: Monday, 3 March 2025 08:15\nSubject: Roads\n\n"
            "The bridge at Kavumu was shelled yesterday evening. Convoys resume today if the road is clear.")
    read = _read(text, D(2025, 3, 6))
    assert ("yesterday", D(2025, 3, 2), D(2025, 3, 2), "day") in read
    assert ("today", D(2025, 3, 3), D(2025, 3, 3), "day") in read


def test_a_solar_hijri_day_without_its_year():
    # 22 Bahman 1403 fell on 10 February 2025; Afghanistan's Hamal is Farvardin (1 Hamal 1404: 21 March 2025)
    assert _read("Crowds marched in Tabriz on 22 Bahman.", D(2025, 3, 1)) == [
        ("on 22 Bahman", D(2025, 2, 10), D(2025, 2, 10), "day")]
    assert _read("Schools in Herat will reopen on 1 Hamal.", D(2025, 3, 1)) == [
        ("on 1 Hamal", D(2025, 3, 21), D(2025, 3, 21), "day")]
    assert _read("The Asad family fled in 22 Mehr cars.", D(2025, 3, 1)) == []
