"""An event told after a lag ("..., days after air strikes in X") and one that only frames the fight told
("The clashes followed a landmine blast on Wednesday"): each keeps its own place and day.
Sentences of our own."""
from tests.reading.mapped_events import read_article


def test_the_earlier_events_place_is_not_the_later_ones(nlp):
    doc = read_article(nlp, "Indian and Chinese troops exchanged fire along their border overnight, officials said "
                            "on Sunday, days after air strikes in Lhasa.", "2025-10-12")
    clash = [e for e in doc.events if e.sub_event_type == "Armed clash"]
    strike = [e for e in doc.events if e.sub_event_type == "Air/drone strike"]
    assert clash and strike, [(e.sub_event_type, e.location) for e in doc.events]
    assert clash[0].location is None or clash[0].location.name != "Lhasa"
    assert strike[0].location is not None and strike[0].location.name == "Lhasa"


def test_a_capture_told_before_the_lag_keeps_its_town(nlp):
    doc = read_article(nlp, "Rebels seized Goma on Monday, a day after taking Bukavu.", "2025-10-12")
    assert [e.location.name for e in doc.events] == ["Goma", "Bukavu"]


def test_fighting_that_followed_a_blast_is_the_fighting_told(nlp):
    doc = read_article(nlp, "Troops and rebels fought near Kalemie on Friday. The clashes followed a landmine blast "
                            "on Wednesday that wounded five soldiers in Moba.", "2025-10-12")
    clashes = [e for e in doc.events if e.sub_event_type == "Armed clash"]
    assert len(clashes) == 1 and str(clashes[0].date.start) == "2025-10-10", [
        (e.sub_event_type, str(e.date.start)) for e in doc.events]
    assert any(e.sub_event_type == "Remote explosive/landmine/IED" and str(e.date.start) == "2025-10-08"
               for e in doc.events)


def test_the_fighting_in_a_region_that_follows_a_capture_is_the_fighting_told(nlp):
    doc = read_article(nlp, "Rebels shelled army positions near Kindu on Monday, officials said.\n\nThe fighting in "
                            "Maniema follows the rebels' capture of Punia on Oct. 26.", "2025-11-04")
    clashes = [e for e in doc.events if e.sub_event_type == "Armed clash" and str(e.date.start) == "2025-10-26"]
    assert clashes == [], [(e.sub_event_type, str(e.date.start)) for e in doc.events]


def test_days_after_with_no_count_is_some_days_not_one(nlp):
    doc = read_article(nlp, "Three militants were killed in a gunfight in Kupwara on Monday, police said, days after "
                            "two soldiers died in a clash in Rajouri.", "2024-09-09")
    earlier = [e for e in doc.events if e.date is not None and e.date.start < e.date.end]
    assert len(earlier) == 1 and earlier[0].date.precision == "week", [(e.location, e.date) for e in doc.events]
    assert str(earlier[0].date.start) < "2024-09-08" <= str(earlier[0].date.end), earlier[0].date
