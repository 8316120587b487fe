"""A problem's reason is read by a user, not by the code: it names a country by its name, not its ISO code ("a
small town in Angola", not "in AO"), and a name left off the map on purpose says "not placed" once ("Place
'Lualaba River' not placed: a sea, gulf, river or other water body (left off the map on purpose).", not "...water
body: not placed.")."""
from __future__ import annotations

import re

import pytest

from reading.corpus import read_text


def _reasons(nlp, text):
    doc = nlp(read_text(text, doc_id="t", published="2024-05-02"))
    return [p.reason for p in doc.problems if p.code.startswith("W2")]


#: "in AO", "(JO)", "about PG": a country's two-letter code where its name belongs.
_CODE = re.compile(r"\b(?:in|about|of|\()\s?[A-Z]{2}\b(?![a-z.])")


@pytest.mark.parametrize("text, name, country", [
    ("Gunmen killed three farmers in Wase, Plateau state, on Sunday. Troops pursued them toward Dutse Uku.",
     "Uku", "Angola"),
    ("Soldiers clashed with rebels at Kalehe in South Kivu. Elders in Mahas said the road was cut.",
     "Mahas", "Jordan"),
    ("Voters in Colombo and Kandy backed the alliance, which also won the Northern Province, including Jaffna.",
     "Northern Province", "Papua New Guinea"),
])
def test_a_reason_names_the_country_not_its_code(nlp, text, name, country):
    reasons = [r for r in _reasons(nlp, text) if f"{name!r}" in r]
    assert reasons and all(country in r and not _CODE.search(r) for r in reasons), reasons


@pytest.mark.parametrize("text, name", [
    ("Rebels shelled the outskirts of Kindu on Friday. Fighters then crossed the Lualaba River near Kongolo.",
     "Lualaba River"),
    ("Houthi forces fired missiles at ships in the Red Sea on Monday after strikes on Hodeidah.", "Red Sea"),
    ("Gunmen killed three farmers in Wase on Sunday. Troops pursued them onto the Jos Plateau.", "Jos Plateau"),
])
def test_a_name_left_off_the_map_on_purpose_says_not_placed_once(nlp, text, name):
    reasons = [r for r in _reasons(nlp, text) if f"{name!r}" in r]
    assert reasons and all(r.count("not placed") == 1 and r.endswith("(left off the map on purpose).")
                           for r in reasons), reasons


def test_a_country_code_nobody_has_stays_as_written_and_none_says_so():
    from reading.toponyms import country_label

    assert country_label("ao") == "Angola"
    assert country_label("XK") != ""  # (Kosovo: GeoNames' name, or the code when it has none)
    assert country_label("QQ") == "QQ" and country_label(None) == "no country"
