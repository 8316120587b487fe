"""ev23: a scraped report's title repeated over its body with its subtitle ("...\nGovernment Should Investigate ...")
is a headline, folded into the body's telling of its event (not a second event on the publication day); a
violent verb in the perfect with "since then" in its sentence tells a running total or a state since an event
told before, no one event, while a dated event after "Since then," still counts. Texts of our own."""
from reading.corpus import read_text


def events(nlp, text, published="2026-05-02"):
    doc = nlp(read_text(text, doc_id="t", published=published))
    return [(e.event_type, getattr(e.location, "name", ""), e.date.start.isoformat() if e.date else None)
            for e in doc.events if not e.background]


def test_a_repeated_title_with_its_subtitle_is_the_bodys_event(nlp):
    title = "Mali: Soldiers and Militia Killed Herders in Mopti Region"
    text = (f"{title}\n\n{title}\nAuthorities Should Open an Inquiry\n\n(Dakar, May 2, 2026) - Malian soldiers and "
            "allied militiamen killed at least 21 herders in the village of Ogossagou, in the Mopti region, on "
            "February 9, 2026, the group said.")
    got = [e for e in events(nlp, text) if e[0] == "Violence against civilians"]
    assert len(got) == 1 and got[0][2] == "2026-02-09", got


def test_a_running_total_since_then_is_no_event(nlp):
    for text in ("ODESA - The truce that began in March has mostly held, but the regional governor says dozens of "
                 "civilians have been killed by Russian fire since then.",
                 "The two factions split in 2024. Since then, they have fought for control of gold mines in the "
                 "Kidal region."):
        assert not [e for e in events(nlp, text) if e[0] in ("Violence against civilians", "Battles")], text


def test_a_dated_event_after_since_then_still_counts(nlp):
    got = events(nlp, "The truce collapsed in March. Since then, gunmen killed six traders near Gao on Sunday.")
    assert [e[0] for e in got].count("Violence against civilians") == 1, got
