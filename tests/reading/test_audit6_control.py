"""Audit 6 (denials, rumours, threats, handovers, sides' claims): control claims and territory
events. Sentences unlike the audit corpus's (other places and names)."""
import pytest

from reading.corpus import read_text


def read(nlp, text, published="2023-10-18", title=None):  # a Wednesday
    return nlp(read_text(text, doc_id="t", published=published, title=title))


def territory(doc):
    return [(e.sub_event_type, e.actor1, getattr(e.location, "name", None)) for e in doc.events
            if "territory" in e.sub_event_type]


def claims(doc):
    return [(c.faction, c.relation, getattr(c.location, "name", None)) for c in doc.claims]


# --- a denied report or a rumour of a capture: no change of hands, no zone ------------------------


@pytest.mark.parametrize("text", [
    "The Somali army on Tuesday denied reports that al-Shabaab fighters had captured the town of Beledweyne.",
    "Officials in Niamey dismissed claims that JNIM militants had seized control of Tillaberi.",
    "The Nigerian army denied that Boko Haram had overrun Monguno on Sunday.",
    "Rumours that the M23 had entered Butembo were denied by local officials.",
    "Unconfirmed reports that the Houthis had captured Marib spread on social media on Monday.",
    "The ministry rejected allegations that Wagner fighters had taken over the town of Kidal.",
])
def test_denied_reports_and_rumours_of_a_capture_draw_nothing(nlp, text):
    doc = read(nlp, text)
    assert not doc.claims, claims(doc)
    assert not territory(doc), territory(doc)


@pytest.mark.parametrize("text, place", [
    # the report is denied, but the sentence then tells a capture of its own
    ("The army denied reports of a massacre but said it had recaptured Monguno on Sunday.", "Monguno"),
    # a denial of something else, then a plain capture
    ("Rebels, who denied attacking civilians, captured the town of Butembo on Monday.", "Butembo"),
])
def test_a_denial_of_something_else_keeps_the_capture(nlp, text, place):
    doc = read(nlp, text)
    assert any(getattr(c.location, "name", None) == place for c in doc.claims) or any(
        p == place for _, _, p in territory(doc)), (claims(doc), territory(doc))


# --- a side's claim answered by the other side's word that the attack failed ----------------------


@pytest.mark.parametrize("text", [
    "Al-Shabaab said it had stormed the town of Beledweyne and taken the police station, but the army said "
    "the assault had been repulsed.",
    "The Houthis claimed to have captured the district of Harib, though government forces said the attack "
    "was beaten back.",
])
def test_a_claimed_capture_the_other_side_says_failed_draws_no_zone(nlp, text):
    doc = read(nlp, text)
    assert not doc.claims, claims(doc)
    assert not territory(doc), territory(doc)


def test_a_capitalised_direction_starting_a_name_is_no_region_taken(nlp):
    doc = read(nlp, "The Kachin Independence Army captured the Northern Command headquarters in Bhamo township on Friday.")
    assert all("north" not in (getattr(c.location, "name", "") or "").lower() for c in doc.claims), claims(doc)


# --- negotiated handovers and towns changing hands in one sentence --------------------------------


@pytest.mark.parametrize("text, taker, place", [
    ("Wagner forces handed over control of Kidal to the Malian army on Tuesday under a deal with the separatists.",
     "Malian forces", "Kidal"),
    ("The Taliban handed over Spin Boldak to Afghan forces on Friday after talks mediated by elders.", "Afghan forces",
     "Sp"),
])
def test_a_handover_gives_the_place_to_who_receives_it(nlp, text, taker, place):
    doc = read(nlp, text)
    assert any(e.sub_event_type == "Non-violent transfer of territory" for e in doc.events), [
        (e.sub_event_type, e.actor1) for e in doc.events]
    assert any(c.relation == "took" and c.faction == taker and place in (getattr(c.location, "name", "") or "")
               for c in doc.claims), claims(doc)


@pytest.mark.parametrize("text", [
    "The rebels handed over their weapons to the army in Bunia on Tuesday.",
    "Police handed over the suspects to prosecutors in Mombasa on Tuesday.",
])
def test_handing_over_people_or_things_is_no_transfer_of_territory(nlp, text):
    doc = read(nlp, text)
    assert not [e for e in doc.events if "territory" in e.sub_event_type], territory(doc)
    assert not doc.claims, claims(doc)


def test_a_town_retaken_then_recaptured_as_it_changes_hands_twice(nlp):
    doc = read(nlp, "Ethiopian troops retook Kobo in North Wollo on Monday, but Fano fighters recaptured it on Wednesday.")
    got = [(e.sub_event_type, e.actor1, getattr(e.location, "name", None), str(e.date.start)) for e in doc.events
           if "territory" in e.sub_event_type]
    assert len(got) == 2 and got[0][2] == got[1][2] and got[0][3] < got[1][3], got
    assert got[1][1] == "Fano", got


@pytest.mark.parametrize("text", [
    "If the Houthis take Marib, they will control all of northern Yemen's oil fields.",
    "Unless the army retakes Kidal, the separatists will hold the north.",
])
def test_a_capture_in_a_condition_draws_no_zone(nlp, text):
    doc = read(nlp, text)
    assert not [c for c in doc.claims if c.relation == "took"], claims(doc)


@pytest.mark.parametrize("text", [
    "There were unconfirmed reports of heavy fighting in Masisi on Tuesday.",
    "Rumours of an al-Shabaab attack on Jowhar spread on Monday.",
])
def test_unconfirmed_reports_are_no_event(nlp, text):
    doc = read(nlp, text)
    assert not doc.events, [(e.sub_event_type, getattr(e.location, "name", None)) for e in doc.events]


def test_a_change_of_hands_told_by_the_time_since_it_is_dated_back(nlp):
    doc = read(nlp, "Two years after the Taliban took Kunduz, the city remains under curfew.", published="2023-10-18")
    got = [(c.relation, str(c.date.start), c.date.precision) for c in doc.claims]
    assert got == [("took", "2021-01-01", "year")], got


def test_the_time_since_another_fact_in_a_past_story_dates_nothing(nlp):
    doc = read(nlp, "Two days after the ambush, Nigerian troops retook the town of Bama on Friday.", published="2023-10-18")
    assert all(str(e.date.start) == "2023-10-13" for e in doc.events if "territory" in e.sub_event_type), [
        (e.sub_event_type, e.date) for e in doc.events]
