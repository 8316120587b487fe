"""The ninth events gold (``bench/data/events_gold9.jsonl``): event error classes of its first run, on sentences
of their own (other conflicts, places and names than the gold's): an analyst's forecast or judgment opened by its
label ("Outlook:", "Bottom line:", "Assessment."), and the losing side's claimed toll "in the fighting" told after
the fight, which split the winner's zone."""
from layers.zones import zone_timeline
from reading.corpus import read_text
from tests.reading.mapped_events import kinds, mapped


def read(nlp, text, published="2026-05-06", title=None):
    return nlp(read_text(text, doc_id="t", published=published, title=title))


# (a) an analyst's forecast or judgment, opened by its label, is no event
def test_labelled_forecasts_and_judgments_are_no_events(nlp):
    for text in ("Outlook: al-Shabaab is likely to step up its attacks on army bases in Hiraan after the rains.",
                 "Bottom line: the Houthis kept up missile attacks on shipping this month while talks stalled.",
                 "Looking ahead: the militia will probably try to retake Kamanyola before the elections.",
                 "Assessment.\n\nThe insurgents are likely to try another push towards Pemba and to intensify "
                 "ambushes on the coastal road."):
        assert mapped(read(nlp, text)) == [], text


def test_a_dated_event_without_a_label_is_still_read(nlp):
    evs = mapped(read(nlp, "On Monday, al-Shabaab fighters attacked an army base in Beledweyne, killing four soldiers."))
    assert kinds(evs) == [("Battles", "Armed clash")], kinds(evs)


# (b) the losing side's claimed toll "in the fighting", told after the capture, is that fight's
def test_a_claimed_toll_in_the_fighting_told_after_is_no_new_clash(nlp):
    text = ("The army retook Kamanyola on Tuesday after a week-long offensive, officials said on Wednesday. M23, which "
            "had held Kamanyola since February, confirmed that its fighters had withdrawn from the town and said it had "
            "killed dozens of soldiers in the fighting.")
    doc = read(nlp, text, published="2026-05-20")
    assert kinds(mapped(doc)) == [("Battles", "Government regains territory")], kinds(mapped(doc))
    frame = zone_timeline(doc.claims, doc.events, published={doc.id: doc.published})
    held = frame[frame.status == "held"]
    # the army's zone from the day it retook the town, not cut by a clash read from the loser's toll
    assert [str(d) for d in held.start] == ["2026-05-19"]


def test_a_claimed_toll_of_its_own_fight_is_still_read(nlp):
    text = "The rebels said they had killed 12 soldiers in an ambush near Kamanyola on Tuesday."
    assert kinds(mapped(read(nlp, text))) == [("Battles", "Armed clash")]
