"""evq: where a wire report's placeless sentence ("Two soldiers were killed in an ambush on Tuesday, the army said.")
is placed, the dateline being where the reporter is, not necessarily the event:

- the article names no place but its dateline's town: near that town (precision 2; audit 8);
- it names other towns too, all in the dateline town's province: that province (precision 3), where every place
  it tells of lies, not the town nor the country's centre;
- it names a place in another province: the country (precision 3), nothing better known.

Sentences of our own."""
from tests.reading.mapped_events import mapped, read_article


def _placeless(doc, word):
    """The event told by the sentence holding ``word``."""
    return next(e for e in mapped(doc) if word in e.evidence.sentence)


def test_only_the_dateline_named_places_near_it(nlp):
    doc = read_article(nlp, "BENI, Congo (Reuters) - Armed men killed six farmers on Tuesday, the army said.\n\n"
                            "Gunmen ambushed a minibus on Wednesday, a local official said.", "2025-05-08")
    ev = _placeless(doc, "minibus")
    assert ev.location.name == "Beni" and ev.location.precision == 2, ev.location_note


def test_towns_of_the_datelines_province_place_it_in_that_province(nlp):
    doc = read_article(nlp, "MAIDUGURI, Nigeria (Reuters) - Soldiers retook Gwoza last week.\n\n"
                            "A roadside bomb hit an army truck on Wednesday, killing two soldiers, a local official said.", "2025-05-08")
    ev = _placeless(doc, "roadside")
    assert ev.location.name == "Borno" and ev.location.precision == 3, ev.location_note
    assert "dateline" in ev.location_note


def test_a_town_of_another_province_leaves_the_country(nlp):
    doc = read_article(nlp, "MAIDUGURI, Nigeria (Reuters) - Bandits raided a village near Gusau last week.\n\n"
                            "A roadside bomb hit an army truck on Wednesday, killing two soldiers, a local official said.", "2025-05-08")
    ev = _placeless(doc, "roadside")
    assert ev.location.name == "Nigeria" and ev.location.precision == 3, ev.location_note
