"""Court and police reports and Francophone datelines (gold 31's first run: "the Southern District of New
York" read as a compass district and New York County, "Scotland Yard" as Scotland, "Tchad" unread, "Police
Chief Paco Balderrama" and "Peter R. de Vries" as places), on other sentences."""
from __future__ import annotations

from tests.reading.places import surfaces, toponyms_by_name


def test_a_federal_court_district_is_one_name_not_a_district_and_a_state(gaz):
    text = "Prosecutors in the Eastern District of Virginia charged two men from Richmond and Norfolk on Tuesday."
    rows = toponyms_by_name(text, gaz)
    assert surfaces(text, gaz) == ["Eastern District of Virginia", "Richmond", "Norfolk"]
    assert rows["Eastern District of Virginia"]["lat"] is None
    assert abs(rows["Richmond"]["lat"] - 37.54) < 0.2


def test_scotland_yard_speaks_for_the_police_in_london(gaz):
    text = "Scotland Yard said two men from Croydon had been charged after the raid."
    rows = toponyms_by_name(text, gaz)
    assert abs(rows["Scotland Yard"]["lat"] - 51.50) < 0.05 and abs(rows["Scotland Yard"]["lon"] + 0.12) < 0.05


def test_french_names_of_countries_in_francophone_datelines(gaz):
    text = "ABÉCHÉ, Tchad - Des réfugiés arrivés de Libye et du Cameroun ont rejoint le camp, selon l'ONU."
    rows = toponyms_by_name(text, gaz)
    assert {"Tchad", "Libye", "Cameroun"} <= set(rows)
    assert abs(rows["Tchad"]["lat"] - 15.4) < 3 and abs(rows["Libye"]["lon"] - 17.5) < 5


def test_a_chief_and_a_surname_after_an_initial_and_its_particle_are_people(gaz):
    assert surfaces("Fire Chief Dana Lugo said crews from Merced and Modesto helped.", gaz) == ["Merced", "Modesto"]
    assert surfaces("The lawyer Anna K. van Breda said her client, from Utrecht, would appeal.", gaz) == ["Utrecht"]


def test_a_dateline_before_a_country_named_with_initials(gaz):
    text = "KALEMIE, DR Congo (AFP) - Boats carrying maize from Moba arrived on Tuesday."
    rows = toponyms_by_name(text, gaz)
    assert abs(rows["KALEMIE"]["lat"] + 5.95) < 0.2 and abs(rows["KALEMIE"]["lon"] - 29.19) < 0.2


def test_a_name_ending_a_spanish_compound_is_not_placed_alone(gaz):
    text = "Two fugitives from Leeds were arrested in a villa on the Costa del Sol and flown to Manchester."
    rows = toponyms_by_name(text, gaz)
    assert rows["Costa del Sol"]["lat"] is None and "Sol" not in rows
    assert surfaces("Flights to Playa del Carmen resumed.", gaz) == ["Playa del Carmen"]
