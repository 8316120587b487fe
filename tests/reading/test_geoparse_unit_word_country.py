"""A unit word after a name shared by units of several countries says whose unit it is: a country
calls its units "states", another "departments" or "districts" (Natural Earth's unit type)."""
from __future__ import annotations

import pytest

from tests.reading.places import toponyms_by_name


@pytest.mark.parametrize("text, name, lat", [
    # Nigeria's Plateau is a state, Benin's a department
    ("Herders and farmers clashed in Plateau State overnight, leaving nine dead.", "Plateau", 9.2),
    ("Eleven people died when gunmen raided farms across Plateau state.", "Plateau", 9.2),
    # Belize's Toledo is a district, Spain's a province
    ("Police seized a light aircraft in Toledo District on Monday.", "Toledo", 16.3),
])
def test_unit_word_picks_the_unit_so_called(gaz, text, name, lat):
    t = next(t for n, t in toponyms_by_name(text, gaz).items() if n.startswith(name))
    assert t["kind"] == "admin1"
    assert t["lat"] == pytest.approx(lat, abs=0.5)


def test_plateau_state_event_is_in_nigeria(nlp):
    from reading.document import Document

    doc = nlp(Document(id="p", text="Gunmen killed seven farmers in Plateau state on Sunday, police said."))
    assert doc.events
    assert {e.location.country for e in doc.events} == {"NG"}
