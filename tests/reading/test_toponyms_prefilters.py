"""The cheap pre-checks in front of costly regexes (reading/toponyms.py) never skip a match."""
from __future__ import annotations

import random

from reading.toponyms import _BESIDE_BEFORE, _beside_before, _beside_spans

_WORDS = ("fled into", "Fled to", "FLEEING INTO", "escaped to", "crossing into", "refugees in", "sought  shelter in",
          "taking\tshelter in", "the border with", "borders of neighbouring", "Border Of", "crossed into neighboring",
          "in", "to", "the", "into", "near", "said", "troops", "on", "Monday", "and", "border", "shelter", ".",
          ";", "ſled into", "fl\u0130ght to", "cr\u017fssed into", "Caf\u00e9", "\u00c9cole", "\u0130stanbul")


def test_beside_before_same_as_regex() -> None:
    rng = random.Random(7)
    for _ in range(3000):
        words = [rng.choice(_WORDS) for _ in range(rng.randint(1, 25))]
        text = " ".join(words) + " Kassala"
        spans = _beside_spans(text)
        for start in range(len(text) + 1):
            lo = max(0, start - 90)
            found = _BESIDE_BEFORE.search(text, lo, start) is not None
            assert _beside_before(text, start, spans) == found, (text, start)
            assert spans != [] or not found  # (_mark_aside skips texts without the words)


def test_beside_before_tails() -> None:
    for before in ("fled into ", "fled  to the ", "fled to\tneighbouring ", "crossed into Neighboring The ",
                   "the border with ", "BORDERS OF THE ", "fled (in ", "fled into-", "fled onto ", "fled in\n",
                   "fled to the the ", "escaped to \u0130n ", "refugees in the\t", "fled in_to ", "fled 1to "):
        text = before + "Chad"
        start = len(before)
        assert _beside_before(text, start, _beside_spans(text)) == (_BESIDE_BEFORE.search(text, 0, start) is not None), before


def test_feature_hint_same_as_spaced_regex() -> None:
    import re

    from reading.geoparse import _FEATURE_HINT, _FEATURE_HINT_WORDS

    spaced = re.compile(" (?:" + "|".join(_FEATURE_HINT_WORDS) + ")")
    rng = random.Random(3)
    pieces = ("River", "Lake", "Mountains", "Mt.", "Mt", "Hills", "Hillside", "Bay of", "Bay", "Straits of", "Strait of",
              "I-5", "I-", "Road", "Roads", "Sea", "Seattle", " ", "\n", "the", "x", "(", "-", "Route")
    for _ in range(5000):
        text = "".join(rng.choice(pieces) + rng.choice(("", " ", "  ", "\t", ",")) for _ in range(rng.randint(1, 8)))
        assert (_FEATURE_HINT.search(text) is None) == (spaced.search(text) is None), text


def test_word_lists_same_as_reading_the_file() -> None:
    from pathlib import Path

    from reading.toponyms import _english_words, _lower_words, _name_words

    path = Path(__file__).resolve().parents[2] / "geo" / "data" / "common_words.txt"
    lines = path.read_text(encoding="utf-8").splitlines()
    english = set()
    for line in lines:
        word, _, flag = line.partition("\t")
        if flag.strip() != "0":
            english.add(word.strip())
    rows = [line.partition("\t") for line in lines]
    assert _english_words() == frozenset(english)
    assert _name_words() == frozenset(w for w, _, flag in rows if w and flag == "0")
    assert _lower_words() == frozenset(w for w, _, flag in rows if w and flag != "0")


def _lead_rx():
    import reading.toponyms as T
    from geo.gazetteer import load_gazetteer

    T.unknown_places("x", [], load_gazetteer())
    return T._UNKNOWN[0][0]


def test_lead_matches_same_as_finditer() -> None:
    from reading.toponyms import _UNKNOWN_LEADS, _lead_matches

    rx = _lead_rx()
    _lead_matches("", rx)
    assert _UNKNOWN_LEADS[0][1] is not None  # the stock words: no lead ends another
    rng = random.Random(5)
    toks = ["in", "In", "into", "near", "the town of", "The town of", "fled north to", "fled to", "north of", "as far as",
            "as far away as", "captured", "took control of", "Kassala", "The", "Al Fashir", "al-Fashir", "X", "on Monday",
            ".", ",", "\n", "  ", "\t", "in\n", "closing in on", "withdrew  from", "Dinder.", "T", "McAllen", "'s", "-",
            "1", "\u00c9a", "\u00c1bc", "sin", "_in"]
    for _ in range(20000):
        text = "".join(rng.choice(toks) + rng.choice(["", " ", " ", "  ", "\n", "\t"]) for _ in range(rng.randint(1, 14)))
        want = [(m.span(), m.span("name")) for m in rx.finditer(text)]
        assert [(m.span(), m.span("name")) for m in _lead_matches(text, rx)] == want, text


def test_lead_matches_other_regex_falls_back() -> None:
    import re

    from reading.toponyms import _lead_matches

    other = re.compile(r"\b(?:in|to)\s+(?P<name>[A-Z]\w+)")
    text = "fled to Kassala and in Omdurman"
    assert [m.span() for m in _lead_matches(text, other)] == [m.span() for m in other.finditer(text)]
    _lead_matches(text, _lead_rx())  # (and back)


class _NoWords:
    """A gazetteer that knows no word and no name: :func:`reading.geoparse.fragment_start` answers with its regex alone."""

    def is_common_word(self, key):
        return False

    def demonym(self, word):
        return None

    def candidates(self, word):
        return []


def test_fragment_start_same_as_its_regex() -> None:
    from reading.geoparse import _WORD_BEFORE, fragment_start

    rng = random.Random(11)
    pieces = ("Tecun", "tecun", "Uman", "San", "de", "near", "MOSCOW", "O'Neil", "Caf\u00e9", "\u00c9vry", "K2", "x_y",
              "Verylongcapitalisedwordthatgoesonandon", ",", ";", ":", "-", "\n", "\t", "(", "")
    gaz = _NoWords()
    for _ in range(3000):
        text = " ".join(rng.choice(pieces) for _ in range(rng.randint(1, 9))) + " Ayutla"
        for start in range(1, len(text) + 1):
            if text[start - 1] != " ":
                continue
            m = _WORD_BEFORE.search(text, max(0, start - 30), start)
            assert fragment_start(text, start, gaz) == (None if m is None else m.start("w")), (text, start)


def test_kind_of_words_are_its_cues() -> None:
    from reading.prefilter import CUE_WORDS
    from reading.toponyms import _KIND_OF, _KIND_OF_CUES

    rng = random.Random(5)
    pieces = ("the", "town", "Town", "seaport", "neighbourhood", "neighborhood", "neighbouhood", "quarter", "of", "Of",
              "port", "camps", "city", "\t", "", "X")
    for _ in range(5000):
        text = " ".join(rng.choice(pieces) for _ in range(rng.randint(1, 10)))
        assert _KIND_OF.search(text) is None or not CUE_WORDS.of(text).isdisjoint(_KIND_OF_CUES), text
    assert _KIND_OF.search("fighting in the neighborhood of Kisenso") and _KIND_OF.search("the seaport of Hodeidah")


def test_treaty_words_cover_the_treaty_pattern() -> None:
    import re

    from reading.prefilter import CUE_WORDS
    from reading.toponyms import _TREATY_CUES, load_patterns, names_a_treaty, treaty_words

    pats = load_patterns()
    pattern = pats.treaty_after.pattern
    words = set(re.findall(r"[A-Za-z]{4,}", pattern)) - {"area", "zone"}  # (an area's word only after "Schengen")
    assert words and all(any(cue in w for cue in _TREATY_CUES) for w in words), words
    rng = random.Random(9)
    pieces = ("the", "Minsk", "Schengen", "Dayton", "agreements", "Accords", "accord", "protocols", "format", "formats",
              "process", "area", "zone", "treaty", "deal", "\t", ",", "")
    for _ in range(3000):
        text = " ".join(rng.choice(pieces) for _ in range(rng.randint(1, 8)))
        told = treaty_words(text)
        assert told == (not CUE_WORDS.of(text).isdisjoint(_TREATY_CUES))
        for end in range(len(text)):
            assert told or not names_a_treaty(text, end, pats), (text, end)
    assert treaty_words("talks on the Normandy format resumed") and not treaty_words("talks in Normandy resumed")


def test_event_or_vessel_words_are_its_cues() -> None:
    from reading.geoparse import _EVENT_OR_VESSEL, _EVENT_OR_VESSEL_CUES
    from reading.prefilter import CUE_WORDS

    rng = random.Random(13)
    pieces = ("the", "Battle", "battle", "of", "Tour", "de", "la", "Vuelta", "a", "HMS", "SS", "frigate", "frigates", "bulk",
              "carrier", "carriers", "ship,", "vessels,", "tanker", "and", "Ocean", "brigade", "\t", ",", "")
    for _ in range(3000):
        text = " ".join(rng.choice(pieces) for _ in range(rng.randint(1, 9))) + " Kherson"
        told = not CUE_WORDS.of(text).isdisjoint(_EVENT_OR_VESSEL_CUES)
        for end in range(len(text) + 1):
            assert told or _EVENT_OR_VESSEL.search(text, max(0, end - 40), end) is None, (text, end)
    assert _EVENT_OR_VESSEL.search("the bulk carrier ") is not None and "bulk" in _EVENT_OR_VESSEL_CUES
