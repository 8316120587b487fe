"""Audit 9: details of events told right (a toll of one named by "the", a toll of the killing that set a
fight off, a side named by an adjective before its fighters) and a capture told by a country's ministry.
Sentences unlike the audit corpus's (other conflicts and names)."""
from reading.corpus import read_text


def read(nlp, text, published="2025-04-09"):
    return nlp(read_text(text, doc_id="t", published=published))


def test_killing_the_driver_is_a_toll_of_one(nlp):
    doc = read(nlp, "A drone hit a minibus near Kherson on Monday, killing the driver and wounding four passengers.")
    assert [e.fatalities for e in doc.events] == [1], doc.events


def test_killing_the_driver_and_his_two_sons(nlp):
    doc = read(nlp, "An air strike hit a car in Deir al-Balah on Monday, killing the driver and his two sons.")
    assert [e.fatalities for e in doc.events] == [3], doc.events


def test_the_killing_that_set_the_fight_off_is_not_its_toll(nlp):
    text = ("BENGHAZI, Libya - Clashes erupted between rival brigades in Benghazi on Sunday night, hours after a "
            "brigade commander was killed, residents said. At least six people were killed, medics said.")
    got = [e for e in read(nlp, text, published="2025-04-08").events if e.event_type == "Battles"]
    assert [e.fatalities for e in got] == [6], got


def test_an_adjective_between_the_name_and_the_fighters(nlp):
    doc = read(nlp, "Baloch separatist fighters attacked a police station in Turbat on Sunday.", published="2025-04-08")
    assert [e.actor1 for e in doc.events] == ["Baloch separatist fighters"], doc.events


def test_a_capture_told_by_a_countrys_ministry(nlp):
    doc = read(nlp, "Ukraine's Defence Ministry said on Monday that its forces had recaptured the village of "
                    "Andriivka in the Donetsk region.", published="2025-04-08")
    assert [(c.relation, c.location.name if c.location else None) for c in doc.claims if c.relation == "took"], \
        doc.claims


def test_the_side_fought_is_not_who_strikes_next(nlp):
    doc = read(nlp, "Soldiers fought militants near Damboa on Monday, and an air strike later hit their "
                    "camp in the forest.", published="2025-04-09")
    strikes = [e for e in doc.events if e.event_type == "Explosions/Remote violence"]
    assert strikes and all(e.actor1 != "militants" for e in strikes), doc.events


def test_backed_factions_are_an_actor(nlp):
    doc = read(nlp, "The Kurdish-led force said it had repelled an attack by Iran-backed factions near Deir ez-Zor on "
                    "Sunday.", published="2025-04-08")
    assert any("factions" in (e.actor1 + e.actor2) for e in doc.events), doc.events
