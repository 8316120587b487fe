"""Place mentions: finding them with exact offsets, their roles, and their resolution.

Most tests run on a tiny fake gazetteer and fake shapes (the interfaces of
geo.gazetteer and geo.shapes), so that they say what the reader does with a
name, whatever the real data holds; the last section uses the real modules.
"""
from __future__ import annotations

import re
from dataclasses import dataclass

import pytest
from shapely.geometry import Point, box

from geo.location import Location
from geo.place import Place
from reading.document import Document
from reading.toponyms import (
    PlaceMentions,
    capital_name,
    find_places,
    focus_country,
    load_patterns,
    resolve,
)

# ----------------------------------------------------------------------------- fakes

_P = [
    Place("country:LY", "Libya", "country", 27.0, 17.0, "LY", population=6_700_000),
    Place("country:LB", "Lebanon", "country", 33.9, 35.9, "LB", population=6_800_000),
    Place("country:TD", "Chad", "country", 15.0, 19.0, "TD", population=15_000_000),
    Place("country:EG", "Egypt", "country", 27.0, 30.0, "EG", population=100_000_000),
    Place("country:AE", "United Arab Emirates", "country", 24.0, 54.0, "AE", population=9_000_000),
    Place("country:SD", "Sudan", "country", 15.0, 30.0, "SD", population=43_000_000),
    Place("country:TR", "Turkey", "country", 39.0, 35.0, "TR", population=82_000_000),
    Place("country:RU", "Russia", "country", 60.0, 100.0, "RU", population=144_000_000),
    Place("country:UA", "Ukraine", "country", 49.0, 32.0, "UA", population=44_000_000),
    Place("country:SY", "Syria", "country", 35.0, 38.0, "SY", population=17_000_000),
    Place("country:ME", "Montenegro", "country", 42.5, 19.3, "ME", population=620_000),
    Place("gn:2210247", "Tripoli", "city", 32.887, 13.187, "LY", population=1_302_947, geonameid=2210247),
    Place("gn:266826", "Tripoli", "city", 34.434, 35.844, "LB", population=229_398, geonameid=266826),
    Place("gn:88319", "Benghazi", "city", 32.115, 20.068, "LY", population=650_629, geonameid=88319),
    Place("gn:2214846", "Misrata", "city", 32.375, 15.092, "LY", population=386_120, geonameid=2214846),
    Place("gn:2217362", "Gharyan", "city", 32.172, 13.02, "LY", population=85_000, geonameid=2217362),
    Place("gn:2210554", "Sirte", "city", 31.205, 16.588, "LY", population=128_123, geonameid=2210554),
    Place("gn:276781", "Beirut", "city", 33.893, 35.502, "LB", population=1_916_100, geonameid=276781),
    Place("gn:2427123", "N'Djamena", "city", 12.106, 15.044, "TD", population=721_081, geonameid=2427123),
    Place("gn:379252", "Khartoum", "city", 15.552, 32.532, "SD", population=1_974_647, geonameid=379252),
    Place("gn:379303", "Omdurman", "city", 15.644, 32.478, "SD", population=1_200_000, geonameid=379303),
    Place("gn:379555", "El Fasher", "city", 13.628, 25.349, "SD", population=252_609, geonameid=379555),
    Place("gn:703448", "Kyiv", "city", 50.45, 30.523, "UA", population=2_797_553, geonameid=703448),
    Place("gn:706483", "Kharkiv", "city", 49.98, 36.25, "UA", population=1_430_885, geonameid=706483),
    Place("gn:3204186", "Bar", "city", 42.093, 19.1, "ME", population=13_000, geonameid=3204186),
    Place("gn:524901", "Moscow", "city", 55.75, 37.62, "RU", population=10_381_222, geonameid=524901),
    Place("gn:360630", "Cairo", "city", 30.06, 31.25, "EG", population=7_734_614, geonameid=360630),
    Place("gn:250441", "Amman", "city", 31.95, 35.93, "JO", population=1_275_857, geonameid=250441),
    Place("ne:LBY-north", "North Lebanon", "admin1", 34.4, 36.1, "LB", population=800_000),
    Place("gn:1", "Springfield", "city", 39.8, -89.6, "US", population=116_000, geonameid=1),
    Place("gn:2", "Springfield", "city", 37.2, -93.3, "US", population=167_000, geonameid=2),
    Place("gn:3", "Alexandria", "city", 31.2, 29.9, "EG", population=3_811_516, geonameid=3),
    Place("gn:4", "Alexandria", "city", 38.8, -77.05, "US", population=139_966, geonameid=4),
    Place("gn:5", "Umm Qasr", "city", 30.0, 47.9, "IQ", population=45_000, geonameid=5),
    Place("gn:6", "Umm Qasr", "city", 15.0, 44.0, "YE", population=40_000, geonameid=6),
]
_NAMES = {
    "Libya": ["country:LY"], "Lebanon": ["country:LB"], "Chad": ["country:TD"],
    "Egypt": ["country:EG"], "United Arab Emirates": ["country:AE"], "UAE": ["country:AE"],
    "Sudan": ["country:SD"], "Turkey": ["country:TR"], "Russia": ["country:RU"],
    "Ukraine": ["country:UA"], "Syria": ["country:SY"], "Montenegro": ["country:ME"],
    "Tripoli": ["gn:2210247", "gn:266826"], "Benghazi": ["gn:88319"],
    "Misrata": ["gn:2214846"], "Misurata": ["gn:2214846"], "Misratah": ["gn:2214846"],
    "Gharyan": ["gn:2217362"], "Sirte": ["gn:2210554"], "Beirut": ["gn:276781"],
    "N'Djamena": ["gn:2427123"], "Khartoum": ["gn:379252"], "Omdurman": ["gn:379303"],
    "El Fasher": ["gn:379555"], "Kyiv": ["gn:703448"], "Kharkiv": ["gn:706483"],
    "Bar": ["gn:3204186"], "Moscow": ["gn:524901"], "Cairo": ["gn:360630"], "Amman": ["gn:250441"],
    "North Lebanon": ["ne:LBY-north"], "Springfield": ["gn:2", "gn:1"],
    "Alexandria": ["gn:3", "gn:4"], "Umm Qasr": ["gn:5", "gn:6"],
}
_COMMON = {"Bar"}
_DEMONYMS = {"Libyan": "LY", "Lebanese": "LB", "Chadian": "TD", "Egyptian": "EG", "Emirati": "AE",
             "Sudanese": "SD", "Turkish": "TR", "Russian": "RU", "Ukrainian": "UA", "Syrian": "SY"}
_BOXES = {"LY": (9.3, 19.5, 25.2, 33.2), "LB": (35.1, 33.0, 36.6, 34.7), "SD": (21.8, 8.7, 38.6, 22.2),
          "UA": (22.1, 44.4, 40.2, 52.4), "TD": (13.5, 7.4, 24.0, 23.5), "EG": (24.7, 22.0, 36.9, 31.7)}


@dataclass
class NameMatch:
    start: int
    end: int
    surface: str
    key: str
    candidates: list
    common_word: bool = False
    fuzzy: bool = False


class FakeGazetteer:
    """The interface of geo.gazetteer.Gazetteer over a few dozen places."""

    def __init__(self):
        self.places = {p.id: p for p in _P}
        alts = "|".join(re.escape(n) for n in sorted(_NAMES, key=len, reverse=True))
        self._rx = re.compile(r"(?<![\w'])(?:" + alts + r")(?![\w])")

    def candidates(self, name):
        return [self.places[i] for i in _NAMES.get(name, [])]

    def get(self, place_id):
        return self.places.get(place_id)

    def country(self, code_or_name):
        for p in _P:
            if p.kind == "country" and code_or_name in (p.country, p.name):
                return p
        return None

    def location(self, place):
        return Location(place.name, Point(place.lon, place.lat), place.lat, place.lon,
                        1 if place.kind == "city" else 3, "at", place.id, place.country)

    def demonym(self, word):
        return _DEMONYMS.get(word)

    def find_names(self, text):
        return [NameMatch(m.start(), m.end(), m.group(0), m.group(0), list(_NAMES[m.group(0)]),
                          m.group(0) in _COMMON) for m in self._rx.finditer(text)]


class FakeShapes:
    """The interface of geo.shapes (anchors are Locations); areas are boxes to test containment."""

    @staticmethod
    def _loc(name, geom, precision, relation, at):
        c = geom.representative_point()
        return Location(name, geom, c.y, c.x, precision, relation, at.place_id, at.country)

    def cardinal_part(self, at, direction):
        if direction not in ("north", "south", "east", "west", "centre", "north-east", "north-west",
                             "south-east", "south-west"):
            raise ValueError(f"direction {direction!r}")
        if at.precision == 3:
            x0, y0, x1, y1 = _BOXES.get(at.country, (at.lon - .5, at.lat - .5, at.lon + .5, at.lat + .5))
        else:
            x0, y0, x1, y1 = at.lon - .1, at.lat - .1, at.lon + .1, at.lat + .1
        mx, my = (x0 + x1) / 2, (y0 + y1) / 2
        g = {"east": box(mx, y0, x1, y1), "west": box(x0, y0, mx, y1), "north": box(x0, my, x1, y1),
             "south": box(x0, y0, x1, my)}.get(direction, box(x0, y0, x1, y1))
        return self._loc(f"{direction} {at.name}", g, 3 if at.precision == 3 else 2, "part", at)

    def sector(self, at, direction=None, *, kind="suburbs"):
        dy = {"south": -.15, "north": .15}.get(direction, 0)
        dx = {"east": .15, "west": -.15}.get(direction, 0)
        g = box(at.lon + dx - .07, at.lat + dy - .07, at.lon + dx + .07, at.lat + dy + .07)
        return self._loc(f"{kind} {direction} of {at.name}", g, 2, "sector", at)

    def offset(self, at, direction, km=None):
        d = (km or 15) / 111.0
        dy = {"south": -d, "north": d}.get(direction, 0)
        dx = {"east": d, "west": -d}.get(direction, 0)
        return self._loc(f"{direction} of {at.name}", Point(at.lon + dx, at.lat + dy), 2, "offset", at)

    def near(self, at, km=None):
        return self._loc(f"near {at.name}", Point(at.lon, at.lat).buffer(.1), 2, "near", at)

    def between(self, a, b):
        return self._loc(f"between {a.name} and {b.name}", Point((a.lon + b.lon) / 2, (a.lat + b.lat) / 2),
                         2, "between", a)


@pytest.fixture(scope="module")
def nlp():
    return PlaceMentions(FakeGazetteer(), shapes=FakeShapes())


def read(nlp, text):
    return nlp(Document(id="t", text=text))


def mention(doc, text):
    """The one mention whose text is exactly ``text``."""
    hits = [m for m in doc.mentions if m.text == text]
    assert len(hits) == 1, [m.text for m in doc.mentions]
    return hits[0]


# ----------------------------------------------------------------------------- offsets


def test_offsets_are_exact(nlp):
    text = "Shelling hit Misrata and Sirte overnight."
    doc = read(nlp, text)
    assert [(m.start, m.end) for m in doc.mentions] == [(13, 20), (25, 30)]
    assert all(text[m.start : m.end] == m.text for m in doc.mentions)


def test_mentions_are_in_text_order(nlp):
    doc = read(nlp, "Libyan officials in Sirte said forces left Gharyan for the south.")
    starts = [m.start for m in doc.mentions]
    assert starts == sorted(starts)


def test_spelling_variant_resolves_to_the_same_place(nlp):
    doc = read(nlp, "Fighters from Misurata and Misratah moved out.")
    assert {m.place_id for m in doc.mentions} == {"gn:2214846"}


def test_empty_text_gives_no_mentions_and_no_focus(nlp):
    doc = read(nlp, "")
    assert doc.mentions == [] and doc.focus_country is None and doc.problems == []


def test_text_without_places_gives_no_mentions(nlp):
    assert read(nlp, "The talks were postponed again on Monday.").mentions == []


# ----------------------------------------------------------------------------- relative phrases


def test_suburbs_to_the_south_is_one_mention(nlp):
    doc = read(nlp, "There were clashes in the suburbs to the south of Tripoli on Sunday in Libya.")
    m = mention(doc, "the suburbs to the south of Tripoli")
    assert m.place_id == "gn:2210247"
    assert m.location.relation == "sector" and m.location.precision == 2
    assert m.location.lat < 32.887


def test_southern_outskirts_is_a_sector_of_outskirts(nlp):
    doc = read(nlp, "Rockets fell on the southern outskirts of Khartoum.")
    m = mention(doc, "the southern outskirts of Khartoum")
    assert m.location.relation == "sector" and "outskirts" in m.location.name


def test_distance_and_direction_is_an_offset(nlp):
    doc = read(nlp, "The airbase lies 27 km west of Tripoli, Libya.")
    m = mention(doc, "27 km west of Tripoli")
    assert m.location.relation == "offset"
    assert m.location.lon == pytest.approx(13.187 - 27 / 111.0, abs=1e-3)


def test_distance_with_conversion_in_brackets(nlp):
    doc = read(nlp, "A convoy was hit 30 kilometres (19 miles) south of Gharyan.")
    m = mention(doc, "30 kilometres (19 miles) south of Gharyan")
    assert m.location.lat == pytest.approx(32.172 - 30 / 111.0, abs=1e-3)


def test_miles_are_converted_to_km(nlp):
    doc = read(nlp, "Drones struck 10 miles north of Kharkiv.")
    m = mention(doc, "10 miles north of Kharkiv")
    assert m.location.lat == pytest.approx(49.98 + 16.1 / 111.0, abs=1e-3)


def test_south_of_without_distance(nlp):
    doc = read(nlp, "Fighting continued south of Omdurman.")
    assert mention(doc, "south of Omdurman").location.relation == "offset"


def test_compound_direction_north_east_of(nlp):
    doc = read(nlp, "Troops massed north-east of Kharkiv in Ukraine.")
    m = mention(doc, "north-east of Kharkiv")
    assert m.location is not None and m.place_id == "gn:706483"


def test_between_two_towns_is_one_mention(nlp):
    doc = read(nlp, "The road between Sirte and Misrata was cut.")
    m = mention(doc, "between Sirte and Misrata")
    assert m.location.relation == "between"
    assert m.candidates == ["gn:2210554", "gn:2214846"]


def test_near_and_outside(nlp):
    doc = read(nlp, "A camp near El Fasher was shelled, and a market outside Omdurman burned.")
    assert mention(doc, "near El Fasher").location.relation == "near"
    assert mention(doc, "outside Omdurman").location.relation == "near"


def test_country_east_via_possessive(nlp):
    doc = read(nlp, "Libya is split. A general controls the country's east.")
    m = mention(doc, "the country's east")
    assert m.place_id == "country:LY" and m.location.relation == "part"
    assert m.location.geometry.contains(Point(20.068, 32.115))  # Benghazi


def test_eastern_country_adjective(nlp):
    doc = read(nlp, "Floods hit eastern Libya last week.")
    m = mention(doc, "eastern Libya")
    assert m.location.precision == 3 and m.location.geometry.contains(Point(20.068, 32.115))


def test_the_east_of_the_country(nlp):
    doc = read(nlp, "In Sudan, fighting spread to the east of the country.")
    m = mention(doc, "to the east of the country")
    assert m.place_id == "country:SD" and m.location.relation == "part"


def test_eastern_portion_of_country(nlp):
    doc = read(nlp, "The army controls the Eastern portion of Libya.")
    assert mention(doc, "the Eastern portion of Libya").location.relation == "part"


def test_bare_the_south_takes_the_focus_country(nlp):
    doc = read(nlp, "Sudanese troops moved to Khartoum. Tribes in the south were mobilised.")
    m = mention(doc, "the south")
    assert m.place_id == "country:SD" and m.location.relation == "part"


def test_capitalised_the_west_as_politics_is_not_a_place(nlp):
    doc = read(nlp, "The West condemned the strikes on Kharkiv.")
    assert [m.text for m in doc.mentions] == ["Kharkiv"]


def test_relative_phrase_with_unknown_anchor_is_kept_with_a_problem(nlp):
    doc = read(nlp, "Fighting broke out in the south.")
    m = mention(doc, "the south")
    assert m.place_id is None and m.reason
    assert [p.code for p in doc.problems] == ["W203"]
    assert doc.problems[0].kind == "unplaced" and doc.problems[0].start == m.start


# ----------------------------------------------------------------------------- references


def test_the_capital_is_the_focus_countrys_capital(nlp):
    doc = read(nlp, "Libya's rivals fought over the capital.")
    m = mention(doc, "the capital")
    assert m.role == "reference" and m.place_id == "gn:2210247"


def test_the_demonym_capital_uses_the_demonym(nlp):
    doc = read(nlp, "Sudan's army said clashes reached the Lebanese capital.")
    assert mention(doc, "the Lebanese capital").place_id == "gn:276781"


def test_capital_followed_by_its_name_is_one_name_mention(nlp):
    doc = read(nlp, "Fighting reached the capital, Khartoum.")
    assert [m.text for m in doc.mentions] == ["Khartoum"]


def test_the_city_is_the_last_named_city(nlp):
    doc = read(nlp, "Rebels entered Kharkiv. Residents of the city fled west.")
    assert mention(doc, "the city").place_id == "gn:706483"


def test_the_country_is_the_focus_country(nlp):
    doc = read(nlp, "Chad closed its border. Refugees poured into the country.")
    assert mention(doc, "the country").place_id == "country:TD"


def test_the_city_with_nothing_before_is_unplaced(nlp):
    doc = read(nlp, "Residents of the city fled.")
    m = mention(doc, "the city")
    assert m.place_id is None and doc.problems[0].code == "W204"


def test_capital_punishment_is_not_a_place(nlp):
    assert read(nlp, "Libya abolished the capital punishment law.").mentions[-1].text == "Libya"


# ----------------------------------------------------------------------------- demonyms


def test_demonym_points_to_its_country(nlp):
    doc = read(nlp, "He was captured by Chadian forces.")
    m = mention(doc, "Chadian")
    assert m.role == "demonym" and m.place_id == "country:TD"


def test_demonyms_inform_the_focus_country(nlp):
    doc = read(nlp, "Lebanese troops deployed in Tripoli. The Lebanese army said it was calm.")
    assert doc.focus_country == "LB"


# ----------------------------------------------------------------------------- resolution


def test_tripoli_in_a_libyan_article_is_in_libya(nlp):
    doc = read(nlp, "Forces loyal to the government in Libya repelled an attack on Tripoli near Gharyan.")
    assert mention(doc, "Tripoli").place_id == "gn:2210247"


def test_tripoli_in_a_lebanese_article_is_in_lebanon(nlp):
    text = ("Gunmen clashed overnight in Tripoli, the largest city of north Lebanon, "
            "where Lebanese soldiers set up checkpoints before moving on to Beirut.")
    doc = read(nlp, text)
    assert mention(doc, "Tripoli").place_id == "gn:266826"
    assert doc.focus_country == "LB"


def test_coherence_chooses_the_nearby_candidate(nlp):
    # No country named: Beirut (one candidate) pulls Tripoli to Lebanon.
    doc = read(nlp, "Protesters marched from Beirut to Tripoli.")
    assert mention(doc, "Tripoli").place_id == "gn:266826"


def test_candidates_are_all_recorded(nlp):
    doc = read(nlp, "Clashes in Tripoli, Libya.")
    assert mention(doc, "Tripoli").candidates == ["gn:2210247", "gn:266826"]


def test_ambiguous_name_without_evidence_is_unplaced(nlp):
    doc = read(nlp, "Umm Qasr was quiet.")
    m = mention(doc, "Umm Qasr")
    assert m.place_id is None and m.reason.startswith("ambiguous")
    assert doc.problems[0].code == "W202"


def test_same_country_namesakes_are_not_ambiguous(nlp):
    assert mention(read(nlp, "Springfield was quiet."), "Springfield").place_id == "gn:2"


def test_population_decides_when_context_is_silent(nlp):
    doc = read(nlp, "Alexandria was quiet.")
    assert mention(doc, "Alexandria").place_id == "gn:3"


def test_focus_country_from_sudan_article(nlp):
    text = ("The Rapid Support Forces shelled El Fasher again on Tuesday, while the Sudanese army "
            "held Omdurman. Egypt said it was worried.")
    doc = read(nlp, text)
    assert doc.focus_country == "SD"


def test_focus_country_prefers_located_country_over_actor(nlp):
    text = "Russia said it sent more troops. Drones hit Kharkiv and Kyiv in Ukraine."
    assert read(nlp, text).focus_country == "UA"


# ----------------------------------------------------------------------------- roles


@pytest.mark.parametrize("text,country", [
    ("Egypt supports the eastern government.", "Egypt"),
    ("The UAE has backed the general for years.", "UAE"),
    ("Turkey sent drones to the capital.", "Turkey"),
    ("Russia said it would veto the resolution.", "Russia"),
    ("Turkey, a NATO member, condemned the attack.", "Turkey"),
    ("The general is backed by Russia.", "Russia"),
    ("Egypt's foreign ministry issued a statement.", "Egypt"),
])
def test_country_as_actor(nlp, text, country):
    assert mention(read(nlp, text), country).role == "actor"


def test_supporters_listed_together_are_all_actors(nlp):
    doc = read(nlp, "Haftar received support from Egypt and the United Arab Emirates.")
    assert mention(doc, "Egypt").role == "actor"
    assert mention(doc, "United Arab Emirates").role == "actor"


def test_actor_country_keeps_its_place(nlp):
    m = mention(read(nlp, "Egypt supports the general."), "Egypt")
    assert m.place_id == "country:EG"


def test_country_as_setting_stays_location(nlp):
    doc = read(nlp, "Fighting in Sudan displaced thousands.")
    assert mention(doc, "Sudan").role == "location"


@pytest.mark.parametrize("text,name", [
    ("The Tripoli government rejected the offer.", "Tripoli"),
    ("A professor at the University of Benghazi was detained.", "Benghazi"),
    ("The Misrata Military Council mobilised.", "Misrata"),
])
def test_place_in_an_organisation_name_is_an_actor(nlp, text, name):
    m = mention(read(nlp, text), name)
    assert m.role == "actor" and m.place_id is not None


def test_demonym_in_organisation_is_kept(nlp):
    doc = read(nlp, "The Libyan National Army advanced.")
    assert mention(doc, "Libyan").place_id == "country:LY"


# ----------------------------------------------------------------------------- common words


def test_common_word_name_is_dropped_out_of_context(nlp):
    assert read(nlp, "Fighters met at a bar. Bar owners were angry.").mentions == []


def test_common_word_name_is_kept_in_geographic_context(nlp):
    doc = read(nlp, "Police made arrests in Bar, Montenegro.")
    assert mention(doc, "Bar").place_id == "gn:3204186"


# ----------------------------------------------------------------------------- helpers and arguments


def test_capital_name_from_country_table():
    assert capital_name("SD") == "Khartoum"
    assert capital_name("zz") == ""


def test_capital_name_rejects_non_strings():
    with pytest.raises(TypeError, match="iso2"):
        capital_name(5)


def test_find_places_rejects_non_text():
    with pytest.raises(TypeError, match="text"):
        find_places(b"Tripoli", FakeGazetteer())


def test_component_rejects_non_documents(nlp):
    with pytest.raises(TypeError, match="doc"):
        nlp("Tripoli")


def test_component_rejects_missing_gazetteer():
    with pytest.raises(TypeError, match="gazetteer"):
        PlaceMentions(None)


def test_patterns_are_compiled_once():
    assert load_patterns() is load_patterns()


def test_resolve_with_explicit_focus_overrides_votes():
    gaz = FakeGazetteer()
    found = find_places("Tripoli", gaz)
    resolve(found, gaz, focus="LB", shapes=FakeShapes())
    assert found[0].place_id == "gn:266826"


def test_focus_country_of_nothing_is_none():
    assert focus_country([], FakeGazetteer()) is None


def test_output_is_deterministic(nlp):
    text = "Egypt and the UAE backed forces near Sirte, 20 km south of Misrata, in eastern Libya."
    a = [(m.start, m.end, m.role, m.place_id) for m in read(nlp, text).mentions]
    b = [(m.start, m.end, m.role, m.place_id) for m in read(nlp, text).mentions]
    assert a == b


def test_acronym_in_brackets_shares_the_actor_role(nlp):
    doc = read(nlp, "He had support from the United Arab Emirates (UAE) and Egypt.")
    assert [m.role for m in doc.mentions] == ["actor", "actor", "actor"]


def test_place_based_organisation_is_an_actor(nlp):
    assert mention(read(nlp, "The Tripoli-based cabinet met."), "Tripoli").role == "actor"


def test_name_after_a_title_is_a_person_not_a_place(nlp):
    text = "Gen. Tripoli Smith and President Sirte spoke in Benghazi."
    assert [m.text for m in read(nlp, text).mentions] == ["Benghazi"]


def test_possessive_name_is_the_name():
    class Possessive(FakeGazetteer):  # finds "Libya's" as a fuzzy spelling of a Turkish town
        def find_names(self, text):
            return [NameMatch(3, 10, "Libya's", "libyas", ["country:TR"], fuzzy=True)]

    doc = PlaceMentions(Possessive(), shapes=FakeShapes())(Document(id="t", text="In Libya's Tripoli"))
    assert (doc.mentions[0].text, doc.mentions[0].place_id) == ("Libya", "country:LY")


def test_fuzzy_surname_is_dropped_but_located_fuzzy_name_kept():
    class Guessing(FakeGazetteer):
        def find_names(self, text):
            out = super().find_names(text)
            for word, pid in (("Salame", "gn:360630"), ("Gharian", "gn:2217362")):
                i = text.find(word)
                if i >= 0:
                    out.append(NameMatch(i, i + len(word), word, word.lower(), [pid], fuzzy=True))
            return sorted(out, key=lambda m: m.start)

    nlp = PlaceMentions(Guessing(), shapes=FakeShapes())
    doc = nlp(Document(id="t", text="Envoy Ghassan Salame spoke of fighting near Gharian in Libya."))
    assert [m.text for m in doc.mentions] == ["near Gharian", "Libya"]


def test_acronym_organisation_is_not_a_place():
    _NAMES["UN"] = ["gn:3204186"]  # a village whose alternate name is "UN"
    try:
        nlp = PlaceMentions(FakeGazetteer(), shapes=FakeShapes())
        assert [m.surface for m in nlp.gazetteer.find_names("The UN said")] == ["UN"]
        doc = read(nlp, "The UN said troops in Bar, Montenegro, were safe.")
    finally:
        del _NAMES["UN"]
    assert [m.text for m in doc.mentions] == ["Bar", "Montenegro"]


def test_country_acronym_is_kept(nlp):
    assert mention(read(nlp, "Strikes in the UAE."), "UAE").place_id == "country:AE"


def test_direction_word_is_not_a_place_name(nlp):
    _NAMES["Eastern"] = ["ne:LBY-north"]  # an admin unit called "Eastern" somewhere
    try:
        doc = read(nlp, "The army controls the Eastern portion of Libya.")
    finally:
        del _NAMES["Eastern"]
    assert [m.text for m in doc.mentions] == ["the Eastern portion of Libya"]


def test_place_word_inside_a_longer_proper_name_is_dropped(nlp):
    doc = read(nlp, "He joined the National Salvation Sirte group, then went to Sirte.")
    assert [m.start for m in doc.mentions] == [text_index("He joined the National Salvation Sirte group, then went to Sirte.")]


def text_index(text):
    return text.rindex("Sirte")


def test_demonym_before_a_place_does_not_hide_it(nlp):
    doc = read(nlp, "Fighting in Sudanese Khartoum went on.")
    assert mention(doc, "Khartoum").place_id == "gn:379252"


def test_has_alone_does_not_make_an_actor(nlp):
    assert mention(read(nlp, "Libya has frequently seen clashes."), "Libya").role == "location"


def test_town_name_with_article_and_possessive_is_not_a_place(nlp):
    assert read(nlp, "He led the Bar\u2019s militant wing.").mentions == []


# ----------------------------------------------------------------------------- real gazetteer and shapes

SEEDS = __import__("pathlib").Path(__file__).resolve().parents[2] / "seeds"


@pytest.fixture(scope="module")
def real():
    gazetteer = pytest.importorskip("geo.gazetteer")
    pytest.importorskip("geo.shapes")
    return PlaceMentions(gazetteer.load_gazetteer())


def seed(real, name):
    path = next(SEEDS.glob(name + "*.txt"))
    return real(Document(id=path.name, text=path.read_text(encoding="utf-8")))


def test_seed_suburbs_south_of_tripoli(real):
    doc = seed(real, "003")
    m = mention(doc, "the suburbs to the south of Tripoli")
    assert m.location.precision == 2 and m.location.is_area
    assert m.location.lat < real.gazetteer.get(m.place_id).lat
    assert real.gazetteer.get(m.place_id).country == "LY"


def test_seed_the_country_east_contains_benghazi(real):
    doc = seed(real, "000")
    m = mention(doc, "the country's east")
    benghazi = real.gazetteer.candidates("Benghazi")[0]
    assert m.place_id == real.gazetteer.country("LY").id
    assert m.location.geometry.contains(Point(benghazi.lon, benghazi.lat))


def test_seed_chadian_is_chad(real):
    m = mention(seed(real, "003"), "Chadian")
    assert m.role == "demonym" and real.gazetteer.get(m.place_id).country == "TD"


def test_seed_supporters_are_actors(real):
    doc = seed(real, "003")
    assert mention(doc, "Egypt").role == "actor"
    assert mention(doc, "United Arab Emirates").role == "actor"


def test_seed_the_city_is_tripoli(real):
    doc = seed(real, "003")
    m = mention(doc, "the city")
    assert real.gazetteer.get(m.place_id).name == "Tripoli" and doc.focus_country == "LY"


def test_seed_organisation_names_are_actors(real):
    doc = seed(real, "000")
    gov = doc.text.index("the Tripoli government") + 4
    assert [m.role for m in doc.mentions if m.start == gov] == ["actor"]


def test_real_lebanese_tripoli(real):
    text = ("Two people were killed in clashes between gunmen in Tripoli, north Lebanon, "
            "the army said. Soldiers deployed in the Bab al-Tabbaneh district of the city.")
    doc = real(Document(id="lb", text=text))
    assert doc.focus_country == "LB"
    assert real.gazetteer.get(mention(doc, "Tripoli").place_id).country == "LB"


def test_real_sudan_article(real):
    text = ("Paramilitary fighters shelled El Fasher, the capital of North Darfur, on Monday. "
            "The Sudanese army said it repelled an attack 20 km north of Omdurman, "
            "while Egypt called for a ceasefire.")
    doc = real(Document(id="sd", text=text))
    assert doc.focus_country == "SD"
    off = mention(doc, "20 km north of Omdurman")
    assert off.location.relation == "offset" and off.location.lat > 15.6
    assert mention(doc, "Egypt").role == "actor"


def test_real_ukraine_article(real):
    text = ("Russian drones struck Kharkiv overnight. Ukraine's air force said most were shot down "
            "over the eastern outskirts of the city and near Chuhuiv.")
    doc = real(Document(id="ua", text=text))
    assert doc.focus_country == "UA"
    assert mention(doc, "near Chuhuiv").location.relation == "near"


def test_real_yemen_article(real):
    text = ("Houthi forces advanced on Marib, Yemen, as Saudi-led coalition jets bombed positions "
            "west of the city. Fighting also flared in the south, near Aden.")
    doc = real(Document(id="ye", text=text))
    assert doc.focus_country == "YE"
    assert real.gazetteer.get(mention(doc, "near Aden").place_id).country == "YE"
    assert mention(doc, "the south").place_id == real.gazetteer.country("YE").id


def test_name_comma_country_decides_against_the_focus(nlp):
    text = "Libya's army held Sirte and Misrata. Libya, Libya. A rally was held in Tripoli, Lebanon."
    assert mention(read(nlp, text), "Tripoli").place_id == "gn:266826"


def test_demonym_city_of_name_decides(nlp):
    text = "Libyan forces held Sirte. Meanwhile the Lebanese city of Tripoli was calm."
    assert mention(read(nlp, text), "Tripoli").place_id == "gn:266826"


def test_the_area_is_not_a_reference(nlp):
    assert [m.text for m in read(nlp, "Police sealed off the area near Sirte.").mentions] == ["near Sirte"]


def test_capital_city_speaking_is_an_actor(nlp):
    doc = read(nlp, "Kyiv said Russian drones hit Kharkiv. Moscow denied it.")
    assert [(m.text, m.role) for m in doc.mentions if m.text in ("Kyiv", "Moscow", "Kharkiv")] == [
        ("Kyiv", "actor"), ("Kharkiv", "location"), ("Moscow", "actor")]


def test_country_backed_compound_is_an_actor(nlp):
    assert mention(read(nlp, "The UAE-backed council holds the port."), "UAE").role == "actor"


def test_listed_mediators_are_actors_and_not_hints(nlp):
    doc = read(nlp, "Egypt, Turkey and Russia are mediating between the sides in Sudan.")
    assert [m.role for m in doc.mentions] == ["actor", "actor", "actor", "location"]
    assert mention(doc, "Egypt").place_id == "country:EG"


def test_small_faraway_namesake_is_doubted():
    # (an armed group's name is no place at all: tests/reading/test_toponyms_audit2.py)
    _NAMES["Hamdan"] = ["gn:3204186"]  # as if a small Montenegrin town had that alternate name
    try:
        nlp = PlaceMentions(FakeGazetteer(), shapes=FakeShapes())
        doc = read(nlp, "Sudanese troops held Khartoum and Omdurman while Hamdan fired rockets.")
    finally:
        del _NAMES["Hamdan"]
    m = mention(doc, "Hamdan")
    assert m.place_id is None and m.reason.startswith("probably not a place")


def test_small_town_in_the_focus_country_is_kept(nlp):
    doc = read(nlp, "Libyan troops held Tripoli. Gharyan was quiet.")
    assert mention(doc, "Gharyan").place_id == "gn:2217362"


def test_bare_name_of_town_and_province_is_the_town(nlp):
    doc = read(nlp, "Fighting in Lebanon: gunmen roamed North Lebanon and Tripoli.")
    _NAMES["Tripoli"] = ["ne:LBY-north", "gn:266826"]  # as if the province were ranked first
    try:
        doc = read(PlaceMentions(FakeGazetteer(), shapes=FakeShapes()), "Gunmen roamed Tripoli in Lebanon.")
    finally:
        _NAMES["Tripoli"] = ["gn:2210247", "gn:266826"]
    assert mention(doc, "Tripoli").place_id == "gn:266826"


def test_lowercase_direction_noun_before_a_name_is_a_part(nlp):
    doc = read(nlp, "Shelling hit north Lebanon, far from the South Sudan border.")
    assert mention(doc, "north Lebanon").location.relation == "part"


def test_reference_anchors_in_phrases(nlp):
    doc = read(nlp, "In Libya, militias clashed between the capital and Misrata.")
    m = mention(doc, "between the capital and Misrata")
    assert m.place_id == "gn:2210247" and m.location.relation == "between"


def test_running_twice_reports_once(nlp):
    doc = read(nlp, "Residents of the city fled.")
    nlp(doc)
    assert len(doc.problems) == 1 and len(doc.mentions) == 1


def test_unknown_names_after_in_or_near_are_reported_unplaced():
    from geo.gazetteer import load_gazetteer
    from reading.document import Document
    from reading.toponyms import PlaceMentions

    doc = Document(id="u.txt", text="Clashes erupted in Qwertabad and near Blorpton on Monday, in April.")
    PlaceMentions(load_gazetteer())(doc)
    unplaced = {m.text for m in doc.mentions if m.place_id is None}
    assert {"Qwertabad", "Blorpton"} <= unplaced
    assert "April" not in unplaced
    assert {p.text for p in doc.problems if p.kind == "unplaced"} >= {"Qwertabad", "Blorpton"}


# ----------------------------------------------------------------------------- pre-checks


def _final_words(items: list) -> set[str]:
    """Every last word (run of letters, lower case) a regex's matches can end with,
    before trailing whitespace; "*" when it cannot tell. Enough for places.json's "before" phrases."""
    try:
        from re import _constants as c, _parser as sp
    except ImportError:  # pragma: no cover
        import sre_constants as c  # type: ignore[no-redef]
        import sre_parse as sp  # type: ignore[no-redef]

    def space(op, av) -> bool:
        return op is c.IN and all(o is c.CATEGORY and a is c.CATEGORY_SPACE for o, a in av)

    def f(items: list, word: str) -> set[str]:
        if not items:
            return {word}
        op, av = items[-1]
        rest = items[:-1]
        if op is c.LITERAL and chr(av).isalpha():
            return f(rest, chr(av) + word)
        if word:
            return {word}  # anything else ends the word (\b, a space, a digit, a hyphen)
        if op in (c.AT, c.ASSERT, c.ASSERT_NOT) or space(op, av):
            return f(rest, "")
        if op is c.SUBPATTERN:
            return f(rest + list(av[-1]), "")
        if op is c.BRANCH:
            return set().union(*(f(rest + list(alt), "") for alt in av[1]))
        if op in (c.MAX_REPEAT, c.MIN_REPEAT):
            lo, hi, sub = av
            sub = list(sub)
            if len(sub) == 1 and space(*sub[0]):
                return f(rest, "")
            return (f(rest, "") if lo == 0 else set()) | f(rest + sub, "")
        return {"*"}

    return f(list(items), "")


def test_before_phrases_end_with_the_words_places_json_lists():
    """The pre-check tries a "before" phrase only after the words it lists: every word its regex can end with."""
    import json

    from reading.toponyms import PATTERNS_PATH, _last_word

    try:
        from re import _parser as sp
    except ImportError:  # pragma: no cover
        import sre_parse as sp  # type: ignore[no-redef]
    raw = json.loads(PATTERNS_PATH.read_text(encoding="utf-8"))
    last = {"{DIR}": raw["dir_nouns"], "{DIRADJ}": raw["dir_adjectives"]}
    for spec, (_, rx) in zip(raw["before"], load_patterns().before):
        listed = {_last_word(x) for w in spec["ends_with"] for x in last.get(w, [w])}
        ends = {w.lower() for w in _final_words(list(sp.parse(rx.pattern, rx.flags)))}
        assert "*" not in ends and "" not in ends, spec["regex"]
        assert ends <= listed, (spec["regex"], ends - listed)


def test_final_words_sees_alternatives_and_optional_words():
    try:
        from re import _parser as sp
    except ImportError:  # pragma: no cover
        import sre_parse as sp  # type: ignore[no-redef]
    assert _final_words(list(sp.parse(r"(?:near|close\s+to)\s+(?:the\s+)?"))) == {"near", "to", "the"}
    assert _final_words(list(sp.parse(r"[a-z]+\s+"))) == {"*"}


def test_context_pre_checks_change_nothing():
    """With and without the word pre-checks, the same phrases are found (the pre-checks only skip work)."""
    import reading.toponyms as T

    gaz = FakeGazetteer()
    texts = [
        "Clashes 27 km (17 miles) south-west of Tripoli and in the southern suburbs of Sirte.",
        "Fighting on the outskirts of the Tripoli, near Misrata and just outside of Sirte.",
        "Forces moved north Tripoli, into eastern Libya, then to the far south of Libya.",
        "Gen. Khalifa Haftar said Tripoli; President Tebboune of Egypt; the capital was calm.",
        "Shelling between Sirte and Misrata, then in the south and across the north-east.",
    ]
    fast = [[(f.start, f.end, f.relation, f.role) for f in find_places(t, gaz)] for t in texts]
    pats = load_patterns()
    slow_pats = T.Patterns(**{**{k: getattr(pats, k) for k in pats.__dataclass_fields__},
                              "before_by_word": {}, "before_any": pats.before})
    orig, floor = T._before_patterns, T._phrase_floor
    T._before_patterns = lambda text, s, lo, tail, p: () if tail[0] == s or tail[0] <= lo else p.before
    T._phrase_floor = lambda window, p: 0
    try:
        slow = [[(f.start, f.end, f.relation, f.role) for f in find_places(t, gaz, patterns=slow_pats)] for t in texts]
    finally:
        T._before_patterns, T._phrase_floor = orig, floor
    assert fast == slow
    assert any(r[2] == "offset" for r in fast[0]) and any(r[2] == "near" for r in fast[1])


def test_phrase_search_from_the_floor_finds_the_same_phrases():
    """Searching a "before" phrase from _phrase_floor finds the very phrase the whole window gives."""
    import random

    import reading.toponyms as T

    pats = load_patterns()
    words = sorted(pats.before_vocabulary - {"s", "b", "z", "d", "p", "w", "i", "x"}) + [
        "20", "20.5", "3,5", "20km", "20-km", "anti-north", "x-south", ",", "fighting", "Tripoli", "(12", "miles)",
        "the", "of", "south", "north-east", "km", "outskirts", "near"]
    rng = random.Random(7)
    found = 0
    for _ in range(3000):
        window = " ".join(rng.choice(words) for _ in range(rng.randint(1, 9))) + " "
        text = window + "Sirte"
        anchor = T.PlaceSpan(len(window), len(text), "Sirte")
        fast = T._before_phrase(text, anchor, 0, pats)
        orig = T._phrase_floor
        T._phrase_floor = lambda w, p: 0
        try:
            slow = T._before_phrase(text, anchor, 0, pats)
        finally:
            T._phrase_floor = orig
        assert fast == slow, window
        found += fast is not None
    assert found > 300  # the sample does hold phrases


@pytest.mark.parametrize("before", ["President ", "Gen. ", "President O'Neil ", "President Al-Sarraj ", "Mr ",
                                    "envoy Ghassan ", "in ", "near Gen. ", "the President, ", "Lt. X-y "])
def test_title_pre_check_never_hides_a_person(before):
    """_after_title is False only where person_before cannot match."""
    import reading.toponyms as T

    pats = load_patterns()
    text = before + "Tripoli"
    s = len(before)
    if pats.person_before.search(text[max(0, s - 40) : s]):
        assert T._after_title(text, s, T._tail(text, s), pats.person_words)
