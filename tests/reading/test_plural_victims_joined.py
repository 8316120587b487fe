"""evs: a toll told in the plural with more victims joined to it counts them all ("killing two drivers and a
soldier": 3), whatever trade or walk of life the victims are named by."""
from __future__ import annotations

import pytest

from reading.events import fatalities_in


@pytest.mark.parametrize("text, n", [
    ("Gunmen ambushed a fuel convoy outside Kidal, killing two drivers and a soldier.", 3),
    ("Raiders stormed the cattle market in Zamfara, killing three traders and a policeman.", 4),
    ("Fighters overran the gold site near Bambari, killing four miners and a guard.", 5),
    ("A shell hit the school in Kherson, killing two students and their teacher.", 3),
    ("Militiamen attacked the boats on Lake Albert, killing five fishermen and a child.", 6),
    ("The air strike on the clinic killed two health workers and a patient.", 3),
    ("Herdsmen raided the village, killing six farmers and two herders.", 8),
    ("A car bomb in Quetta killed three police officers and a fruit vendor.", 4),
])
def test_every_victim_joined_to_a_plural_toll_counts(text, n):
    assert fatalities_in(text) == n


def test_a_plural_joined_without_a_number_adds_nothing():
    assert fatalities_in("The bomb killed two merchants and passers-by in Mogadishu.") == 2
