"""A description of the subject set off by commas ("The TNLA, one of the groups battling the military, seized X",
"The KIA, one of several ethnic armies fighting the junta, said ...") names who the subject is: the side named
inside it neither acts (a capture handed to "the military" would give it the town) nor fights there (its
participle is no clash). A fight told by such a participle outside a description stays. Sentences of our own
(Myanmar, Sudan, Mali)."""
import pytest

from tests.reading.mapped_events import mapped, read_report


@pytest.mark.parametrize("body, taker", [
    ("The TNLA, one of the groups battling the military, seized Mogok on Monday.", "TNLA"),
    ("The TNLA, among the groups battling the military in Shan state, said it took Mogok.", "TNLA"),
    ("JNIM, one of the most powerful of the groups fighting the Malian army, said on Monday it had captured Boni.",
     "JNIM"),
])
def test_the_side_named_in_a_description_of_the_subject_takes_nothing(nlp, body, taker):
    doc = read_report(nlp, body)
    assert {e.actor1 for e in mapped(doc) if "territory" in e.sub_event_type} == {taker}, \
        [(e.sub_event_type, e.actor1) for e in doc.events]
    assert {c.faction for c in doc.claims} <= {taker}, doc.claims


def test_a_participle_in_a_description_is_no_fight(nlp):
    doc = read_report(nlp, "The KIA, one of several ethnic armies fighting the junta, said it had no comment.")
    assert [e for e in doc.events if e.event_type == "Battles"] == []


def test_a_participle_fight_outside_a_description_stays(nlp):
    doc = read_report(nlp, "Rebels fighting the army in Kidal killed three soldiers on Monday.")
    assert [e.sub_event_type for e in mapped(doc)] == ["Armed clash"]
