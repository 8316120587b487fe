"""Names that are no places in local and world stories (gold 7's first run: "said Lucía Trujillo,
whose family ...", "said Ahmad Khalil, whose family ..." read as Trujillo, Al Ahmadi and Hebron;
"Marietta College", "the Kearney Visitors Bureau" and "the University of Nebraska at Kearney" read
as the towns). The person named right after "said" (two or three capitalised words, then a comma, a
full stop or "who") is a speaker unless the words together name a place; "X College", "X Bureau"
and "the University of Y at X" are organisations."""
from __future__ import annotations

from tests.reading.places import surfaces


def test_a_speaker_after_said(gaz):
    text = ('"The water took everything," said Rosa Medellín, who farms near the river. "We start again," '
            'said Hassan Nasser. The mayor of Tripoli said aid would come.')
    names = surfaces(text, gaz)
    assert "Medellín" not in names and "Hassan" not in names and "Nasser" not in names
    assert "Tripoli" in names


def test_a_place_after_said_stays(gaz):
    names = surfaces('"No comment," said Buenos Aires, which rarely answers such letters.', gaz)
    assert names == ["Buenos Aires"]


def test_colleges_bureaus_and_campuses(gaz):
    text = ("Dalton College and the Dalton Visitors Bureau closed on Monday, and the University of Texas at Tyler "
            "moved classes online. Roads in Dalton and Tyler were icy.")
    assert surfaces(text, gaz) == ["Dalton", "Tyler"]


def test_a_demonym_before_a_noun_after_in(gaz):
    # "Argentine" is also a French village: "a boom in Argentine shoppers" names no place
    text = "Merchants report a boom in Argentine shoppers and a slump in Chilean tourists since the peso weakened."
    assert surfaces(text, gaz) == []
