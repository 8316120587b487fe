"""Shortcuts taken for speed give what the long way gives (twenty-fifth session, sp30)."""
import random

import geo.gazetteer as G
import reading.qualifiers as Q
import reading.toponyms as T


def _random_texts(rng, alphabet_words, n=3000):
    return [rng.choice(["", " ", "\n"]).join(rng.choice(alphabet_words) for _ in range(rng.randint(1, 16)))
            for _ in range(n)]


_ASCII_WORDS = ["Mosul", "al-Qaim", "Kafr Nabl", "St. Louis", "Sault Ste. Marie", "U.S.", "UN", "Castell-nedd",
                "Tal-y-bont", "Newcastle-under-Lyme", "Cote d'Ivoire", "eThekwini", "iSimangaliso", "the", "of",
                "de", "Mitiga airport", "Yarmouk camp", "oil field", "Ras Lanuf", "near", "in", "-", "'", "`",
                "McDonald's", "O'Neill", "AK-47", "1990s", "X", "a", "A.B.", "Ft. Worth", "Port", "port", "and",
                "Abu-Dhabi", "Al-Bab", "El-Fasher", "d'Or", "l'Aquila", ",", ".", "(Oder)", "Frankfurt", "Ya", "eX"]


def test_phrase_regex_of_an_ascii_text_is_its_ascii_twin():
    assert G._phrase_regex("Fighting near Mosul and Kirkuk") is G._PHRASE_ASCII
    assert G._phrase_regex("Fighting near Mosul \u2019s edge") is G._PHRASE
    assert G._phrase_regex("Combats \u00e0 \u00c9vry") is G._PHRASE


def test_ascii_phrase_twin_finds_what_the_phrase_regex_finds_in_ascii_texts():
    rng = random.Random(30)
    texts = _random_texts(rng, _ASCII_WORDS)
    texts += ["Clashes in Ras Lanuf and near Mitiga airport, the U.S. said.", "FLOODS IN UP: eThekwini, Tal-y-bont"]
    found = 0
    for t in texts:
        assert t.isascii()
        want = [m.span() for m in G._PHRASE.finditer(t)]
        assert [m.span() for m in G._PHRASE_ASCII.finditer(t)] == want, t
        found += len(want)
    assert found > 10_000


def test_phrase_hits_of_a_non_ascii_text_still_read_other_scripts_capitals():
    # "Évry" opens on a capital the ASCII twin lacks: a text with it is read by the whole regex
    text = "Combats \u00e0 \u00c9vry, puis \u0141\u00f3d\u017a"
    assert [m.group() for m in G._phrase_regex(text).finditer(text)] == ["Combats", "\u00c9vry", "\u0141\u00f3d\u017a"]


class _Place:
    def __init__(self, pid):
        self.id = pid


class _CountingGazetteer:
    """A gazetteer like :class:`geo.gazetteer.Gazetteer`: ids asked for before in ``_by_id``."""

    def __init__(self):
        self._by_id = {"city:1": _Place("city:1")}
        self.calls = 0

    def get(self, pid):
        self.calls += 1
        if pid == "city:2":
            self._by_id[pid] = _Place(pid)
            return self._by_id[pid]
        raise KeyError(pid)


def test_place_asked_for_before_is_read_without_a_call_to_get():
    gaz = _CountingGazetteer()
    for get in (T._get, Q._get):
        assert get(gaz, "city:1").id == "city:1"
    assert gaz.calls == 0


def test_place_not_asked_for_before_goes_through_get_and_unknown_ids_give_none():
    gaz = _CountingGazetteer()
    assert T._get(gaz, "city:2").id == "city:2" and gaz.calls == 1
    assert Q._get(gaz, "city:2").id == "city:2" and gaz.calls == 1  # (kept by then)
    assert T._get(gaz, "city:9") is None and Q._get(gaz, "city:9") is None
    assert T._get(gaz, "") is None and T._get(gaz, None) is None


def test_gazetteer_without_a_table_of_ids_is_asked_with_get():
    class Plain:
        def get(self, pid):
            if pid == "x":
                return "X"
            raise KeyError(pid)

    assert T._get(Plain(), "x") == "X" and Q._get(Plain(), "x") == "X"
    assert T._get(Plain(), "y") is None and Q._get(Plain(), "y") is None
