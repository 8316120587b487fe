"""ev14: "a truck packed with explosives blew up ..., killing six civilians", "a motorcycle laden with explosives",
"a truck bomb": a bomb, remote violence, not an attack by gunmen on civilians. Sentences of our own."""
import pytest

from tests.reading.mapped_events import mapped, read_report


@pytest.mark.parametrize("body", [
    "In Quetta, a truck packed with explosives blew up outside a police station on Monday, killing six civilians.",
    "A motorcycle laden with explosives exploded at a checkpoint in Mogadishu on Monday, killing four soldiers.",
    "A van bomb killed nine people outside a market in Baghdad on Monday.",
])
def test_a_vehicle_packed_with_explosives_is_a_bomb(nlp, body):
    evs = mapped(read_report(nlp, body, published="2025-08-22"))
    assert [(e.event_type, e.sub_event_type) for e in evs] == [
        ("Explosions/Remote violence", "Remote explosive/landmine/IED")], [(e.event_type, e.sub_event_type) for e in evs]


def test_a_lorry_packed_with_goods_is_no_bomb(nlp):
    assert mapped(read_report(nlp, "A lorry packed with flour reached Mekelle on Monday.", published="2025-08-22")) == []
