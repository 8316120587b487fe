"""Names of a list before a plural unit word ("in Xaloba and Tuvendi provinces") that the gazetteer
does not know are each listed unplaced (not in the gazetteer), never silently lost; nationality
words stay out ("Kurdish and Arab districts")."""
from __future__ import annotations

import pytest

from reading.corpus import read_text


def read(nlp, text):
    return nlp(read_text(text, doc_id="t", published="2024-05-02"))


@pytest.mark.parametrize("text, names", [
    ("Cholera spread to Xaloba and Tuvendi provinces after the floods, Angolan officials said.", ["Xaloba", "Tuvendi"]),
    ("Curfews were imposed in Mbandeni, Kwatsheni and Lubuyane districts on Friday.",
     ["Mbandeni", "Kwatsheni", "Lubuyane"]),
    # the plurals of the singular unit words "crossing", "border post" and "island"
    ("Lorries queued for hours at the Dobrakovo and Vrbnica border crossings.", ["Dobrakovo", "Vrbnica"]),
    ("Guards at the Tsholotsho and Kwenzani border posts turned back traders.", ["Tsholotsho", "Kwenzani"]),
    ("Ferries to the Ulugan and Pamalican islands were cancelled.", ["Ulugan", "Pamalican"]),
])
def test_every_unknown_name_of_a_unit_list_is_listed(nlp, text, names):
    doc = read(nlp, text)
    got = {m.text: m for m in doc.mentions}
    for name in names:
        assert name in got and got[name].location is None and got[name].reason == "not in the gazetteer", list(got)


@pytest.mark.parametrize("text", ["Kurdish and Arab districts of the city were shelled overnight.",
                                  "Tourists crowded the Greek and Turkish islands this summer."])
def test_nationality_words_before_plural_units_are_no_places(nlp, text):
    doc = read(nlp, text)
    assert not [m for m in doc.mentions if m.text in ("Kurdish", "Arab", "Greek", "Turkish") and m.role == "location"]
