"""An assessment's summary lines and its sources' unconfirmed claims: a "Key Takeaways" line with no day whose place
the report tells again below with its day is that detail's summary (no second event at the publication day); a gain
summed up as "recently liberated a village in the X direction" likewise; a side's claim the assessment has not
confirmed is shown as such (``alleged``)."""
from reading.corpus import read_text
from tests.reading.mapped_events import mapped


def read(nlp, text, published="2026-05-06"):
    return mapped(nlp(read_text(text, doc_id="t", published=published)))


def test_a_takeaway_strike_told_below_with_its_day_is_one_event(nlp):
    evs = read(nlp, "Key Takeaways: Russian forces struck a fuel depot near Kramatorsk. Ukrainian forces struck an oil "
                    "depot in Belgorod Oblast.\n\nUkrainian drones struck an oil depot in Belgorod Oblast on the night "
                    "of May 4 to 5, Russian officials said.")
    belgorod = [e.date.start.isoformat() for e in evs if "Belgorod" in e.location.name]
    assert belgorod == ["2026-05-04"], belgorod


def test_a_takeaway_with_no_detail_below_stays(nlp):
    evs = read(nlp, "Key Takeaways: Ukrainian forces struck an oil depot in Belgorod Oblast.\n\nRussian forces "
                    "shelled Nikopol on May 5, regional officials said.")
    assert any("Belgorod" in e.location.name for e in evs), [e.location.name for e in evs]


def test_a_village_recently_liberated_in_a_direction_is_its_details_summary(nlp):
    # (a guard: such a line drew a gain at the axis's town on the publication day in a long assessment)
    evs = read(nlp, "Key Takeaways: Ukrainian forces recently liberated a village in the Kostiantynivka direction. "
                    "Russian forces shelled Kherson on May 5.\n\nThe 24th Brigade reported on May 4 that Ukrainian "
                    "forces had liberated Shcherbynivka, east of Kostiantynivka.")
    assert not [e for e in evs if "territory" in e.sub_event_type and e.date.start.isoformat() == "2026-05-06"], \
        [(e.sub_event_type, e.location.name, e.date) for e in evs]


def test_a_claim_the_assessment_has_not_confirmed_is_shown_as_a_claim(nlp):
    evs = read(nlp, "KYIV, May 6 - Russian milbloggers claimed that Russian forces advanced near Vovchansk, but ISW "
                    "has not observed confirmation of this claim.")
    assert [e.alleged for e in evs] == ["unconfirmed claim"], [(e.event_type, e.alleged) for e in evs]
    evs = read(nlp, "KYIV, May 6 - Russian forces advanced near Vovchansk on May 5, the general staff said.")
    assert [e.alleged for e in evs] == [""]
