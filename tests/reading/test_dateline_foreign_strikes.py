"""ev15: a strike whose only acting side is another country's forces, placed by nothing but a dateline's town
("AMMAN (Reuters) - Syrian jets bombed ..."), was reported from that town, not struck on it: on the forces'
own rebels it is in their country; else in the one other country its clause names (precision 3, with a note
naming the dateline). With neither clue it stays at the dateline (a foreign state's strike often is on it),
and forces of the dateline's own country still strike at it. Sentences of our own."""
import pytest

from reading.corpus import read_text


def placed(nlp, text):
    doc = nlp(read_text(text, doc_id="t", published="2025-06-11"))
    return [(getattr(e.location, "name", ""), getattr(e.location, "precision", None), e.location_note)
            for e in doc.events if e.event_type == "Explosions/Remote violence"]


@pytest.mark.parametrize("text, country, filed", [
    ("AMMAN (Reuters) - Syrian jets bombed opposition-held villages on Thursday, killing six, rescuers said.",
     "Syria", "Amman"),
    ("BANGKOK (Reuters) - Burmese aircraft bombed rebel positions on Friday, a rebel spokesman said.",
     "Myanmar", "Bangkok"),
])
def test_a_strike_on_the_forces_own_rebels_is_in_their_country(nlp, text, country, filed):
    rows = placed(nlp, text)
    assert rows and rows[0][0] == country and rows[0][1] == 3 and filed in rows[0][2], rows


def test_a_strike_on_a_country_the_clause_names(nlp):
    rows = placed(nlp, "DOHA (Reuters) - Russian drones hit Ukrainian power stations overnight, the grid operator said.")
    assert rows and rows[0][0] == "Ukraine" and rows[0][1] == 3, rows


def test_a_foreign_strike_with_no_other_clue_stays_at_the_dateline(nlp):
    # (a foreign state's strike is often on the dateline's town itself: "GAZA - Israeli strikes killed ...")
    rows = placed(nlp, "KHAN YOUNIS (Reuters) - Israeli air strikes killed 11 people overnight, medics said.")
    assert rows and rows[0][0].startswith("Kh") and rows[0][1] == 1, rows


def test_the_datelines_own_forces_still_strike_at_it(nlp):
    rows = placed(nlp, "MOGADISHU (Reuters) - Somali forces shelled a market on Sunday, killing four, residents said.")
    assert rows and rows[0][0] == "Mogadishu", rows
