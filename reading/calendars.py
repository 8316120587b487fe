"""Other calendars that date events in the news, in Gregorian days: the Jewish feasts (Israel's wars and
Lebanon's, Gaza's ceasefires are told by them: "on Simchat Torah", "the eve of Rosh Hashanah", "during Passover")
and Iran's solar year ("23 Khordad 1404", told by Iranian and Afghan media).

Pure arithmetic, no table: the Hebrew calendar's new year by its molad and postponement rules (Reingold and
Dershowitz, *Calendrical Calculations*), the Solar Hijri one by the 33-year cycle, which matches the astronomical
Iranian calendar for 1799-2256.
"""
from __future__ import annotations

import datetime as dt

__all__ = ["JEWISH_FEASTS", "jewish_feast_span", "rosh_hashanah", "HEBREW_MONTHS", "hebrew_day", "SOLAR_HIJRI_MONTHS",
           "solar_hijri_day", "solar_hijri_year_span"]

_HEBREW_EPOCH = -1373428  # Python's ordinal of the day before the Hebrew calendar's first day


def _hebrew_leap(year: int) -> bool:
    return (7 * year + 1) % 19 < 7


def _days_before_hebrew_year(year: int) -> int:
    """Days from the Hebrew epoch to 1 Tishri of ``year``: the molad of Tishri, postponed by the dehiyyot."""
    months = 235 * ((year - 1) // 19) + 12 * ((year - 1) % 19) + (7 * ((year - 1) % 19) + 1) // 19
    parts = 204 + 793 * (months % 1080)
    hours = 5 + 12 * months + 793 * (months // 1080) + parts // 1080
    day = 1 + 29 * months + hours // 24
    parts = 1080 * (hours % 24) + parts % 1080
    if parts >= 19440 or (day % 7 == 2 and parts >= 9924 and not _hebrew_leap(year)) \
            or (day % 7 == 1 and parts >= 16789 and _hebrew_leap(year - 1)):
        day += 1
    if day % 7 in (0, 3, 5):  # (never on a Sunday, Wednesday or Friday)
        day += 1
    return day


def rosh_hashanah(year: int) -> dt.date:
    """The first day of Rosh Hashanah (1 Tishri) in the autumn of the Gregorian ``year``."""
    return dt.date.fromordinal(_HEBREW_EPOCH + _days_before_hebrew_year(year + 3761))


#: A Jewish feast's name as written -> (days from its anchor's first day, days it lasts; anchor "tishri": Rosh
#: Hashanah of that autumn, "nisan": 15 Nisan, Passover's first day, which is 163 days before the next Rosh Hashanah,
#: "kislev": 25 Kislev). Israel's days (Passover seven, Simchat Torah on Shemini Atzeret).
JEWISH_FEASTS = {
    "rosh hashanah": ("tishri", 0, 2), "rosh hashana": ("tishri", 0, 2), "yom kippur": ("tishri", 9, 1),
    "sukkot": ("tishri", 14, 7), "simchat torah": ("tishri", 21, 1), "simhat torah": ("tishri", 21, 1),
    "hanukkah": ("kislev", 0, 8), "chanukah": ("kislev", 0, 8), "hanukah": ("kislev", 0, 8),
    "passover": ("nisan", 0, 7), "pesach": ("nisan", 0, 7), "purim": ("nisan", -30, 1),
    "shavuot": ("nisan", 50, 1),
}


def jewish_feast_span(name: str, year: int) -> tuple[dt.date, dt.date]:
    """First and last day of a Jewish feast (a key of :data:`JEWISH_FEASTS`) kept in the Gregorian ``year``."""
    anchor, offset, days = JEWISH_FEASTS[name]
    if anchor == "nisan":
        first = rosh_hashanah(year) - dt.timedelta(days=163)
    elif anchor == "tishri":
        first = rosh_hashanah(year)
    else:  # 25 Kislev: after Tishri's 30 days and Heshvan's 29, or 30 in a "complete" year (355 or 385 days)
        new_year = rosh_hashanah(year)
        length = (rosh_hashanah(year + 1) - new_year).days
        first = new_year + dt.timedelta(days=30 + (30 if length % 10 == 5 else 29) + 24)
    start = first + dt.timedelta(days=offset)
    return start, start + dt.timedelta(days=days - 1)


#: The Hebrew months as English copy spells them, in their order from Tishri (Adar I only in a leap year; plain
#: "Adar" is Adar II then, the month of Purim).
HEBREW_MONTHS = {"tishri": 0, "tishrei": 0, "heshvan": 1, "cheshvan": 1, "marcheshvan": 1, "kislev": 2, "tevet": 3,
                 "teves": 3, "shevat": 4, "shvat": 4, "adar i": 5, "adar ii": 6, "adar": 6, "nisan": 7, "iyar": 8,
                 "sivan": 9, "tammuz": 10, "av": 11, "elul": 12}


def hebrew_day(year: int, month: str, day: int) -> dt.date:
    """The Gregorian day of a Hebrew date ("5 Iyar 5785": year Anno Mundi, a key of :data:`HEBREW_MONTHS`):
    Heshvan and Kislev have 29 or 30 days by the year's length, Adar I is there only in a leap year."""
    first = _days_before_hebrew_year(year)
    length = _days_before_hebrew_year(year + 1) - first
    leap = _hebrew_leap(year)
    lengths = [30, 30 if length % 10 == 5 else 29, 29 if length % 10 == 3 else 30, 29, 30, 30 if leap else 0,
               29, 30, 29, 30, 29, 30, 29]
    index = HEBREW_MONTHS[month]
    if not 1 <= day <= lengths[index]:
        raise ValueError(f"no day {day} of {month} {year}")
    return dt.date.fromordinal(_HEBREW_EPOCH + first + sum(lengths[:index]) + day - 1)


#: The Solar Hijri months (Iran's and Afghanistan's calendar), their numbers, as English copy spells them.
SOLAR_HIJRI_MONTHS = {"farvardin": 1, "ordibehesht": 2, "khordad": 3, "tir": 4, "mordad": 5, "amordad": 5,
                      "shahrivar": 6, "mehr": 7, "aban": 8, "azar": 9, "dey": 10, "bahman": 11, "esfand": 12,
                      # (Afghanistan's names of the same months, from the zodiac)
                      "hamal": 1, "sawr": 2, "saur": 2, "jawza": 3, "saratan": 4, "asad": 5, "sonbola": 6,
                      "sunbula": 6, "mizan": 7, "aqrab": 8, "qaws": 9, "jadi": 10, "dalw": 11, "hut": 12}
_SOLAR_LEAP = frozenset({1, 5, 9, 13, 17, 22, 26, 30})  # years of the 33-year cycle with a 30th of Esfand


def _nowruz(year: int) -> dt.date:
    """1 Farvardin of Solar Hijri ``year``, counted from 1 Farvardin 1404 (21 March 2025)."""
    day = dt.date(2025, 3, 21)
    step = 1 if year >= 1404 else -1
    for y in range(1404, year, step) if step > 0 else range(1403, year - 1, -1):
        day += dt.timedelta(days=step * (366 if y % 33 in _SOLAR_LEAP else 365))
    return day


def solar_hijri_day(year: int, month: int, day: int) -> dt.date:
    """The Gregorian day of a Solar Hijri date (months 1-6 have 31 days, 7-11 30, Esfand 29 or 30)."""
    if not (1 <= month <= 12 and 1 <= day <= (31 if month <= 6 else 30)):
        raise ValueError(f"no day {day} of month {month}")
    return _nowruz(year) + dt.timedelta(days=(month - 1) * 31 - max(0, month - 7) + day - 1)


def solar_hijri_year_span(year: int) -> tuple[dt.date, dt.date]:
    """First and last Gregorian day of Solar Hijri ``year`` (Nowruz to the day before the next)."""
    return _nowruz(year), _nowruz(year + 1) - dt.timedelta(days=1)
