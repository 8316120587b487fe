""""The gangs" after an article names one gang stand for that gang, as "the rebels" stand for the one rebel
group named: their hold of a town is that gang's zone; with two gangs named, nobody in particular (no zone).
Own sentences."""
from reading.corpus import read_text


def read(nlp, text, published="2026-05-08"):
    return nlp(read_text(text, doc_id="t", published=published))


def holds(doc):
    return [(c.faction, c.location.name) for c in doc.claims if c.relation in ("holds", "took")]


def test_the_gangs_after_one_gang_named_hold_the_town_as_that_gang(nlp):
    doc = read(nlp, "SAINT-MARC, Haiti - Members of the Gran Grif gang attacked Verrettes on Tuesday and burned the "
                    "town hall, a local official said. Police officers left the town on Wednesday, and the gangs have "
                    "controlled Verrettes since then, residents said.")
    assert holds(doc) == [("Gran Grif", "Verrettes")], doc.claims


def test_the_gangs_after_two_gangs_named_are_nobody_in_particular(nlp):
    doc = read(nlp, "SAINT-MARC, Haiti - Members of the Gran Grif gang and of the Viv Ansanm coalition attacked "
                    "Verrettes on Tuesday, a local official said. Police officers left the town on Wednesday, and the "
                    "gangs have controlled Verrettes since then, residents said.")
    assert not holds(doc), doc.claims
    assert any(p.code == "W407" for p in doc.problems)
