"""evd: a crowd named by a common noun ("protesters", "residents") is nobody in particular: no side of the legend,
while a named side still is one."""
import pandas as pd

from layers.elements import Sides, _event_keys
from layers.events import is_crowd


def test_crowds_are_no_legend_side():
    frame = pd.DataFrame({"side": ["", "", "", ""],
                          "actor1": ["protesters", "angry residents", "Fano", "Villagers"]})
    assert _event_keys(frame).tolist() == ["", "", "Fano", ""]
    assert [s["name"] for s in Sides(_event_keys(frame).tolist()).table] == ["Fano"]


def test_a_named_group_with_a_crowd_word_is_a_side():
    assert not is_crowd("Students' Union") and not is_crowd("Popular Mobilization Forces") and is_crowd("youths")
