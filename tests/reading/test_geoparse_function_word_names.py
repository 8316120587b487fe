"""Names whose first word is a function word of English or of the place's language ("In Amenas",
"El Paso", "The Hague", "Las Tunitas") are found whole: after a locative preposition a capitalised
"In"/"El"/"Las" cannot be the English word, so a name the gazetteer lacks is listed unplaced whole
(not dropped, not "In"); a known one opening a sentence is no ordinary word ("The Hague", "The Bronx":
"hague" and "bronx" are frequent only as proper nouns). Months, days and El Niño are no names."""
from __future__ import annotations

from tests.reading.places import points_of, surfaces


def test_an_unknown_name_after_a_preposition_is_found_whole(gaz):
    text = "Soldiers were sent to In Ekker after the raid on Tuesday."
    assert surfaces(text, gaz) == ["In Ekker"]
    assert points_of(text, gaz, "In Ekker") == [(None, None)]


def test_a_known_name_opening_a_sentence(gaz):
    (p,) = points_of("The Hague tribunal opened on Monday.", gaz, "The Hague")
    assert p[0] is not None and abs(p[0] - 52.08) < 0.2
    (p,) = points_of("The Bronx borough president said the fire was out.", gaz, "The Bronx")
    assert p[0] is not None and abs(p[0] - 40.85) < 0.2


def test_known_names_with_function_words_stay_whole(gaz):
    text = "Flights left In Salah for El Paso, Le Havre and Des Moines."
    assert surfaces(text, gaz) == ["In Salah", "El Paso", "Le Havre", "Des Moines"]


def test_months_and_weather_are_no_names(gaz):
    assert surfaces("The meeting took place on In April last year.", gaz) == []
    assert surfaces("Scientists linked the rains to La Niña this year.", gaz) == []


def test_ordinary_words_after_the_stay_words(gaz):
    assert surfaces("The Bank said rates would rise.", gaz) == []
