"""Audit 6 (threats, conditions, non-conflict stories in war words, duplicates, discoveries):
events. Sentences unlike the audit corpus's (other places and names)."""
import pytest

from reading.corpus import read_text


def read(nlp, text, published="2023-10-18", title=None):  # a Wednesday
    return nlp(read_text(text, doc_id="t", published=published, title=title))


def rows(doc):
    return [(e.sub_event_type, e.actor1, getattr(e.location, "name", None), e.fatalities) for e in doc.events]


# --- a condition: supposed, not done ---------------------------------------------------------------


@pytest.mark.parametrize("text", [
    "Turkey's president threatened on Monday to send troops into Kobani if Kurdish militants fired on Turkish border posts.",
    "Kyiv warned it would strike Belgorod unless Russian forces stopped shelling Kharkiv.",
    "The governor asked whether bandits had attacked the convoy near Gusau.",
])
def test_a_conditional_attack_is_no_event(nlp, text):
    doc = read(nlp, text)
    assert not [e for e in doc.events if not e.planned], rows(doc)


@pytest.mark.parametrize("text", [
    "Even if the figures are disputed, Russian forces shelled Kharkiv on Monday, killing four people.",
    "Police said the gunmen attacked the village of Gidan Bako as if they wanted revenge, killing 12 villagers.",
])
def test_even_if_and_as_if_keep_the_event(nlp, text):
    doc = read(nlp, text)
    assert doc.events, rows(doc)


# --- other stories in war words: a match, a takeover, an election ----------------------------------


MATCH = ("Ireland stun France in Dublin thriller\n\n"
         "DUBLIN - Ireland beat France 24-19 at the Aviva Stadium on Saturday to keep their title hopes alive.\n"
         "The French pack was ambushed by Ireland's speed at the breakdown early in the second half.\n"
         "Ireland's coach said his players had fought a battle for every ball in the match.\n")
TAKEOVER = ("Brewer wins battle for control of rival\n\n"
            "AMSTERDAM - A Dutch brewer won the battle for control of its Belgian rival on Monday after shareholders "
            "backed its takeover bid worth 4 billion euros.\n"
            "The bidder now holds 61 percent of the shares and has seized control of the Antwerp brewery.\n")
ELECTION = ("Ruling party loses Lagos in local polls\n\n"
            "LAGOS - The opposition captured Lagos and took control of six other state capitals in Saturday's "
            "elections, according to preliminary results.\n"
            "Turnout was 31 percent, electoral officials said, and voters queued for hours at polling stations in Ibadan.\n")


@pytest.mark.parametrize("text", [MATCH, TAKEOVER, ELECTION])
def test_non_conflict_stories_in_war_words_give_no_battle(nlp, text):
    doc = read(nlp, text)
    assert not [e for e in doc.events if e.event_type == "Battles"], rows(doc)


def test_a_battle_with_an_armed_actor_stays_in_an_election_story(nlp):
    text = ("Voters stay home as fighting hits north\n\n"
            "Turnout was low in Saturday's elections, electoral officials said, after preliminary results were delayed.\n"
            "Boko Haram fighters captured the town of Damasak on Friday, residents said.\n")
    doc = read(nlp, text)
    assert any(e.event_type == "Battles" and e.actor1 for e in doc.events), rows(doc)


# --- discoveries: bodies found, mass graves; people abducted before --------------------------------


@pytest.mark.parametrize("text, toll", [
    ("Six bodies were found dumped by a roadside near Kananga on Tuesday, local officials said.", 6),
    ("Residents of Tula found the bodies of four men dumped in a ravine on Monday.", 4),
    ("The bodies of three farmers were discovered near Gao on Sunday with gunshot wounds.", 3),
])
def test_bodies_found_are_an_attack_with_their_toll(nlp, text, toll):
    doc = read(nlp, text)
    got = [e for e in doc.events if e.event_type == "Violence against civilians"]
    assert got and got[0].sub_event_type == "Attack" and got[0].fatalities == toll, rows(doc)
    assert not got[0].actor1, rows(doc)  # who found them did not kill them


@pytest.mark.parametrize("text", [
    "The body of a missing swimmer was recovered from the Danube near Vukovar on Sunday.",
    "The bodies of the two climbers were found on Mount Kenya on Saturday.",
])
def test_bodies_without_violence_are_no_attack(nlp, text):
    doc = read(nlp, text)
    assert not doc.events, rows(doc)


def test_a_mass_grave_found_is_a_strategic_development(nlp):
    doc = read(nlp, "A mass grave containing 30 bodies was discovered near Izium on Friday, police said.")
    got = [(e.event_type, e.sub_event_type, e.fatalities) for e in doc.events]
    assert got == [("Strategic developments", "Other", None)], rows(doc)


@pytest.mark.parametrize("text", [
    "Two of the kidnapped pupils escaped on Monday and reached Birnin Gwari on foot.",
    "Police rescued 14 abducted travellers near Lokoja on Tuesday.",
])
def test_people_abducted_before_are_no_new_abduction(nlp, text):
    doc = read(nlp, text)
    assert not [e for e in doc.events if e.sub_event_type == "Abduction/forced disappearance"], rows(doc)


def test_an_abduction_told_with_its_object_stays(nlp):
    doc = read(nlp, "Gunmen kidnapped the district head of Wase on Monday night.")
    assert [e for e in doc.events if e.sub_event_type == "Abduction/forced disappearance"], rows(doc)


# --- one event told twice ---------------------------------------------------------------------------


def test_a_claim_of_responsibility_names_the_earlier_attack(nlp):
    doc = read(nlp, "KABUL - A bomb exploded in a crowded market in Jalalabad on Tuesday, killing nine people, police said.\n"
                    "Islamic State Khorasan Province claimed responsibility for the bombing on Wednesday.")
    got = [e for e in doc.events if e.event_type == "Explosions/Remote violence"]
    assert len(got) == 1 and got[0].fatalities == 9, rows(doc)


@pytest.mark.parametrize("text, toll", [
    ("Sudanese troops clashed with RSF fighters near Kosti on Monday. The fighting left 20 fighters dead.", 20),
    ("Russian artillery shelled Nikopol on Monday, killing two people. The shelling damaged a school and a hospital in Nikopol.", 2),
])
def test_the_same_event_named_again_is_one_event(nlp, text, toll):
    doc = read(nlp, text)
    assert len(doc.events) == 1 and doc.events[0].fatalities == toll, rows(doc)


def test_a_call_to_stop_fighting_is_no_battle(nlp):
    doc = read(nlp, "The African Union urged the warring parties in Juba to stop fighting immediately.")
    assert not [e for e in doc.events if e.event_type == "Battles"], rows(doc)


def test_fire_on_positions_that_kills_soldiers_is_one_battle(nlp):
    doc = read(nlp, "Eritrean forces opened fire on Ethiopian positions near Zalambessa on Monday, killing three Ethiopian soldiers.")
    got = [(e.event_type, e.sub_event_type, e.fatalities) for e in doc.events]
    assert got == [("Battles", "Armed clash", 3)], rows(doc)


def test_protesters_clashing_with_police_is_one_riot_by_the_protesters(nlp):
    doc = read(nlp, "At least nine people were killed on Monday as students protesting against fuel prices clashed with "
                    "police in Lagos, hospital officials said.")
    got = [(e.sub_event_type, e.actor1, e.actor2) for e in doc.events]
    assert got == [("Violent demonstration", "students", "police")], rows(doc)


def test_a_toll_told_of_another_place_is_not_the_last_events(nlp):
    doc = read(nlp, "Rebels attacked an army post near Beni on Monday. Local officials in Butembo said 12 bodies were recovered.")
    post = [e for e in doc.events if e.event_type == "Battles"]
    assert post and post[0].fatalities is None, rows(doc)


# --- who tells it is not who did it ---------------------------------------------------------------


@pytest.mark.parametrize("text", [
    "Afghanistan's defence ministry said Pakistani air strikes had killed 46 civilians in Paktika province on Tuesday.",
    "Armenia's foreign ministry said Azerbaijani shelling killed two farmers near Sotk on Monday.",
    "Iraq's interior ministry said a drone strike on a car in Erbil had killed two people on Sunday.",
    "Syria's health ministry said shelling of a market in Idlib killed nine people on Friday.",
    "Pakistan's army said Indian firing had killed three civilians in Kotli on Monday.",
    "The Houthis' health ministry said air strikes on the port of Ras Kanatib had killed 12 people on Friday.",
    "Hamas's media office said a strike on a school in Deir al-Balah killed 15 people on Saturday.",
])
def test_the_teller_of_another_subjects_attack_is_no_actor(nlp, text):
    doc = read(nlp, text)
    assert doc.events and all(e.actor1 not in ("Afghanistan", "Armenia", "Iraq", "Syria", "Pakistan's army", "Pakistan", "Houthis", "Hamas")
                           for e in doc.events), rows(doc)


@pytest.mark.parametrize("text, actor", [
    ("Russia's defence ministry said on Tuesday that air defences had destroyed 25 Ukrainian drones over the Kursk region.", "Russian forces"),  # act2: its forces
    ("Al-Shabaab said on 3 March that it had killed 12 soldiers near Jowhar.", "al-Shabaab"),
    ("Hamas said in a statement that its fighters had ambushed Israeli troops in Rafah.", "Hamas"),
    ("Al-Shabaab claimed on Sunday to have killed 12 soldiers near Jowhar.", "al-Shabaab"),
    ("The Ukrainian air force said most were shot down over the Odesa region on Monday.", "Ukrainian forces"),
])
def test_the_teller_of_its_own_act_stays_the_actor(nlp, text, actor):
    doc = read(nlp, text)
    assert any(e.actor1.lower() == actor.lower() for e in doc.events), rows(doc)


def test_a_trailing_attribution_is_no_side(nlp):
    doc = read(nlp, "Twelve people were killed in clashes between rival clans in Galkayo on Sunday, the regional police "
                    "commissioner said.")
    assert doc.events and all(e.actor1 != "police" and e.actor2 != "police" for e in doc.events), rows(doc)


@pytest.mark.parametrize("text, name", [
    ("Government air strikes on Ngandanga killed 11 people on Monday.", "Ngandanga"),
    ("Shelling of the port of Marsa Tobruk killed four fishermen on Friday.", "Marsa Tobruk"),
    ("A car bomb in Kalbaya killed seven people on Sunday.", "Kalbaya"),
])
def test_a_place_before_a_killing_verb_is_no_actor(nlp, text, name):
    doc = read(nlp, text)
    assert doc.events and all(name not in (e.actor1, e.actor2) for e in doc.events), rows(doc)


def test_a_name_before_a_killing_verb_is_still_an_actor(nlp):
    doc = read(nlp, "Lakurawa killed 13 villagers near Argungu on Monday, residents said.")
    assert any(e.actor1 == "Lakurawa" for e in doc.events), rows(doc)


# --- types, tolls and dates -------------------------------------------------------------------------


def test_storming_a_village_and_shooting_residents_is_an_attack(nlp):
    doc = read(nlp, "Gunmen on motorcycles stormed the village of Rijau on Sunday night, shooting villagers and "
                    "looting shops, residents said.")
    assert [e.sub_event_type for e in doc.events if "territory" in e.sub_event_type] == [], rows(doc)
    assert any(e.event_type == "Violence against civilians" for e in doc.events), rows(doc)


@pytest.mark.parametrize("text", [
    "ADF rebels attacked the Lolwa displacement site near Mambasa on Tuesday night, killing 14 people.",
    "Gunmen attacked a wedding party in the village of Kagara on Saturday, local officials said.",
])
def test_an_attack_on_a_civilian_site_is_violence_against_civilians(nlp, text):
    doc = read(nlp, text)
    assert any(e.event_type == "Violence against civilians" and e.sub_event_type == "Attack" for e in doc.events), rows(doc)
    assert not any(e.event_type == "Battles" for e in doc.events), rows(doc)


def test_youths_clashing_with_raiders_is_a_battle_not_a_riot(nlp):
    doc = read(nlp, "Armed youths from Akobo clashed with cattle raiders near Walgak on Monday, leaving nine dead.")
    assert [e.event_type for e in doc.events] == ["Battles"], rows(doc)


def test_youths_clashing_with_police_is_a_riot(nlp):
    doc = read(nlp, "Youths clashed with police in Kisumu on Monday after the election results were announced.")
    assert any(e.event_type == "Riots" for e in doc.events), rows(doc)


@pytest.mark.parametrize("text, toll", [
    ("Al-Shabaab fighters attacked a base in Ceel Baraf on Monday, killing over 20 soldiers.", 20),
    ("JNIM militants ambushed a convoy near Kaya on Monday, killing almost 30 soldiers.", 30),
])
def test_over_and_almost_are_tolls(nlp, text, toll):
    doc = read(nlp, text)
    assert any(e.fatalities == toll for e in doc.events), rows(doc)


def test_a_possessive_date_of_another_thing_is_not_the_events(nlp):
    doc = read(nlp, "Thousands of protesters marched through Lima on the anniversary of last year's crackdown on "
                    "demonstrators.", published="2023-12-07")
    assert doc.events and all(e.date.precision != "year" for e in doc.events), [(e.date, e.sub_event_type) for e in doc.events]


def test_a_possessive_date_of_the_event_stays(nlp):
    doc = read(nlp, "Last week's attack on a bus near Moyale killed eight people.", published="2023-10-18")
    assert doc.events and doc.events[0].date.precision == "week", [(e.date, e.sub_event_type) for e in doc.events]


# --- explosives, ceasefires, arrests at protests, avenged tolls -------------------------------------


@pytest.mark.parametrize("text, toll", [
    ("A Nepali peacekeeper was killed when his vehicle hit an explosive device near Kidal on Friday.", 1),
    ("Three boys were killed when unexploded ordnance they found detonated near Kherson on Sunday.", 3),
])
def test_explosive_devices_and_unexploded_ordnance_are_remote_explosions(nlp, text, toll):
    doc = read(nlp, text)
    got = [(e.sub_event_type, e.fatalities) for e in doc.events]
    assert got == [("Remote explosive/landmine/IED", toll)], got


def test_a_ceasefire_announced_after_days_of_fighting_is_an_agreement_not_a_battle(nlp):
    doc = read(nlp, "A truce was announced in Aden on Thursday after four days of fighting between rival factions.")
    got = [(e.event_type, e.sub_event_type) for e in doc.events]
    assert got == [("Strategic developments", "Agreement")], got


def test_arrests_at_a_protest_are_its_intervention_not_a_second_event(nlp):
    doc = read(nlp, "Police detained 150 protesters in Tbilisi on Sunday.")
    assert [e.sub_event_type for e in doc.events] == ["Protest with intervention"], rows(doc)


def test_the_toll_of_an_avenged_event_is_not_the_reprisals(nlp):
    doc = read(nlp, "Iran fired missiles at Israel on Tuesday in retaliation for the killing of 12 officers in Damascus.")
    assert doc.events and all(e.fatalities is None for e in doc.events), rows(doc)


def test_explosives_as_a_fights_weapons_are_the_fight(nlp):
    doc = read(nlp, "Hamas said its fighters had engaged Israeli troops with rifles and explosive devices in Beit Hanoun.")
    got = [(e.event_type, e.actor1, e.actor2) for e in doc.events]
    assert got == [("Battles", "Hamas", "Israeli forces")], got


def test_a_sides_unverified_word_on_a_fight_told_already_is_no_second_event(nlp):
    doc = read(nlp, "ISWAP fighters attacked an army base in Malam Fatori on Tuesday. The group said it had killed "
                    "dozens of soldiers, a claim that could not be independently verified.")
    got = [(e.sub_event_type, e.fatalities) for e in doc.events]
    assert got == [("Armed clash", None)], got
