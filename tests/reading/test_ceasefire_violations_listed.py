"""evv: "violated the ceasefire in X, Y and Z" tells a breach at each place (ACLED: an armed clash where no other
form is told), as "shelled X, Y and Z" does; a breach only feared, supposed or told as a habit, or one side's
accusation with no act ("accused each other of violating the truce"), draws none. Sentences of our own (Yemen,
Kashmir, Karabakh, Sudan, Ukraine)."""
import pytest

from tests.reading.mapped_events import mapped, place_names, read_report


@pytest.mark.parametrize("body, places", [
    ("SANAA, June 3 - The Houthis breached the truce in Taiz, Marib and Hodeidah on Sunday, the coalition said.",
     3),
    ("ISLAMABAD, June 3 - Indian troops violated the ceasefire along the Line of Control in the Poonch, Rajouri and "
     "Kotli sectors on Monday, the military said.", 3),
])
def test_a_breach_at_each_listed_place(nlp, body, places):
    evs = mapped(read_report(nlp, body))
    assert len(evs) == places and {e.sub_event_type for e in evs} == {"Armed clash"}, place_names(evs)


@pytest.mark.parametrize("body", [
    "GENEVA, June 3 - The envoy said any side that violated the truce in Kordofan would face sanctions.",
    "KHARTOUM, June 3 - The RSF has repeatedly violated the truce in Darfur since it was signed in May.",
    "KYIV, June 3 - Russia and Ukraine accused each other of violating the truce in Kherson and Zaporizhzhia.",
    "BAKU, June 3 - The ministry said the ceasefire was violated, without giving details.",
])
def test_no_breach_told_as_done_draws_none(nlp, body):
    assert not mapped(read_report(nlp, body))
