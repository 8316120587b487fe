"""act2: an actor's side on the map does not come from another war's profile: a common noun among a faction's
aliases ("paramilitaries") names no side of the corpus profile (the actor reader names it in the profile's own
articles); the faction's own names still do."""
from layers.events import faction_of
from reading.profiles import load_profile


def test_a_common_noun_alias_names_no_side_of_the_corpus_profile():
    sudan = load_profile("sudan")
    assert faction_of("Paramilitaries", sudan) == ""
    assert faction_of("paramilitaries", sudan) == ""


def test_a_factions_own_names_still_name_its_side():
    sudan = load_profile("sudan")
    assert faction_of("Rapid Support Forces", sudan) == "RSF"
    assert faction_of("RSF", sudan) == "RSF"
