"""evf: where a side pulled back to, told in the main clause, is not where the fight it left was ("Troops had
pulled back to X after fighting ..."). Sentences of our own."""
from tests.reading.mapped_events import place_names, read_article


def _fight_places(doc):
    return place_names([e for e in doc.events if e.event_type == "Battles"])


def test_pulled_back_to_a_town_after_fighting_is_not_the_fight_there(nlp):
    doc = read_article(nlp, "Soldiers had pulled back to Gao after clashes with jihadists on Sunday.", "2025-05-20")
    assert doc.events and "Gao" not in _fight_places(doc), _fight_places(doc)


def test_fallen_back_to_the_town_of_is_not_the_fight_there(nlp):
    doc = read_article(nlp, "Ukrainian forces have fallen back to the town of Pokrovsk after weeks of heavy "
                            "fighting, the general staff said on Tuesday.", "2025-05-21")
    assert "Pokrovsk" not in _fight_places(doc), _fight_places(doc)


def test_an_attack_before_a_retreat_keeps_its_town(nlp):
    doc = read_article(nlp, "Rebels attacked Uvira on Friday before retreating to the hills.", "2025-05-20")
    assert _fight_places(doc) == ["Uvira"]
