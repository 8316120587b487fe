"""A group named with its leader ("fighters of the X militia led by Y attacked ..."): the group acts, as an analyst
codes it, not the leader named last before the verb. Sentences of our own."""
import pytest

from tests.reading.mapped_events import read_article


@pytest.mark.parametrize("text, group", [
    ("Fighters of the Fano militia led by Zemene Kassie attacked Gondar on Tuesday.", "Fano"),
    ("Gunmen of the Jalisco cartel headed by Nemesio Oseguera ambushed police near Aguililla on Friday.",
     "CJNG"),
])
def test_the_group_acts_not_its_leader(nlp, text, group):
    evs = [e for e in read_article(nlp, text, "2025-03-12").events if e.event_type == "Battles"]
    assert evs and group.lower() in evs[0].actor1.lower(), [(e.sub_event_type, e.actor1) for e in evs]
