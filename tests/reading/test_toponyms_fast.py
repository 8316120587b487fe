"""The fast paths taken for the real gazetteer find and resolve exactly what the generic paths do.

``reading.toponyms`` reads :class:`geo.gazetteer.Gazetteer` internals (its
phrase hits, its demonym words, per-name facts kept across articles); any
other object providing the same methods goes the generic way. A proxy that
only forwards those methods must therefore give the same mentions, the same
places and the same geoparse rows, whatever the text.
"""
from __future__ import annotations

from pathlib import Path

import pytest

from reading.geoparse import geoparse
from reading.toponyms import find_places, load_patterns, resolve

SEEDS = Path(__file__).resolve().parents[2] / "seeds"

TEXTS = [
    "Clashes near Gharian and in Ain Zara as the Libyan National Army shelled Tripoli.",
    "Chadian forces and South Sudanese refugees crossed into Sudan; Libyans fled Sabha.",
    "Libya's east is held by Haftar. The Front's wing in Misrata said Egypt has backed the LNA.",
    "Gen. Khalifa Haftar met President Tebboune in Algiers, the UN and NATO said.",
    "The United Nations said fighting spread 27 km west of Tripoli and between Sirte and Misrata.",
    "Police said Mobile networks were down in Reading; residents of al-Zawiya and Az Zawiyah fled.",
    "The Eastern portion of the country, the capital and the city of Benghazi saw protests.",
    "Russian forces captured Pokrovsk, Ukrainian troops withdrew from Bakhmut towards Kramatorsk.",
    "Aid from Egypt and the United Arab Emirates (UAE) reached Kufra, Libya, and Tripoli, Lebanon.",
    "Fighting in the suburbs to the south of Tripoli; the north of the country; Misurata's port.",
    "Ghassan Salame visited Gharyan. Houthi fighters hit Marib province and the city of Marib.",
    "North Korean and Saudi Arabian envoys, a New Zealander and Sierra Leonean peacekeepers.",
    "IN BENGHAZI AND DERNA, MILITIAS CLASHED. in tripoli, nothing. Tarhúna and Ajdābiyā.",
]


class Proxy:
    """Forwards the gazetteer's public methods only: not a Gazetteer, so no fast path."""

    def __init__(self, gaz):
        self._g = gaz

    def find_names(self, text):
        return self._g.find_names(text)

    def demonym(self, word):
        return self._g.demonym(word)

    def country(self, code):
        return self._g.country(code)

    def get(self, place_id):
        return self._g.get(place_id)

    def candidates(self, name, **kw):
        return self._g.candidates(name, **kw)

    def location(self, place):
        return self._g.location(place)

    def is_common_word(self, key):
        return self._g.is_common_word(key)


def _texts():
    out = list(TEXTS)
    out += [p.read_text(encoding="utf-8") for p in sorted(SEEDS.glob("*.txt"))]
    return out


@pytest.mark.parametrize("detail", [False, True])
def test_fast_paths_find_and_resolve_like_the_generic_ones(gaz, detail):
    pats = load_patterns()
    for text in _texts():
        fast = find_places(text, gaz, patterns=pats, detail=detail)
        slow = find_places(text, Proxy(gaz), patterns=pats, detail=detail)
        assert repr(fast) == repr(slow), text[:80]
        resolve(fast, gaz, locate=False)
        resolve(slow, Proxy(gaz), locate=False)
        assert repr(fast) == repr(slow), text[:80]


def test_geoparse_same_through_a_proxy(gaz):
    for text in _texts():
        assert geoparse(text, gazetteer=gaz) == geoparse(text, gazetteer=Proxy(gaz))


def test_demonyms_found_in_mixed_case_and_pairs(gaz):
    found = find_places("Chadian, South Sudanese, Libyans and Sierra Leonean troops.", gaz, detail=False)
    assert [(f.text, f.country) for f in found if f.relation == "demonym"] == [
        ("Chadian", "TD"), ("South Sudanese", "SS"), ("Libyans", "LY"), ("Sierra Leonean", "SL")]


def test_a_gazetteer_with_a_replaced_method_goes_the_generic_way(gaz):
    from geo.gazetteer import Gazetteer

    mine = Gazetteer.__new__(Gazetteer)
    mine.__dict__.update(gaz.__dict__)
    mine.demonym = lambda word: "TD" if word == "Misratan" else gaz.demonym(word)
    found = find_places("Misratan fighters entered Sirte.", mine, detail=False)
    assert [(f.text, f.country) for f in found if f.relation == "demonym"] == [("Misratan", "TD")]
