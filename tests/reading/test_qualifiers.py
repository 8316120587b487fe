"""Admin-1 units (states, provinces, counties) against namesake towns, and as qualifiers of towns.

Real gazetteer: the rules depend on where towns lie (their admin-1 field, unit outlines).
"""
from __future__ import annotations

import pytest

from reading.geoparse import geoparse
from reading.qualifiers import abbreviations


@pytest.fixture(scope="module")
def gaz():
    from geo.gazetteer import load_gazetteer

    return load_gazetteer()


def _parse(text, gaz):
    return {text[t["start"] : t["end"]]: t for t in geoparse(text, gazetteer=gaz)}


def _near(t, lat, lon, tol=0.6):
    return t["lat"] is not None and abs(t["lat"] - lat) < tol and abs(t["lon"] - lon) < tol


# --------------------------------------------------------------------------- a unit written in full


@pytest.mark.parametrize("text, name", [
    ("Snow closed schools across Nevada and Wyoming.", "Wyoming"),
    ("Snow closed schools across Nevada and Wyoming.", "Nevada"),
    ("Drought hit farms across Kansas and Louisiana.", "Louisiana"),
    ("The senator toured Delaware on Friday.", "Delaware"),
    ("Voters in Indiana went to the polls.", "Indiana"),
    ("Wildfires spread across Oregon and California.", "Oregon"),
    ("Police in New Jersey arrested two men.", "New Jersey"),
    ("Cartel violence spread in Tamaulipas.", "Tamaulipas"),
    ("Floods hit Hunan and Jiangxi.", "Jiangxi"),
    ("The governor of Ibaraki spoke.", "Ibaraki"),
])
def test_unit_written_in_full_is_the_unit(gaz, text, name):
    assert _parse(text, gaz)[name]["kind"] == "admin1"


@pytest.mark.parametrize("text, name, lat, lon", [
    ("Fighting resumed in Marib on Sunday.", "Marib", 15.46, 45.33),  # town inside its governorate
    ("Protesters gathered in Sanaa.", "Sanaa", 15.35, 44.21),  # town in the capital district next to it
    ("Shelling hit Kherson overnight.", "Kherson", 46.64, 32.61),  # a coastal town outside every outline
    ("Officials in Washington said.", "Washington", 38.9, -77.04),  # the capital, not the state
    ("Flights to Buenos Aires resumed.", "Buenos Aires", -34.61, -58.38),
    ("Residents of Stepanakert sheltered.", "Stepanakert", 39.82, 46.75),  # an alias of the town inside
])
def test_bare_name_of_a_town_inside_its_unit_is_the_town(gaz, text, name, lat, lon):
    t = _parse(text, gaz)[name]
    assert _near(t, lat, lon, 0.1), t


def test_state_name_shared_with_a_town_elsewhere_in_the_country_stays_the_state(gaz):
    # not Oregon, Ohio; not Riverside, Missouri (an alternate name)
    t = _parse("Hospitals across Illinois and Oregon face cuts.", gaz)
    assert t["Illinois"]["kind"] == t["Oregon"]["kind"] == "admin1"
    assert _near(t["Oregon"], 43.9, -120.6, 1.5)


# --------------------------------------------------------------------------- "Town, Unit"


@pytest.mark.parametrize("text, town, lat, lon, unit", [
    ("Flooding hit Columbus, Ga., on Monday.", "Columbus", 32.46, -84.99, "Ga."),  # a border town
    ("A storm hit Portland, Maine, overnight.", "Portland", 43.66, -70.26, "Maine"),
    ("Police in London, Ontario, said two people were hurt.", "London", 42.98, -81.23, "Ontario"),
    ("RICHMOND, Va. — The governor signed the bill.", "RICHMOND", 37.55, -77.46, "Va."),
    ("A clinic in Rochester, MN, said it would expand.", "Rochester", 44.02, -92.47, "MN"),
    ("Surfers in Newcastle, NSW, were rescued.", "Newcastle", -32.93, 151.78, "NSW"),
    ("A shop in Richmond, North Yorkshire, closed.", "Richmond", 54.40, -1.73, "North Yorkshire"),
    ("Schools in Dublin, Ohio, closed early.", "Dublin", 40.10, -83.11, "Ohio"),
    ("The county fair opened in Paris, Tenn., on Friday.", "Paris", 36.30, -88.33, "Tenn."),
    ("Firefighters in Athens, Ga., were called out.", "Athens", 33.96, -83.38, "Ga."),
])
def test_town_qualified_by_its_unit(gaz, text, town, lat, lon, unit):
    t = _parse(text, gaz)
    assert _near(t[town], lat, lon, 0.2), t[town]
    assert t[unit]["kind"] == "admin1"


def test_unit_name_after_a_town_is_the_unit_not_a_country(gaz):
    t = _parse("Police in Athens, Georgia, said a cyclist was hurt.", gaz)
    assert t["Georgia"]["kind"] == "admin1" and t["Georgia"]["lon"] < 0
    assert _near(t["Athens"], 33.96, -83.38, 0.2)


def test_town_written_again_keeps_its_unit(gaz):
    t = geoparse("Schools in Dublin, Ohio, closed. Dublin parents were angry.", gazetteer=gaz)
    dublins = [x for x in t if x["name"] == "Dublin"]
    assert len(dublins) == 2 and all(_near(x, 40.10, -83.11, 0.2) for x in dublins)


def test_a_list_of_places_is_no_qualifier(gaz):
    t = _parse("Shelling hit Donetsk, Luhansk and Kharkiv.", gaz)
    assert _near(t["Donetsk"], 48.02, 37.80, 0.2)


def test_two_letter_code_needs_a_town_of_that_state(gaz):
    text = "He told Smith, IN a statement, that it was over."
    assert "IN" not in _parse(text, gaz)
    text = "She met Kowalski, OK, and left."
    assert "OK" not in _parse(text, gaz)


@pytest.mark.parametrize("text, town, lat, lon, abbr", [
    ("Residents of Lancaster, Pa., voted.", "Lancaster", 40.04, -76.31, "Pa."),  # "Pa" = Chongqing alone
    ("Police in Kansas City, Kan., said.", "Kansas City", 39.11, -94.63, "Kan."),  # "Kan" = Ganzhou alone
    ("Flooding in Townsville, Qld, closed roads.", "Townsville", -19.27, 146.81, "Qld"),
])
def test_abbreviation_wins_over_a_name_read_inside_it(gaz, text, town, lat, lon, abbr):
    t = _parse(text, gaz)
    assert _near(t[town], lat, lon, 0.1), t[town]
    assert t[abbr]["kind"] == "admin1" and t[abbr]["lon"] * lon > 0
    assert len(t) == 2


def test_undotted_abbreviation_needs_a_town_of_its_unit(gaz):
    assert "Vic" not in _parse("He met Paul, Vic and Ann.", gaz)


def test_dotted_abbreviation_after_an_unknown_town_is_the_state(gaz):
    t = _parse("Residents of Zzyzxville, Ala., lost power.", gaz)
    assert t["Ala."]["kind"] == "admin1" and _near(t["Ala."], 32.8, -86.8, 1.5)


def test_abbreviations_name_units_of_the_gazetteer(gaz):
    table = abbreviations()
    assert table["Ill."][:2] == ("US", "Illinois") and table["NSW"][:2] == ("AU", "New South Wales")
    assert table["Ont."][:2] == ("CA", "Ontario") and table["IL"][2] == "code"
    for abbr, (country, name, _) in table.items():
        assert any(p.kind == "admin1" and p.country == country for p in gaz.candidates(name, fuzzy=False)), abbr


# --------------------------------------------------------------------------- a unit named in the article


def test_unit_named_in_the_article_pulls_its_towns(gaz):
    t = _parse("Oregon lawmakers met on Monday. In Salem, the governor spoke.", gaz)
    assert _near(t["Salem"], 44.94, -123.04, 0.2)  # not Salem, India
    t = _parse("Budget cuts hit Illinois hospitals. Springfield officials objected.", gaz)
    assert _near(t["Springfield"], 39.80, -89.64, 0.2)


def test_a_named_unit_does_not_pull_a_capital(gaz):
    t = _parse("Texas officials met on Monday. Flights to Paris were cancelled.", gaz)
    assert _near(t["Paris"], 48.85, 2.35, 0.2)


# --------------------------------------------------------------------------- the UK's nations


def test_uk_nations_are_regions(gaz):
    t = _parse("Cases rose in England and Scotland but fell in Wales and Northern Ireland.", gaz)
    for name, (lat, lon) in {"England": (52.6, -1.5), "Scotland": (56.8, -4.2), "Wales": (52.3, -3.8),
                             "Northern Ireland": (54.6, -6.7)}.items():
        assert t[name]["kind"] == "region" and _near(t[name], lat, lon, 1.0), name


@pytest.mark.parametrize("text, town, lat, lon", [
    ("A festival in Perth, Scotland, was cancelled.", "Perth", 56.40, -3.43),
    ("Students in Bangor, Wales, protested.", "Bangor", 53.23, -4.13),
    ("Council workers in Newport, Wales, began clearing debris.", "Newport", 51.59, -3.0),
])
def test_town_qualified_by_a_nation(gaz, text, town, lat, lon):
    t = _parse(text, gaz)
    assert _near(t[town], lat, lon, 0.2), t[town]
    assert t[text.split(", ")[1]]["kind"] == "region"


def test_common_word_after_a_town_is_a_place_only_when_it_names_a_unit(gaz):
    assert "Mobile" not in _parse("In Paris, Mobile phones were banned.", gaz)


# --------------------------------------------------------------------------- "X County"


@pytest.mark.parametrize("name", ["Cook", "Wayne", "King", "Travis", "Tarrant", "Fresno", "Cobb", "Kern", "Tulsa"])
def test_county_is_never_guessed_from_its_generic_word(gaz, name):
    # "Tulsa County" was Talas (Kyrgyzstan), "Travis County" Treviso, "Kern County" Kerouane
    for t in geoparse(f"Officials in {name} County said the road would reopen.", gazetteer=gaz):
        assert t["lat"] is None or -130 < t["lon"] < -60, t


def test_county_qualified_by_its_state_is_placed_at_its_towns(gaz):
    # the county itself now (geo/data/us_counties.csv: the centre of its GeoNames towns), no more its namesake town
    t = _parse("Officials in Tulsa County, Okla., said the bridge was safe.", gaz)
    assert t["Tulsa County"]["kind"] == "county" and _near(t["Tulsa County"], 36.15, -95.99, 0.2)
    t = _parse("Officials in Fresno County said. The California governor visited.", gaz)
    assert t["Fresno County"]["kind"] == "county" and _near(t["Fresno County"], 36.75, -119.77, 0.2)


def test_county_of_the_gazetteer_is_kept(gaz):
    t = _parse("Officials in Mandera County said the border was closed.", gaz)
    # the span is the county's name as written; the county itself since Kenya's counties are regions
    # (scripts/build_ke_counties.py), no longer its seat, the town of Mandera on the border
    assert _near(t["Mandera County"], 3.05, 40.85, 0.5) and t["Mandera County"]["kind"] == "region"


# --------------------------------------------------------------------------- a town of the article inside a unit


@pytest.mark.parametrize("text, name, lat, lon, kind", [
    ("Georgia's governor signed the bill in Atlanta.", "Georgia", 32.7, -83.5, "admin1"),
    ("The Victoria government said Melbourne would reopen.", "Victoria", -36.9, 144.3, "admin1"),
    ("Punjab police said the attack in Amritsar killed four.", "Punjab", 30.8, 75.4, "admin1"),
    ("Punjab police said the attack in Lahore killed four.", "Punjab", 30.8, 72.1, "admin1"),
    # the unit's own town of that name (audit: Gao, Burkina Faso, 270 km off)
    ("JNIM attacked a convoy between Gao and Ansongo. JNIM ambushed VDP near Djibo in Burkina Faso.",
     "Gao", 16.27, -0.04, "city"),
])
def test_name_of_a_unit_holding_a_town_of_the_article(gaz, text, name, lat, lon, kind):
    t = _parse(text, gaz)[name]
    assert t["kind"] == kind and _near(t, lat, lon, 0.3), t


@pytest.mark.parametrize("text, name, kind, lat, lon", [
    ("Tbilisi says Georgia will not join the alliance.", "Georgia", "country", 42.2, 43.5),
    ("Mexico sent troops to Toluca.", "Mexico", "country", 23.9, -102.5),  # a unit of its own country
    ("Officials in Washington praised Seattle.", "Washington", "city", 38.9, -77.0),  # a capital
    ("Fighting in Kidal and Tessalit.", "Kidal", "city", 18.44, 1.41),  # the town lies in the unit
    ("Fighting in Gao region near Ansongo.", "Gao", "admin1", 16.8, 1.4),  # span without "region", the unit still
])
def test_names_a_town_of_the_article_does_not_move(gaz, text, name, kind, lat, lon):
    t = _parse(text, gaz)[name]
    assert t["kind"] == kind and _near(t, lat, lon, 0.3), t


def test_country_with_towns_of_its_own_stays_the_country(gaz):
    t = _parse("Refugees fled from Niamey into Niger's south, and bandits attacked Minna.", gaz)
    assert t["Niger"]["kind"] == "country"
    t = _parse("Gunmen in Niger attacked Minna and Suleja.", gaz)  # Niger State, Nigeria
    assert t["Niger"]["kind"] == "admin1" and _near(t["Niger"], 9.9, 5.6, 0.5)


def test_unit_found_from_a_town_pulls_the_other_towns(gaz):
    # Georgia is the state because of Atlanta; then Columbus is Columbus, Ga. (a border town)
    t = _parse("Georgia's governor visited Atlanta. Later he spoke in Columbus.", gaz)
    assert _near(t["Columbus"], 32.46, -84.99, 0.2)


def test_named_unit_resolves_a_name_left_ambiguous(gaz):
    t = _parse("Schools in Ohio closed. Officials in Cambridge said.", gaz)  # three Cambridges of ~120,000
    assert _near(t["Cambridge"], 40.03, -81.59, 0.2)


def test_town_name_before_county_is_kept_only_inside_a_named_unit(gaz):
    # Harris and Dallas counties are in the gazetteer now (placed at their towns): not Harris, Minnesota
    t = _parse("Deputies in Harris County, Texas, said the flood was over.", gaz)
    assert t["Harris County"]["kind"] == "county" and _near(t["Harris County"], 29.8, -95.3, 0.3)
    t = _parse("Officials in Dallas County, Texas, said the roads were open.", gaz)
    assert _near(t["Dallas County"], 32.78, -96.81, 0.2)
    # a county the gazetteer cannot place: its namesake town only inside the named unit
    t = _parse("Deputies in Carson County, Texas, said the flood was over.", gaz)
    assert all(v["lat"] is None or -107 < v["lon"] < -93 for v in t.values()), t
