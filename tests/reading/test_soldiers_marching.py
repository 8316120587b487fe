"""ev21: soldiers, marines or cadets marching ("Paratroopers marched through Bamako for the national day") are
no protest; a protest by soldiers says what they demand, and people marching with soldiers only named in their
words ("Widows of soldiers marched ...") still protest. Sentences of our own."""
import pytest

from reading.corpus import read_text


def protests(nlp, body):
    doc = nlp(read_text(f"t\n\n{body}", doc_id="t", published="2026-05-02", title="t"))
    return [e for e in doc.events if e.event_type == "Protests"]


@pytest.mark.parametrize("body", [
    "Paratroopers marched through Bamako on Saturday for the national day.",
    "The Irish Guards marched down the Mall in London on Saturday.",
    "Hundreds of recruits marched past the governor in Kaduna on Friday.",
    "Government troops marched 30 kilometres to reach Kidal on Monday.",
])
def test_soldiers_marching_are_no_protest(nlp, body):
    assert protests(nlp, body) == []


@pytest.mark.parametrize("body", [
    "Dozens of soldiers marched on the barracks in Niamey on Friday demanding unpaid wages.",
    "Widows of soldiers marched through Ouagadougou on Friday.",
    "Hundreds of nurses marched through Accra on Friday.",
])
def test_protests_still_read(nlp, body):
    assert len(protests(nlp, body)) == 1
