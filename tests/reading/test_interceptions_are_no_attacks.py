"""lead: "air defences intercepted most of the missiles", "shot down 40 of the 50 missiles": the weapons named as
what was stopped tell an attack on the side that stopped them, not by it (it had been read as a missile attack by
the defender on its own city); and "drones launched by X were shot down" does not make X the one who downed
them. Sentences of our own."""
import pytest

from tests.reading.mapped_events import mapped, read_report


@pytest.mark.parametrize("body, side", [
    ("HAIFA, Aug 4 - Israeli air defences intercepted most of the missiles over Haifa on Sunday, the military said.",
     "Israeli forces"),
    ("KYIV, Aug 4 - Ukraine's air force said it shot down 30 of the 45 cruise missiles over Lviv on Sunday.",
     "Ukrainian forces"),
])
def test_an_interception_is_no_attack_by_the_defender(nlp, body, side):
    evs = mapped(read_report(nlp, body, published="2025-08-04"))
    assert [(e.sub_event_type, e.actor1, e.actor2) for e in evs] == [
        ("Shelling/artillery/missile attack", "", side)], evs


def test_an_attack_then_its_interceptions_stays_the_attackers(nlp):
    evs = mapped(read_report(nlp, "KYIV, Aug 4 - Russia fired 45 missiles at Lviv on Sunday; Ukraine's air force "
                                  "said it shot down 30 of the missiles.", published="2025-08-04"))
    assert [(e.sub_event_type, e.actor1) for e in evs] == [("Shelling/artillery/missile attack", "Russian forces")]


def test_whose_drones_were_downed_did_not_down_them(nlp):
    evs = mapped(read_report(nlp, "AMMAN, Aug 4 - About 40 drones launched by Iran were shot down over Jordan on "
                                  "Sunday, officials said.", published="2025-08-04"))
    assert evs and all(e.actor1 != "Iranian forces" and e.actor1 != "Iran" for e in evs), evs
