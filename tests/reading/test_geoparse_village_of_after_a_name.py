"""", the village of X" after a name opens another place, it does not call that name a village (gold 27's
probes: "In Mexico, the village of ..." had read Mexico as Mexico, Pampanga; "In Lebanon, the village of ..."
as Lebanon, Tennessee). "X, a village of Y County" still says X is a village. Sentences of our own."""
from __future__ import annotations

from tests.reading.places import toponyms_by_name


def test_country_before_the_village_of(gaz):
    for text, name, lat in (("In Mexico, the village of Aquila was raided by gunmen.", "Mexico", 23.6),
                            ("In Lebanon, the town of Nabatieh was hit by drones.", "Lebanon", 33.9)):
        got = toponyms_by_name(text, gaz)
        assert abs(got[name]["lat"] - lat) < 1.5, text


def test_a_village_said_so_after_its_name(gaz):
    text = "WILMINGTON, N.C. (AP) - Officials in Washington, a town on the Pamlico River, said so."
    got = toponyms_by_name(text, gaz)
    assert abs(got["Washington"]["lat"] - 35.55) < 0.2
