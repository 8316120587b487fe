"""Place-name errors of a second audit on conflict reports, as classes (real gazetteer).

- an armed group's name that a gazetteer knows only as another name of a town ("Hamas" is
  listed among the names of Hamm, Germany) is no place;
- an organisation named after a place ("X Cartel") is an actor, not a place;
- a name that is only the first word(s) of a town's own name ("Sinaloa" for Sinaloa de Leyva,
  "Durango" for Victoria de Durango) does not stand for the state of that name, and a town
  abroad known only by such a shortened name is doubted;
- "Town county, Unit state": a town named with its unit is not a namesake in another country;
- "the town of X" names X (unknown: reported unplaced), it is no reference to an earlier town;
- a dateline says where the reporter is: a demonym of the body outvotes it ("DAKAR - Burkinabe
  soldiers ... in the country's north"), a demonym of weapons ("Russian drones") does not; an
  event is not at the dateline when its sentence names another place (placed or not);
- well-known regions that are no admin unit (Kashmir, Golan Heights, Casamance, ...) are regions
  (geo/data/regions.csv), not a small town abroad that has the name among its other names.
"""
from __future__ import annotations

import pytest

from reading.geoparse import geoparse


@pytest.fixture(scope="module")
def gaz():
    from geo.gazetteer import load_gazetteer

    return load_gazetteer()


@pytest.fixture(scope="module")
def nlp(gaz):
    from reading.pipeline import default_pipeline

    return default_pipeline(gazetteer=gaz, profile=None)


def _parse(text, gaz):
    return {text[t["start"] : t["end"]]: t for t in geoparse(text, gazetteer=gaz)}


def _mentions(text, nlp, published="2024-05-01"):
    from reading.corpus import read_text

    doc = nlp(read_text(text, doc_id="t", published=published))
    return doc.mentions


def _placed(m):
    loc = m.location
    return None if loc is None else getattr(loc, "name", None)


# --------------------------------------------------------------------------- armed groups


@pytest.mark.parametrize("text, group", [
    ("A truce between Lebanon and Hamas officials was discussed in Cairo.", "Hamas"),
    ("Hamas said the talks in Doha had stalled.", "Hamas"),
    ("Fighting between Pakistan and Taliban fighters spread along the border.", "Taliban"),
])
def test_group_known_only_as_a_towns_other_name_is_no_place(gaz, nlp, text, group):
    spans = _parse(text, gaz)
    assert not any(group in s for s in spans), spans
    for m in _mentions(text, nlp):
        assert group not in m.text or m.location is None, (m.text, _placed(m))


def test_far_town_known_only_by_another_name_is_doubted_inside_between(nlp):
    # "Boni" is among GeoNames' names of Bonn: not the place between Kiunga and Boni (Kenya)
    ms = _mentions("Al-Shabaab fighters moved between Kiunga and Boni, Kenyan police said.", nlp)
    m = next(m for m in ms if m.text.startswith("between"))
    assert m.location is None or m.location.country == "KE", _placed(m)


@pytest.mark.parametrize("text, org, state", [
    ("Police found bodies in Jalisco, where the Jalisco New Generation Cartel operates.", "Jalisco", "Jalisco"),
    ("Troops were deployed across Tamaulipas after a Gulf Cartel ambush.", "Gulf", "Tamaulipas"),
])
def test_cartel_named_after_a_place_is_an_organisation(gaz, text, org, state):
    got = geoparse(text, gazetteer=gaz)
    names = [text[t["start"] : t["end"]] for t in got]
    assert names.count(org) == (1 if org == state else 0), names
    assert any(t["kind"] == "admin1" and text[t["start"] : t["end"]] == state for t in got)


# --------------------------------------------------------------------------- shortened town names


@pytest.mark.parametrize("text, name, country", [
    ("Clashes in Sinaloa have killed dozens.", "Sinaloa", "MX"),
    ("Troops were deployed across Zacatecas and Durango on Monday.", "Durango", "MX"),
])
def test_state_beats_a_town_whose_name_only_starts_with_it(gaz, text, name, country):
    t = _parse(text, gaz)[name]
    assert t["kind"] == "admin1" and 14 < t["lat"] < 33 and -118 < t["lon"] < -86, t  # Mexico


def test_a_generic_word_makes_no_longer_name(gaz):
    # GeoNames calls the town "Bandundu Province": "Bandundu" is still that town
    t = _parse("Refugees arrived in Bandundu and Kikwit last week.", gaz)["Bandundu"]
    assert t["kind"] == "city", t


def test_big_city_keeps_its_shortened_name(gaz):
    assert _parse("The Security Council met in New York on Monday.", gaz)["New York"]["kind"] == "city"


def test_town_known_by_its_own_name_still_stands_for_its_unit(gaz):
    # Zacatecas, Marib, Kidal: the town of that very name inside the unit
    assert _parse("Troops were deployed across Zacatecas and Durango on Monday.", gaz)["Zacatecas"]["kind"] == "city"
    assert _parse("Fighting resumed in Marib on Sunday.", gaz)["Marib"]["kind"] == "city"


@pytest.mark.parametrize("text, name", [
    ("Clashes in Nasir have killed at least 25 people, officials in Juba said.", "Nasir"),
    ("JUBA, March 6 - Clashes in Nasir county, Upper Nile state, have killed at least 25 people.", "Nasir"),
])
def test_shortened_name_of_a_town_abroad_does_not_beat_the_article(nlp, text, name):
    m = next(m for m in _mentions(text, nlp) if m.text.split()[0] == name)  # ("Nasir county" once Nasir is known)
    assert m.location is None or m.location.country == "SS", _placed(m)


@pytest.mark.parametrize("text, name, unit_country", [
    ("KABUL, May 2 - Clashes in Maimana district, Faryab province, killed 12 people.", "Maimana", "AF"),
    ("ADDIS ABABA - Fighting in Kobo woreda, Amhara region, killed 30.", "Kobo", "ET"),
])
def test_town_written_with_its_unit_stays_in_the_units_country(nlp, text, name, unit_country):
    m = next(m for m in _mentions(text, nlp) if m.text == name)
    assert m.location is not None and m.location.country == unit_country, _placed(m)


# --------------------------------------------------------------------------- "the town of X"


@pytest.mark.parametrize("text, unknown, dateline", [
    ("MOGADISHU, May 2 - Soldiers repelled an attack near the town of Qansaxdheere on Friday.",
     "Qansaxdheere", "Mogadishu"),
    ("BAMAKO, Sept 8 - Jihadists ambushed a convoy outside the town of Tessitakoro on Thursday.",
     "Tessitakoro", "Bamako"),
    ("NIAMEY - Gunmen attacked the village of Kogorouboi near the city of Garbougna.", "Kogorouboi", "Niamey"),
])
def test_the_town_of_x_is_x_not_the_town_named_before(nlp, text, unknown, dateline):
    ms = _mentions(text, nlp)
    for m in ms:
        if m.text.startswith(("near the town", "outside the town", "the town", "the village", "near the city",
                              "the city")):
            assert m.location is None or dateline not in (_placed(m) or ""), (m.text, _placed(m))
    assert any(m.text.endswith(unknown) or m.text == unknown for m in ms), [m.text for m in ms]


# --------------------------------------------------------------------------- regions


@pytest.mark.parametrize("text, name, lat, lon", [
    ("Militants attacked a checkpoint in Kashmir on Sunday.", "Kashmir", 34.5, 75.5),
    ("Israeli jets struck targets in the Golan Heights overnight.", "Golan Heights", 33.0, 35.8),
    ("Separatists clashed with soldiers in Casamance.", "Casamance", 12.8, -15.5),
])
def test_well_known_region_is_a_region(gaz, text, name, lat, lon):
    t = _parse(text, gaz)[name]
    assert t["kind"] == "region", t
    assert abs(t["lat"] - lat) < 2.5 and abs(t["lon"] - lon) < 2.5, t


def test_town_of_a_regions_name_elsewhere_keeps_its_own_name(gaz):
    got = _parse("Cashmere, Washington, hosted the apple festival.", gaz)["Cashmere"]
    assert got["kind"] == "city" and got["lon"] < -100



# --------------------------------------------------------------------------- the dateline and the story's country


@pytest.mark.parametrize("text, country", [
    ("DAKAR (AP) - Burkinabe soldiers killed at least 100 villagers in the country's north in March.", "BF"),
    ("NAIROBI, May 2 (Reuters) - Somali soldiers killed 30 militants in the country's south.", "SO"),
    ("JOHANNESBURG (AP) - Mozambican troops retook two villages in the country's north on Friday.", "MZ"),
    # weapons say whose, not where: the dateline's country stays the story's
    ("KYIV (Reuters) - Russian drones struck power plants in the country's west overnight.", "UA"),
])
def test_the_story_country_beats_the_datelines(nlp, text, country):
    m = next(m for m in _mentions(text, nlp) if m.text.startswith("the country"))
    assert m.location is not None and m.location.country == country, _placed(m)


def _events(text, nlp, published="2024-05-01"):
    from reading.corpus import read_text

    return nlp(read_text(text, doc_id="t", published=published)).events


@pytest.mark.parametrize("text, not_at", [
    ("Chad: soldiers accused of killing villagers\n\nYAOUNDE (AP) - Chadian soldiers killed at least 40 villagers, "
     "including 12 children, in two villages in the country's east in March, a rights group said.", "Yaound"),
    ("NAIROBI, May 2 - Al-Shabaab fighters attacked a base near the town of Qansaxdheere, killing 12 soldiers.",
     "Nairobi"),
])
def test_an_event_is_not_at_the_dateline_when_the_sentence_names_its_place(nlp, text, not_at):
    evs = _events(text, nlp)
    assert evs and all(not_at not in (getattr(e.location, "name", "") or "") for e in evs), \
        [getattr(e.location, "name", None) for e in evs]


def test_an_event_with_no_other_place_stays_at_the_dateline(nlp):
    evs = _events("GAZA, May 3 - Israeli strikes killed 20 people overnight, medics said.", nlp)
    assert evs and all("Gaza" in (getattr(e.location, "name", "") or "") for e in evs), \
        [getattr(e.location, "name", None) for e in evs]
