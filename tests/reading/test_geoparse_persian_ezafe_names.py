"""A name joined by the Persian ezafe between hyphens ("Dara-i-Nur", "Koh-e-Batil") is one name: not a Dara
(Daraa, Syria) and a Nur (Iran) read apart (gold 32's first run), on other names."""
from __future__ import annotations

from tests.reading.places import surfaces, toponyms_by_name


def test_an_unknown_ezafe_name_is_one_name_unplaced(gaz):
    text = "Shelling hit villages in Deh-e-Sabz and Bagh-i-Zaghan overnight, residents said."
    rows = toponyms_by_name(text, gaz)
    assert "Deh-e-Sabz" in rows and "Bagh-i-Zaghan" in rows
    assert "Deh" not in rows and "Sabz" not in rows and "Zaghan" not in rows
    assert all(rows[n]["lat"] is None or 29 < rows[n]["lat"] < 39 for n in ("Deh-e-Sabz", "Bagh-i-Zaghan"))


def test_known_ezafe_names_stay_placed(gaz):
    rows = toponyms_by_name("Fighting in Pul-i-Khumri and Mazar-i-Sharif, and near Qala-e-Naw.", gaz)
    assert abs(rows["Pul-i-Khumri"]["lat"] - 35.94) < 0.3 and abs(rows["Mazar-i-Sharif"]["lon"] - 67.11) < 0.3
    assert abs(rows["Qala-e-Naw"]["lat"] - 34.99) < 0.3


def test_a_district_named_with_the_ezafe_is_not_two_far_towns(gaz):
    got = surfaces("Villages in Dara-i-Nur were cut off after the earthquake near Jalalabad.", gaz)
    assert got[0] == "Dara-i-Nur" and "Nur" not in got
