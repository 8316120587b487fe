"""Seasons told from the southern hemisphere are its own: "this winter" in a story datelined in Santiago, or in a
sentence naming Australia, is June to August; elsewhere the northern (meteorological) seasons stay."""
from __future__ import annotations

import datetime as dt

from reading.dates import find_dates

D = dt.date


def _spans(text, published):
    return [(m.text, m.date.start, m.date.end) for m in find_dates(text, published) if m.date is not None]


def test_a_southern_dateline_turns_the_seasons():
    text = ("SANTIAGO, Chile — Wildfires burned 40,000 hectares last summer, and officials fear a worse season. "
            "Snow closed the Andes passes this winter, stranding 300 trucks.")
    assert _spans(text, D(2026, 7, 14)) == [("last summer", D(2025, 12, 1), D(2026, 2, 28)),
                                            ("this winter", D(2026, 6, 1), D(2026, 8, 31))]


def test_a_southern_country_named_in_the_sentence_turns_its_season():
    text = "Australian farmers planted late after a dry autumn; rain returned to Queensland over the winter."
    assert _spans(text, D(2026, 9, 2)) == [("over the winter", D(2026, 6, 1), D(2026, 8, 31))]


def test_northern_stories_keep_the_northern_seasons():
    text = "KHARKIV, Ukraine — Russian strikes left the city without heating last winter."
    assert _spans(text, D(2026, 7, 14)) == [("last winter", D(2025, 12, 1), D(2026, 2, 28))]


def test_a_hemisphere_told_with_the_season_decides_it():
    # told from London: the southern winter is June to August, whatever the dateline
    text = "LONDON — Grain prices rose as frost hit Brazil's south this southern winter."
    assert _spans(text, D(2025, 7, 3)) == [("this southern winter", D(2025, 6, 1), D(2025, 8, 31))]
    # told from a southern dateline: the northern summer is still June to August
    text = "CAPE TOWN — Tourist arrivals from Europe fell during the northern summer, operators said."
    assert _spans(text, D(2025, 9, 10)) == [("during the northern summer", D(2025, 6, 1), D(2025, 8, 31))]


def test_a_season_someone_expects_is_ahead():
    text = "The agency expects the rains to return in the austral spring."
    assert _spans(text, D(2025, 7, 3)) == [("in the austral spring", D(2025, 9, 1), D(2025, 11, 30))]
