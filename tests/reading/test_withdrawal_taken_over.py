"""A withdrawal the same sentence says another side took over ("LNA forces withdrew from X, handing the town
over to GNA forces", "the RSF withdrew from X, after which the army took control") is a non-violent transfer
whose actor1 is the side taking over (ACLED's coding) and actor2 the side leaving; the side taking over holds
the place. A withdrawal nobody is said to take over keeps the leaver as actor1. Own sentences."""
import pytest

from tests.reading.mapped_events import held_sides as held, read_report as read


def transfers(doc):
    return [(e.actor1, e.actor2) for e in doc.events if e.sub_event_type == "Non-violent transfer of territory"]


def changes_of_hands(doc):
    # (a taking told with its own verb may be read as the battle for the place: its sides are the same)
    return [(e.actor1, e.actor2) for e in doc.events
            if e.sub_event_type == "Non-violent transfer of territory" or "territory" in e.sub_event_type]


@pytest.mark.parametrize("body, taker, leaver", [
    ("TRIPOLI, June 3 - LNA forces withdrew from Gharyan on Sunday, handing the town over to GNA forces.",
     "GNA forces", "LNA"),
    ("ADEN, June 3 - Houthi fighters withdrew from Marib on Sunday, allowing government troops to take control "
     "of the city.", "Yemeni forces", "Houthis"),
    ("KHARTOUM, June 3 - The RSF withdrew from Sennar on Sunday, after which the army took control of the town.",
     "SAF", "RSF"),
])
def test_the_side_taking_over_a_withdrawal_is_actor1(nlp, body, taker, leaver):
    doc = read(nlp, body)
    assert changes_of_hands(doc) == [(taker, leaver)], doc.events
    assert taker in held(doc)


def test_a_withdrawal_nobody_takes_over_keeps_the_leaver(nlp):
    doc = read(nlp, "TRIPOLI, June 3 - LNA forces withdrew from Gharyan on Sunday, a spokesman said.")
    assert transfers(doc) == [("LNA", "")], doc.events
    assert held(doc) == []


def test_residents_coming_back_take_over_nothing(nlp):
    doc = read(nlp, "TRIPOLI, June 3 - LNA forces withdrew from Gharyan on Sunday, allowing residents to return "
                    "to the town.")
    assert [a1 for a1, _ in transfers(doc)] == ["LNA"], doc.events
