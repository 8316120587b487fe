"""An event with no place of its own falls back on the country its paragraph names, when that is not the article's
("Mali: ..." in a Sahel round-up). The country that acts in the event's own clause ("Israel killed the group's
leader in a strike", "Russia struck a power plant") is its side, not where it struck: a report about Lebanon,
or Ukraine, keeps the event in the country it is about. Sentences of our own."""
import pytest

from reading.corpus import read_text


@pytest.mark.parametrize("text, published, country", [
    ("BEIRUT (Reuters) - Fighting raged in south Lebanon on Monday, officials said.\n\n"
     "The group began firing rockets at Israel in 2023. Israel killed its military chief in a strike on "
     "Haret Hreik last Friday.", "2024-10-03", "LB"),
    ("KYIV (AP) - Ukraine's air force said it shot down 40 drones overnight.\n\n"
     "Ukrainian drones hit an oil depot in Russia in March. Russia struck a power plant in response on Sunday, "
     "killing two workers.", "2025-04-08", "UA"),
])
def test_a_country_acting_in_the_clause_is_not_where_its_strike_landed(nlp, text, published, country):
    doc = nlp(read_text(text, doc_id="t", published=published))
    last = max(doc.events, key=lambda e: e.evidence.start)
    assert last.location is not None and last.location.country == country, (last.location, last.location_note)


def test_a_roundups_paragraph_country_still_places_an_event_without_a_place(nlp):
    text = ("OUAGADOUGOU (AFP) - Jihadists attacked an army post in Djibo on Monday, officials said.\n\n"
            "In Mali, the fighting has spread south. Army drones struck a convoy on Tuesday, killing 12 militants.")
    doc = nlp(read_text(text, doc_id="t", published="2025-04-09"))
    last = max(doc.events, key=lambda e: e.evidence.start)
    assert last.location is not None and last.location.country == "ML", (last.location, last.location_note)
