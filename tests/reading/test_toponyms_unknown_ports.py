"""A port, oasis, hamlet or settlement the gazetteer does not know ("the port of X", "the fishing port of
X") is listed as an unplaced mention (not in the gazetteer), never silently lost."""
from __future__ import annotations

import pytest

from reading.corpus import read_text


@pytest.mark.parametrize("text, name", [
    ("Pirates looted a fuel barge moored at the port of Kabanguri late on Friday.", "Kabanguri"),
    ("The port of Mtamburu stayed closed for a third day after the raid.", "Mtamburu"),
    ("Gunmen torched boats in the small fishing port of Ndalangwe, residents said.", "Ndalangwe"),
    ("Soldiers searched the oasis of Tin Zouarit before dawn.", "Tin Zouarit"),
])
def test_an_unknown_port_is_listed_unplaced(nlp, text, name):
    doc = nlp(read_text(text, doc_id="t", published="2024-05-02"))
    m = [x for x in doc.mentions if x.text == name]
    assert len(m) == 1 and m[0].location is None and m[0].reason == "not in the gazetteer", \
        [(x.text, x.reason) for x in doc.mentions]
    assert any(p.code == "W201" and p.text == name for p in doc.problems)
