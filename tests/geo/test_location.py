"""Locations travel through the store as pickles: every field must come back."""
from __future__ import annotations

import dataclasses
import pickle

from shapely.geometry import Point, box

from geo.location import Location


def test_a_location_pickles_every_field_and_loads_back_equal():
    here = Location("south of Tripoli", box(13.0, 32.5, 13.4, 32.8), 32.6, 13.2, 2, "part", "gn:2210247", "LY")
    back = pickle.loads(pickle.dumps(here, protocol=5))
    assert back == here and back.is_area
    assert here.__getstate__() == [getattr(here, f.name) for f in dataclasses.fields(Location)]


def test_an_actor_mention_pickles_every_field():
    from reading.actors import ActorMention

    one = ActorMention(3, 18, "Haftar's forces", "LNA", "LNA", "alias", "LY")
    assert pickle.loads(pickle.dumps(one, protocol=5)) == one


def test_a_state_written_by_the_dataclass_methods_still_loads():
    # articles stored before Location pickled itself: the same state (field values in order)
    state = ["Kati", Point(-8.07, 12.74), 12.74, -8.07, 1, "at", None, "ML"]
    obj = object.__new__(Location)
    obj.__setstate__(state)
    assert obj == Location("Kati", Point(-8.07, 12.74), 12.74, -8.07, 1, "at", None, "ML")
