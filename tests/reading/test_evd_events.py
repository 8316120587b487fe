"""evd: events a careful analyst reads otherwise (the state that strikes, failed talks, figurative battles, the
abducted who are not killed). Sentences of several wars and wordings, none from a gold."""
import pytest

from reading.events import fatalities_in
from tests.reading.mapped_events import mapped, read_article


# "Israel has carried out strikes on X": the subject state's forces strike
@pytest.mark.parametrize("text, actor", [
    ("Israel has carried out strikes on Beirut's southern suburbs, Lebanese state media reported.", "Israeli forces"),
    ("Turkey has conducted air strikes on Kurdish positions in northern Iraq on Sunday.", "Turkish forces"),
    ("Pakistan carried out air strikes in Khost province on Monday, Afghan officials said.", "Pakistani forces"),
    ("Russia staged a missile attack on Kharkiv overnight, the governor said.", "Russian forces"),
])
def test_a_state_carrying_out_strikes_is_their_actor(nlp, text, actor):
    strikes = [e for e in mapped(read_article(nlp, text, "2025-06-03"))
               if e.event_type == "Explosions/Remote violence"]
    assert [e.actor1 for e in strikes] == [actor], strikes


def test_a_state_carrying_out_a_census_strikes_nothing(nlp):
    assert mapped(read_article(nlp, "Colombia carried out a census in Bogota last year.", "2025-06-03")) == []


# talks that failed are talks, not an agreement
@pytest.mark.parametrize("text", [
    "Talks in Jeddah collapsed without a truce on Sunday, mediators said.",
    "Ceasefire talks in Cairo ended without a deal on Monday.",
    "Peace talks between the government and the rebels in Doha broke down on Monday.",
    "The two sides did not agree a truce at talks in Addis Ababa on Monday.",
    "The Security Council failed to agree on a resolution calling for a ceasefire in Sudan on Monday.",
])
def test_failed_talks_are_no_agreement(nlp, text):
    evs = mapped(read_article(nlp, text, "2025-06-03"))
    assert evs and all(e.sub_event_type != "Agreement" for e in evs), evs


@pytest.mark.parametrize("text", [
    "The warring parties met in Nairobi on Monday to discuss a ceasefire.",
    "The army and the rebels agreed a ceasefire in Doha on Monday.",
])
def test_talks_on_and_agreements_of_a_truce_stay_agreements(nlp, text):
    assert [e.sub_event_type for e in mapped(read_article(nlp, text, "2025-06-03"))] == ["Agreement"]


# figurative battles, wars and fights are no armed clash
@pytest.mark.parametrize("text", [
    "The tariff battle between Washington and Beijing escalated on Monday.",
    "The family faces a legal battle in London over the estate.",
    "The political fight in Nairobi over the budget intensified on Monday.",
    "Doctors in Kinshasa are fighting a cholera outbreak.",
    "Health workers in Goma are battling an Ebola epidemic.",
    "Firefighters in Athens fought wildfires on Monday.",
])
def test_a_figurative_battle_is_no_clash(nlp, text):
    assert [e for e in mapped(read_article(nlp, text, "2025-06-03")) if e.event_type == "Battles"] == []


def test_a_battle_of_armed_sides_stays(nlp):
    evs = mapped(read_article(nlp, "Fighting between the army and the RSF in Khartoum intensified on Monday.",
                              "2025-06-03"))
    assert [e.sub_event_type for e in evs] == ["Armed clash"]


# the abducted are not killed
@pytest.mark.parametrize("text, toll", [
    ("Gunmen kidnapped 20 people and killed a teacher in Kaduna state on Sunday.", 1),
    ("Bandits abducted 15 villagers and killed two farmers in Zamfara on Monday.", 2),
    ("Militants abducted 12 women and shot dead three men near Beni.", 3),
    ("Eight soldiers and at least 20 militants were killed near Gao.", 28),
])
def test_a_count_of_another_verb_is_no_toll(text, toll):
    assert fatalities_in(text) == toll


# an attack told as repelled is its attackers' (actor1); who repelled it is actor2
@pytest.mark.parametrize("text, pair", [
    ("Ukrainian troops repelled a Russian assault near Pokrovsk on Monday, the general staff said.",
     ("Russian forces", "Ukrainian forces")),
    ("Indian soldiers repulsed a Pakistani attack near Poonch on Monday.", ("Pakistani forces", "Indian forces")),
    ("Kurdish fighters repelled an Islamic State attack on Hasakah on Tuesday.", ("Islamic State", "Kurdish fighters")),
])
def test_a_repelled_attack_is_its_attackers(nlp, text, pair):
    battles = [e for e in mapped(read_article(nlp, text, "2025-06-03")) if e.event_type == "Battles"]
    assert [(e.actor1, e.actor2) for e in battles] == [pair], battles


def test_men_fought_off_keep_the_subject_first(nlp):
    battles = [e for e in mapped(read_article(nlp, "Somali troops fought off al-Shabaab militants near Afgoye on Friday.",
                                              "2025-06-03")) if e.event_type == "Battles"]
    assert [(e.actor1, e.actor2) for e in battles] == [("Somali forces", "al-Shabaab")], battles


# a capture recalled in a background paragraph is history, no zone change of today
@pytest.mark.parametrize("body, place", [
    ("GOMA, June 3 - Fighting continued near Goma on Monday.\n\n"
     "The army recaptured the city last year, before M23 rebels seized it again.", "Goma"),
    ("MOGADISHU, June 3 - Al-Shabaab fighters attacked a base near Afgoye on Monday.\n\n"
     "Somali forces recaptured the town last year with the help of clan militias.", "Afgooye"),
    ("KYIV, June 3 - Russian forces shelled Kupiansk on Monday, the governor said.\n\n"
     "Ukraine recaptured the town in a 2022 counteroffensive.", "Kupyansk"),
])
def test_a_capture_recalled_from_a_past_year_is_background(nlp, body, place):
    doc = read_article(nlp, body, "2025-06-03")
    takings = [e for e in doc.events if "territory" in e.sub_event_type]
    assert takings and all(e.background and e.date.start.year < 2025 for e in takings), takings
    assert [c for c in doc.claims if not c.background] == [], doc.claims


def test_a_capture_earlier_this_year_stays_news(nlp):
    doc = read_article(nlp, "KHARTOUM, June 3 - The RSF shelled El Obeid on Monday.\n\n"
                            "The army regained control of Khartoum in March after two years of fighting.", "2025-06-03")
    takings = [e for e in doc.events if "territory" in e.sub_event_type]
    assert [(e.background, e.date.start.isoformat()) for e in takings] == [(False, "2025-03-01")], takings


# the war around an event, told in a subordinate clause, is no clash of its own nor the event's sides
@pytest.mark.parametrize("body", [
    "ADDIS ABABA, June 3 - A drone strike killed five people in Bahir Dar on Monday, as fighting between the army and "
    "Fano intensified in the Amhara region.",
    "KHARTOUM, June 3 - Shelling killed seven civilians in El Obeid on Sunday, as clashes between the army and the RSF "
    "escalated across Kordofan.",
    "YANGON, June 3 - An air strike hit a school in Sagaing on Monday amid heavy fighting between the junta and "
    "resistance forces in the region.",
])
def test_the_war_around_a_strike_is_context(nlp, body):
    evs = mapped(read_article(nlp, body, "2025-06-03"))
    assert [(e.event_type, e.actor2) for e in evs] == [("Explosions/Remote violence", "")], evs


def test_fighting_that_intensified_told_alone_is_a_clash(nlp):
    evs = mapped(read_article(nlp, "ADDIS ABABA, June 3 - Fighting between the army and Fano intensified in the "
                                   "Amhara region on Monday, residents said.", "2025-06-03"))
    assert [(e.sub_event_type, e.actor2) for e in evs] == [("Armed clash", "Fano")], evs


@pytest.mark.parametrize("text, pair", [
    ("Russian forces attacked Pokrovsk on Monday but were repelled by Ukrainian troops.",
     ("Russian forces", "Ukrainian forces")),
    ("RSF fighters stormed a base near El Fasher on Sunday but were beaten back by the army, residents said.",
     ("RSF", "SAF")),
])
def test_attackers_repelled_by_a_side_fought_it(nlp, text, pair):
    battles = [e for e in mapped(read_article(nlp, text, "2025-06-03")) if e.event_type == "Battles"]
    assert [(e.actor1, e.actor2) for e in battles] == [pair], battles


# a capture "in an offensive": how the place was taken, one event (and none when the capture is a recap)
@pytest.mark.parametrize("text", [
    "M23 rebels seized Sake in an offensive on Monday.",
    "Ukrainian forces retook Kupiansk in a lightning counteroffensive on Monday.",
])
def test_the_offensive_a_place_was_taken_in_is_that_capture(nlp, text):
    evs = mapped(read_article(nlp, text, "2025-06-03"))
    assert len(evs) == 1 and "territory" in evs[0].sub_event_type, evs


def test_a_recalled_capture_and_its_offensive_are_no_news(nlp):
    doc = read_article(nlp, "KYIV, June 3 - Russian forces shelled Kupiansk on Monday, the governor said.\n\n"
                            "Ukrainian forces had retaken Kupiansk in a lightning counteroffensive, but Russian troops "
                            "have pushed back towards the town.", "2025-06-03")
    assert [e.event_type for e in mapped(doc)] == ["Explosions/Remote violence"], doc.events
