"""Actors outside any conflict profile, with the real gazetteer and pipeline.

A country's forces named by its demonym ("Ethiopian air strikes" -> "Ethiopian forces"),
well-known armed groups by any of their press names, unknown names acting, "the rebels"
resolved to the one group named before, and what must never become an actor (a place, a
patron in "the Iran-backed group", a helper in "backed by clan militias").
"""

import pytest

from reading.corpus import read_text


def read(nlp, text, published="2024-03-04"):
    return nlp(read_text(text, doc_id="t", published=published))


def events(nlp, text, published="2024-03-04"):
    return read(nlp, text, published).events


def one(nlp, text, published="2024-03-04"):
    evs = events(nlp, text, published)
    assert len(evs) == 1, [(e.sub_event_type, e.actor1, getattr(e.location, "name", None)) for e in evs]
    return evs[0]


@pytest.mark.parametrize("text, actor", [
    ("Ethiopian air strikes on Mekele killed eight civilians on Friday.", "Ethiopian forces"),
    ("Ukrainian drones struck Belgorod on Friday.", "Ukrainian forces"),
    ("Israeli jets struck Gaza City on Thursday, killing 12 people.", "Israeli forces"),
    ("Nigerian artillery shelled Monguno on Friday.", "Nigerian forces"),
])
def test_demonym_weapon_is_that_countrys_forces(nlp, text, actor):
    ev = one(nlp, text)
    assert ev.actor1 == actor


@pytest.mark.parametrize("text, actor", [
    ("Al-Shabaab fighters attacked Beledweyne on Friday.", "al-Shabaab"),
    ("ISWAP fighters attacked Monguno on Friday.", "ISWAP"),
    ("The Taliban seized Kunduz on Friday.", "Taliban"),
    ("Hamas fired rockets at Ashkelon on Friday.", "Hamas"),
    ("Ansar Allah fired missiles at Marib on Friday.", "Houthis"),
])
def test_well_known_groups_act_without_a_profile(nlp, text, actor):
    assert one(nlp, text).actor1 == actor


def test_unknown_name_before_a_conflict_verb_acts(nlp):
    doc = read(nlp, "Zarqawa attacked Maiduguri on Friday.")
    assert [a.name for a in doc.user_data["actors"]] == ["Zarqawa"]


def test_place_before_the_actor_is_not_an_actor(nlp):
    ev = one(nlp, "In Kachin State, the Kachin Independence Army captured Bhamo on Friday.")
    assert ev.actor1 == "Kachin Independence Army"
    assert ev.sub_event_type == "Non-state actor overtakes territory"
    assert all("State" not in a.name for a in read(nlp, "In Karen State, the Karen National Union attacked Myawaddy.")
               .user_data["actors"])


def test_named_army_is_not_the_government(nlp):
    ev = one(nlp, "The Kachin Independence Army captured Bhamo on Friday.")
    assert ev.sub_event_type == "Non-state actor overtakes territory"


def test_patron_is_not_the_actor(nlp):
    doc = read(nlp, "The Iran-backed group fired rockets at Erbil on Friday.")
    assert "Iran" not in [a.name for a in doc.user_data["actors"]]


def test_the_group_is_the_one_named_before(nlp):
    doc = read(nlp, "ISWAP fighters seized Monguno on Friday. The jihadist group also attacked Dikwa.")
    assert [e.actor1 for e in doc.events] == ["ISWAP", "ISWAP"]


def test_the_rebels_stay_generic_when_two_groups_were_named(nlp):
    doc = read(nlp, "ISWAP fought Boko Haram near Monguno on Friday. The rebels later seized Dikwa.")
    assert [a.name for a in doc.user_data["actors"]][-1] == "rebels"
    # a territory event by nobody in particular names no actor (so no zone is drawn for "rebels")
    assert doc.events[-1].actor1 == "" and doc.claims == []


def test_possessive_country_before_a_named_group(nlp):
    doc = read(nlp, "Myanmar's Karenni Army seized Loikaw on Friday.")  # (a name the group list lacks)
    assert any(a.name == "Karenni Army" for a in doc.user_data["actors"])
    # act: and a known group's (the KNLA, the Karen National Union's armed wing: one side)
    doc = read(nlp, "Myanmar's Karen National Liberation Army seized Myawaddy on Friday.")
    assert any(a.name == "KNLA" for a in doc.user_data["actors"])


def test_helper_is_not_the_one_acting(nlp):
    doc = read(nlp, "Nigerian troops backed by vigilante militias recaptured Monguno on Friday.")
    (ev,) = doc.events
    assert ev.actor1 == "Nigerian forces"
    assert ev.sub_event_type == "Government regains territory"
    assert [c.faction for c in doc.claims] == ["Nigerian forces"]


def test_foreign_forces_taking_a_town_are_not_the_government(nlp):
    doc = read(nlp, "Fighting continued in Somalia. Kenyan troops captured Beledweyne in Somalia on Friday.")
    ev = [e for e in doc.events if e.actor1 == "Kenyan forces"][0]
    assert ev.sub_event_type == "Non-state actor overtakes territory"


def test_attribution_does_not_bleed_across_while(nlp):
    doc = read(nlp, "Islamic State fighters attacked Palmyra on Friday, while Russian jets struck Idlib.")
    got = {getattr(e.location, "name", ""): e.actor1 for e in doc.events}
    assert got["Idlib"] == "Russian forces"
    assert "Islamic State" in got.values()


def test_next_sentence_toll_stays_with_its_own_event(nlp):
    doc = read(nlp, "Turkish drones struck Qamishli on Friday. In Raqqa, SDF fighters killed a man.")
    by_place = {getattr(e.location, "name", ""): e for e in doc.events}
    assert by_place["Al Qāmishlī"].fatalities is None if "Al Qāmishlī" in by_place else True
    assert [e.fatalities for e in doc.events if e.actor1 == "SDF"] == [1]
    assert all(e.fatalities is None for e in doc.events if e.actor1 == "Turkish forces")


def test_between_two_groups_later_in_the_sentence(nlp):
    ev = one(nlp, "Clashes erupted in Misrata on Monday between the Halbous Brigade and the 301 Brigade.",
             published="2023-05-10")
    assert (ev.actor1, ev.actor2) == ("Halbous Brigade", "301 Brigade")


def test_demonym_inside_a_groups_name_is_not_a_state(nlp):
    doc = read(nlp, "Fighters of the Free Syrian Army attacked positions near Azaz.")
    assert [a.name for a in doc.user_data["actors"]] == ["Free Syrian Army"]
    doc = read(nlp, "On Monday Ethiopian troops entered Shire.")
    assert [a.name for a in doc.user_data["actors"]] == ["Ethiopian forces"]


def test_group_named_after_a_convoy_of_is_kept(nlp):
    doc = read(nlp, "Government troops attacked a convoy of the Free Syrian Army near Azaz.")
    (ev,) = doc.events
    assert ev.actor2 == "Free Syrian Army"


def test_its_troops_are_the_owners(nlp):
    doc = read(nlp, "Niger's junta said its troops had retaken Tillaberi from jihadist fighters.", published="2024-06-12")
    (ev,) = doc.events
    assert ev.actor1 == "Nigerien forces"  # (ev15: "Niger's junta" is the state)
    assert ev.sub_event_type == "Government regains territory"


def test_bombs_and_federal_forces_name_the_state(nlp):
    doc = read(nlp, "Russian guided bombs hit Sumy on Tuesday, killing two people.", published="2024-06-12")
    assert [(e.sub_event_type, e.actor1, e.fatalities) for e in doc.events] == [("Air/drone strike", "Russian forces", 2)]
    doc = read(nlp, "Ethiopian federal forces and Fano militias fought in Gondar on Monday.", published="2024-06-12")
    assert [(e.actor1, e.actor2) for e in doc.events] == [("Ethiopian forces", "Fano")]


def test_since_in_a_where_clause_is_not_the_events_date(nlp):
    doc = read(nlp, "The army repelled an RSF attack on Kadugli, where the paramilitary group has laid siege since March.",
               published="2024-06-12")
    assert [str(e.date.start) for e in doc.events] == ["2024-06-12"]


def test_common_abbreviations_are_no_groups(nlp):
    doc = read(nlp, "Two soldiers were listed as KIA after the PDF report on Monday.")
    assert doc.user_data["actors"] == [] or all(a.kind != "group" for a in doc.user_data["actors"])


@pytest.mark.parametrize("text", [
    "It was surprising that the military movements happened on the day the envoy arrived in Goma.",
    "Witnesses saw police vehicles near the market in Bamako on Monday.",
])
def test_a_generic_noun_used_as_an_adjective_is_no_actor(nlp, text):
    """'the military movements', 'police vehicles': the noun qualifies what follows; nobody acts."""
    doc = read(nlp, text)
    assert all(e.actor1 not in ("military", "police", "the military") for e in doc.events)


@pytest.mark.parametrize("text", [
    "About 100 fighters entered Macomia on Friday.",
    "Around 300 gunmen attacked Zurmi on Friday, killing eight people.",
    "Roughly 50 rebels stormed Kidal on Friday.",
    "Nearly 200 militiamen attacked Gwoza on Friday.",
])
def test_a_hedged_count_is_not_part_of_an_actors_name(nlp, text):
    """"About 100 fighters" are fighters, not a group called "About 100 fighters" (which would hold a zone)."""
    names = [a.name for a in read(nlp, text).user_data["actors"]]
    assert not any(n[:1].isupper() and n.split()[0] in ("About", "Around", "Roughly", "Nearly") for n in names), names
    assert all(not any(ch.isdigit() for ch in (e.actor1 or "")) for e in events(nlp, text))
