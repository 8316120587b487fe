"""A clause's opening word ("When", "Once", "Until") is not part of the actor that follows it.

Found in the events gold's history paragraph: "When African Union troops and Somali soldiers
pushed al-Shabaab out of Mogadishu ..." gave the actor "When African Union troops".
"""
from __future__ import annotations

import datetime as dt

import pytest

from reading.document import Document


@pytest.mark.parametrize("text, actor", [
    ("When African Union troops attacked Kismayo on Monday, residents fled.", "African Union troops"),
    ("Once Sudan Liberation Army fighters attacked Tawila on Monday, residents fled.", "SLA"),  # (act: a known group)
    ("Until Kenya Defence Forces troops attacked Kismayo on Monday, the town was quiet.", "Kenya Defence Forces troops"),
    ("If Arakan Army fighters attack Sittwe, the junta will answer with air strikes.", None),
])
def test_clause_openers_stay_out_of_actor_names(nlp, text, actor):
    doc = nlp(Document(id="t", text=text, title="", published=dt.date(2026, 10, 1)))
    actors = {a for e in doc.events for a in (e.actor1, e.actor2) if a}
    assert not any(a.split()[0] in {"When", "Once", "Until", "If"} for a in actors), actors
    if actor is not None:
        assert actor in actors
