"""Audit 13 (event-reading errors left by the session): an attack retold mid-sentence by a speaker ("officials
said the strikes killed ...") is the attack told before. Sentences unlike the gold's (other conflicts and places)."""
import pytest

from reading.corpus import read_text


def read(nlp, title, body, published="2026-05-02"):
    return nlp(read_text(f"{title}\n\n{body}", doc_id="t", published=published, title=title))


def mapped(doc):
    return [e for e in doc.events if not e.planned and not e.background]


# (a) "<speaker> said the strikes killed three people": a retelling, its toll the attack's
@pytest.mark.parametrize("title, body, toll", [
    ("Strikes hit Hodeidah port",
     "ADEN, May 2 - U.S. strikes hit a port near Hodeidah on Thursday. Houthi officials said the strikes killed "
     "three people near the port, a spokesman said.", 3),
    ("Base attacked near Jilib",
     "MOGADISHU, May 2 - Al-Shabaab fighters attacked an army base near Jilib on Thursday.\n\n"
     "A military commander said the attack killed six soldiers.", 6),
])
def test_an_attack_retold_by_a_speaker_is_one_event(nlp, title, body, toll):
    doc = read(nlp, title, body)
    violent = [e for e in mapped(doc) if e.event_type != "Protests" and e.event_type != "Riots"]
    assert [(e.date.start.isoformat(), e.fatalities) for e in violent] == [("2026-04-30", toll)], doc.events


def test_a_speakers_new_attack_with_its_own_day_stays(nlp):
    doc = read(nlp, "Two days of strikes",
               "KYIV, May 2 - Russian forces shelled Bilopillia on Thursday.\n\n"
               "On Friday, Russian drones struck Sumy, and officials said the strikes killed four people.")
    strikes = sorted((e.date.start.isoformat(), e.fatalities) for e in mapped(doc)
                     if e.event_type == "Explosions/Remote violence")
    assert strikes == [("2026-04-30", None), ("2026-05-01", 4)], doc.events
