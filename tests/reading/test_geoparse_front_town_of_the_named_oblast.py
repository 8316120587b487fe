"""A front-line town in an assessment that names its oblast once and the attacking army many times:
"Pokrovsk" is the Donetsk oblast town (60,000 people), not Pokrovsk, Yakutia, which the army's demonym
("Russian forces") alone would vote for."""
from __future__ import annotations

from tests.reading.places import points_of


def test_the_named_oblast_holds_the_front_town_throughout(gaz):
    text = ("Russian forces continued offensive operations in eastern Ukraine on Tuesday. Russian troops "
            "attacked near Toretsk in Donetsk Oblast. A Russian milblogger claimed that Russian units advanced "
            "southeast of Pokrovsk. Russian forces also attacked northeast of Pokrovsk, the Russian MoD said.")
    spots = points_of(text, gaz, "Pokrovsk")
    assert len(spots) == 2 and all(lat is not None and abs(lat - 48.28) < 0.3 for lat, _ in spots), spots
