"""ev14: "the Kurdish-led Syrian Democratic Forces", "the Tuareg-led Azawad Liberation Front": who leads or backs a
group is not part of its name, so its zone and events carry the group's own name (one side with its initials).
Sentences of our own."""
import pytest

from tests.reading.mapped_events import held_sides, mapped, read_report


@pytest.mark.parametrize("body, side", [
    ("RAQQA, Dec 7 - The Kurdish-led Syrian Democratic Forces took control of Tabqa on Friday after government "
     "troops withdrew.", "Syrian Democratic Forces"),
    ("BAMAKO, Dec 7 - The Tuareg-led Azawad Liberation Front seized Tessalit on Friday after the army pulled out.",
     "Azawad Liberation Front"),
])
def test_the_group_is_named_without_its_patron(nlp, body, side):
    doc = read_report(nlp, body, published="2024-12-07")
    assert side in {e.actor1 for e in mapped(doc)}, [e.actor1 for e in mapped(doc)]
    assert side in held_sides(doc)
