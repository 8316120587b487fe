"""Audit 7: dates told by context ("the same day" a few sentences on, "A day earlier" after a
headline whose event the body tells again). Sentences unlike the audit corpus's."""
import datetime as dt

from reading.corpus import read_text


def read(nlp, text, published):
    return nlp(read_text(text, doc_id="t", published=published))


def dated(doc, word):
    return [e.date.start for e in doc.events if word in e.evidence.sentence]


def test_the_same_day_three_sentences_after_the_dated_event(nlp):
    text = ("Tanker hit off Libya\n\n"
            "TRIPOLI - A Maltese-flagged tanker was hit by a drone off the port of Zuwara on Thursday, the coast guard said.\n"
            "The crew put out a fire in the engine room.\n"
            "Nobody claimed the attack, and the ship's owner declined to comment.\n"
            "The Italian navy said its frigate had destroyed two Houthi drone boats near Zuwara the same day.")
    doc = read(nlp, text, "2024-05-18")  # a Saturday
    assert dated(doc, "destroyed") == [dt.date(2024, 5, 16)], [(e.date, e.evidence.sentence) for e in doc.events]


def test_a_day_earlier_after_a_headline_event_told_again(nlp):
    text = ("Army drone strike on Gao depot; JNIM shells Kidal\n\n"
            "BAMAKO - Malian army drones struck a fuel depot in Gao on Tuesday, a military source said.\n"
            "JNIM shelled Kidal on Wednesday, killing four civilians, a local official said.\n"
            "A day earlier, rebel fighters had killed nine herders in the village of Anefis.")
    doc = read(nlp, text, "2024-05-15")  # a Wednesday: the headline's shelling is the body's
    assert dated(doc, "A day earlier") == [dt.date(2024, 5, 14)], [(e.date, e.evidence.sentence) for e in doc.events]
