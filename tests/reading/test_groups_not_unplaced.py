"""An armed group named like a small place abroad ("Fano militiamen" in Amhara, "Fano" being an Italian town the place
reader turns down) is read as a side: its name is no unplaced place in the problems list, where it would hide the
places really missing. A place left unplaced beside it is still reported. Sentences of our own."""
from reading.corpus import read_text


def test_an_armed_groups_name_is_no_unplaced_place(nlp):
    text = ("ADDIS ABABA, Ethiopia (Reuters) - Fighting between the army and Fano militiamen spread in Ethiopia's Amhara "
            "region on Sunday, residents said. Fano fighters briefly held the town of Bahir Dar last week. Fano denied "
            "losing men near Xyzzytown.")
    doc = nlp(read_text(text, doc_id="t", published="2024-03-11"))
    unplaced = [p.text for p in doc.problems if p.kind == "unplaced"]
    assert "Fano" not in unplaced, unplaced
    assert "Xyzzytown" in unplaced, unplaced
