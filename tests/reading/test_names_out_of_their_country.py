"""Readings that left the text's country for another's namesake (pl2): the name of a stream or hill
opened by a Spanish generic word ("Caño Limón", "Cerro Tapias") is no town's; a trade noun opening a
sentence is no hamlet ("Lorry drivers"). Sentences of our own."""
import pytest

from tests.reading.places import surfaces, toponyms_by_name


@pytest.mark.parametrize("text, gone", [
    ("Saboteurs blew up a section of the Caño Limón pipeline near Tame, Colombia.", {"Caño", "Limón", "Kano"}),
    ("ELN fighters hit the Cano Limon-Covenas line again in Arauca.", {"Cano", "Limon"}),
    ("Soldiers clashed with dissidents at Cerro Tapias, in Antioquia.", {"Cerro", "Tapias"}),
])
def test_a_stream_or_hill_named_after_a_spanish_generic_word_is_no_town(gaz, text, gone):
    rows = toponyms_by_name(text, gaz)
    assert not gone & set(rows), rows
    assert not any(r["name"] in ("Kano", "El Limón") for r in rows.values())


def test_a_town_named_with_a_generic_word_whole_is_still_read(gaz):
    rows = toponyms_by_name("Miners marched from Cerro de Pasco to Lima.", gaz)
    assert rows["Cerro de Pasco"]["lat"] is not None and -11 < rows["Cerro de Pasco"]["lat"] < -10


@pytest.mark.parametrize("text", [
    "Lorry drivers blocked the ring road around Lille for a second day.",
    "Nobody was hurt. Lorry drivers queued for 20 km outside the port of Zeebrugge.",
])
def test_a_trade_noun_opening_a_sentence_is_no_hamlet(gaz, text):
    assert "Lorry" not in surfaces(text, gaz)


@pytest.mark.parametrize("text, name", [
    ("Goma traders shut their stalls after the shelling.", "Goma"),
    ("The convoy reached Lorry, a village near Metz, on Monday.", "Lorry"),
])
def test_a_towns_people_and_a_hamlet_written_as_a_place_stay_places(gaz, text, name):
    assert toponyms_by_name(text, gaz)[name]["lat"] is not None
