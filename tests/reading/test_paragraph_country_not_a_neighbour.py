"""A placeless sentence of a paragraph is placed in the country that paragraph is about, never in the
neighbours a border is named by ("near the borders with Niger and Burkina Faso"). Sentences of our own."""
from tests.reading.mapped_events import read_article


def test_neighbours_of_a_border_are_not_the_paragraphs_country(nlp):
    doc = read_article(nlp, "Gunmen killed nine soldiers in an attack on an army post in northern Togo on Sunday, "
                            "the government said.\n\nThe post lies in the Savanes region, near the borders with Benin "
                            "and Burkina Faso. The army said it had sent reinforcements.", "2025-05-20")
    moves = [e for e in doc.events if e.sub_event_type == "Change to group/activity"]
    assert moves and moves[0].location is not None, [(e.sub_event_type, e.location) for e in doc.events]
    assert moves[0].location.country == "TG", moves[0].location
