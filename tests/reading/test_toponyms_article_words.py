"""English "as", "at", "an" after a name are no Arabic article: "Ormoc as Tropical Storm Trami" is
Ormoc, not a longer name "Ormoc as-Tropical" (gold 3: Ormoc was dropped); an assimilated article
before its own consonant ("an Nabk", "as Sukhnah") and "al"/"el" still join a longer name."""
from __future__ import annotations

import pytest

from reading.geoparse import geoparse
from reading.toponyms import _arabic_article


@pytest.mark.parametrize("text, name", [
    ("Schools closed in Cebu and Iloilo as Typhoon Kalmaegi approached.", "Iloilo"),
    ("Rescuers reached Beira at Sunrise Beach after the cyclone.", "Beira"),
    ("Shops reopened in Goma as United Nations convoys arrived.", "Goma"),
])
def test_english_word_after_a_name(gaz, text, name):
    assert name in [text[t["start"] : t["end"]] for t in geoparse(text, gazetteer=gaz)]


@pytest.mark.parametrize("art, word, joined", [
    ("al ", "Ain", True), ("el-", "Fasher", True), ("an ", "Nabk", True), ("as ", "Sukhnah", True),
    ("ash ", "Shati", True), ("as-", "Sidr", True), ("as ", "Tropical", False), ("at ", "Dawn", False),
    ("an ", "Armed", False),
])
def test_arabic_article(art, word, joined):
    assert _arabic_article(art, word) is joined
