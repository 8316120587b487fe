"""A village the gazetteer lacks, in a sentence that names no other place, is placed in the most
specific area (province, state, region, not a country) the article names in that sentence or the two
before it, in the same country, with area precision and a note naming the village; not at the
country point. Sentences of several conflicts, with made-up village names."""
from reading.corpus import read_text


def read(nlp, text, published="2025-04-09"):
    return nlp(read_text(text, doc_id="t", published=published))


def violent(doc, name):
    """The events told in the sentence that names ``name``."""
    return [e for e in doc.events if name in e.evidence.sentence]


def test_a_village_after_a_sentence_naming_its_state(nlp):
    doc = read(nlp, "Attacks by armed bandits\n\nBoko Haram fighters have spread across Borno State. On Friday, "
                    "jihadists killed 15 farmers near Kwaramtiz, residents said.")
    got = violent(doc, "Kwaramtiz")
    assert len(got) == 1 and got[0].location.name == "Borno" and got[0].location.precision == 3, doc.events
    assert "Kwaramtiz" in got[0].location_note


def test_a_village_two_sentences_after_its_region(nlp):
    doc = read(nlp, "Sahel violence\n\nThe army launched a new offensive in Tillaberi region last month. "
                    "It said the operation was going well. Soldiers clashed with jihadists near Tizegorou on Thursday.")
    got = violent(doc, "Tizegorou")
    assert [e.location.name for e in got] == ["Tillabéri"], doc.events


def test_the_area_must_lie_in_the_articles_country(nlp):
    # Nangarhar is in Afghanistan, the village in a Pakistani story: not that province
    doc = read(nlp, "Pakistani police attacked\n\nPakistani officials said on Monday that militants were crossing "
                    "the border from Nangarhar province. Gunmen killed four policemen near Walaqaz on "
                    "Sunday, police said.")
    got = violent(doc, "Walaqaz")
    assert got and all(e.location.name != "Nangarhar" for e in got), doc.events


def test_no_area_named_keeps_the_country(nlp):
    doc = read(nlp, "Violence in Congo\n\nThe conflict in Congo has displaced millions. ADF rebels killed ten "
                    "people near Mabuzito on Monday, local officials said.")
    got = violent(doc, "Mabuzito")
    assert got and got[0].location.precision == 3 and got[0].location.is_whole_country, doc.events


def test_a_sentence_without_a_lost_name_is_not_moved(nlp):
    doc = read(nlp, "Nigeria attacks\n\nBoko Haram fighters have spread across Borno State. Gunmen killed six "
                    "traders in Nigeria on Friday, police said.")
    got = violent(doc, "traders")
    assert got and all(e.location.name != "Borno" for e in got), doc.events


def test_a_town_named_outside_the_area_keeps_the_country(nlp):
    # the sentences before name Kurram and Peshawar, which lies outside it: they are about more than Kurram
    doc = read(nlp, "Pakistan violence\n\nIn Kurram district, clashes killed 40 people last year. Officials in Peshawar "
                    "said on Monday that roads would reopen. Gunmen killed two guards near Zarghunkhelz on Sunday.")
    got = violent(doc, "Zarghunkhelz")
    assert got and all(e.location.name != "Kurram" for e in got), [(e.location, e.location_note) for e in got]
