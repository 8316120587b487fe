"""Audit 7 (maritime attacks, peacekeepers, monitors' tallies, border fire, coordinated tolls,
disasters, recaps, accusations, contested captures): events. Sentences unlike the audit corpus's
(other places and names)."""
import pytest

from reading.corpus import read_text
from reading.events import fatalities_in


def read(nlp, text, published="2024-03-13", title=None):  # a Wednesday
    return nlp(read_text(text, doc_id="t", published=published, title=title))


def rows(doc):
    return [(e.sub_event_type, e.actor1, e.actor2, getattr(e.location, "name", None), e.fatalities) for e in doc.events]


# --- a capture the other side rejects: fighting, no territory (no zone) ---------------------------


@pytest.mark.parametrize("text", [
    "Eritrean troops captured the Ethiopian town of Zalambessa, Ethiopian officials said, an account Asmara rejected.",
    "Armenian forces took the village of Talish, the Azerbaijani defence ministry said, a version Yerevan denied.",
])
def test_a_capture_whose_account_is_rejected_is_no_territory_change(nlp, text):
    doc = read(nlp, text)
    assert not [e for e in doc.events if "territory" in e.sub_event_type], rows(doc)
    assert not [c for c in doc.claims if c.relation == "took"], doc.claims


# --- a handover without "over control" ---------------------------------------------------------------


@pytest.mark.parametrize("text, receiver", [
    ("The SDF handed the town of Tabqa to government forces on Sunday.", "Syrian forces"),
    ("M23 rebels handed the city of Uvira to the Congolese army on Monday after talks in Doha.", "Congolese forces"),
])
def test_handing_a_town_to_a_side_is_a_transfer(nlp, text, receiver):
    doc = read(nlp, text)
    assert [e for e in doc.events if e.sub_event_type == "Non-violent transfer of territory"], rows(doc)
    assert [c for c in doc.claims if c.relation == "took" and c.faction == receiver], doc.claims


def test_handing_a_letter_is_no_transfer(nlp):
    doc = read(nlp, "The envoy handed the president a letter from the Kenyan government on Monday.")
    assert not doc.events, rows(doc)


# --- ships sunk or struck by sea drones; posts destroyed; fire on positions and towers ----------------


@pytest.mark.parametrize("text, sub", [
    ("Ukraine's navy said its sea drones had sunk the Russian patrol ship Sergei Kotov near Kerch on Tuesday.",
     "Air/drone strike"),
    ("A cargo ship caught fire off Aden on Monday after being struck by a drone boat, the UKMTO said.",
     "Air/drone strike"),
    ("Indian troops destroyed several Pakistani posts along the Line of Control near Poonch on Monday.",
     "Armed clash"),
    ("Israeli soldiers fired on a UNIFIL position near Marwahin on Monday, the mission said.", "Armed clash"),
    ("Rebels fired at an army checkpoint outside Bunia on Monday night.", "Armed clash"),
])
def test_naval_drones_destroyed_posts_and_fire_on_positions_are_events(nlp, text, sub):
    doc = read(nlp, text)
    assert [e for e in doc.events if e.sub_event_type == sub], rows(doc)


@pytest.mark.parametrize("text", [
    "Firefighters destroyed the old fence posts before the storm reached Cork on Monday.",
    "The company destroyed several blog posts about the merger on Monday.",
])
def test_posts_that_are_no_military_posts_give_no_battle(nlp, text):
    doc = read(nlp, text)
    assert not [e for e in doc.events if e.event_type == "Battles"], rows(doc)


# --- hurt by a side's fire -------------------------------------------------------------------------------


def test_a_civilian_wounded_by_a_sides_fire_is_an_attack_by_it(nlp):
    doc = read(nlp, "A shepherd was wounded by Indian fire near Kotli on Monday, Pakistan's army said.")
    ev = [e for e in doc.events if e.event_type == "Violence against civilians"]
    assert ev and ev[0].actor1 == "Indian forces", rows(doc)


def test_soldiers_wounded_by_sniper_fire_is_a_clash(nlp):
    doc = read(nlp, "Two Thai soldiers were wounded by Cambodian sniper fire near Preah Vihear on Monday.")
    assert [e for e in doc.events if e.sub_event_type == "Armed clash"], rows(doc)


def test_a_fire_crew_is_no_actor(nlp):
    doc = read(nlp, "Australian fire crews battled blazes near Sydney on Monday.")
    assert not doc.events, rows(doc)


# --- coordinated tolls, dozens, martyrs ----------------------------------------------------------------


@pytest.mark.parametrize("text, n", [
    ("Bandits raided Kaura on Monday, killing a farmer and his three sons.", 4),
    ("Gunmen stormed a church in Ondo, killing a priest and two worshippers.", 3),
    ("The bomb killed a judge, his wife and their daughter.", 3),
    ("The strike killed a commander and two of his bodyguards.", 3),
    ("killing four soldiers and a civilian, and wounding 10 others", 5),
    ("Militias shelled the camp, killing 3 dozen displaced people.", 36),
    ("The attack killed two dozen villagers.", 24),
    ("Troops bombed the market, killing at least six people, including a child.", 6),
    ("Gunmen attacked the base, killing 30 soldiers and allied militiamen.", 30),
    ("killing one policeman and two civilians were wounded", 1),
    ("Occupation drones bombed a car in Tubas, martyring two young men.", 2),
])
def test_joined_victims_and_dozens_count(text, n):
    assert fatalities_in(text) == n


def test_killing_a_number_of_people_is_no_count():
    assert fatalities_in("killing a number of people") is None


# --- nature's toll, ranked recaps, habitual violence -----------------------------------------------------


@pytest.mark.parametrize("text", [
    "DHAKA - Cyclone Remal made landfall near Mongla on Sunday night, killing at least 16 people.",
    "Typhoon Yagi swept across northern Vietnam over the weekend, killing 59 people, officials said.",
    "Floods triggered by monsoon rains hit Sylhet on Monday, leaving 12 dead.",
])
def test_a_disaster_that_kills_is_no_attack(nlp, text):
    doc = read(nlp, text)
    assert not [e for e in doc.events if e.event_type == "Violence against civilians"], rows(doc)


@pytest.mark.parametrize("text", [
    "It was the fourth attack on a UN convoy in Mali this year.",
    "This was the deadliest bombing in Kabul since 2021.",
    "Kirkuk has seen frequent clashes between Kurdish and Arab militias over oil revenues.",
])
def test_recaps_and_habitual_violence_are_no_new_event(nlp, text):
    doc = read(nlp, text)
    assert not [e for e in doc.events if e.event_type in ("Battles", "Violence against civilians",
                                                            "Explosions/Remote violence")], rows(doc)


def test_a_day_of_clashes_is_still_an_event(nlp):
    doc = read(nlp, "Kirkuk saw heavy clashes between Kurdish fighters and Iraqi troops on Monday.")
    assert [e for e in doc.events if e.event_type == "Battles"], rows(doc)


# --- accusations of an attack told before; monitors' tallies ------------------------------------------


def test_an_accusation_of_the_attack_told_before_is_the_same_attack(nlp):
    doc = read(nlp, "A UNICEF convoy was attacked near Kutum on Monday night.\n"
                    "The paramilitaries accused the air force of bombing the convoy with drones.")
    assert len([e for e in doc.events if e.event_type in ("Battles", "Explosions/Remote violence",
                                                           "Violence against civilians")]) == 1, rows(doc)


def test_an_accusation_alone_keeps_its_attack(nlp):
    doc = read(nlp, "Ukrainian officials accused Russian forces of shelling Nikopol on Monday, killing two people.")
    ev = [e for e in doc.events if e.sub_event_type == "Shelling/artillery/missile attack"]
    assert ev and ev[0].actor1 == "Russian forces", rows(doc)


def test_a_monitors_tally_of_explosions_is_shelling_by_no_named_side(nlp):
    doc = read(nlp, "The OSCE mission recorded 312 ceasefire violations in Luhansk region on Monday, "
                    "including 95 explosions.")
    assert doc.events and all(e.sub_event_type == "Shelling/artillery/missile attack" and not e.actor1
                              for e in doc.events), rows(doc)


# --- the attacked are no attacker -------------------------------------------------------------------------


def test_who_came_under_fire_is_the_target(nlp):
    doc = read(nlp, "On Friday, a UN helicopter came under fire near Bor, killing a crew member.")
    ev = [e for e in doc.events if e.event_type != "Strategic developments"]
    assert ev and ev[0].actor1 != "UN" and ev[0].fatalities == 1, rows(doc)


def test_the_owner_of_a_struck_convoy_is_the_target(nlp):
    doc = read(nlp, "A roadside bomb struck the convoy of Governor Babagana Zulum near Baga on Monday, "
                    "but he was unhurt.")
    ev = [e for e in doc.events if e.event_type == "Explosions/Remote violence"]
    assert ev and not ev[0].actor1.startswith("Governor"), rows(doc)


# --- a fight's weapons, aid attacked, hidden bombs, titled victims, pushed back, villages raided ---------


def test_a_fights_weapons_are_no_second_event(nlp):
    doc = read(nlp, "Eritrean and Ethiopian troops clashed near Badme on Monday, with both sides using "
                    "artillery, mortars and drones, officials said.")
    assert [e.sub_event_type for e in doc.events] == ["Armed clash"], rows(doc)


@pytest.mark.parametrize("text", [
    "A UNICEF convoy of eight trucks was attacked near Kutum on Monday, killing two drivers.",
    "Gunmen ambushed a humanitarian convoy near Kaga Bandoro on Monday, killing three members of the convoy.",
])
def test_an_attack_on_aid_is_violence_against_civilians(nlp, text):
    doc = read(nlp, text)
    assert doc.events and all(e.event_type == "Violence against civilians" for e in doc.events), rows(doc)


def test_soldiers_of_a_convoy_keep_the_battle(nlp):
    doc = read(nlp, "Militants ambushed an army convoy near Mafa on Monday, killing 12 soldiers.")
    assert [e for e in doc.events if e.event_type == "Battles"], rows(doc)


def test_a_hidden_bomb_that_killed_a_general_is_an_explosive_with_one_dead(nlp):
    doc = read(nlp, "A bomb planted under a car killed Colonel Mikhail Shatsky outside his home in Kyiv on Monday.")
    ev = [e for e in doc.events if e.sub_event_type == "Remote explosive/landmine/IED"]
    assert ev and ev[0].fatalities == 1, rows(doc)


@pytest.mark.parametrize("text, n", [
    ("Gunmen assassinated a community leader and his two sons in Tumaco on Monday.", 3),
    ("Unknown gunmen shot dead Governor Ali Hassan near Kismayo on Monday.", 1),
])
def test_assassinations_and_titled_victims_count(text, n):
    assert fatalities_in(text) == n


def test_pushing_gunmen_back_is_a_clash(nlp):
    doc = read(nlp, "Soldiers pushed the militants back from Mocimboa da Praia on Tuesday.")
    assert [e for e in doc.events if e.sub_event_type == "Armed clash"], rows(doc)


def test_storming_villages_in_a_region_is_an_attack(nlp):
    doc = read(nlp, "Bandits stormed several villages in Zamfara on Monday, killing 30 people.")
    ev = [e for e in doc.events if e.event_type == "Violence against civilians"]
    assert ev and ev[0].fatalities == 30, rows(doc)
    assert not doc.claims, doc.claims


# --- fire on officers; a dawn raid is no capture ------------------------------------------------------------


def test_firing_on_officers_is_a_clash(nlp):
    doc = read(nlp, "Gang members fired on police officers from rooftops in Medellin on Thursday.")
    assert [e for e in doc.events if e.sub_event_type == "Armed clash"], rows(doc)


@pytest.mark.parametrize("text", [
    "Five people were killed as Israeli forces stormed the city of Tulkarm at dawn today.",
    "Indian troops stormed the village of Pulwama before dawn on Tuesday, launching a large-scale aggression.",
])
def test_a_dawn_raid_is_a_fight_not_a_capture(nlp, text):
    doc = read(nlp, text)
    assert [e for e in doc.events if e.sub_event_type == "Armed clash"], rows(doc)
    assert not [e for e in doc.events if "territory" in e.sub_event_type], rows(doc)
    assert not doc.claims, doc.claims


def test_rebels_entering_a_town_still_take_it(nlp):
    doc = read(nlp, "M23 rebels entered Bukavu on Sunday.")
    assert [e for e in doc.events if "territory" in e.sub_event_type], rows(doc)


def test_a_year_in_the_dateline_is_no_toll_and_hides_none():
    assert fatalities_in("NABLUS, 3 March 2025 (WAFA) - Four citizens were martyred as occupation forces "
                         "stormed the old city at dawn.") == 4


def test_the_toll_of_the_fighting_two_long_sentences_later_is_the_fights(nlp):
    text = ("CONAKRY - Heavy fighting broke out in Conakry overnight Saturday between soldiers of the special forces "
            "and the presidential guard, the government said on Sunday.\n"
            "Soldiers of the special forces freed a former minister who had been held for questioning at a gendarmerie "
            "post, then withdrew to a camp in the Kaloum district of the capital.\n"
            "The army surrounded the camp and the unit's commander was arrested on Sunday morning, the army chief said.\n"
            "Three people were killed in the fighting, according to the government.")
    doc = read(nlp, text, published="2024-03-10")
    clashes = [e for e in doc.events if e.sub_event_type == "Armed clash"]
    assert len(clashes) == 1 and clashes[0].fatalities == 3, rows(doc)


# --- two demonyms sharing one noun; border and coast guards ---------------------------------------------------


def test_two_demonyms_sharing_troops_are_both_sides(nlp):
    doc = read(nlp, "Thai and Cambodian troops clashed near Preah Vihear on Thursday.")
    ev = [e for e in doc.events if e.sub_event_type == "Armed clash"]
    assert ev and {ev[0].actor1, ev[0].actor2} == {"Thai forces", "Cambodian forces"}, rows(doc)


def test_border_guards_are_a_states_forces(nlp):
    doc = read(nlp, "Iranian border guards shot dead three smugglers near Saravan on Monday.")
    assert [e for e in doc.events if e.actor1 == "Iranian forces"], rows(doc)


def test_two_demonyms_before_officials_are_no_forces(nlp):
    doc = read(nlp, "Thai and Cambodian officials met in Bangkok on Thursday.")
    assert not [e for e in doc.events if e.actor1.endswith("forces")], rows(doc)


def test_allies_striking_together_are_no_target(nlp):
    doc = read(nlp, "French and British jets struck Islamic State positions near Raqqa overnight.")
    ev = [e for e in doc.events if e.event_type == "Explosions/Remote violence"]
    assert ev and ev[0].actor1 == "French forces" and ev[0].actor2 != "British forces", rows(doc)
