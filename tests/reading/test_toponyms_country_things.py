"""A country name before a thing of its state ("US air strikes on", "a US drone", "the US
embassy") is whose, not where. Sentences unlike the audit's (other countries)."""
import pytest

from reading.corpus import read_text
from tests.reading.places import drawn_at, mention


def read(nlp, text):
    return nlp(read_text(text, doc_id="t", published="2024-03-06"))


# --- a country before its weapon, aircraft, mission or troops: an actor ----------------------------


@pytest.mark.parametrize("text, country, where", [
    ("Sudan's army said it had shot down a UAE cargo aircraft over Nyala airport on Friday.", "UAE", "Nyala Airport"),
    ("PORT SUDAN - Hundreds of people protested outside the UK embassy in Khartoum on Monday.",
     "outside the UK", "Khartoum"),
    ("Russia's defence ministry said Ukraine drones attacked an oil depot in Bryansk region.", "Ukraine", "Bryansk"),
    ("ADEN, Yemen - Yemen's government said on Tuesday that UK air strikes on the port of Ras Kathib had killed "
     "nine fishermen.", "UK", None),
    ("Houthi rebels in Yemen said they had shot down a US MQ-9 Reaper drone over Marib province.", "US", None),
])
def test_a_country_before_a_thing_of_its_state_is_an_actor(nlp, text, country, where):
    doc = read(nlp, text)
    assert mention(doc, country).role == "actor"
    places = drawn_at(doc)
    assert not places & {"United States", "United Kingdom", "United Arab Emirates", "Ukraine"}
    if where is not None:
        assert where in places


@pytest.mark.parametrize("text, country", [
    ("Lebanon strikes on Monday killed 12 people, officials said.", "Lebanon"),  # the target
    ("Syria air strikes kill 20 in Idlib.", "Syria"),
])
def test_strikes_named_by_their_target_keep_the_place(nlp, text, country):
    assert mention(read(nlp, text), country).role == "location"


def test_a_country_whose_military_speaks_does_not_become_the_story_country(nlp):
    # "the UK military said" acts: its votes must not outweigh the country where it all happens
    text = ("MOGADISHU - Somalia's army said on Friday it had retaken the town of Bulo Burte from al-Shabaab.\n"
            "The UK military said a UK drone had supported the operation.\n"
            "The UK military did not say whether its troops were on the ground.\n"
            "The UK military has trained Somali units since 2017.\n"
            "Fighting was also reported near Jowhar in Middle Shabelle.")
    doc = read(nlp, text)
    assert mention(doc, "UK").role == "actor"
    assert doc.focus_country == "SO"
    assert "United Kingdom" not in drawn_at(doc)


def test_the_country_military_stays_the_actor_name(nlp):
    doc = read(nlp, "The Chad military withdrew its troops from Bol on Sunday.")
    assert [e.actor1 for e in doc.events] == ["Chadian forces"]  # (ev15: its forces, as "Chadian troops")


@pytest.mark.parametrize("verb", ["mediated", "brokered", "sponsored"])
def test_a_country_that_brokers_a_deal_is_no_place_of_the_story(nlp, verb):
    text = (f"ALEPPO - The SDF handed over control of the town of Manbij to government forces on Tuesday under a "
            f"deal {verb} by Russia, officials said.\n\nTurkish-backed factions shelled the bridge on Monday, "
            "the SDF said.")
    doc = read(nlp, text)
    assert mention(doc, "Russia").role == "actor"
    assert doc.focus_country == "SY"
    assert "Russia" not in drawn_at(doc)
