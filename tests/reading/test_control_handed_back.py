"""lead: "handed back control of X to Y", "ceded control of X to Y", "returned control of X to Y": a negotiated
handover as "handed over control of" is (a non-violent transfer; who receives the place takes it). It had given
no event and no claim. Sentences of our own."""
import pytest

from tests.reading.mapped_events import mapped, read_report


@pytest.mark.parametrize("body, place, taker", [
    ("RAQQA, Jan 20 - The SDF handed back control of the town of Tabqa to government forces on Sunday under a "
     "deal brokered by Washington.", "Tabqa", "Syrian forces"),
    ("GOMA, Jan 20 - The M23 ceded control of the town of Rutshuru to the Congolese army on Sunday, a rebel "
     "spokesman said.", "Rutshuru", "Congolese forces"),
    ("TRIPOLI, Jan 20 - The militia returned control of Mitiga airport to the Government of National Unity on "
     "Sunday.", "Mitiga", None),
])
def test_control_handed_back_is_a_transfer_to_who_receives_it(nlp, body, place, taker):
    doc = read_report(nlp, body, published="2025-01-20")
    evs = [e for e in mapped(doc) if e.sub_event_type == "Non-violent transfer of territory"]
    assert evs and place in (evs[0].location.name if evs[0].location else place), doc.events
    if taker is not None:
        assert ("took", taker) in {(c.relation, c.faction) for c in doc.claims}, doc.claims
