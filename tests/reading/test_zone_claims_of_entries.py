"""Who took a town, and whether an entry took it: a side named first with its allies after it ("the army
and allied militias entered X") is the one that took it; a raid told two sentences before an entry does not
make the entry a raid (only one in its own sentence or the one before does). Own sentences."""
from reading.corpus import read_text


def read(nlp, text, published="2026-03-12"):
    return nlp(read_text(text, doc_id="t", published=published))


def took(doc):
    return [(c.faction, c.location.name) for c in doc.claims if c.relation == "took"]


def test_a_side_entering_with_its_allies_takes_the_town(nlp):
    doc = read(nlp, "The Malian army and allied Wagner fighters entered Tessalit on Tuesday, residents said.")
    assert took(doc) == [("Malian forces", "Tessalit")], doc.claims
    assert [e.actor1 for e in doc.events if e.sub_event_type == "Government regains territory"] == ["Malian forces"]


def test_a_raid_two_sentences_before_does_not_make_an_entry_a_raid(nlp):
    doc = read(nlp, "Jihadists carried out raids on villages near Gao last month. On Sunday, soldiers retook Ansongo. "
                    "On Tuesday, the Malian army entered Tessalit after two days of clashes, residents said.")
    assert ("Malian forces", "Tessalit") in took(doc), doc.claims


def test_a_raid_in_the_sentence_before_still_makes_the_entry_a_raid(nlp):
    doc = read(nlp, "Soldiers carried out raids on homes in the south of the town. The Malian army entered Tessalit "
                    "on Tuesday, residents said.")
    assert not took(doc), doc.claims
