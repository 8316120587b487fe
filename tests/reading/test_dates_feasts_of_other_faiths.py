"""Feasts beyond the Christian and Islamic ones date events too: the Jewish feasts ("on Simchat Torah", "the eve of
Rosh Hashanah", "on the first night of Passover": a feast's first night is its eve, as days begin at sunset), Tet as
the Lunar New Year and that new year's eve; and a shift told from a feast ("two days before Christmas", "a day after
Eid", "in the week before Easter") is counted from its day. Not the Tet Offensive, a name."""
from __future__ import annotations

import datetime as dt

from reading.dates import find_dates

D = dt.date


def _read(text, published):
    return [(m.text, m.date.start, m.date.end, m.date.precision) for m in find_dates(text, published)
            if m.date is not None]


def test_jewish_feasts_are_their_days():
    assert _read("Sirens sounded in Haifa on Yom Kippur.", D(2025, 10, 6)) == [
        ("on Yom Kippur", D(2025, 10, 2), D(2025, 10, 2), "day")]
    assert _read("Militants crossed the fence on Simchat Torah in 2023.", D(2024, 1, 5))[0][1:3] == (
        D(2023, 10, 7), D(2023, 10, 7))
    assert _read("Rockets were fired at Sderot during Hanukkah.", D(2024, 1, 3)) == [
        ("during Hanukkah", D(2023, 12, 8), D(2023, 12, 15), "week")]


def test_a_feasts_eve_and_first_night_are_the_day_before():
    assert _read("Families gathered on the eve of Rosh Hashanah.", D(2025, 9, 30)) == [
        ("on the eve of Rosh Hashanah", D(2025, 9, 22), D(2025, 9, 22), "day")]
    assert _read("A drone hit Eilat on the first night of Passover.", D(2025, 4, 20)) == [
        ("on the first night of Passover", D(2025, 4, 12), D(2025, 4, 12), "day")]


def test_tet_is_the_lunar_new_year_and_its_eve_the_day_before():
    assert _read("Fireworks lit Hue on Tet.", D(2026, 2, 20)) == [("on Tet", D(2026, 2, 17), D(2026, 2, 17), "day")]
    assert _read("The ferry sank on Lunar New Year's Eve.", D(2024, 2, 12)) == [
        ("on Lunar New Year's Eve", D(2024, 2, 9), D(2024, 2, 9), "day")]
    assert _read("He was wounded in the Tet Offensive.", D(2024, 2, 12)) == []


def test_a_shift_from_a_feast_counts_from_its_day():
    assert _read("The truce talks broke down two days before Christmas.", D(2024, 12, 30)) == [
        ("two days before Christmas", D(2024, 12, 23), D(2024, 12, 23), "day")]
    assert _read("Gunmen attacked the village in the week before Easter.", D(2024, 4, 5)) == [
        ("in the week before Easter", D(2024, 3, 24), D(2024, 3, 30), "week")]
    assert _read("Shelling resumed a week after Orthodox Easter.", D(2025, 5, 2)) == [
        ("a week after Orthodox Easter", D(2025, 4, 27), D(2025, 4, 27), "day")]
