"""cap2: a toll of one named victim with others joined to it counts them all ("a commander and six other
militants": 7), however long the first victim's title and whichever fighters are joined; a plural with no
number and a victim of another verb add nothing."""
from __future__ import annotations

import pytest

from reading.events import fatalities_in


@pytest.mark.parametrize("text, n", [
    ("A drone strike near Jilib killed a senior al-Shabaab commander and four other fighters.", 5),
    ("Afghan forces said they killed a local Taliban leader and nine other insurgents in Kunduz.", 10),
    ("The army killed a rebel leader and 12 other rebels in the hills above Kalemie.", 13),
    ("An Israeli strike killed a Hezbollah field commander and three other members of the group.", 4),
    ("Soldiers killed two officers and five soldiers of the militia in an ambush near Gao.", 7),
    ("The air strike on the car killed a commander and his bodyguard.", 2),
    ("Police in Maiduguri killed a notorious bandit leader and two gunmen.", 3),
])
def test_victims_joined_to_a_single_victim_count(text, n):
    assert fatalities_in(text) == n


@pytest.mark.parametrize("text, n", [
    ("The strike killed a senior commander and other militants near Idlib.", 1),
    ("Police killed a gunman and arrested two other gunmen in Karachi.", 1),
    ("Troops killed a nurse and three patients when shells hit the clinic.", 4),
])
def test_only_counted_victims_of_the_killing_are_added(text, n):
    assert fatalities_in(text) == n
