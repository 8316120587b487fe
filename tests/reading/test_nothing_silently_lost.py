"""Nothing silently lost: a place mention the gazetteer cannot place is listed unplaced (W201, "not in the
gazetteer"), and a name the gazetteer knows is never reported as missing from it."""
from __future__ import annotations

import pytest

from reading.corpus import read_text


def _doc(nlp, text):
    return nlp(read_text(text, doc_id="t", published="2024-05-02"))


def _unplaced(doc, name):
    m = [x for x in doc.mentions if x.text == name]
    return len(m) == 1 and m[0].location is None and m[0].reason == "not in the gazetteer" \
        and any(p.code == "W201" and p.text == name for p in doc.problems)


@pytest.mark.parametrize("text, country", [
    ("A man was jailed for spying for Russia in the Kharkiv region.", "Russia"),
    ("Two women were charged with passing secrets to Russia in the Zaporizhzhia region on Friday.", "Russia"),
])
def test_a_country_before_in_the_region_is_the_country(nlp, text, country):
    doc = _doc(nlp, text)
    m = [x for x in doc.mentions if x.text == country]
    assert m and all(x.location is not None for x in m), [(x.text, x.reason) for x in doc.mentions]
    assert not any(p.text == country for p in doc.problems)
