"""act: the legend of a story about one country lists its forces once, not "army" and "troops" beside them."""

import pytest

from layers.elements import Sides, _event_keys
from layers.events import events_frame
from reading.corpus import read_text


@pytest.fixture(scope="module")
def nlp():
    return pytest.importorskip("reading.pipeline").default_pipeline(profile=None)


def test_legend_of_a_one_country_story_has_one_side_for_its_forces(nlp):
    doc = nlp(read_text(
        "BENI, Democratic Republic of Congo - ADF rebels attacked Oicha in North Kivu on Monday, killing 11 "
        "civilians. The FARDC shelled ADF positions near Eringeti on Tuesday, and soldiers clashed with the "
        "rebels near Mbau. Troops also retook Kamango on Wednesday. Gunmen killed three farmers near Butembo.",
        doc_id="t", published="2024-05-16"))
    legend = [side["name"] for side in Sides(_event_keys(events_frame(doc.events)).tolist()).table]
    assert "Congolese forces" in legend
    assert not {"army", "troops", "soldiers", "gunmen"} & set(legend), legend
