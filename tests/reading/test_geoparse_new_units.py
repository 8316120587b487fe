"""Units newer or lower than Natural Earth 4.1's admin-1 that reports name: the DRC's provinces since
2015 (bboxes derived from GeoNames towns, scripts/build_drc_provinces.py) and Pakistan's former tribal
agencies, now districts of Khyber Pakhtunkhwa (bboxes from Wikipedia); before, they were lost, left
unplaced or put at a namesake abroad ("Bajaur": a village in Egypt)."""
from __future__ import annotations

import pytest

from reading.corpus import read_text


def read(nlp, text):
    return nlp(read_text(text, doc_id="t", published="2024-05-02"))


@pytest.mark.parametrize("text, names", [
    ("Mai-Mai fighters attacked a mining site in Lualaba, and clashes were reported in Haut-Lomami and "
     "Tanganyika provinces, the Congolese army said.", ["Lualaba", "Haut-Lomami", "Tanganyika"]),
    ("Measles cases rose in Sankuru and Kasai-Central, while aid reached Tshopo and Bas-Uele, Congo's "
     "health ministry said.", ["Sankuru", "Kasai-Central", "Tshopo", "Bas-Uele"]),
])
def test_drc_provinces_since_2015(nlp, text, names):
    doc = read(nlp, text)
    for name in names:
        m = next(x for x in doc.mentions if x.text.startswith(name))
        assert m.location is not None and m.location.country == "CD", (name, m.reason)


@pytest.mark.parametrize("text, names", [
    ("A roadside bomb killed four soldiers in Bajaur on Saturday, and militants attacked a police post in "
     "Orakzai, Pakistani officials said.", ["Bajaur", "Orakzai"]),
    ("Tribal elders in Kurram and Khyber districts called for a ceasefire, Pakistan's government said.",
     ["Kurram", "Khyber"]),
])
def test_pakistans_former_tribal_agencies(nlp, text, names):
    doc = read(nlp, text)
    for name in names:
        m = next(x for x in doc.mentions if x.text.startswith(name))
        assert m.location is not None and m.location.country == "PK", (name, m.reason)


def test_northern_syrian_towns_under_other_spellings(nlp):
    doc = read(nlp, "Turkish drones struck a car near Tel Abyad, and shelling hit villages around Ras al-Ein "
                    "and Efrin, the Syrian Observatory said.")
    for name in ("Tel Abyad", "Ras al-Ein", "Efrin"):
        m = next(x for x in doc.mentions if x.text.endswith(name))
        assert m.location is not None and m.location.country == "SY", (name, m.reason)
