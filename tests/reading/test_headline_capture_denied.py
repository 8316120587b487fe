"""A headline's capture the body tells as denied or unconfirmed draws no zone (the body's capture is a fight,
W410, and so is the headline's), and a town named only by its region ("takes Gedo village") puts no zone over
the region, from the claim or from the territory event. Own sentences (other places and sides than the golds')."""
from reading.corpus import read_text
from tests.reading.mapped_events import held_sides as held


def read(nlp, title, body, published="2020-11-08"):
    return nlp(read_text(f"{title}\n\n{body}", doc_id="t", published=published, title=title))


def test_a_headline_capture_the_body_denies_draws_no_zone(nlp):
    doc = read(nlp, "Azerbaijani forces take Shusha after days of fighting",
               "BAKU, Nov 8 - Azerbaijan's president said his troops had entered Shusha. "
               "Armenia denied the town had fallen.")
    assert not [c for c in doc.claims if c.relation == "took"], doc.claims
    assert held(doc) == []
    assert [p for p in doc.problems if p.code == "W410" and p.start < len(doc.title)], doc.problems


def test_a_headline_capture_the_body_leaves_unconfirmed_draws_no_zone(nlp):
    doc = read(nlp, "Rebels capture Kalehe in eastern Congo",
               "GOMA, Feb 2 - M23 fighters said they had captured Kalehe on Saturday. "
               "The army has not confirmed the loss.", published="2025-02-02")
    assert not [c for c in doc.claims if c.relation == "took" and c.location.name == "Kalehe"], doc.claims
    assert held(doc) == []


def test_a_denial_of_another_sides_capture_leaves_the_headline(nlp):
    # the body denies the other side's retaking: the headline's capture stands
    doc = read(nlp, "Azerbaijani forces take Shusha after days of fighting",
               "BAKU, Nov 8 - Armenian fighters said they had retaken Shusha overnight. Azerbaijan denied the claim.")
    assert [c.faction for c in doc.claims if c.relation == "took" and c.location.name == "Shusha"] == \
        ["Azerbaijani forces"], doc.claims


def test_a_headline_capture_the_body_confirms_stays(nlp):
    doc = read(nlp, "Azerbaijani forces take Shusha after days of fighting",
               "BAKU, Nov 8 - Residents said soldiers were patrolling the streets and the shops had closed.")
    assert [c for c in doc.claims if c.relation == "took" and c.location.name == "Shusha"], doc.claims


def test_a_village_named_by_its_region_draws_no_zone_over_the_region(nlp):
    doc = read(nlp, "Somalia", "MOGADISHU, June 3 - Al-Shabaab fighters overran a Gedo village on Tuesday, elders said.",
               published="2025-06-03")
    taken = [e for e in doc.events if "territory" in e.sub_event_type]
    assert taken and all(e.location_note.startswith("Territory event: the place taken") for e in taken), taken
    assert not [c for c in doc.claims if c.relation == "took"], doc.claims
    assert held(doc) == []


def test_a_town_in_a_region_taken_draws_no_zone_over_the_region(nlp):
    doc = read(nlp, "Sudan", "KHARTOUM, June 3 - RSF fighters overran a village in North Darfur on Monday, "
                             "witnesses said.", published="2025-06-03")
    taken = [e for e in doc.events if "territory" in e.sub_event_type]
    assert taken and all(e.location_note.startswith("Territory event: the place taken") for e in taken), taken
    assert held(doc) == []


def test_a_named_town_in_a_region_is_still_drawn(nlp):
    doc = read(nlp, "Sudan", "KHARTOUM, June 3 - RSF fighters overran Mellit, a town in North Darfur, on Monday, "
                             "witnesses said.", published="2025-06-03")
    assert held(doc) == ["RSF"]
