"""ev23: which town "the city" or "the town" means. One the body names nowhere but the dateline is the town the
report was filed from: the event is placed as if only its dateline placed it (a group fighting in another
country is there), while a dateline the story is about keeps it. A capital named as its government ("Moscow
said ...") is no town "the town" can mean: the town named before it is. Sentences of our own."""
import pytest

from reading.corpus import read_text


def places(nlp, text, etype=None):
    doc = nlp(read_text(text, doc_id="t", published="2025-06-11"))
    return [(getattr(e.location, "name", ""), getattr(e.location, "country", ""), e.location_note)
            for e in doc.events if etype is None or e.event_type == etype]


def test_the_town_only_the_dateline_can_mean_is_where_the_report_was_filed(nlp):
    rows = places(nlp, "NAIROBI (Reuters) - Al-Shabaab militants stormed the town before dawn on Sunday, killing nine "
                       "soldiers, a local elder said.", "Battles")
    assert rows and rows[0][1] == "SO" and "Nairobi" in rows[0][2], rows


@pytest.mark.parametrize("text, town", [
    ("KHARKIV, Ukraine - Russian drones hit the city overnight, wounding nine people, the governor said.", "Kharkiv"),
    ("KYIV - Russian missiles struck the capital city overnight, killing three people, the mayor said.", "Kyiv"),
])
def test_a_dateline_the_story_is_about_keeps_its_event(nlp, text, town):
    rows = places(nlp, text, "Explosions/Remote violence")
    assert rows and rows[0][0] == town, rows


@pytest.mark.parametrize("text, town", [
    ("ADDIS ABABA - Ethiopian officials said Fano militiamen had encircled Debre Markos. Addis Ababa denied losing "
     "control. Government drones struck the town on Tuesday, killing 11.", "Debre Mark"),
    ("ISTANBUL - Syrian officials said rebels were advancing towards Hama. Damascus vowed to hold the line. Russian "
     "jets bombed the city on Monday, killing eight.", "amāh"),
])
def test_a_capital_speaking_for_its_government_is_not_the_town(nlp, text, town):
    rows = places(nlp, text, "Explosions/Remote violence")
    assert rows and town in rows[-1][0], rows
