"""evf: a change of hands told as a noun owned by its taker ("the army's capture of X on 3 May", "the rebels'
seizure of X", "Y's recapture of X last week") is a capture by that side at X; one feared or supposed is none, and
"3 May" after it is a month, not "may". Sentences of our own."""
import pytest

from tests.reading.mapped_events import read_report


def captures(nlp, body, published="2025-06-10"):
    return [(e.actor1, e.location.name if e.location is not None else None, str(e.date.start) if e.date else None)
            for e in read_report(nlp, body, published).events if "territory" in e.sub_event_type]


@pytest.mark.parametrize("body, actor, town, day", [
    ("The army's capture of Bakhmut on 2 June opened the road to the west.", "Ukrainian forces", "Bakhmut",
     "2025-06-02"),
    ("The RSF's seizure of El Obeid on Sunday sent thousands fleeing.", "RSF", "El Obeid", "2025-06-08"),
    ("Diplomats said M23's takeover of Uvira on 4 June alarmed Burundi.", "M23", "Uvira", "2025-06-04"),
])
def test_a_capture_owned_by_its_taker_is_theirs(nlp, body, actor, town, day):
    got = captures(nlp, body)
    assert len(got) == 1 and got[0][0] == actor and got[0][2] == day and town in (got[0][1] or ""), got


@pytest.mark.parametrize("body", [
    "Residents feared the RSF's capture of El Obeid.",
    "The rebels' capture of Uvira would cut the road to Burundi.",
    "The army's capture of dozens of fighters was announced on Monday.",
])
def test_a_capture_not_told_as_done_is_none(nlp, body):
    assert captures(nlp, body) == []
