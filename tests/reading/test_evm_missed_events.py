"""Session 16 (evm): events the reader missed entirely, on sentences of their own (other conflicts, places and
verbs than the audits'): a post raided, drones fired at a place, unnamed hamlets taken in a region, a base
abandoned and moved into, a toll's teller counted as a victim, an attack repelled on a district the gazetteer
lacks, and drones "launched by" a side."""
import pytest

from layers.zones import zone_timeline
from reading.corpus import read_text
from tests.reading.mapped_events import mapped


def read(nlp, title, body, published="2026-05-02"):
    return nlp(read_text(f"{title}\n\n{body}", doc_id="t", published=published, title=title))


def rows(doc):
    return [(e.event_type, e.sub_event_type, e.actor1, e.location.name if e.location else None) for e in mapped(doc)]


# (a) a police station, checkpoint or post raided: an attack on it
@pytest.mark.parametrize("body, actor, place", [
    ("PESHAWAR, May 2 - TTP militants raided a police station in Bannu on Thursday, police said.", "TTP", "Bannu"),
    ("BAGHDAD, May 2 - Gunmen raided an army checkpoint in Tarmiyah on Thursday night, officials said.",
     "Unidentified Armed Group (Iraq)",
     "Aţ Ţārmīyah"),
    ("MAIDUGURI, May 2 - ISWAP fighters raided a military outpost in Damboa on Sunday, residents said.", "ISWAP",
     "Damboa"),
])
def test_a_post_raided_is_an_armed_clash(nlp, body, actor, place):
    assert rows(read(nlp, "Attack", body)) == [("Battles", "Armed clash", actor, place)]


def test_a_raided_hotel_is_still_no_attack_on_a_post(nlp):
    doc = read(nlp, "Raid", "LAGOS, May 2 - Police raided a hotel in Ikeja on Thursday, officials said.")
    assert not [e for e in mapped(doc) if e.event_type == "Battles"], rows(doc)


# (b) drones fired at a place: a drone strike by who fired them
@pytest.mark.parametrize("body, actor, place", [
    ("ADEN, May 2 - Houthi forces fired drones at Marib on Thursday, officials said.", "Houthis", "Ma'rib"),
    ("KYIV, May 2 - Russian forces fired a drone at an apartment block in Sumy on Thursday.", "Russian forces", "Sumy"),
    ("BEIRUT, May 2 - Hezbollah fired explosive drones at Kiryat Shmona on Thursday.", "Hezbollah", "Qiryat Shmona"),
])
def test_drones_fired_at_a_place_are_a_drone_strike(nlp, body, actor, place):
    got = rows(read(nlp, "Drones", body))
    assert len(got) == 1 and got[0][:3] == ("Explosions/Remote violence", "Air/drone strike", actor), got
    assert got[0][3] == place, got


# (c) unnamed hamlets taken in a region: an event at the region, noted, with no zone over the region
@pytest.mark.parametrize("body, actor, region", [
    ("YANGON, May 2 - The Arakan Army seized three hamlets in Chin State on Thursday, residents said.", "Arakan Army",
     "Chin"),
    ("KINSHASA, May 2 - M23 rebels took several hamlets in North Kivu on Sunday, local officials said.", "M23",
     "Nord-Kivu"),
])
def test_hamlets_taken_in_a_region_are_placed_at_it_without_a_zone(nlp, body, actor, region):
    doc = read(nlp, "Fighting", body)
    events = mapped(doc)
    assert [(e.actor1, e.location.name, e.location.precision) for e in events] == [(actor, region, 3)], rows(doc)
    assert "territory" in events[0].sub_event_type and "W409" in [p.code for p in doc.problems]
    frame = zone_timeline(doc.claims, doc.events, published={doc.id: doc.published})
    assert not [r for r in frame.itertuples() if r.status == "held"]


# (d) a base abandoned, then another side moving in: a non-violent transfer to who moved in
@pytest.mark.parametrize("body, taker, leaver, place", [
    ("OUAGADOUGOU, May 2 - Soldiers abandoned their base in Djibo on Thursday; jihadists moved in hours later, "
     "residents said.", "jihadists", "Burkinabe forces", "Djibo"),
    ("BAMAKO, May 2 - Malian troops abandoned their camp in Gao on Thursday and JNIM fighters moved in, residents "
     "said.", "JNIM", "Malian forces", "Gao"),
    ("MOGADISHU, May 2 - Somali troops abandoned their base in Baidoa on Sunday, and al-Shabaab fighters moved in "
     "hours later.", "al-Shabaab", "Somali forces", "Baidoa"),
])
def test_a_base_abandoned_and_moved_into_is_a_transfer(nlp, body, taker, leaver, place):
    got = [(e.sub_event_type, e.actor1, e.actor2, e.location.name) for e in mapped(read(nlp, "Base", body))]
    assert got == [("Non-violent transfer of territory", taker, leaver, place)]


def test_abandoned_homes_are_no_transfer(nlp):
    doc = read(nlp, "Flight", "KABUL, May 2 - Residents abandoned their homes in Kunduz on Sunday as fighting spread.")
    assert not [e for e in doc.events if e.sub_event_type == "Non-violent transfer of territory"], rows(doc)


# (e) ", an officer in Kismayo said": who tells the toll, not one more dead
@pytest.mark.parametrize("body, toll", [
    ("MOGADISHU, May 2 - Al-Shabaab fighters attacked an army base near Jilib on Thursday, killing 10 soldiers, "
     "an officer in Kismayo said.", 10),
    ("NIAMEY, May 2 - Jihadists attacked a patrol near Tillaberi on Thursday, killing seven soldiers, a commander "
     "in Niamey told AFP.", 7),
    ("BAMAKO, May 2 - Gunmen attacked a convoy near Mopti on Thursday, killing a driver and two soldiers, an "
     "official in Sevare said.", 3),
])
def test_the_teller_after_a_toll_is_no_victim(nlp, body, toll):
    events = mapped(read(nlp, "Attack", body))
    assert [e.fatalities for e in events] == [toll]


# (f) an attack repelled on a district the gazetteer lacks: the battle stays, noted
@pytest.mark.parametrize("body, actors", [
    ("KHARTOUM, May 2 - Sudanese troops repelled an RSF attack on the Karari district on Thursday, a military "
     "source said.", ("RSF", "SAF")),
    ("ABUJA, May 2 - Troops repelled a Boko Haram attack on the Bulumkutu area on Thursday, the army said.",
     ("Boko Haram", "Nigerian forces")),
])
def test_an_attack_repelled_on_an_unknown_district_is_a_battle(nlp, body, actors):
    events = mapped(read(nlp, "Attack", body))
    assert [(e.event_type, e.actor1, e.actor2) for e in events] == [("Battles",) + actors]
    assert events[0].location_note and "was not found" in events[0].location_note


# (g) drones "launched by" a side: that side struck
@pytest.mark.parametrize("body, actor, place", [
    ("KHARTOUM, May 2 - Drones launched by the RSF struck fuel depots in Port Sudan on Thursday, officials said.",
     "RSF", "Port Sudan"),
    ("KYIV, May 2 - Drones launched by Russian forces struck an energy site in Kharkiv on Thursday.",
     "Russian forces", "Kharkiv"),
    ("SANAA, May 2 - Explosive drones fired by the Houthis hit an oil facility near Jizan on Thursday.", "Houthis",
     "near Jizan"),
])
def test_drones_launched_by_a_side_are_its_strike(nlp, body, actor, place):
    got = rows(read(nlp, "Drones", body))
    assert got == [("Explosions/Remote violence", "Air/drone strike", actor, place)]


def test_the_hamlet_of_a_name_not_found_is_still_taken(nlp):
    doc = read(nlp, "Fighting", "KINSHASA, May 2 - M23 rebels took the hamlet of Kibirizi on Thursday, officials said.")
    assert [(e.sub_event_type, e.actor1) for e in mapped(doc)] == [("Non-state actor overtakes territory", "M23")]
    assert "Kibirizi" in mapped(doc)[0].location_note


def test_drones_launched_by_a_countrys_group_are_the_groups_strike(nlp):
    doc = read(nlp, "Drones", "KHARTOUM, May 2 - Drones launched by Sudan's paramilitary Rapid Support Forces struck "
                              "a fuel depot in Kosti on Sunday, the army said.")
    assert [(e.event_type, e.actor1) for e in mapped(doc)] == [("Explosions/Remote violence", "RSF")], rows(doc)


def test_a_town_hit_by_drones_names_no_striker(nlp):
    doc = read(nlp, "Drones", "KYIV, May 2 - Kherson was hit by two Shahed drones overnight; a school caught fire.")
    assert [e.actor1 for e in mapped(doc) if e.event_type == "Explosions/Remote violence"] == [""], rows(doc)
