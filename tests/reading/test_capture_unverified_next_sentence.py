"""A side's claimed capture that the next sentence says could not be checked ("..., the group said. The claim
could not be independently verified.") is fighting for the place, with no change of hands drawn, as when the
other side denies it (W410); a toll left unverified there leaves the capture standing. Own sentences."""
import pytest

from tests.reading.mapped_events import held_sides as held, read_report as read


@pytest.mark.parametrize("body", [
    "MOGADISHU, June 3 - Al-Shabaab fighters captured the town of Bulo Burte on Monday, a spokesman for the group "
    "said. The claim could not be independently verified.",
    "KHARTOUM, June 3 - The RSF said it had seized Babanusa on Sunday. Reuters could not independently verify "
    "the group's claim.",
    "OUAGADOUGOU, June 3 - JNIM fighters took control of Djibo on Monday, according to a statement from the group. "
    "The report could not immediately be confirmed.",
    "GOMA, June 3 - M23 rebels said they had captured Walikale on Tuesday. There was no independent confirmation.",
])
def test_a_claimed_capture_left_unverified_next_sentence_is_fighting(nlp, body):
    doc = read(nlp, body)
    assert not [c for c in doc.claims if c.relation == "took"], doc.claims
    assert held(doc) == []
    assert [e for e in doc.events if e.sub_event_type == "Armed clash"], doc.events
    assert [p for p in doc.problems if p.code == "W410"], doc.problems


def test_a_toll_left_unverified_next_sentence_keeps_the_capture(nlp):
    doc = read(nlp, "KHARTOUM, June 3 - The RSF said it had seized Babanusa on Sunday, killing dozens of soldiers. "
                    "The toll could not be independently verified.")
    assert [c.faction for c in doc.claims if c.relation == "took"] == ["RSF"], doc.claims
    assert held(doc) == ["RSF"]


def test_a_capture_followed_by_another_claim_checked_keeps_the_capture(nlp):
    # the next sentence tells of another claim ("The army's claim that ...") and that one is unchecked
    doc = read(nlp, "OUAGADOUGOU, June 3 - JNIM fighters took control of Djibo on Monday, residents said. "
                    "The army's claim that it had killed 40 militants could not be verified.")
    assert [c.faction for c in doc.claims if c.relation == "took"] == ["JNIM"], doc.claims
