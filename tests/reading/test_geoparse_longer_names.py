"""A known name that is only the head of a longer name the gazetteer lacks, and weather terms that
look like places (gold 6: "San Juan de Lurigancho", a district of Lima, read as San Juan in Loreto,
1,000 km away; "El Niño" read as a town in Baja California). Tested on other sentences."""
from __future__ import annotations

from tests.reading.places import toponyms_by_name


def test_head_of_a_longer_unknown_name(gaz):
    text = ("Floods hit San Mart\u00edn de Porres, a district north of central Lima, and farms near "
            "San Jos\u00e9 de las Matas in the Dominican Republic.")
    got = toponyms_by_name(text, gaz)
    name = "San Mart\u00edn de Porres"
    assert name in got and got[name]["lat"] is None, name  # not Peru's San Mart\u00edn region
    # GeoNames holds the Dominican town under its whole name (read since "de las" joins a name): not San Jose, CA
    assert abs(got["San Jos\u00e9 de las Matas"]["lat"] - 19.34) < 0.2
    assert "San Mart\u00edn" not in got and "San Jos\u00e9" not in got
    assert abs(got["Lima"]["lat"] + 12.0) < 0.5


def test_known_long_names_stay_placed(gaz):
    text = "Flights from Santa Cruz de la Sierra and Santiago de Cuba landed in Rio de Janeiro."
    got = toponyms_by_name(text, gaz)
    assert got["Santa Cruz de la Sierra"]["lat"] < -15
    assert got["Santiago de Cuba"]["lat"] > 19
    assert got["Rio de Janeiro"]["lat"] < -20


def test_a_compass_tail_keeps_the_place(gaz):
    text = "Troops were sent to Zamboanga del Norte and Lanao del Sur after the attack."
    got = toponyms_by_name(text, gaz)
    placed = [name for name, t in got.items() if t["lat"] is not None]
    assert any(name.startswith("Zamboanga") for name in placed)
    assert any(name.startswith("Lanao") for name in placed)


def test_weather_phenomena_are_no_places(gaz):
    text = "Forecasters said El Niño would bring drought to Zimbabwe, after La Niña flooded Queensland."
    got = toponyms_by_name(text, gaz)
    assert "El Niño" not in got and "La Niña" not in got
    assert "Zimbabwe" in got and "Queensland" in got
