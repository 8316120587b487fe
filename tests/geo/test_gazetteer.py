"""The offline gazetteer: candidates, spelling variants, the name finder, cache.

The first run builds the index (about half a minute) and caches it; later
runs load it from the cache.
"""
import re
import time

import pytest
from shapely.geometry import Point

from geo import gazetteer as gz
from geo.gazetteer import Gazetteer, NameMatch, load_gazetteer
from geo.location import Location

VARIANTS = [
    ("Gharyan", "Garyan", "Gharian"),
    ("Tarhuna", "Tarhouna"),
    ("Sabha", "Sebha"),
    ("Misrata", "Misurata"),
    ("Zawiya", "Zawiyah"),
    ("Qasr bin Ghashir", "Qasr Ben Gashir"),
]


@pytest.fixture(scope="module")
def gaz() -> Gazetteer:
    return load_gazetteer()


def _names(gaz, text, **kw):
    return {m.surface: m for m in gaz.find_names(text, **kw)}


# --- candidates ----------------------------------------------------------

def test_tripoli_libya_ranks_first(gaz):
    cands = gaz.candidates("Tripoli")
    assert cands[0].country == "LY" and cands[0].kind == "city"


def test_tripoli_lebanon_is_also_a_candidate(gaz):
    assert "LB" in {p.country for p in gaz.candidates("Tripoli")}


@pytest.mark.parametrize("group", VARIANTS, ids=lambda g: g[0])
def test_spelling_variants_reach_the_same_place(gaz, group):
    firsts = {gaz.candidates(v)[0].id for v in group}
    assert len(firsts) == 1
    assert gaz.get(firsts.pop()).country == "LY"


@pytest.mark.parametrize("name", ["Benghazi", "Sabha", "Misrata"])
def test_libyan_cities_resolve_to_libya(gaz, name):
    assert gaz.candidates(name)[0].country == "LY"


def test_city_beats_admin1_of_same_name(gaz):
    kinds = [p.kind for p in gaz.candidates("Benghazi")]
    assert kinds[0] == "city" and "admin1" in kinds


def test_candidates_carry_admin1_and_source(gaz):
    p = gaz.candidates("Gharyan")[0]
    assert p.admin1 == "Al Jabal al Gharbi" and "GeoNames" in p.source and p.geonameid


def test_curated_places_are_found(gaz):
    for name in ("Ain Zara", "Wadi Rabi"):
        p = gaz.candidates(name)[0]
        assert p.id.startswith("cur:ly-") and p.source.startswith("curated:")


def test_airport_name_variants(gaz):
    assert gaz.candidates("Mitiga airport")[0].id == "iata:MJI"
    assert gaz.candidates("Mitiga")[0].id == "iata:MJI"
    assert gaz.candidates("Tripoli International Airport")[0].id == "iata:TIP"


def test_regions_are_candidates(gaz):
    assert gaz.candidates("Cyrenaica")[0].kind == "region"
    assert gaz.candidates("Darfur")[0].country == "SD"


def test_country_short_names(gaz):
    for name, code in [("Libya", "LY"), ("Syria", "SY"), ("Russia", "RU"), ("the UAE", "AE"),
                       ("United Arab Emirates", "AE"), ("US", "US"), ("U.S.", "US")]:
        assert gaz.candidates(name)[0].id == f"country:{code}", name


def test_fuzzy_can_be_switched_off(gaz):
    assert gaz.candidates("Gharian", fuzzy=False) == []
    assert gaz.candidates("Gharian")


def test_unknown_and_empty_names_have_no_candidates(gaz):
    assert gaz.candidates("Xqzzyville") == []
    assert gaz.candidates("") == []


def test_candidates_rejects_non_string(gaz):
    with pytest.raises(TypeError, match="name"):
        gaz.candidates(None)


def test_get_round_trips(gaz):
    p = gaz.candidates("Benghazi")[0]
    assert gaz.get(p.id) == p


def test_get_unknown_raises_keyerror(gaz):
    with pytest.raises(KeyError):
        gaz.get("gn:0")


# --- countries and demonyms ----------------------------------------------

@pytest.mark.parametrize("query", ["LY", "ly", "LBY", "Libya", "libya"])
def test_country_by_code_or_name(gaz, query):
    assert gaz.country(query).id == "country:LY"


def test_country_unknown_is_none(gaz):
    assert gaz.country("Atlantis") is None


@pytest.mark.parametrize("word,code", [("Libyan", "LY"), ("Chadian", "TD"), ("Emirati", "AE"),
                                       ("Sudanese", "SD"), ("Libyans", "LY"), ("Ukrainian", "UA")])
def test_demonyms(gaz, word, code):
    assert gaz.demonym(word) == code


def test_demonym_unknown_is_none(gaz):
    assert gaz.demonym("Martian") is None


# --- geometry and location -----------------------------------------------

def test_country_location_is_a_region_inside_its_polygon(gaz):
    loc = gaz.location(gaz.country("LY"))
    assert isinstance(loc, Location) and loc.precision == 3 and loc.is_area
    assert loc.geometry.contains(Point(loc.lon, loc.lat))


def test_city_location_is_precision_one_extent(gaz):
    p = gaz.candidates("Tripoli")[0]
    loc = gaz.location(p)
    assert loc.precision == 1 and loc.place_id == p.id and loc.country == "LY"
    assert loc.geometry.contains(Point(p.lon, p.lat))


def test_admin1_and_region_locations_are_precision_three(gaz):
    for name in ("Cyrenaica", "Kharkiv Oblast"):
        cands = [p for p in gaz.candidates(name) if p.kind in ("region", "admin1")]
        assert cands and gaz.location(cands[0]).precision == 3, name


def test_airport_geometry_is_a_small_disc(gaz):
    g = gaz.geometry(gaz.get("iata:MJI"))
    assert g.geom_type == "Polygon" and g.area < 0.01


def test_geometry_rejects_non_place(gaz):
    with pytest.raises(TypeError, match="place"):
        gaz.geometry("Tripoli")


# --- find_names ----------------------------------------------------------

def test_find_names_offsets_exact_with_diacritics_and_curly_quotes(gaz):
    text = "Ṣabḥā’s mayor said “Ta‘izz” and Qaṣr Bin Ghashīr were calm; N’Djamena too."
    found = gaz.find_names(text)
    assert [m.surface for m in found] == ["Ṣabḥā", "Ta‘izz", "Qaṣr Bin Ghashīr", "N’Djamena"]
    assert all(text[m.start:m.end] == m.surface for m in found)


def test_find_names_finds_curated_and_airport(gaz):
    found = _names(gaz, "Shelling hit Ain Zara while Mitiga airport stayed shut.")
    assert found["Ain Zara"].candidates[0] == "cur:ly-ain-zara"
    assert found["Mitiga airport"].candidates == ("iata:MJI",)


@pytest.mark.parametrize("group", VARIANTS, ids=lambda g: g[0])
def test_find_names_reaches_variants_in_running_text(gaz, group):
    ids = set()
    for v in group:
        found = _names(gaz, f"Fighting was reported in {v} on Tuesday.")
        assert v in found, v
        ids.add(found[v].candidates[0])
    assert len(ids) == 1


def test_find_names_marks_fuzzy_matches(gaz):
    found = _names(gaz, "Forces advanced on Gharian and Gharyan.")
    assert found["Gharian"].fuzzy and not found["Gharyan"].fuzzy


def test_longer_fuzzy_match_beats_shorter_exact(gaz):
    found = gaz.find_names("They shelled Qasr Ben Gashir.")
    assert [m.surface for m in found] == ["Qasr Ben Gashir"]


def test_lowercase_common_word_is_not_a_place(gaz):
    assert gaz.find_names("the police said the mobile units left") == []


def test_sentence_initial_common_word_is_flagged(gaz):
    m = gaz.find_names("Police said three people died.")[0]
    assert m.surface == "Police" and m.common_word


@pytest.mark.parametrize("town", ["Cannes", "Calais", "Trenton"])
def test_proper_name_of_a_big_town_is_not_flagged_common(gaz, town):
    # frequent in English only as the town's name: nothing makes it an ordinary word
    assert not gaz.is_common_word(town.lower())


@pytest.mark.parametrize("name", ["David", "Gary", "Franklin", "Lawrence", "Stafford", "Castro", "Rubio"])
def test_frequent_given_name_naming_a_town_stays_common(gaz, name):
    # towns of 70,000+ (Panama, Indiana, England, Brazil, Venezuela), but often a person's name
    assert gaz.is_common_word(name.lower())


def test_real_place_names_are_not_flagged_common(gaz):
    found = _names(gaz, "Russia and China met in London with Libya.")
    assert not any(m.common_word for m in found.values())


def test_find_names_respects_word_boundaries(gaz):
    assert "Tripoli" not in _names(gaz, "TheTripoli McTripoli")


def test_find_names_keeps_arabic_article_in_surface(gaz):
    m = _names(gaz, "Clashes in al-Zawiya left two dead.")["al-Zawiya"]
    assert m.key == "zawiya"


def test_find_names_english_at_is_not_an_article(gaz):
    assert [m.surface for m in gaz.find_names("At Tripoli, all was calm.")][-1] == "Tripoli"


def test_find_names_hyphenated_compound(gaz):
    found = _names(gaz, "The Tripoli-based government and anti-Russia protests.")
    assert "Tripoli" in found and "Russia" in found


def test_find_names_acronym_with_dots(gaz):
    assert _names(gaz, "Talks with the U.S. went on.")["U.S."].candidates == ("country:US",)


def test_find_names_other_countries(gaz):
    found = _names(gaz, "Shelling near Kharkiv and in the Donbas; RSF fighters entered El Fasher in North Darfur.")
    assert gaz.get(found["Kharkiv"].candidates[0]).country == "UA"
    assert found["Donbas"].candidates[0] == "region:ua-donbas"
    assert gaz.get(found["El Fasher"].candidates[0]).country == "SD"


def test_find_names_empty_text(gaz):
    assert gaz.find_names("") == []


def test_find_names_rejects_non_string(gaz):
    with pytest.raises(TypeError, match="text"):
        gaz.find_names(b"Tripoli")


def test_find_names_is_deterministic(gaz):
    text = "From Misrata to Sirte, and back to Misrata."
    assert gaz.find_names(text) == gaz.find_names(text)
    assert isinstance(gaz.find_names(text)[0], NameMatch)


def test_find_names_speed(gaz):
    text = ("Forces loyal to the Government of National Accord said on Monday they had pushed "
            "back fighters from Qasr Ben Gashir towards Gharian, while the Libyan National Army "
            "shelled Ain Zara and Mitiga airport. Residents of Tripoli fled to Zawiya. ") * 2000
    t = time.process_time()
    gaz.find_names(text)
    dt = time.process_time() - t
    print(f"find_names: {len(text) / 1e6 / dt:.1f} MB/s")
    assert len(text) / 1e6 / dt > 0.5


# --- cache ---------------------------------------------------------------

def test_cached_load_reads_the_cache_without_rebuilding(gaz, monkeypatch):
    """A second process start must reuse the cached index, not rebuild it from the data files
    (the rebuild is what made a cold start slow; speed itself is measured in bench/)."""
    gz._load_or_build()  # the cache exists after this, whatever ran before

    def rebuild():
        raise AssertionError("the cached index was rebuilt")

    monkeypatch.setattr(gz, "_build_index", rebuild)
    index = gz._load_or_build()
    assert len(Gazetteer(index)) == len(gaz)


def test_cache_dir_follows_env(monkeypatch, tmp_path):
    monkeypatch.setenv("CONFLICT_MAP_CACHE", str(tmp_path))
    assert gz.cache_dir() == tmp_path


def test_load_gazetteer_is_memoised():
    assert load_gazetteer() is load_gazetteer()


def test_gazetteer_rejects_bad_index():
    with pytest.raises(TypeError, match="index"):
        Gazetteer([])


def test_unwritable_cache_warns_and_still_builds(monkeypatch, tmp_path):
    blocker = tmp_path / "file"
    blocker.write_text("")
    monkeypatch.setattr(gz, "_build_index", lambda: {"tiny": True})
    with pytest.warns(UserWarning, match="W250|not written"):
        index = gz._load_or_build(blocker / "sub" / "gazetteer-x.pkl")
    assert index == {"tiny": True}


def test_demonym_in_text_is_flagged_not_a_place(gaz):
    found = _names(gaz, "Chadian fighters crossed the border.")
    assert "Chadian" not in found or found["Chadian"].common_word


def test_person_name_close_to_a_town_is_not_fuzzy_matched(gaz):
    assert "Salame" not in _names(gaz, "Envoy Ghassan Salame said talks would go ahead.")


def test_aziziya_spellings_reach_libya(gaz):
    for v in ("Aziziya", "al-Aziziya", "Al Aziziyah"):
        assert gaz.candidates(v)[0].country == "LY", v


# --- fast paths ---------------------------------------------------------


def test_get_same_place_whether_or_not_the_finder_gave_the_id_out(gaz):
    fresh = Gazetteer(gz._load_or_build())
    given = fresh.find_names("Clashes near Gharian.")[0].candidates[0]
    assert fresh.get(given) == gaz.get(given)
    other = gaz.candidates("Misrata")[0].id  # never given out by fresh's finder
    assert fresh.get(other) == gaz.get(other)
    with pytest.raises(KeyError):
        fresh.get("gn:no-such-place")


@pytest.mark.parametrize("bad", [5, None, ["gn:1"]])
def test_get_rejects_ids_that_are_not_strings(gaz, bad):
    with pytest.raises(TypeError, match="place_id"):
        gaz.get(bad)


def test_get_gives_the_same_place_asked_again(gaz):
    fresh = Gazetteer(gz._load_or_build())
    pid = gaz.candidates("Kisangani")[0].id
    first = fresh.get(pid)  # (not asked for before: its row is looked up)
    assert fresh.get(pid) is first and first.name == "Kisangani"
    with pytest.raises(KeyError):
        fresh.get(pid + "-no-such")


def test_get_finds_many_ids_never_given_out(gaz):
    # more ids than get() looks up one by one: each still its own place, unknown ones a KeyError
    fresh = Gazetteer(gz._load_or_build())
    ids = [gaz.candidates(n)[0].id for n in ("Misrata", "Kano", "Aleppo", "Goma", "Bunia", "Mosul", "Kherson",
                                             "Timbuktu", "Juba", "Herat", "Taiz", "Idlib", "Gao", "Kidal",
                                             "Sirte", "Derna", "Zawiya", "Tobruk", "Maiduguri", "Beni")]
    for k, pid in enumerate(ids):
        assert fresh.get(pid) == gaz.get(pid), pid
        if k in (3, 18):
            with pytest.raises(KeyError):
                fresh.get(f"gn:no-such-place-{k}")
    assert [fresh.get(pid).name for pid in ids] == [gaz.get(pid).name for pid in ids]


def test_demonym_word_starts_finds_every_demonym_word(gaz):
    rx = gaz.demonym_word_starts()
    text = "Chadian, South Sudanese, Libyans, Emiratis and New Zealanders; Police and Tripoli are not."
    starts = {m.group() for m in rx.finditer(text)}
    words = re.findall(r"\b[A-Z][a-z]+\b", text)
    for w in words:  # a word it skips is no demonym and starts no demonym pair
        if w not in starts and w.rstrip("s") not in starts:
            assert gaz.demonym(w) is None
    assert {"Chadian", "South", "Libyans", "Emiratis", "New"} <= starts
    assert "Police" not in starts and "Tripoli" not in starts
