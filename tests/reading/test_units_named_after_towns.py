"""A unit word after a town's name ("Rutshuru territory", "Kupiansk district") names the unit around
the town, which the gazetteer lacks: the area around the town, not the town's pin."""
from __future__ import annotations

import pytest

from reading.document import Document
from tests.reading.places import mention


@pytest.mark.parametrize("text, name, town", [
    ("M23 fighters seized three villages in Rutshuru territory on Saturday.", "Rutshuru territory", "Rutshuru"),
    ("Artillery fire hit Kupiansk district overnight, officials in Kharkiv said.", "Kupiansk district", "Kupiansk"),
])
def test_unit_after_a_town_is_the_area_around_it(nlp, text, name, town):
    doc = nlp(Document(id="u", text=text))
    m = mention(doc, name)
    assert m.location is not None and m.location.precision == 2
    assert m.location.geometry.area > 0.01  # an area around the town, no point
    assert not any(x.text == town for x in doc.mentions)
    assert all(e.location.precision >= 2 for e in doc.events)


def test_unit_of_that_name_stays_the_unit(nlp):
    doc = nlp(Document(id="u", text="Tribesmen clashed with troops in Marib province on Friday."))
    m = next(x for x in doc.mentions if x.text.startswith("Marib"))
    assert m.location.precision == 3 and m.location.relation == "at"


def test_capitalised_title_after_the_unit_word_is_no_unit(nlp):
    doc = nlp(Document(id="u", text="The Rutshuru Territory Administrator said five people died."))
    assert not any(x.text == "Rutshuru Territory" for x in doc.mentions)
