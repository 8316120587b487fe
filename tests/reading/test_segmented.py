"""reading.prefilter.Segmented: the regexes searched sentence by sentence find what a search of the
whole text finds, and the places read through them are the same."""
import random
import re

from reading.geoparse import (_CITY_PART, _CITY_PARTS, _JOINED_PAIR, _JOINED_PAIRS, _ROAD_PAIR, _ROAD_PAIRS, _THE_GULF,
                              _THE_GULFS, _WORLD_NAME, _WORLD_NAMES, geoparse)
from reading.prefilter import Segmented
from reading.toponyms import _OPENING_IN_NAME, _OPENING_IN_NAMES, _PLURAL_UNITS_OF, _PLURAL_UNITS_OF_IN

_SENTENCES = [
    "Shelling hit the Sheikh Radwan and Tel al-Hawa neighbourhoods of Gaza City overnight.",
    "Fighters entered Bahri's Kafouri district on Sunday.",
    "Residents fled the Nur Shams refugee camp near Tulkarm.",
    "Hazmiyeh, a suburb of Beirut, was struck twice.",
    "Troops raided the Balata camp; two men were detained.",
    "The neighbourhoods of Bab Amr, Khalidiya and Inshaat emptied.",
    "Aid reached the villages of Kadugli, Dilling and Habila.",
    "Floods cut off the health zones of Kalehe and Minova!",
    "The remote counties of Pibor, Akobo or Nasir reported cases?",
    "Police said the Trump camp declined to comment.",
    "No district was named.",
    "the Pokrovsk district\nof Donetsk",
    "The eastern suburbs of Mariupol, Volnovakha and Ugledar lay in ruins.",
    "The villages of Naib Rafi, Siah Ab, and Kashkak",
    "It rained in the camps of",
    "Omdurman\u2019s Karari district",
    "In Salah was quiet.",
    "In Guezzam remains cut off!",
    "In April was the worst month.",
    "In\tAmenas had been attacked before",
    "Shipping in the Red Sea and the Gulf of Aden slowed; the Sahel and Europe felt it.",
    "Fires in the Amazon, rains over East Africa and the Horn of Africa's drought.",
    "the Amazon rainforest; Africa Cup; Asia-Pacific; South America",
    "Tankers left the Gulf. The Gulf of Oman and the Gulf Province; the Gulf-based fund; the Gulf States",
    "Tensions rose in the Gulf",
    "Convoys used the Kidal-Tessalit road again; the Mopti\u2013Sevare section reopened.",
    "Gunmen blocked the Beni-Butembo highway. Then the Juba\u2010Nimule border crossing closed!",
    "the Al-Qaim road and the Kafr-Nabl frontline",
    "the Lviv-Kyiv railway\nthe Odesa-Mykolaiv supply route",
    "An Kano-Zaria pipeline, a Lome-Cotonou corridor",
]


def _texts():
    rng = random.Random(6)
    out = ["", "district", "camp camp camp", " ".join(_SENTENCES)]
    for _ in range(300):
        parts = rng.sample(_SENTENCES, rng.randint(1, 6))
        out.append(rng.choice([" ", "\n", "  ", " \u2014 "]).join(parts))
    return out


def _found(matches):
    return [(m.span(), m.groupdict()) for m in matches]


def test_same_matches_as_the_whole_text():
    for text in _texts():
        assert _found(_CITY_PARTS.finditer(text)) == _found(_CITY_PART.finditer(text))
        assert _found(_PLURAL_UNITS_OF_IN.finditer(text)) == _found(_PLURAL_UNITS_OF.finditer(text))
        assert _found(_OPENING_IN_NAMES.finditer(text)) == _found(_OPENING_IN_NAME.finditer(text))
        assert _found(_WORLD_NAMES.finditer(text)) == _found(_WORLD_NAME.finditer(text))
        assert _found(_THE_GULFS.finditer(text)) == _found(_THE_GULF.finditer(text))
        assert _found(_ROAD_PAIRS.finditer(text)) == _found(_ROAD_PAIR.finditer(text))
        assert _found(_JOINED_PAIRS.finditer(text)) == _found(_JOINED_PAIR.finditer(text))


def test_city_parts_are_still_found():
    text = "Heavy clashes were reported. Shelling hit the Sheikh Radwan and Tel al-Hawa neighbourhoods of Gaza City."
    names = {text[r["start"]:r["end"]] for r in geoparse(text)}
    assert {"Sheikh Radwan", "Tel al-Hawa", "Gaza City"} <= names


def test_both_ends_of_a_hyphenated_route_are_still_read():
    # (names the gazetteer lacks, listed only by the route rules: searched sentence by sentence now)
    text = "Aid lorries waited for days. Rebels then shelled the Rutshuru-Kiwanja axis near the border."
    assert [text[r["start"]:r["end"]] for r in geoparse(text)] == ["Rutshuru", "Kiwanja"]
    text = "Nothing moved for a week. Traffic resumed on the Bunia-Komanda highway after the attack."
    assert [text[r["start"]:r["end"]] for r in geoparse(text)] == ["Bunia", "Komanda"]


def test_stretches_without_a_word_are_skipped():
    seg = Segmented(re.compile(r"[A-Z]\w+ district"), ("district",), ".\n")
    assert [m.group() for m in seg.finditer("Kano district. Rain fell. Then Karari district.\nNone here.")] == [
        "Kano district", "Karari district"]
    assert list(seg.finditer("Kano is a city. Karari is a town.")) == []


def test_sentence_starts_as_written_before():
    # the regex was "(?:[.!?][ \t]+|\n)(?=\S)"; rewritten to open on a character class, it finds the same starts
    from reading.toponyms import _SENTENCE_START

    before = re.compile(r"(?:[.!?][ \t]+|\n)(?=\S)")
    rng = random.Random(8)
    for _ in range(4000):
        text = "".join(rng.choice(".!?\n \taB\u2019") for _ in range(rng.randint(0, 30)))
        lo, hi = sorted(rng.randint(0, len(text)) for _ in range(2))
        assert [m.span() for m in _SENTENCE_START.finditer(text)] == [m.span() for m in before.finditer(text)]
        assert [m.span() for m in _SENTENCE_START.finditer(text, lo, hi)] == [m.span() for m in before.finditer(text, lo, hi)]
        a, b = _SENTENCE_START.search(text, lo), before.search(text, lo)
        assert (a and a.span()) == (b and b.span())
