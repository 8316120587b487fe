"""Audit au10 (a build on reports from theatres the golds use little): who took what, and where an event with
no place of its own is. Sentences unlike the audit's (other conflicts, places and sides)."""
import pytest

from reading.corpus import read_text
from tests.reading.mapped_events import mapped


def read(nlp, title, body, published="2026-05-02"):
    return nlp(read_text(f"{title}\n\n{body}", doc_id="t", published=published, title=title))


def taken(doc):
    return sorted((e.actor1, e.location.name) for e in mapped(doc) if "territory" in e.sub_event_type)


# (a) a country that "has retaken" / "has taken" towns is the one taking them (was: no actor, no zone)
@pytest.mark.parametrize("title, body, country, towns", [
    ("Ukraine pushes south",
     "KYIV, May 2 - Ukraine has retaken the towns of Kupiansk and Izium, its army said on Thursday.",
     "Ukrainian forces", ["Izyum", "Kupyansk"]),  # (au11: a state taking ground is its forces)
    ("Advance in the north",
     "BAMAKO, May 2 - After weeks of fighting, Mali has taken Kidal from the rebels, the army said.",
     "Malian forces", ["Kidal"]),
])
def test_a_country_that_has_retaken_towns_takes_them(nlp, title, body, country, towns):
    doc = read(nlp, title, body)
    assert taken(doc) == [(country, t) for t in towns], doc.events
    assert sorted((c.faction, c.location.name) for c in doc.claims) == [(country, t) for t in towns], doc.claims


def test_a_country_that_has_taken_part_holds_nothing(nlp):
    doc = read(nlp, "Talks in Doha",
               "DOHA, May 2 - Qatar has taken part in talks on Gaza since January, officials said on Thursday.")
    assert doc.claims == [] and taken(doc) == [], (doc.claims, doc.events)


# (b) federal troops are the government's: "Government regains territory", not a non-state group's capture
@pytest.mark.parametrize("body", [
    "ABUJA, May 2 - Federal troops recaptured Gwoza from Boko Haram fighters on Thursday, the army said.",
    "ABUJA, May 2 - After two days of fighting, federal forces retook the town of Gwoza on Thursday.",
])
def test_federal_troops_regain_territory_for_the_government(nlp, body):
    doc = read(nlp, "Town retaken", body)
    subs = [e.sub_event_type for e in mapped(doc) if e.event_type == "Battles" and "territory" in e.sub_event_type]
    assert subs == ["Government regains territory"], doc.events


# (c) an event whose sentence names no place: the one town the sentence before names, in its paragraph
def test_an_event_with_no_place_is_in_the_town_of_the_sentence_before(nlp):
    doc = read(nlp, "Protest turns violent",
               "TBILISI, May 2 - Opposition leaders called for new elections on Thursday.\n\n"
               "Demonstrators in Batumi threw stones at police outside the city hall on Thursday evening. "
               "Police arrested 40 people, the interior ministry said.")
    arrests = [e for e in mapped(doc) if e.sub_event_type == "Arrests"]
    assert [e.location.name for e in arrests] == ["Batumi"], doc.events
    assert arrests[0].location.precision == 2  # (known only from the sentence before: near the town)


@pytest.mark.parametrize("second", [
    "The European Union called for calm and urged both sides to talk.",
    "The African Union appealed for restraint and for access for aid workers.",
])
def test_a_call_made_elsewhere_does_not_inherit_the_town(nlp, second):
    # a statement or call with no place is not where the fighting of the sentence before was
    doc = read(nlp, "Fighting in Darfur",
               "Clashes broke out in Nyala on Tuesday between the army and the RSF. " + second,
               published="2026-05-07")
    said = [e for e in mapped(doc) if e.event_type == "Strategic developments"]
    assert said and all(e.location.name != "Nyala" for e in said), [(e.sub_event_type, e.location.name) for e in said]


@pytest.mark.parametrize("second", [
    "Elsewhere, police arrested 40 people, the interior ministry said.",
    "\n\nPolice arrested 40 people, the interior ministry said.",  # (a new paragraph)
])
def test_a_new_paragraph_or_elsewhere_does_not_inherit_the_town(nlp, second):
    doc = read(nlp, "Protest turns violent",
               "TBILISI, May 2 - Opposition leaders called for new elections on Thursday.\n\n"
               "Demonstrators in Batumi threw stones at police outside the city hall on Thursday evening. " + second)
    arrests = [e for e in mapped(doc) if e.sub_event_type == "Arrests"]
    assert arrests and all(e.location.name != "Batumi" for e in arrests), doc.events


# (d) "Troops killed at least eight attackers in the clash, he said.": the toll of the clash told before, told by
# the side that was attacked, with no place or day of its own: no second clash
def test_a_toll_told_by_the_other_side_in_the_clash_is_the_same_clash(nlp):
    doc = read(nlp, "Rebels attack base",
               "BANGUI, May 2 - Rebels of the 3R group attacked an army base near Bocaranga on Thursday, killing four "
               "soldiers, the army said.\n\nSoldiers killed at least 11 rebels in the clash, a military source said.")
    clashes = [e for e in mapped(doc) if e.event_type == "Battles"]
    assert len(clashes) == 1, doc.events
    assert clashes[0].date.start.isoformat() == "2026-04-30"


def test_a_toll_with_its_own_day_is_another_clash(nlp):
    doc = read(nlp, "Rebels attack base",
               "BANGUI, May 2 - Rebels of the 3R group attacked an army base near Bocaranga on Thursday, killing four "
               "soldiers, the army said.\n\nOn Friday, soldiers killed at least 11 rebels in a clash near Bozoum.")
    clashes = [e for e in mapped(doc) if e.event_type == "Battles"]
    assert len(clashes) == 2, doc.events


# (e) "the biggest victory of six weeks of fighting", "killed in two months of fighting": a span summed up, no clash
@pytest.mark.parametrize("body", [
    "KHARTOUM, May 2 - The army retook the refinery at Jaili on Thursday, its biggest gain of five months of fighting "
    "with the RSF.",
    "KHARTOUM, May 2 - More than 200 civilians have been killed in three weeks of fighting around El Obeid, "
    "doctors said on Thursday.",
])
def test_weeks_of_fighting_summed_up_are_no_clash(nlp, body):
    doc = read(nlp, "War in Sudan", body)
    assert [e for e in mapped(doc) if e.sub_event_type == "Armed clash"] == [], doc.events


def test_a_days_fighting_is_still_a_clash(nlp):
    doc = read(nlp, "War in Sudan", "KHARTOUM, May 2 - The army and the RSF fought in Omdurman on Thursday.")
    assert [e.sub_event_type for e in mapped(doc)] == ["Armed clash"], doc.events


# (f) a headline's change of hands (dated by the publication day) that the body tells with its own day: one claim,
# the body's (the headline's drew a second zone from the publication day, of a side it may name otherwise)
def test_a_headline_capture_told_again_with_its_day_is_the_bodys(nlp):
    doc = read(nlp, "Malian army takes Kidal as rebels withdraw",
               "BAMAKO, May 2 - Malian troops entered Kidal on Thursday after the rebels of the CSP pulled out of the "
               "town, residents said.")
    assert [(c.relation, c.location.name, c.date.start.isoformat()) for c in doc.claims] == [
        ("took", "Kidal", "2026-04-30")], doc.claims


def test_a_headline_capture_the_body_does_not_tell_stays(nlp):
    doc = read(nlp, "Malian army takes Kidal as rebels withdraw",
               "BAMAKO, May 2 - Residents of Kidal said the streets were calm on Friday.")
    assert [(c.relation, c.location.name) for c in doc.claims] == [("took", "Kidal")], doc.claims
