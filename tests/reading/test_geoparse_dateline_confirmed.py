"""A dateline's town ("KYIV -") whose country the body votes for too counts as a town of the body and
wins a tie of votes: the reporter's country, when the body is about it as much as about the side whose
drones and ministry it quotes (an audit-6 Black Sea story from Kyiv became Russia's, and Sevastopol and
Crimea were read as Russia's units). A dateline the body does not vote for stays a weak clue."""
from __future__ import annotations

from reading.corpus import read_text


def read(nlp, text):
    return nlp(read_text(text, doc_id="t", published="2024-05-02"))


def test_a_confirmed_dateline_breaks_a_tie_for_its_country(nlp):
    doc = read(nlp, "Russian drone damages cargo vessel in Odesa harbour\n\n"
                    "KYIV - A Russian drone hit a bulk carrier moored in the harbour of Odesa overnight, wounding "
                    "four crew members, Ukrainian port officials said on Monday.\n"
                    "Ukraine's navy said it had hit a Russian patrol boat off Crimea.\n"
                    "Russia's defence ministry said its air defences had shot down drones over the Black Sea.")
    assert doc.focus_country == "UA"
    crimea = next(m for m in doc.mentions if m.text == "Crimea")
    assert crimea.location is not None and crimea.location.country == "UA"


def test_an_unconfirmed_dateline_stays_a_weak_clue(nlp):
    doc = read(nlp, "NAIROBI (Reuters) - Ethiopian federal troops clashed with militiamen near Gondar "
                    "on Sunday, residents said.")
    assert doc.focus_country == "ET"


def test_a_dateline_naming_its_country_is_not_counted_twice(nlp):
    doc = read(nlp, "BEIRUT, Lebanon (AP) - Syrian government forces shelled rebel positions in Idlib "
                    "and near Aleppo on Tuesday, Syrian state media said.")
    assert doc.focus_country == "SY"
