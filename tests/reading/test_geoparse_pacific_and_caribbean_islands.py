"""Islands of Vanuatu, Samoa, French Polynesia, Honduras, the Caymans and Haiti that no town of their name
stands for (``islands.csv``; gold 27 missed Malekula, Ambrym, Tutuila and Roatán). Sentences of our own."""
from __future__ import annotations

from tests.reading.places import toponyms_by_name


def test_islands_placed_in_their_countries(gaz):
    text = ("Ferries left Luganville for Ambrym and Aneityum, while in the Caribbean divers on Utila and "
            "Cayman Brac and fishermen from Gonâve Island waited out the storm. Flights to Moorea resumed.")
    got = toponyms_by_name(text, gaz)
    assert abs(got["Ambrym"]["lat"] + 16.3) < 0.3 and abs(got["Aneityum"]["lat"] + 20.2) < 0.3
    assert abs(got["Utila"]["lon"] + 86.9) < 0.2 and abs(got["Cayman Brac"]["lon"] + 79.8) < 0.2
    assert abs(got["Gonâve Island"]["lon"] + 73.05) < 0.3 and abs(got["Moorea"]["lat"] + 17.53) < 0.2


def test_pentecost_the_feast_is_no_island(gaz):
    assert "Pentecost" not in toponyms_by_name("Gunmen attacked a church in Owo, Nigeria, on Pentecost Sunday.", gaz)
