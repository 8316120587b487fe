"""A state's word for its armed foes, quoted by the reporter ('security forces killed eight "terrorists"'): those
killed fought, a battle as with the bare word, not an attack on civilians; a group's quoted name for whom it killed
("militia members") is not taken up."""
from tests.reading.mapped_events import read_kinds


def test_quoted_terrorists_killed_by_security_forces_is_a_battle(nlp):
    text = 'OUAGADOUGOU, May 6 - Security forces killed eight "terrorists" in an operation near Djibo on Monday, the army said.'
    assert read_kinds(nlp, text, "2026-05-06") == [("Battles", "Armed clash")]


def test_curly_quoted_extremists_and_khawarij_are_foes_too(nlp):
    assert read_kinds(nlp, "ADDIS ABABA, May 6 - The army killed 20 “extremists” near Gondar on Sunday, state media said.",
                      "2026-05-06") == [("Battles", "Armed clash")]
    assert read_kinds(nlp, 'PESHAWAR, May 6 - Security forces killed four "khawarij" in an operation in Bannu district '
                           "on Sunday, the military said.", "2026-05-06") == [("Battles", "Armed clash")]


def test_a_groups_quoted_name_for_those_it_killed_is_not_taken_up(nlp):
    text = 'OUAGADOUGOU, May 6 - Jihadists killed 40 "militia members" near Djibo on Monday, a group statement said.'
    assert read_kinds(nlp, text, "2026-05-06") == [("Violence against civilians", "Attack")]
