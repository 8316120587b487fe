"""A change of hands the article recalls as history ("captured X in October 1805") is a background claim,
as an event of that date is background: the zone timeline draws it only while the article tells of that
side today. Own sentences."""
from layers.zones import zone_problems, zone_timeline
from reading.corpus import read_text


def read(nlp, text, published="2026-06-10"):
    return nlp(read_text(text, doc_id="t", published=published))


def test_a_capture_recalled_from_two_centuries_ago_draws_no_zone(nlp):
    doc = read(nlp, "ULM, Germany - The city museum opened an exhibition on Tuesday about the siege of 1805. "
                    "French troops captured Ulm in October 1805 after a short siege, and the Austrian army surrendered.")
    old = [c for c in doc.claims if c.relation == "took"]
    assert old and all(c.background for c in old), doc.claims
    assert len(zone_timeline(doc.claims, doc.events, published={doc.id: doc.published})) == 0
    assert "W558" in [p.code for p in zone_problems(doc.claims, doc.events)]


def test_a_capture_of_this_week_is_no_history(nlp):
    doc = read(nlp, "Russian forces captured Kurakhove on Monday, the defence ministry in Moscow said.")
    now = [c for c in doc.claims if c.relation == "took"]
    assert now and not any(c.background for c in now), doc.claims


def test_a_hold_told_in_the_present_is_no_history_however_long_ago_it_began(nlp):
    doc = read(nlp, "GAO, Mali - Soldiers patrolled the road to Ansongo on Monday. JNIM fighters have controlled "
                    "Kidal since 2019, residents said.")
    holds = [c for c in doc.claims if c.relation == "holds"]
    assert holds and not any(c.background for c in holds), doc.claims
    held = zone_timeline(doc.claims, doc.events, published={doc.id: doc.published})
    assert "JNIM" in set(held.loc[held.status == "held", "faction"]), held


def test_a_hold_told_in_the_past_and_long_ago_is_history(nlp):
    doc = read(nlp, "GAO, Mali - Soldiers patrolled the road to Ansongo on Monday. Tuareg rebels held Kidal "
                    "in 2012, residents recalled.")
    holds = [c for c in doc.claims if c.relation == "holds"]
    assert holds and all(c.background for c in holds), doc.claims
