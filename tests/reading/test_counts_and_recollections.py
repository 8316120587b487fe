"""ev13: sentences that name strikes or fights without telling one: a ceasefire's breaches a side recorded (with
the kinds of strike listed), rubble and unexploded ordnance cleared after a war, and a fight recalled as the year
"when" it happened ("people still remember 2014, when ..."): none is an event on the map. Sentences of our own."""
import pytest

from tests.reading.mapped_events import kinds, mapped, read_report


@pytest.mark.parametrize("text", [
    "The Israeli army said on Friday it had recorded 57 violations of the truce by Hamas since it took effect, "
    "including rocket fire and sniper attacks.",
    "Engineers began clearing rubble and unexploded ordnance in the town on Tuesday.",
    "In the market of Miranshah, shopkeepers still remember 2014, when the army fought the Taliban street by street.",
])
def test_no_event_is_drawn(nlp, text):
    assert kinds(mapped(read_report(nlp, text, "2025-06-04"))) == []


def test_a_violation_told_with_its_place_is_still_an_event(nlp):
    evs = mapped(read_report(nlp, "The army said it had recorded 57 violations of the truce since Sunday. On Monday "
                                  "a sniper shot dead a farmer in Beit Lahia, medics said.", "2025-06-04"))
    assert [(e.event_type, e.fatalities) for e in evs] == [("Violence against civilians", 1)], evs
