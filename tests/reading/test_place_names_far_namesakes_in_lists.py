"""A small town's name listed among towns of one country, whose only namesakes lie in another
country far away, is a place of that country the gazetteer lacks: it is left unplaced, not drawn on
the far namesake. Big towns under their own name and lists of several countries keep their places."""
from __future__ import annotations

from tests.reading.places import toponyms_by_name

_KEDAH = """Heavy rain flooded parts of Kedah and Negeri Sembilan on Monday, the disaster agency said.

In Kedah, 2,300 evacuees sheltered in schools, mostly in Sungai Petani, Baling, Jitra and Kangar.

In Negeri Sembilan, roads were cut in Seremban, Nilai, Labu and Mantin, and a bridge near Port Dickson was closed."""


def test_a_listed_small_name_is_not_its_far_foreign_namesake(gaz):
    got = toponyms_by_name(_KEDAH, gaz)
    assert got["Baling"]["lat"] is None  # not Baling, China
    assert got["Jitra"]["lat"] is not None and abs(got["Jitra"]["lat"] - 6.3) < 0.5


def test_the_same_list_in_a_different_order(gaz):
    text = _KEDAH.replace("Sungai Petani, Baling, Jitra and Kangar", "Kangar, Jitra, Sungai Petani and Baling")
    got = toponyms_by_name(text, gaz)
    assert got["Baling"]["lat"] is None
    assert got["Kangar"]["lat"] is not None and abs(got["Kangar"]["lon"] - 100.2) < 0.5


def test_a_big_town_listed_abroad_keeps_its_place(gaz):
    got = toponyms_by_name("Flights linked Perth, Adelaide, Brisbane and Auckland on Friday.", gaz)
    assert abs(got["Auckland"]["lat"] + 36.8) < 0.5 and abs(got["Auckland"]["lon"] - 174.8) < 0.5


def test_a_list_of_capitals_of_several_countries_is_left_alone(gaz):
    got = toponyms_by_name("Ministers flew in from Nairobi, Kampala, Kigali and Dodoma.", gaz)
    assert all(got[n]["lat"] is not None for n in ("Nairobi", "Kampala", "Kigali", "Dodoma"))
