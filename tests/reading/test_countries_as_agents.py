"""A country named as the one that uses, fires or makes a weapon ("a missile used by the United States",
"drones launched by Iran") or as the head of a command ("U.S. Africa Command said ...") acts; it is not where
the event happened. Sentences of our own."""
import pytest

from reading.corpus import read_text
from tests.reading.mapped_events import mapped


def places(nlp, text, published="2025-06-11"):
    return [(e.location.name if e.location is not None else None, e.location.country if e.location is not None
             else None) for e in mapped(nlp(read_text(text, doc_id="t", published=published)))]


@pytest.mark.parametrize("text, country", [
    ("SANAA, June 11 - A missile of a type used by the United States struck a house in Marib on Sunday, "
     "killing four.", "YE"),
    ("KYIV, June 11 - Drones launched by Iran's allies and fired by Russia hit a power plant in Kharkiv on Monday.",
     "UA"),
    ("MOGADISHU, June 11 - U.S. Africa Command said it conducted an air strike against al-Shabaab near the "
     "village of Buulo Fulaay on Monday.", "SO"),
])
def test_a_country_that_acts_is_not_the_place(nlp, text, country):
    got = places(nlp, text)
    assert got and all(c == country for _, c in got), got


@pytest.mark.parametrize("text, actor, sub", [
    ("Russia, meanwhile, struck Kharkiv overnight, killing two people.", "Russian forces", "Air/drone strike"),
    ("Ukraine, in turn, launched more than 100 drones at Russia overnight, Moscow said.", "Ukrainian forces",
     "Air/drone strike"),
    ("Israel, in response, bombed targets in southern Lebanon on Friday.", "Israeli forces", "Air/drone strike"),
    ("Turkey, in response, struck Kobani on Friday.", "Turkish forces", "Air/drone strike"),
    ("Russia, meanwhile, bombed Kharkiv on Friday.", "Russian forces", "Air/drone strike"),
])
def test_a_country_acts_across_a_sentence_adverb(nlp, text, actor, sub):
    """"Russia, meanwhile, struck ...": the adverb set off by commas does not undo the country's acting."""
    evs = mapped(nlp(read_text(text, doc_id="t", published="2025-06-11")))
    assert [(e.actor1, e.sub_event_type) for e in evs] == [(actor, sub)]
