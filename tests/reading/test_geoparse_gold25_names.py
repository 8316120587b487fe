"""Error classes of the twenty-fifth gold's first run (Latin American and Iberian press, post-Soviet
reports, maritime news), tested on other sentences."""
from __future__ import annotations

from tests.reading.places import surfaces, toponyms_by_name


def test_the_state_or_province_of_a_name_is_the_unit_not_the_country_or_town(gaz):
    """"the state of Georgia", "the State of Mexico", "the province of Buenos Aires": a first-level unit of
    the name, not the country or the big town sharing it, with no country said before the unit word."""
    got = toponyms_by_name("Heavy snow closed schools across the state of Georgia on Tuesday.", gaz)
    assert got["Georgia"]["lon"] < -80  # the US state, not the Caucasus country
    got = toponyms_by_name("Voters in the State of Mexico elected a new governor on Sunday.", gaz)
    assert abs(got["Mexico"]["lat"] - 19.4) < 1 and abs(got["Mexico"]["lon"] + 99.6) < 1  # not the country's centre
    got = toponyms_by_name("Guerrillas attacked a police post in the department of Guatemala overnight.", gaz)
    assert abs(got["Guatemala"]["lat"] - 14.6) < 0.6  # the department round the capital, not the country's centre
    got = toponyms_by_name("Inflation slowed in Argentina, and wages rose in the province of Buenos Aires.", gaz)
    assert got["Buenos Aires"]["lat"] < -35.5  # the province, not the capital city (nor its autonomous city)
    got = toponyms_by_name("Snow fell in the state of New York and the province of Quebec.", gaz)
    assert got["New York"]["lat"] > 41.5  # the state, not New York City


def test_a_ship_named_after_a_place_set_off_after_its_type_is_no_place(gaz):
    """"its sister ship, the Kyiv Express,", "The vessel, the Cape Arcona,", "the bulk carrier Ocean Lagos":
    a ship's name after its type, also as an appositive, is no toponym; the ports of its voyage are."""
    text = ("The freighter left Gdansk on Monday. Its sister ship, the Riga Express, is bound for Hamburg, "
            "and the bulk carrier Ocean Lagos loaded coal at Szczecin.")
    assert surfaces(text, gaz) == ["Gdansk", "Hamburg", "Szczecin"]
    text = "The vessel, the Cape Arcona, was sailing from Algeciras to Santos with steel."
    assert surfaces(text, gaz) == ["Algeciras", "Santos"]


def test_a_nationality_word_before_a_district_of_a_town_is_no_part_of_it(gaz):
    """"the Azerbaijani district of Gazakh", "the Armenian neighbourhood of Bourj Hammoud": the nationality
    word is no neighbourhood's name (the district or neighbourhood is the name after "of")."""
    text = "Talks opened on the border between the Georgian region of Kakheti and the Azerbaijani district of Qakh."
    assert "Azerbaijani" not in surfaces(text, gaz)
    text = "Shelling damaged shops in the Armenian neighbourhood of Bourj Hammoud, north of Beirut."
    assert "Armenian" not in surfaces(text, gaz)


def test_a_person_after_a_lower_case_minister_title_is_no_place(gaz):
    """"Prime minister Luís Montenegro", "Foreign minister Jordan Bardella": sentence-case titles (British and
    Iberian style) name a person as "Prime Minister" does; the places after them are read."""
    text = "Prime minister Luís Montenegro flew to Madeira after the fires."
    assert surfaces(text, gaz) == ["Madeira"]
    text = "Foreign minister Chad Bowen met his counterpart in Wellington."
    assert surfaces(text, gaz) == ["Wellington"]


def test_a_city_state_listed_with_a_far_town_keeps_its_place(gaz):
    """"shipowners in Hong Kong and Piraeus": a city-state named like its big town, listed with a town on
    another continent, is that place, not a lost town of its name (as "Kodok, Tonga and Wau Shilluk" is)."""
    got = toponyms_by_name("Brokers in Singapore and Rotterdam said freight rates fell.", gaz)
    assert abs(got["Singapore"]["lat"] - 1.35) < 0.5
    got = toponyms_by_name("Insurers in Hong Kong and Hamburg raised premiums.", gaz)
    assert abs(got["Hong Kong"]["lat"] - 22.3) < 0.5


def test_post_soviet_units_and_breakaway_regions_by_their_usual_english_names(gaz):
    """South Ossetia (no admin unit holds it), Adjara, Zakarpattia, Chukotka, Sughd, Pridnestrovie: the names
    the press uses, placed where the units are."""
    got = toponyms_by_name("Tskhinvali, the main town of South Ossetia, lies north of Gori; Batumi is in Adjara.", gaz)
    assert abs(got["South Ossetia"]["lat"] - 42.3) < 0.5 and abs(got["Adjara"]["lon"] - 42.0) < 0.6
    got = toponyms_by_name("Trains ran late to Mukachevo in Zakarpattia, and fuel reached Anadyr in Chukotka.", gaz)
    assert abs(got["Zakarpattia"]["lon"] - 23.2) < 1 and got["Chukotka"]["lon"] > 160
    got = toponyms_by_name("Cotton prices rose in Sughd, and Pridnestrovie asked for gas.", gaz)
    assert abs(got["Sughd"]["lat"] - 40.0) < 1 and abs(got["Pridnestrovie"]["lon"] - 29.3) < 1


def test_big_places_the_cities_files_lack(gaz):
    """El Alto (Bolivia's second city) and Lima's most populous districts: placed, not a small namesake
    (El Alto in Piura, Villa El Salvador in San Juan province, Argentina) nor unplaced."""
    got = toponyms_by_name("Teachers marched from El Alto down to the centre of La Paz on Thursday.", gaz)
    assert abs(got["El Alto"]["lat"] + 16.5) < 0.2
    got = toponyms_by_name("Water cuts hit Villa El Salvador and San Juan de Lurigancho, in Lima.", gaz)
    assert abs(got["Villa El Salvador"]["lat"] + 12.2) < 0.2 and abs(got["San Juan de Lurigancho"]["lat"] + 12.0) < 0.2


def test_squares_and_malay_capes_are_local_names_not_the_place_inside(gaz):
    """"the Plaza San Martín" in Lima is a square, not Peru's San Martín region; "Tanjung Priok" is Jakarta's
    port: each a local name, listed whole (unplaced), with no vote for a far place inside it."""
    got = toponyms_by_name("Students gathered in the Plaza Bolívar in Bogotá, and unions at Tanjung Perak.", gaz)
    assert "Plaza Bolívar" in got and got["Plaza Bolívar"]["lat"] is None
    assert "Tanjung Perak" in got and "Bolívar" not in got and "Perak" not in got


def test_seas_and_straits_after_a_possessive_and_a_compass_word_and_the_danish_straits(gaz):
    """"Italy's southern Adriatic coast": the sea after a possessive and a compass word, as after "the eastern";
    the Danish straits and the Amazon's big tributaries written with "the" are listed (unplaced), like the
    Bosphorus and the Danube."""
    names = surfaces("Greece's eastern Aegean islands and Italy's southern Adriatic coast saw storms.", gaz)
    assert "Aegean" in names and "Adriatic" in names
    names = surfaces("Ferries crossed the Skagerrak and the Great Belt; barges on the Xingu stopped.", gaz)
    assert {"Skagerrak", "Great Belt", "Xingu"} <= set(names)
