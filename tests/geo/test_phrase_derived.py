"""Gazetteer.phrase_derived: phrase_hits with each phrase's hits derived once."""
from __future__ import annotations

from geo.gazetteer import load_gazetteer

TEXT = "Clashes near Gharian and in Ain Zara. Gharian was calm; Police said Tripoli and Gharian."


def test_identity_derive_gives_phrase_hits():
    gaz = load_gazetteer()
    assert gaz.phrase_derived(TEXT, lambda phrase, hits: hits, {}) == gaz.phrase_hits(TEXT)


def test_derived_once_per_phrase_and_falsy_left_out():
    gaz = load_gazetteer()
    calls = []

    def derive(phrase, hits):
        calls.append(phrase)
        return tuple(h for h in hits if h[2] != "gharian")

    memo: dict = {}
    first = gaz.phrase_derived(TEXT, derive, memo)
    again = gaz.phrase_derived(TEXT, derive, memo)
    assert first == again
    assert sorted(calls) == sorted(set(calls))  # each phrase derived once, the second text from the memo
    names = [TEXT[b + h[0]:b + h[1]] for b, hits in first for h in hits]
    assert "Gharian" not in names and "Ain Zara" in names and "Tripoli" in names
