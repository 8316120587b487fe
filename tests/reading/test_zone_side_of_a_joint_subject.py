"""A place taken by a joint subject ("Azerbaijani troops and police entered the city") is held by the subject's first
side, the one its partners came with, not by the last word before the verb."""
from reading.corpus import read_text


def test_a_joint_subjects_first_side_holds_the_town(nlp):
    body = "BAKU, Oct 3 - Azerbaijani troops and police entered Lachin on Tuesday and have controlled the town since."
    doc = nlp(read_text(f"Troops enter Lachin\n\n{body}", doc_id="t", published="2023-10-03", title="Troops enter Lachin"))
    assert {c.faction for c in doc.claims} == {"Azerbaijani forces"}, doc.claims
