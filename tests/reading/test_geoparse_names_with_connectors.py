"""Names joined by "de los", "de las" or "a" are read whole where the gazetteer holds them (gold 27: "Gracias a
Dios" had been read as the town of Gracias, "Santiago de los Caballeros" as Santiago); the head of such a name
written alone later is that place (as "Bobo" after "Bobo-Dioulasso"). Sentences of our own."""
from __future__ import annotations

from tests.reading.places import points_of, surfaces, toponyms_by_name


def test_whole_names_with_connectors(gaz):
    text = ("Pilgrims walked from Villafranca de los Barros to Mérida, and the navy patrolled the coast of "
            "Gracias a Dios in Honduras.")
    got = toponyms_by_name(text, gaz)
    assert abs(got["Villafranca de los Barros"]["lat"] - 38.56) < 0.1
    assert abs(got["Gracias a Dios"]["lon"] + 84.4) < 0.7  # the Mosquitia department, not Gracias, Lempira
    assert "Gracias" not in got


def test_english_a_between_names_joins_nothing(gaz):
    assert surfaces("In Kherson a Ukrainian official said Odesa was calm.", gaz) == ["Kherson", "Odesa"]


def test_head_of_a_romance_name_written_again(gaz):
    text = ("Flooding hit Santiago de Cuba on Monday. In Santiago, residents queued for water. Exporters in "
            "Santiago de los Caballeros, in the Dominican Republic, sent aid.")
    (lat, _), = points_of(text, gaz, "Santiago")
    assert abs(lat - 20.02) < 0.2  # the city written in full before, not the one written after


def test_head_written_again_in_another_country(gaz):
    text = "Pilgrims reached Santiago de Compostela on Sunday. Later the bishop flew to Santiago, Chile."
    (lat, _), = points_of(text, gaz, "Santiago")
    assert lat < -30
