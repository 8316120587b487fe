"""ev14: "fighting a losing battle", "an uphill battle" are idioms of effort, not a fight (a bank defending its
currency, farmers against locusts, a cartel holding up prices); a real fight told with "fighting" is kept. Sentences
of our own."""
import pytest

from tests.reading.mapped_events import mapped, read_report


@pytest.mark.parametrize("body", [
    "Traders said the central bank was fighting a losing battle to defend the rand in Johannesburg on Friday.",
    "Farmers around Garissa are fighting an uphill battle against the locusts this week.",
    "The cartel was fighting a rearguard action in Vienna on Thursday to hold up oil prices.",
])
def test_a_losing_battle_is_no_fight(nlp, body):
    assert mapped(read_report(nlp, body, published="2025-03-08", title="Markets")) == []


def test_fighting_between_sides_is_still_a_fight(nlp):
    evs = mapped(read_report(nlp, "Fighting between the army and rebels killed six people near Bunia on Friday.",
                             published="2025-03-08", title="Report"))
    assert [e.event_type for e in evs] == ["Battles"]
