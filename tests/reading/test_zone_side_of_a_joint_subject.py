"""A place taken by a joint subject ("Malian soldiers and Wagner mercenaries entered Kidal") is held by the subject's
first side, the one its partners came with, not by the last name before the verb."""
from reading.corpus import read_text


def test_a_joint_subjects_first_side_holds_the_town(nlp):
    body = "BAMAKO, Nov 16 - Malian soldiers and Wagner mercenaries entered Kidal on Tuesday and have held the town since."
    doc = nlp(read_text(f"Army enters Kidal\n\n{body}", doc_id="t", published="2023-11-16", title="Army enters Kidal"))
    assert {c.faction for c in doc.claims} == {"Malian forces"}, doc.claims
