"""lead: "had driven X out of Y", "had completely driven X out of Y": the expulsion told in the perfect (with an
adverb of completion) is a taking as "drove X out of Y" is: an event and the two sides' claims. It had given only
the claims, or nothing. Sentences of our own."""
import pytest

from tests.reading.mapped_events import mapped, read_report


@pytest.mark.parametrize("body", [
    "KHARTOUM, March 3 - The army said its troops had driven the RSF out of Omdurman on Sunday.",
    "KHARTOUM, March 3 - The army said its troops had completely driven the RSF out of Omdurman on Sunday.",
])
def test_driven_out_in_the_perfect_is_a_taking(nlp, body):
    doc = read_report(nlp, body, published="2025-03-03")
    assert [(e.sub_event_type, e.location.name) for e in mapped(doc)] == [
        ("Government regains territory", "Omdurman")], doc.events
    assert ("withdrew", "RSF") in {(c.relation, c.faction) for c in doc.claims}, doc.claims
