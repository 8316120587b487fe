"""An official's possessive ("President Gustavo Petro's government") names the official, without "'s"."""
from __future__ import annotations

import datetime as dt

import pytest

from reading.document import Document


@pytest.mark.parametrize("text, actor", [
    ("President Gustavo Petro's government signed a ceasefire agreement with the ELN on Monday.", "President Gustavo Petro"),
    ("Prime Minister Abiy Ahmed\u2019s government declared a state of emergency in Amhara on Monday.",
     "Prime Minister Abiy Ahmed"),
])
def test_an_officials_possessive_stays_out_of_the_actor(nlp, text, actor):
    doc = nlp(Document(id="t", text=text, title="", published=dt.date(2026, 10, 1)))
    actors = {a for e in doc.events for a in (e.actor1, e.actor2) if a}
    assert actor in actors, actors
    assert not any(a.endswith(("'s", "\u2019s")) for a in actors), actors


def test_an_apostrophe_inside_a_name_stays():
    import json
    import re
    from pathlib import Path

    data = json.loads((Path(__file__).resolve().parents[2] / "reading" / "patterns" / "actors.json").read_text())
    official = re.compile(next(g["pattern"] for g in data["generic"] if g["id"] == "official"))
    assert official.search("President Conor O'Brien said on Monday").group(0) == "President Conor O'Brien"
