"""Golds 5, 6, 8: an event whose sentence names no place, in a story filed from a town it names again in its body
("TIJUANA - ... in Tijuana ... On Thursday, some 300 relatives marched to the prosecutor's office"), is near that town,
whatever else the article names, not at the country's middle; not when the dateline is the capital (a report from there may tell of anywhere) or
when the body never names the town again. Sentences of our own."""
import pytest

from reading.corpus import read_text
from tests.reading.mapped_events import mapped


def placed(nlp, text):
    doc = nlp(read_text(text, doc_id="t", published="2025-06-13"))
    return [(e.event_type, getattr(e.location, "name", None)) for e in mapped(doc)]


def test_a_placeless_event_is_near_the_datelines_town_the_story_names_again(nlp):
    got = placed(nlp, "TIJUANA, Mexico — Gunmen shot dead six men at a car wash in Tijuana on Tuesday, state "
                      "prosecutors said.\n\nOn Thursday, some 300 relatives marched to the prosecutor's office demanding "
                      "justice.\n\nSeparately, gunmen killed two police officers in Ensenada on Wednesday.")
    assert ("Protests", "Tijuana") in got, got


@pytest.mark.parametrize("text", [
    # the capital: a report from there may tell of anywhere in the country
    "MEXICO CITY - Gunmen shot dead six men at car washes in Mexico City and Toluca on Tuesday, prosecutors said.\n\nOn "
    "Thursday, some 300 relatives marched to the prosecutor's office demanding justice.",
    # the town only in the dateline, the body's story elsewhere: where the story is told from
    "TIJUANA, Mexico — Gunmen shot dead six men at a car wash in Ensenada on Tuesday, state prosecutors said.\n\nOn "
    "Thursday, some 300 relatives marched to the prosecutor's office demanding justice.",
])
def test_not_at_a_capital_dateline_nor_one_named_only_there(nlp, text):
    got = placed(nlp, text)
    protests = [p for t, p in got if t == "Protests"]
    assert protests and protests[0] not in ("Tijuana", "Mexico City"), got
