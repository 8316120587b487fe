"""A country named as the side that took a place back ("Russia took back Krynky", "Ukraine liberated Kherson"): its
forces did, with the claim; a side's part in a fight denied ("Armenia had not taken part in the fighting") tells no
fight; a side agreeing to lay down its arms is an agreement (ACLED codes surrenders so). Sentences of our own."""
from tests.reading.mapped_events import read_article


def test_a_country_that_took_a_place_back_is_its_forces(nlp):
    doc = read_article(nlp, "Ethiopia took back the town of Debre Tabor on Sunday, state media said.", "2024-03-12")
    assert [(e.actor1, e.location.name) for e in doc.events if "territory" in e.sub_event_type] == [
        ("Ethiopian forces", "Debre Tabor")], [(e.sub_event_type, e.actor1, e.location) for e in doc.events]
    assert [c.faction for c in doc.claims] == ["Ethiopian forces"]


def test_a_country_that_liberated_or_took_control_of_a_place_is_its_forces(nlp):
    for sentence in ("Armenia liberated the village of Tegh in 1992.", "Azerbaijan took control of Aghdam in 2020."):
        doc = read_article(nlp, sentence, "2024-03-12")
        taken = [e for e in doc.events if "territory" in e.sub_event_type]
        assert taken and taken[0].actor1.endswith("forces"), (sentence, [(e.sub_event_type, e.actor1) for e in doc.events])


def test_a_part_in_the_fighting_denied_tells_no_fight(nlp):
    for sentence in ("Kigali said Rwanda had not taken part in the fighting around Goma.",
                     "The Wagner group denied taking part in the clashes.",
                     "The militia said it played no part in the fighting."):
        doc = read_article(nlp, sentence, "2025-02-02")
        assert [e for e in doc.events if e.event_type == "Battles"] == [], (sentence, doc.events)


def test_a_part_in_the_fighting_told_is_a_fight(nlp):
    doc = read_article(nlp, "Chechen units took part in the fighting in Mariupol on Monday.", "2022-04-13")
    assert [e.location.name for e in doc.events if e.event_type == "Battles"] == ["Mariupol"]


def test_agreeing_to_lay_down_arms_is_an_agreement(nlp):
    doc = read_article(nlp, "Separatist fighters in Cabinda agreed on Friday to lay down their weapons.", "2025-06-14")
    assert [e.sub_event_type for e in doc.events] == ["Agreement"], doc.events
    doc = read_article(nlp, "The government agreed to disband the tax unit in Luanda.", "2025-06-14")
    assert [e for e in doc.events if e.sub_event_type == "Agreement"] == []
