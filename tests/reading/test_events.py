"""Events: ACLED types, actors, dates, places, tolls, planned and background."""
import datetime as dt

import pytest

from reading.document import Document
from reading.events import EventExtractor, clauses_of, fact_id, fatalities_in, publication_date, quote_spans
from reading.actors import ActorMentions
from reading.document import Mention
from tests.reading.test_actors import PLACES, make_doc


def events(text, **kw):
    kw.setdefault("components", ("actors", "events"))
    return make_doc(text, **kw).events


def one(text, **kw):
    evs = events(text, **kw)
    assert len(evs) == 1, [(e.event_type, e.sub_event_type, e.evidence.sentence) for e in evs]
    return evs[0]


# --- types -----------------------------------------------------------------------


@pytest.mark.parametrize("sentence, etype, sub", [
    ("LNA and GNA forces clashed in Gharyan on Monday.", "Battles", "Armed clash"),
    ("Heavy fighting broke out in Sirte between the LNA and the GNA.", "Battles", "Armed clash"),
    ("GNA warplanes struck Sirte on Tuesday.", "Explosions/Remote violence", "Air/drone strike"),
    ("The LNA shelled residential areas of Tripoli on Tuesday.", "Explosions/Remote violence",
     "Shelling/artillery/missile attack"),
    ("A roadside bomb exploded in Benghazi on Tuesday, killing two.", "Explosions/Remote violence",
     "Remote explosive/landmine/IED"),
    ("A suicide bomber struck a checkpoint in Benghazi on Tuesday.", "Explosions/Remote violence", "Suicide bomb"),
    ("Gunmen kidnapped a journalist in Tripoli on Tuesday.", "Violence against civilians",
     "Abduction/forced disappearance"),
    ("Protesters rallied in Benghazi on Friday against the GNA.", "Protests", "Peaceful protest"),
    ("Police fired tear gas at protesters in Tripoli on Friday.", "Protests", "Protest with intervention"),
    ("Rioters torched cars in Sirte on Friday.", "Riots", "Violent demonstration"),
    ("The GNA declared a state of emergency in Tripoli on Monday.", "Strategic developments",
     "Change to group/activity"),
    ("The LNA and the GNA signed a ceasefire agreement in Sirte on Monday.", "Strategic developments", "Agreement"),
    ("The GNA set up a new military base in Gharyan on Monday.", "Strategic developments",
     "Headquarters or base established"),
])
def test_event_types(sentence, etype, sub):
    ev = one(sentence)
    assert (ev.event_type, ev.sub_event_type) == (etype, sub)


def test_event_took_town_by_armed_group_is_non_state_overtake():
    ev = one("The LNA seized Gharyan on Tuesday.")
    assert (ev.event_type, ev.sub_event_type) == ("Battles", "Non-state actor overtakes territory")


def test_event_took_town_by_government_is_government_regains():
    ev = one("GNA forces recaptured Gharyan on Tuesday.")
    assert ev.sub_event_type == "Government regains territory"


def test_event_captured_person_is_not_territory():
    ev = one("In 1987 he was captured by Chadian forces.", places={})
    assert ev.sub_event_type == "Arrests"


def test_event_synonyms_in_one_clause_make_one_event():
    ev = one("Army and rebel envoys met on April 5 in a closed-door meeting.")
    assert ev.sub_event_type == "Other"


def test_event_two_triggers_two_types():
    evs = events("LNA forces shelled Gharyan on Monday and clashed with GNA fighters in Sirte on Tuesday.")
    assert {e.sub_event_type for e in evs} == {"Shelling/artillery/missile attack", "Armed clash"}


# --- actors ----------------------------------------------------------------------


def test_event_between_actors():
    ev = one("A brief exchange of fire between Haftar's forces and the Tripoli government was reported.")
    assert (ev.actor1, ev.actor2) == ("LNA", "GNA")


def test_event_passive_agent_is_actor1():
    ev = one("An airstrike conducted by the government-controlled air force hit Gharyan.")
    assert ev.actor1 == "GNA"


def test_event_witnesses_are_not_perpetrators():
    ev = one("Residents reported heavy shelling in Sirte on Monday.", profile=None)
    assert ev.actor1 == ""


def test_event_no_profile_actor_as_named():
    ev = one("Houthi rebels launched a drone strike on Aden on Wednesday.", country="YE", profile=None)
    assert ev.actor1 == "Houthis"  # a well-known group: one name for its spellings
    ev = one("Zaraban rebels launched a drone strike on Aden on Wednesday.", country="YE", profile=None)
    assert ev.actor1 == "Zaraban rebels"


# --- fatalities --------------------------------------------------------------------


@pytest.mark.parametrize("text, n", [
    ("Shelling killed at least 12 people.", 12),
    ("Fighting left five dead.", 5),
    ("Three soldiers were killed in the ambush.", 3),
    ("The death toll rose to 31.", 31),
    ("No casualties were reported.", 0),
    ("Nobody was hurt.", 0),
    ("Fighting continued.", None),
    ("The clashes of 2019 were the worst.", None),
])
def test_fatalities_in(text, n):
    assert fatalities_in(text) == n


def test_event_no_casualties_in_next_sentence_applies_to_clash():
    doc = make_doc("A brief exchange of fire between Haftar's forces and the GNA was reported. "
                   "Although no casualties were reported, the Presidential Council declared a military alert.",
                   components=("actors", "events"))
    clash = [e for e in doc.events if e.event_type == "Battles"][0]
    alert = [e for e in doc.events if e.event_type == "Strategic developments"][0]
    assert clash.fatalities == 0
    assert alert.fatalities is None


def test_event_fatalities_only_for_violence():
    ev = one("The GNA declared a military alert in Tripoli after 12 people were killed.")
    assert ev.fatalities is None or ev.event_type != "Strategic developments"


# --- dates, planned, background ---------------------------------------------------


def test_event_date_from_the_sentence():
    ev = one("Haftar ordered an attack on Tripoli on April 4.")
    assert ev.date.start == dt.date(2019, 4, 4)
    assert ev.event_type == "Strategic developments"


def test_event_date_falls_back_to_publication():
    ev = one("LNA and GNA forces clashed in Gharyan.")
    assert ev.date.start == dt.date(2019, 4, 9) and ev.date.basis == "publication"


def test_event_undated_when_no_publication_date():
    doc = make_doc("LNA and GNA forces clashed in Gharyan.", published=None, components=("actors", "events"))
    assert doc.events[0].date is None
    assert any(p.kind == "undated" and p.code == "W401" for p in doc.problems)


def test_event_planned_conference():
    ev = one("All of this occurs ahead of a pre-scheduled conference with LNA envoys on April 14.")
    assert ev.planned and ev.date.start == dt.date(2019, 4, 14)


def test_event_threatened_is_planned():
    ev = one("The LNA threatened to launch air strikes on Tripoli.")
    assert ev.planned


def test_event_past_is_not_planned():
    ev = one("The LNA launched air strikes on Tripoli on Monday.")
    assert not ev.planned


@pytest.mark.parametrize("sentence, year", [
    ("Haftar participated in the coup against the monarchy in 1969.", 1969),
    ("He defected in 1987 after being captured by Chadian forces.", 1987),
    ("Following Gadhafi's overthrow in 2011, Haftar returned.", 2011),
])
def test_event_background_keeps_its_year(sentence, year):
    ev = one(sentence, places={})
    assert ev.background and ev.date.start.year == year and ev.date.precision == "year"


def test_event_since_without_year_is_not_an_event():
    assert events("Since the overthrow of Gadhafi, the LNA has grown.", places={}) == []


def test_event_recent_year_is_not_background():
    ev = one("LNA and GNA forces clashed in Sirte in 2019.", published=dt.date(2019, 12, 1))
    assert not ev.background


# --- places ------------------------------------------------------------------------


def test_event_location_is_the_place_in_the_sentence():
    ev = one("LNA and GNA forces clashed in Gharyan on Monday.")
    assert ev.location.name == "Gharyan" and ev.location_note == ""


def test_event_without_place_is_placed_at_country_with_note():
    ev = one("A brief exchange of fire between Haftar's forces and the GNA was reported.")
    assert ev.location.name == "Libya" and ev.location.precision == 3
    assert "No place named" in ev.location_note


def test_event_not_pinned_on_city_inside_actor_name():
    ev = one("A brief exchange of fire between Haftar's forces and the Tripoli government was reported.")
    assert ev.location.name != "Tripoli"


def test_event_place_inside_quotation_not_used():
    ev = one('The G7 called for an end to hostilities, saying "halt all movements toward Tripoli."')
    assert ev.location.name == "Libya"


def test_event_unplaced_when_country_unknown():
    # (audit 8: not with Haftar's forces, the LNA, who fight in Libya only: the event is placed there,
    # test_audit8_places.py)
    doc = make_doc("A brief exchange of fire between the Zulu Brigade and rival militias was reported.", country=None,
                   components=("actors", "events"))
    assert doc.events[0].location is None
    assert any(p.code == "W402" for p in doc.problems)


def test_event_nearest_place_wins():
    evs = events("After a rally in Benghazi, LNA forces clashed with the GNA in Sirte on Monday.")
    clash = [e for e in evs if e.event_type == "Battles"][0]
    assert clash.location.name == "Sirte"


# --- vagueness, quotes, negation, duplicates --------------------------------------


def test_event_vague_reference_skipped():
    assert events("The clashes are worrying for everyone.") == []


def test_event_inside_quotation_skipped():
    assert events('Salame said: "holding the conference in this time of fighting is hard."') == []


def test_event_negated_skipped():
    assert events("No clashes were reported in Sirte.") == []


def test_event_caption_and_body_merge():
    evs = events("Haftar ordered an attack on Tripoli on April 4.\n\n"
                 "Haftar, leader of the LNA, ordered an attack on Tripoli on April 4.")
    assert len(evs) == 1


def test_event_ids_deterministic_and_unique():
    text = "LNA forces shelled Gharyan on Monday. GNA forces clashed with the LNA in Sirte on Tuesday."
    a, b = events(text), events(text)
    assert [e.id for e in a] == [e.id for e in b]
    assert len({e.id for e in a}) == len(a) == 2


def test_event_evidence_is_its_sentence():
    ev = one("Intro text here. LNA and GNA forces clashed in Gharyan on Monday.")
    assert ev.evidence.sentence == "LNA and GNA forces clashed in Gharyan on Monday."
    assert ev.evidence.doc_id == "t.txt"


def test_sudan_article_uses_sudan_profile():
    ev = one("The RSF seized Wad Madani on Monday.", country="SD", profile="sudan",
             published=dt.date(2023, 12, 19))
    assert ev.actor1 == "RSF" and ev.location.name == "Wad Madani"


# --- helpers -----------------------------------------------------------------------


def test_quote_spans_curly_and_straight():
    t = 'He said “no” and "yes".'
    assert [t[s:e] for s, e in quote_spans(t)] == ["“no”", '"yes"']


def test_clauses_split_at_semicolon():
    t = "clashes in A; troops on alert"
    assert [t[s:e] for s, e in clauses_of(t, 0, len(t))] == ["clashes in A", " troops on alert"]


def test_publication_date_with_uncertainty_is_a_span():
    d = publication_date(Document(id="a", text="", published=dt.date(2019, 4, 4), published_uncertainty_days=3))
    assert (d.start, d.end, d.basis) == (dt.date(2019, 4, 1), dt.date(2019, 4, 7), "publication")


def test_fact_id_is_stable():
    assert fact_id("a.txt", "e", 10) == fact_id("a.txt", "e", 10) != fact_id("a.txt", "e", 11)


def test_extractor_rejects_non_document():
    with pytest.raises(TypeError, match="doc"):
        EventExtractor()("text")


def test_event_killing_people_is_violence_against_civilians():
    ev = one("Gunmen killed five people in Sirte on Monday.")
    assert (ev.event_type, ev.sub_event_type, ev.fatalities) == ("Violence against civilians", "Attack", 5)


def test_event_toll_of_a_battle_is_not_a_second_event():
    ev = one("Clashes between the LNA and the GNA killed five people in Sirte on Monday.")
    assert (ev.event_type, ev.fatalities) == ("Battles", 5)


def test_event_attack_on_a_town_is_a_battle():
    ev = one("The LNA attacked Gharyan on Monday.")
    assert ev.sub_event_type == "Armed clash"


def test_event_drone_shot_down_is_disrupted_weapons_use():
    ev = one("GNA forces shot down an LNA drone near Sirte on Monday.")
    assert ev.sub_event_type == "Disrupted weapons use"


def test_event_no_trigger_inside_a_word():
    assert events("Misrata brigades allied with the government were sent to Sirte.") == []


def test_event_state_forces_named_by_demonym_regain_territory():
    doc = make_doc("Chadian forces recaptured Sirte on Monday.", profile=None,
                   places={"Sirte": PLACES["Sirte"]}, components=())
    doc.mentions.append(Mention(0, 7, "Chadian", "Chad", "demonym"))
    doc = EventExtractor(country_lookup=None)(ActorMentions(detect=False)(doc))
    assert doc.events[0].sub_event_type == "Government regains territory"


def test_event_two_subjects_are_actor1_and_actor2():
    ev = one("The LNA and the GNA agreed on a prisoner exchange in Sirte on Monday.")
    assert (ev.actor1, ev.actor2, ev.sub_event_type) == ("LNA", "GNA", "Agreement")


def test_event_call_for_humanitarian_truce():
    ev = one("UNSMIL called for a humanitarian truce.")
    assert (ev.actor1, ev.sub_event_type) == ("UN", "Agreement")  # ACLED: a call for a truce is about an agreement


def test_quote_spans_stray_quote_stops_at_paragraph_end():
    t = "He said “we will fight.\n\nClashes erupted."
    (s, e), = quote_spans(t)
    assert "Clashes" not in t[s:e]


def test_event_old_day_precise_date_is_background():
    ev = one("LNA and GNA forces clashed in Sirte on 17 February 2011.")
    assert ev.background


def test_event_fighting_terrorism_is_not_a_battle():
    assert events("The LNA says it is fighting terrorism in Sirte.") == []
