"""Killings told as a noun ("carried out 'field executions' of at least 52 men", "summary executions of 14 villagers")
are an attack with its toll, as "executed 52 men" is. Sentences of our own (Syria, Mali, Ethiopia)."""
import pytest

from tests.reading.mapped_events import mapped, read_report


@pytest.mark.parametrize("body, toll", [
    ('Security forces carried out "field executions" of at least 52 men in Baniyas on Friday, a monitor said.', 52),
    ("Militiamen carried out summary executions of 14 villagers in Mopti on Sunday, the UN said.", 14),
    ("Soldiers committed extrajudicial executions of 11 civilians in Bahir Dar on Tuesday, rights groups said.", 11),
])
def test_executions_of_people_are_an_attack_with_its_toll(nlp, body, toll):
    doc = read_report(nlp, body, published="2025-03-09")
    assert [(e.sub_event_type, e.fatalities) for e in mapped(doc)] == [("Attack", toll)], doc.events
