"""The cheap word tests before the event side's costly scans must never hide what the scans find."""
import pytest

from reading.actors import _may_hold_initials
from reading.events import _many_done, dateline_end, sports_report


def test_a_match_report_in_capitals_is_a_sports_report():
    assert sports_report("CELTIC BEAT RANGERS 2-1 AT THE STADIUM. The REFEREE sent off a STRIKER after half-time.")


def test_letters_a_case_blind_match_equates_with_ascii_still_count():
    # "ſ" (long s) and the Kelvin sign match "s" and "k" case-blind: the regex counts these words
    assert sports_report("Hearts won 3-0 at the ſtadium; the referee halted the \u212aick-off.")


def test_three_words_of_the_game_without_a_score_are_no_report():
    assert not sports_report("Gunmen attacked the stadium where the league's referee was staying.")


def test_war_news_is_no_sports_report():
    assert not sports_report("Rebels shelled the town on Monday, killing 4 people; the army said 2-3 villages "
                             "were hit and the front line held.")


@pytest.mark.parametrize("text, held", [
    ("ADF fighters raided a village near Beni.", True),  # initials opening the text
    ("Officials accused the SPLM-N of shelling Kadugli.", True),
    ("Anti-ADF fighters raided a village near Beni.", False),  # part of a hyphenated word
    ("The O'NEIL fighters raided a village.", False),  # after an apostrophe
    ("Police said U.S. fighters landed.", False),  # after a full stop: dotted initials
    ("ADFS fighters, QWERTYU fighters and ADF's fighters.", True),
    ("QWERTYU fighters and ADF's fighters.", False),  # too long; followed by an apostrophe
])
def test_initials_are_found_where_they_stand_alone(text, held):
    assert _may_hold_initials(text) is held


def test_a_liveblog_read_twice_takes_each_readings_own_day_headings(nlp):
    # what the day headings tell is kept while a text is read: the same text object, read again as an
    # article of another year, is dated by its own reading ("3 March" of that year), not the first's
    import datetime as dt

    from reading.document import Document

    text = ("Sahel live\n\nLive updates, 3 March\n\n"
            "10:05 GMT - Gunmen attacked a checkpoint near Djibo, killing three gendarmes.\n\n"
            "4 March\n\n07:40 GMT - A drone strike hit a market in Gao, killing five.")
    for year in (2026, 2025):
        doc = nlp(Document(id=f"blog{year}", text=text, published=dt.date(year, 3, 5)))
        days = {e.location.name: e.date.start for e in doc.events if not e.planned and not e.background}
        assert days.get("near Djibo") == dt.date(year, 3, 3), days
        assert days.get("Gao") == dt.date(year, 3, 4), days



def test_a_datelines_end_kept_for_one_text_is_not_another_texts():
    # what the dateline reading keeps is kept per text object: the same offset in another text is read afresh
    wired, plain = "KHARTOUM, May 3 - Drones struck a fuel depot.", "Drones struck a fuel depot in Omdurman."
    copy = "".join(["KHARTOUM, May 3 - Drones struck", " a fuel depot."])
    for _ in range(2):  # asked again, alternately: the same answers
        assert dateline_end(wired, 0) == wired.index("Drones")
        assert dateline_end(plain, 0) == 0
        assert dateline_end(copy, 0) == copy.index("Drones")


def test_many_acts_on_record_read_for_each_text_at_the_same_offsets():
    # the same span of two texts: raids on record in one, a raid told in the other
    record = "Bandits have carried out several raids near Gusau."
    told = "Bandits hid in the hills before  raids near Gusau."
    at = record.index("raids")
    assert told.index("raids") == at and len(told) == len(record)
    for _ in range(2):  # asked again, alternately: the same answers
        assert _many_done(record, at, at + 5, 0, len(record))
        assert not _many_done(told, at, at + 5, 0, len(told))
