"""Strikes told by their weapon in shapes the triggers had missed: "The strike on Saturday hit a building" (an air
strike, its day between the noun and the verb), "A tank fired at a house" (shelling)."""
from reading.corpus import read_text
from tests.reading.mapped_events import kinds, mapped


def read(nlp, body, published="2024-11-26"):
    return nlp(read_text(f"Strikes go on\n\n{body}", doc_id="t", published=published, title="Strikes go on"))


def test_a_strike_with_its_day_before_the_verb_is_an_air_strike(nlp):
    doc = read(nlp, "The strike on Saturday hit an eight-storey building in Sidon, killing 12 people.")
    assert kinds(mapped(doc)) == [("Explosions/Remote violence", "Air/drone strike")], doc.events


def test_a_tank_firing_at_a_house_is_shelling(nlp):
    doc = read(nlp, "A Russian tank fired at a house in Vuhledar on Monday.")
    assert kinds(mapped(doc)) == [("Explosions/Remote violence", "Shelling/artillery/missile attack")], doc.events


def test_a_countrys_tank_or_mortar_shells_name_its_forces_as_the_side(nlp):
    for body, side in (("Four people died when Israeli tank shells hit tents in Deir al-Balah on Monday, medics said.",
                        "Israeli forces"),
                       ("Ukrainian mortar rounds struck a checkpoint near Horlivka on Sunday, officials said.",
                        "Ukrainian forces"),
                       ("Two children were wounded when Turkish rocket fire hit a village near Kobani on Friday.",
                        "Turkish forces")):
        doc = read(nlp, body)
        assert [e.actor1 for e in mapped(doc)] == [side], (body, doc.events)
