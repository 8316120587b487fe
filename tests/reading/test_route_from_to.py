"""lead: an attack on a bus "travelling from A to B", on "the road from A to B", happened somewhere on the way: it
is placed as "between A and B" is (a corridor, precision 2 or coarser), not pinned in the town the journey began
in. A move with no road or journey named ("fled from A to B") is no route. Sentences of our own."""
import pytest

from tests.reading.mapped_events import mapped, read_report


@pytest.mark.parametrize("body, ends", [
    ("MAIDUGURI, May 6 - Gunmen ambushed a bus travelling from Maiduguri to Damaturu on Tuesday, killing seven "
     "passengers, police said.", ("Maiduguri", "Damaturu")),
    ("BAMAKO, May 6 - Jihadists attacked a fuel convoy on the road from Sikasso to Bamako on Tuesday, the army said.",
     ("Sikasso", "Bamako")),
    ("KABUL, May 6 - A roadside bomb hit a minibus on its way from Jalalabad to Kabul on Tuesday, killing four.",
     ("Jalalabad", "Kabul")),
])
def test_an_attack_on_the_way_from_a_to_b_is_placed_between_them(nlp, body, ends):
    evs = mapped(read_report(nlp, body, published="2025-05-06"))
    assert evs, evs
    loc = evs[0].location
    assert loc.relation == "between" and loc.precision >= 2, loc
    assert loc.name.startswith("between ") and loc.name.endswith(f" and {ends[1]}"), loc


def test_people_fleeing_from_a_to_b_name_no_route(nlp):
    doc = read_report(nlp, "GOMA, May 6 - Gunmen killed three people in Goma on Tuesday as residents fled from Goma "
                           "to Sake.", published="2025-05-06")
    assert [e.location.name for e in mapped(doc)] == ["Goma"], doc.events
