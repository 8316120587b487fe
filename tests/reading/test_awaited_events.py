"""What "is expected" ("an offensive on X is expected in the spring", "an assault is expected within days") is
awaited, not told as done: planned (the map's dashed ring), on the coming season, not the one just past; as
"is due to start next month" already was. Sentences of our own."""
import pytest

from reading.corpus import read_text


def read(nlp, text):
    return nlp(read_text(text, doc_id="t", published="2025-06-11")).events


@pytest.mark.parametrize("text", [
    "A rebel offensive on Goma is expected in the spring, diplomats said on Monday.",
    "A fresh assault on Pokrovsk is expected within days, a Ukrainian commander said on Tuesday.",
    "Talks between the government and the rebels in Addis Ababa are due to start next month.",
    "New air strikes on Hodeidah are widely expected after the attack on the tanker.",
])
def test_an_awaited_event_is_planned(nlp, text):
    evs = read(nlp, text)
    assert evs and all(e.planned for e in evs), [(e.sub_event_type, e.planned) for e in evs]


def test_an_awaited_season_is_the_coming_one(nlp):
    evs = read(nlp, "A government offensive against the ELN in Arauca is expected in the spring.")
    assert [(e.planned, str(e.date.start)) for e in evs] == [(True, "2026-03-01")]


@pytest.mark.parametrize("text", [
    "The long-expected offensive on Sennar began on Monday, residents said.",
    "As expected, fighting broke out in Tillaberi on Sunday.",
])
def test_an_expected_event_that_came_is_not_planned(nlp, text):
    evs = read(nlp, text)
    assert evs and not any(e.planned for e in evs), [(e.sub_event_type, e.planned) for e in evs]
