"""ev21: a change of hands told as a noun ("the fall of Jowhar to al-Shabaab", "the capture of Uvira by M23")
is one capture event by the side named right after it, placed at the town, as the control claim reads it; a
fall feared, warned of, prevented or supposed is none, and one long past is history (background). Sentences
of our own."""
import pytest

from reading.corpus import read_text


def captures(nlp, body):
    doc = nlp(read_text(f"t\n\n{body}", doc_id="t", published="2026-05-02", title="t"))
    return [e for e in doc.events if "territory" in e.sub_event_type]


@pytest.mark.parametrize("body, actor, town", [
    ("MOGADISHU, May 2 - The fall of Jowhar to al-Shabaab on Tuesday sent thousands fleeing south.",
     "al-shabaab", "Jawhar"),
    ("BUKAVU, May 2 - The capture of Uvira by M23 rebels on Wednesday cut the road to Burundi.", "m23", "Uvira"),
    ("KHARTOUM, May 2 - Witnesses described the fall of Bara to the RSF on Sunday.", "rsf", "Bārah"),
])
def test_a_change_of_hands_told_as_a_noun_is_a_capture(nlp, body, actor, town):
    got = captures(nlp, body)
    assert [(e.actor1.lower(), e.location.name, e.background) for e in got] == [(actor, town, False)], got


@pytest.mark.parametrize("body", [
    "BUKAVU, May 2 - Residents feared the fall of Uvira to the rebels within days.",
    "BUKAVU, May 2 - The army vowed to prevent the fall of Uvira to M23.",
    "BUKAVU, May 2 - The capture of Uvira by M23 would cut the road to Burundi.",
])
def test_a_fall_not_yet_told_is_none(nlp, body):
    assert captures(nlp, body) == []


def test_a_fall_long_past_is_history(nlp):
    got = captures(nlp, "BAMAKO, May 2 - Since the fall of Gao to the rebels in 2012, trade has dwindled.")
    assert got and all(e.background for e in got), got
