"""Names written as places after phrases the reader did not know ("fled west to X", "advanced on
X", "as far away as X", "between X and <a known town>") and national capitals named bare
("Honiara signed a pact") are listed, not dropped (gold 3: Tawila, Walikale, Nelson, Khiam and
Honiara were missed)."""
from __future__ import annotations

import pytest

from tests.reading.places import toponyms_by_name


@pytest.mark.parametrize("text, name", [
    ("After the raid on Kutum, families fled north to Umm Baru, the UN said.", "Umm Baru"),
    ("Villagers fleeing south to Kalehe described burned homes.", "Kalehe"),
    ("The militia advanced on Nyanzale after taking Kibirizi on Monday.", "Nyanzale"),
    ("Tremors were felt as far away as Gisborne on Thursday.", "Gisborne"),
    ("Gunmen stopped a bus on the road between Aruu and Bunia.", "Aruu"),
    ("Gunmen stopped a bus on the road between Bunia and Aruu on Friday.", "Aruu"),
])
def test_written_as_a_place(gaz, text, name):
    assert name in toponyms_by_name(text, gaz)


@pytest.mark.parametrize("text, absent", [
    ("Fighting between Israel and Hezbollah resumed overnight.", "Hezbollah"),
    ("Talks between Ethiopia and Fano leaders failed.", "Fano leaders"),
    ("The feud between Putin and Prigozhin ended in June.", "Prigozhin"),
])
def test_between_needs_a_known_place_and_a_place_like_end(gaz, text, absent):
    assert absent not in toponyms_by_name(text, gaz)


@pytest.mark.parametrize("text, capital, lat", [
    ("Port Vila and Honiara signed the accord with Canberra.", "Honiara", -9.43),
    ("Apia protested after Wellington cut aid.", "Apia", -13.83),
    ("Funafuti welcomed the climate deal reached in Dubai.", "Funafuti", -8.52),
])
def test_a_capital_named_bare_is_kept(gaz, text, capital, lat):
    r = toponyms_by_name(text, gaz)[capital]
    assert r["lat"] == pytest.approx(lat, abs=0.5), r
