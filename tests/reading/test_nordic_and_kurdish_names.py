"""Names the sources lack that Nordic and Kurdish-region reports use: the Kurdish names of south-east
Turkish towns, the press's "Makhmour", Denmark's Jutland and Zealand, Iceland's Reykjanes peninsula,
Heimaey and the Westfjords, and London's Old Bailey; each placed at its own town or area."""
from __future__ import annotations

import pytest

from reading.geoparse import geoparse


def _point(text: str, name: str) -> tuple[float, float] | None:
    r = next(r for r in geoparse(text) if text[r["start"]:r["end"]] == name)
    return None if r["lat"] is None else (r["lat"], r["lon"])


@pytest.mark.parametrize("text, name, at", [
    ("The mayor of Cizîr met farmers from Qoser and Nisêbîn.", "Cizîr", (37.33, 42.19)),
    ("The mayor of Cizîr met farmers from Qoser and Nisêbîn.", "Qoser", (37.19, 40.59)),
    ("The mayor of Cizîr met farmers from Qoser and Nisêbîn.", "Nisêbîn", (37.08, 41.22)),
    ("Teachers in Colemêrg and Çewlîg joined the strike.", "Colemêrg", (37.57, 43.74)),
    ("Teachers in Colemêrg and Çewlîg joined the strike.", "Çewlîg", (38.88, 40.50)),
    ("Aid reached the Makhmour camp south of Erbil.", "Makhmour", (35.78, 43.58)),
    ("Wind farms off Jutland and Zealand supply Copenhagen.", "Jutland", (56.2, 9.4)),
    ("Wind farms off Jutland and Zealand supply Copenhagen.", "Zealand", (55.5, 11.8)),
    ("Magma rose under the Reykjanes peninsula again, and ferries to Heimaey ran late.", "Reykjanes", (63.95, -22.3)),
    ("Magma rose under the Reykjanes peninsula again, and ferries to Heimaey ran late.", "Heimaey", (63.43, -20.27)),
    ("Roads in the Westfjords were shut by snow near Isafjordur.", "Westfjords", (65.8, -22.6)),
    ("The trial opened at the Old Bailey in London on Monday.", "Old Bailey", (51.52, -0.10)),
])
def test_placed_at_its_own_place(text, name, at):
    got = _point(text, name)
    assert got is not None and abs(got[0] - at[0]) < 0.6 and abs(got[1] - at[1]) < 1.2, got


def test_new_zealand_stays_the_country():
    rows = [r for r in geoparse("Rugby fans in New Zealand cheered.") if r["kind"] == "country"]
    assert len(rows) == 1 and rows[0]["lat"] < -30
