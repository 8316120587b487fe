"""A dateline in a country the article names nowhere else ("DAKAR, Senegal (AP) -" over a Mali story) is
where the report was filed: an event its sentence does not place is in the country of the side that acts
(its forces' country, the group's, or the one other country whose places the article names), also when
a side's statement tells it ("The Taliban said their fighters ..."); a dateline in the story's country, or
a strike whose only side is a foreign state's forces, stays as before. Sentences of our own."""
import pytest

from reading.corpus import read_text


def places(nlp, text, published="2025-06-11"):
    doc = nlp(read_text(text, doc_id="t", published=published))
    return [(getattr(e.location, "name", ""), getattr(e.location, "precision", None), e.location_note)
            for e in doc.events if e.event_type != "Strategic developments"]


@pytest.mark.parametrize("text, country, filed", [
    ("ABIDJAN, Ivory Coast (Reuters) - Burkinabe soldiers killed 30 villagers in a raid on Thursday, "
     "survivors said.", "Burkina Faso", "Abidjan"),
    ("JOHANNESBURG (AP) - Mozambican troops clashed with insurgents on Saturday, killing eight, a local "
     "official said.", "Mozambique", "Johannesburg"),
    ("ADDIS ABABA, Ethiopia (AP) - The Sudanese army said on Friday its soldiers had killed dozens of "
     "fighters in an ambush.", "Sudan", "Addis Ababa"),
    ("NDJAMENA, Chad (Reuters) - Sudanese artillery pounded RSF positions on Monday, killing 14 fighters.",
     "Sudan", "Djamena"),
])
def test_the_acting_forces_country_not_the_dateline_abroad(nlp, text, country, filed):
    rows = places(nlp, text)
    assert rows and rows[0][0] == country and rows[0][1] == 3 and filed in rows[0][2], rows


def test_a_group_in_a_statement_from_abroad_is_placed_in_the_country_the_story_names(nlp):
    rows = places(nlp, "ISLAMABAD, Pakistan (AP) - The Houthis said on Monday their fighters attacked an army post, killing five soldiers. "
                       "The group controls much of northern Yemen.")
    assert rows and "Yemen" in rows[0][0] and "Islamabad" in rows[0][2], rows


def test_a_side_of_no_known_country_is_placed_in_the_one_country_the_story_names(nlp):
    rows = places(nlp, "DOHA, Qatar (AP) - The Taliban said on Sunday they had killed nine gunmen in a raid. "
                       "Attacks on Taliban checkpoints have grown in Afghanistan since March.")
    assert rows and rows[0][0] == "Afghanistan" and "Doha" in rows[0][2], rows


def test_a_dateline_in_the_story_country_still_places_the_event(nlp):
    rows = places(nlp, "BAMAKO, Mali (AP) - Malian soldiers clashed with jihadists on Saturday, killing eight.")
    assert rows and rows[0][0] == "Bamako", rows


def test_a_strike_by_a_foreign_state_stays_with_its_dateline(nlp):
    rows = places(nlp, "BEIRUT (AP) - Israeli drones struck a car on Tuesday, killing two people, officials said.")
    assert rows and rows[0][0] == "Beirut", rows
