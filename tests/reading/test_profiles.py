"""Conflict profiles: data files, alias resolution, context rules, detection."""
import datetime as dt
import json
import re

import pytest

from reading.document import Document
from reading.profiles import Profile, available_profiles, detect_profile, load_profile


@pytest.fixture(scope="module")
def libya():
    return load_profile("libya")


@pytest.fixture(scope="module")
def sudan():
    return load_profile("sudan")


def test_profiles_shipped_include_libya_and_sudan():
    assert {"libya", "sudan"} <= set(available_profiles())


def test_profile_libya_names_its_countries_and_factions(libya):
    assert libya.countries == ("LY",)
    assert {"LNA", "GNA", "HoR", "UN", "NATO"} <= {f.id for f in libya.factions}


@pytest.mark.parametrize("pid", ["libya", "sudan"])
def test_profile_colours_are_hex_and_distinct(pid):
    p = load_profile(pid)
    colours = [f.color for f in p.factions]
    assert all(re.fullmatch(r"#[0-9A-Fa-f]{6}", c) for c in colours)
    assert len(set(c.lower() for c in colours)) == len(colours)


@pytest.mark.parametrize("phrase", [
    "the self-styled Libyan National Army", "LNA", "Haftar's forces", "Khalifa Hafter",
    "Libyan Arab Armed Forces",
])
def test_faction_of_lna_aliases(libya, phrase):
    assert libya.faction_of(phrase) == "LNA"


@pytest.mark.parametrize("phrase", [
    "Government of National Accord", "GNA", "the Presidential Council", "al-Sarraj", "Fayez Serraj",
    "the Tripoli government", "the UN-backed government", "the national unity government",
])
def test_faction_of_gna_aliases(libya, phrase):
    assert libya.faction_of(phrase) == "GNA"


@pytest.mark.parametrize("phrase", ["UN", "U.N.", "the United Nations", "UNSMIL", "the Security Council"])
def test_faction_of_un_is_international(libya, phrase):
    fid = libya.faction_of(phrase)
    assert fid == "UN"
    assert libya.faction(fid).kind == "international"


def test_faction_of_house_of_representatives(libya):
    assert libya.faction_of("the Tobruk-based parliament") == "HoR"
    assert libya.faction_of("House of Representatives") == "HoR"


def test_faction_of_government_forces_needs_context(libya):
    assert libya.faction_of("government forces", "clashes south of Tripoli") == "GNA"


def test_faction_of_government_not_gna_when_context_says_gadhafi(libya):
    assert libya.faction_of("government forces", "Gadhafi's government forces shelled Misrata in 2011") is None


def test_faction_of_government_not_gna_outside_profile_years(libya):
    assert libya.faction_of("government forces", "", date=dt.date(2011, 3, 1)) is None
    assert libya.faction_of("government forces", "", date=dt.date(2019, 4, 9)) == "GNA"


def test_faction_of_militias_in_tripoli_needs_loyalty(libya):
    assert libya.faction_of("the militias in Tripoli", "claim to be loyal to the government") == "GNA"
    assert libya.faction_of("the militias in Tripoli", "were seen in the streets") is None


def test_faction_of_unknown_actor_is_none(libya):
    assert libya.faction_of("Chadian forces") is None


def test_faction_of_acronym_is_case_sensitive(libya):
    assert libya.faction_of("an un-named official") is None


def test_faction_of_rejects_non_str(libya):
    with pytest.raises(TypeError, match="actor_text"):
        libya.faction_of(42)


def test_sudan_profile_rsf_and_army(sudan):
    assert sudan.faction_of("the paramilitary Rapid Support Forces") == "RSF"
    assert sudan.faction_of("Hemedti's fighters") == "RSF"
    assert sudan.faction_of("the army", "the army shelled Omdurman") == "SAF"


def test_find_returns_sorted_non_overlapping_spans(libya):
    text = "The self-styled Libyan National Army (LNA) clashed with GNA forces."
    spans = libya.find(text)
    assert [s.text for s in spans] == ["self-styled Libyan National Army", "LNA", "GNA forces"]
    assert all(a.end <= b.start for a, b in zip(spans, spans[1:]))


def test_region_by_direction(libya):
    assert libya.region("south").name == "Fezzan"
    assert libya.region("Cyrenaica").direction == "east"
    assert libya.region("up") is None


def test_detect_profile_by_focus_country():
    doc = Document(id="a", text="x", published=dt.date(2019, 4, 4), focus_country="LY")
    assert detect_profile(doc).id == "libya"


def test_detect_profile_none_for_other_country():
    doc = Document(id="a", text="x", published=dt.date(2019, 4, 4), focus_country="FR")
    assert detect_profile(doc) is None


def test_detect_profile_none_before_the_war():
    doc = Document(id="a", text="x", published=dt.date(2011, 3, 1), focus_country="LY")
    assert detect_profile(doc) is None


def test_detect_profile_by_names_when_country_unknown():
    doc = Document(id="a", text="The RSF and the Sudanese Armed Forces fought; RSF fighters advanced.",
                   published=dt.date(2024, 1, 1))
    assert detect_profile(doc).id == "sudan"


def test_detect_profile_ignores_international_bodies_alone():
    doc = Document(id="a", text="The UN and the United Nations Security Council met.", published=dt.date(2019, 4, 4))
    assert detect_profile(doc) is None


def test_new_conflict_needs_only_a_json_file(tmp_path):
    data = {"id": "testland", "name": "Testland", "countries": ["TL"],
            "factions": [{"id": "RED", "name": "Red Brigade", "aliases": ["Red Brigade", "the Reds"],
                          "color": "#D55E00", "kind": "armed group"}]}
    path = tmp_path / "testland.json"
    path.write_text(json.dumps(data), encoding="utf-8")
    p = load_profile(path)
    assert p.faction_of("the Reds") == "RED"
    assert p.color_of("RED") == "#D55E00"


def test_load_profile_unknown_name_says_which_exist():
    with pytest.raises(ValueError, match="libya"):
        load_profile("atlantis")


def test_load_profile_rejects_wrong_type():
    with pytest.raises(TypeError, match="name_or_path"):
        load_profile(3)


@pytest.mark.parametrize("bad, message", [
    ({"id": "x", "name": "x", "countries": []}, "factions"),
    ({"id": "x", "name": "x", "countries": [], "factions": [{"id": "A", "color": "red"}]}, "color"),
    ({"id": "x", "name": "x", "countries": [], "factions": [{"id": "A"}, {"id": "A"}]}, "duplicate"),
    ({"id": "x", "name": "x", "countries": [], "factions": [{"id": "A", "kind": "alien"}]}, "kind"),
    ({"id": "x", "name": "x", "countries": [], "factions": [{"id": "A"}],
      "context_rules": [{"alias": "x", "faction": "B"}]}, "unknown faction"),
])
def test_from_dict_rejects_bad_profiles(bad, message):
    with pytest.raises(ValueError, match=message):
        Profile.from_dict(bad)


def test_government_means_gna_only_from_2016(libya):
    assert libya.faction_of("government forces", "", date=dt.date(2015, 6, 1)) is None
    assert libya.faction_of("government forces", "", date=dt.date(2016, 6, 1)) == "GNA"


def test_a_profile_that_has_read_text_travels_by_pickle():
    """Dask workers receive the fixed profile pickled, after it may have been used."""
    import pickle

    p = load_profile("libya")
    text = "Haftar's forces and the GNA clashed near Tripoli."
    before = p.find(text)
    q = pickle.loads(pickle.dumps(p))
    assert before and q.find(text) == before
