"""A local story with a state of its own ("GREAT BEND, Kan. (AP) -" and its towns): a bare name the
gazetteer knows only as a town of a far state is a local place it lacks, unplaced rather than wrong."""
from __future__ import annotations

from tests.reading.places import toponyms_by_name

_STORY = ("GREAT BEND, Kan. (AP) — Hail the size of golf balls damaged roofs and wheat fields across central "
          "Kansas on Sunday, the National Weather Service said.\n\nThe storm formed near Hoisington and moved east "
          "toward Claflin and Lindsborg, flattening grain north of Luray. Volunteers from Hoisington, Paradise and "
          "Claflin cleared debris, and power crews came from Salina and Hays. ")


def test_small_far_namesake_is_unplaced(gaz):
    got = toponyms_by_name(_STORY, gaz)
    assert got["Luray"]["lat"] is None  # Luray, Kansas, not Luray, Virginia (1,800 km)
    assert got["Claflin"]["lat"] is not None and abs(got["Salina"]["lat"] - 38.84) < 0.2


def test_bigger_far_namesake_listed_between_home_towns_is_unplaced(gaz):
    got = toponyms_by_name(_STORY, gaz)
    assert got["Paradise"]["lat"] is None  # Paradise, Kansas, not Paradise, Nevada (220,000 people)


def test_far_city_named_on_its_own_and_states_stay(gaz):
    text = _STORY + "The wheat had been sold to a mill in Spokane, and relatives in Maryland sent money."
    got = toponyms_by_name(text, gaz)
    assert abs(got["Spokane"]["lat"] - 47.66) < 0.2  # not in a list of the story's towns: the city
    assert got["Maryland"]["lat"] is not None


def test_a_town_abroad_listed_between_the_local_storys_towns_is_unplaced(gaz):
    # the gazetteer lacks Halifax, Queensland: listed between two of its neighbours it is no Halifax, Nova Scotia
    text = "Floodwaters cut off Ingham, Halifax and Cardwell in north Queensland, and Townsville recorded 300 mm."
    assert toponyms_by_name(text, gaz)["Halifax"]["lat"] is None


def test_a_town_abroad_told_apart_from_the_local_towns_keeps_its_place(gaz):
    text = "Crews from Bendigo, Ballarat and Geelong, Victoria, flew to Halifax to help fight the Nova Scotia fires."
    assert abs(toponyms_by_name(text, gaz)["Halifax"]["lat"] - 44.6) < 0.3


def test_towns_of_another_state_their_sentence_names_keep_their_places(gaz):
    """(gd30) The story turns to a state it names: its towns there are that state's, however small, not local
    places."""
    text = _STORY + ("Some of the grain goes to Vermont, where dairy farmers in Montpelier, Barre and Middlebury "
                     "buy feed each winter.")
    got = toponyms_by_name(text, gaz)
    assert abs(got["Barre"]["lat"] - 44.2) < 0.2 and abs(got["Middlebury"]["lat"] - 44.0) < 0.2
    assert got["Luray"]["lat"] is None  # (the story's own state's lost town is still unplaced)


def test_a_state_named_in_passing_elsewhere_does_not_place_a_small_namesake_there(gaz):
    text = _STORY + "Relatives in Vermont sent money.\n\nBy Monday, crews had cleared the roads south of Barre."
    assert toponyms_by_name(text, gaz)["Barre"]["lat"] is None  # Barre, Kansas's lost hamlet: no Barre, Vermont
