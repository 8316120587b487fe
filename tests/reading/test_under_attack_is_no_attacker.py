"""lead: "landed troops at X under air attack", "withdrew from the base under heavy artillery fire": the side
named before "under ... attack/fire" is under it, not the one attacking (it had been read as the air strike's
actor, or a country's forces guessed from a namesake); a side named inside ("under Russian drone attack") still
made it, and "under cover of artillery fire" is no attack on them. Sentences of our own."""
from tests.reading.mapped_events import read_report


def test_the_side_under_an_air_attack_is_not_its_actor(nlp):
    doc = read_report(nlp, "PORT STANLEY, May 21 - British troops landed at San Carlos on Thursday under air "
                           "attack, officials said.", published="1982-05-21")
    strikes = [e for e in doc.events if e.sub_event_type == "Air/drone strike"]
    assert strikes and all(e.actor1 != "British forces" for e in strikes), doc.events


def test_a_side_named_inside_the_attack_still_made_it(nlp):
    doc = read_report(nlp, "KHARKIV, May 21 - Residents fled Vovchansk on Thursday under Russian drone attack, "
                           "officials said.", published="2025-05-21")
    assert [e.actor1 for e in doc.events if e.sub_event_type == "Air/drone strike"] == ["Russian forces"], doc.events
