"""Actor mentions: profile factions first, generic phrases kept as named.

Also holds the small document builder shared by the event and control tests:
real sentence splitter and date finder, and a fake place finder (a dict of
names to hand-made Locations) so that tests stay fast and exact.
"""
import datetime as dt
import re

import pytest
from shapely.geometry import Point, box

from geo.location import Location
from reading.actors import ActorMentions, actors_of
from reading.document import Document, Mention
from reading.profiles import load_profile

LIBYA = Location("Libya", box(9.3, 19.5, 25.2, 33.2), 27.0, 17.0, 3, "at", "country:LY", "LY")
SUDAN = Location("Sudan", box(21.8, 8.7, 38.6, 22.0), 15.0, 30.0, 3, "at", "country:SD", "SD")


def town(name, lon, lat, iso):
    return Location(name, Point(lon, lat), lat, lon, 1, "at", f"gn:{name.lower()}", iso)


PLACES = {
    "Tripoli": town("Tripoli", 13.19, 32.89, "LY"),
    "Benghazi": town("Benghazi", 20.07, 32.12, "LY"),
    "Sirte": town("Sirte", 16.59, 31.21, "LY"),
    "Gharyan": town("Gharyan", 13.02, 32.17, "LY"),
    "Sabha": town("Sabha", 14.43, 27.04, "LY"),
    "Khartoum": town("Khartoum", 32.53, 15.55, "SD"),
    "Omdurman": town("Omdurman", 32.48, 15.64, "SD"),
    "El Fasher": town("El Fasher", 25.35, 13.63, "SD"),
    "Wad Madani": town("Wad Madani", 33.52, 14.40, "SD"),
    "Kidal": town("Kidal", 1.41, 18.44, "ML"),
    "Tessalit": town("Tessalit", 1.01, 20.20, "ML"),
    "Aden": town("Aden", 45.03, 12.78, "YE"),
    "Libya": LIBYA,
    "Sudan": SUDAN,
}
COUNTRIES = {"LY": LIBYA, "SD": SUDAN}


def fake_places(doc, places=PLACES, actors=()):
    """Mentions for every known name in the text; ``actors`` get role "actor"."""
    for name, loc in places.items():
        for m in re.finditer(rf"(?<!\w){re.escape(name)}(?!\w)", doc.text):
            role = "actor" if name in actors else "location"
            doc.mentions.append(Mention(m.start(), m.end(), name, name, role, loc.place_id, [], loc))
    doc.mentions.sort(key=lambda m: m.start)
    return doc


def make_doc(text, *, published=dt.date(2019, 4, 9), country="LY", profile="libya", places=PLACES,
             country_actors=(), components=("actors",)):
    """A Document read up to the given components (actors, events, control)."""
    from reading.control import ControlClaims
    from reading.dates import DateFinder
    from reading.events import EventExtractor
    from reading.sentences import SentenceSplitter

    doc = Document(id="t.txt", text=text, title="t", published=published, focus_country=country)
    doc = SentenceSplitter()(doc)
    doc = DateFinder()(doc)
    fake_places(doc, places, country_actors)
    prof = load_profile(profile) if isinstance(profile, str) else profile
    lookup = COUNTRIES.get
    doc = ActorMentions(prof, detect=False)(doc)
    if "events" in components:
        doc = EventExtractor(country_lookup=lookup)(doc)
    if "control" in components:
        doc = ControlClaims(country_lookup=lookup)(doc)
    return doc


def names(doc):
    return [(a.text, a.name) for a in actors_of(doc)]


def test_actors_profile_alias_resolved_to_faction():
    doc = make_doc("The self-styled Libyan National Army advanced on Tripoli.")
    assert ("self-styled Libyan National Army", "LNA") in names(doc)


def test_actors_leader_possessive_takes_the_force_noun():
    doc = make_doc("Haftar's forces shelled the airport.")
    assert names(doc)[0] == ("Haftar's forces", "LNA")


def test_actors_curly_apostrophe_elliptic_possessive():
    doc = make_doc("Clashes between Haftar’s and government forces went on.")
    assert [n for _, n in names(doc)] == ["LNA", "GNA"]


def test_actors_government_forces_are_gna_in_2019():
    doc = make_doc("Government forces repelled the attack.")
    assert names(doc) == [("Government forces", "GNA")]


def test_actors_government_forces_stay_as_named_in_2011():
    doc = make_doc("Government forces repelled the attack.", published=dt.date(2011, 3, 1))
    (text, name), = names(doc)
    assert name == "Government forces"
    assert actors_of(doc)[0].faction is None


def test_actors_un_troops_are_the_un():
    doc = make_doc("UN troops in the city were placed on high alert.")
    assert names(doc)[0] == ("UN troops", "UN")


def test_actors_pronoun_resolves_to_last_leader():
    doc = make_doc("Haftar spoke on Monday. He has focused his efforts on the south.")
    pron = [a for a in actors_of(doc) if a.kind == "pronoun"]
    assert pron and all(a.faction == "LNA" for a in pron)


def test_actors_pronoun_not_resolved_far_from_leader():
    doc = make_doc("Haftar spoke. Prices rose. Rain fell. Markets shut. He left.")
    assert not [a for a in actors_of(doc) if a.kind == "pronoun"]


def test_actors_without_profile_kept_as_named():
    # (audit au11: "government troops" of an article on one country are that country's forces, not one
    # faction across a corpus of several countries)
    doc = make_doc("Houthi rebels and government troops fought near Aden.", country="YE", profile=None)
    assert names(doc) == [("Houthi rebels", "Houthis"), ("government troops", "Yemeni forces")]
    assert doc.user_data["profile"] is None


def test_actors_named_organisation_in_title_case():
    doc = make_doc("Rebels of the Northern Liberation Front attacked a checkpoint.", country="ML", profile=None)
    assert "Northern Liberation Front" in [n for _, n in names(doc)]


def test_actors_demonym_forces_beat_country_actor():
    doc = make_doc("He was captured by Chadian forces.", places={"Chadian": PLACES["Libya"]},
                   country_actors=("Chadian",))
    assert ("Chadian forces", "Chadian forces") in names(doc)


def test_actors_country_acting_from_toponym_stage():
    doc = make_doc("Sudan condemned the attack.", country="SD", profile=None, country_actors=("Sudan",))
    assert names(doc) == [("Sudan", "Sudan")]


def test_actors_un_prefix_is_not_un():
    doc = make_doc("An un-named official spoke.")
    assert "UN" not in [n for _, n in names(doc)]


def test_actors_sorted_by_offset():
    doc = make_doc("The GNA and the LNA and UNSMIL met. Haftar spoke.")
    starts = [a.start for a in actors_of(doc)]
    assert starts == sorted(starts)


def test_actors_detects_profile_when_none_given():
    doc = Document(id="d", text="RSF fighters entered the town.", published=dt.date(2024, 1, 2), focus_country="SD")
    doc = ActorMentions()(doc)
    assert doc.user_data["profile"] == "sudan"
    assert actors_of(doc)[0].name == "RSF"


def test_actors_rejects_non_document():
    with pytest.raises(TypeError, match="doc"):
        ActorMentions(detect=False)("text")


def test_actors_rejects_bad_profile():
    with pytest.raises(TypeError, match="profile"):
        ActorMentions("libya")


def test_actors_forces_loyal_to_a_leader_are_one_actor():
    doc = make_doc("Forces loyal to Khalifa Hafter captured the airport.")
    assert names(doc)[0] == ("Forces loyal to Khalifa Hafter", "LNA")


def test_actors_spelling_variants_of_leaders():
    doc = make_doc("Hifter met Serraj.")
    assert [n for _, n in names(doc)] == ["LNA", "GNA"]


def test_actors_fixed_profile_not_forced_on_another_country():
    doc = Document(id="d", text="Government forces shelled the RSF in Omdurman.", published=dt.date(2024, 1, 2),
                   focus_country="SD")
    doc = ActorMentions(load_profile("libya"))(doc)
    assert doc.user_data["profile"] == "sudan"
    assert [a.name for a in actors_of(doc)] == ["SAF", "RSF"]


def test_actors_fixed_profile_kept_when_its_factions_are_named():
    doc = Document(id="d", text="Haftar met officials in Cairo.", published=dt.date(2019, 4, 2), focus_country="EG")
    doc = ActorMentions(load_profile("libya"))(doc)
    assert doc.user_data["profile"] == "libya"
