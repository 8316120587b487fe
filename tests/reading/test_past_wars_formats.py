"""ev19 (events gold 19: past wars in the formats of their time): a monitoring transcript's header dates its
"this morning" and "yesterday"; a side "moving into" or "entering" a place after the other side left takes it
unopposed, as does a capture whose next sentence tells the entry unopposed; an attack named by its bomb is a
bombing; the Islamic State's long names are the group, not the Levant; "the Old City" of one war is not another
country's; a correction's account of what an earlier version said is no event; neighbours throwing stones at each
other riot; a stronghold the gazetteer lacks is still taken; houses burned and boats blown up in port are property
destroyed. Sentences of our own, with the real gazetteer and pipeline."""
import pytest

from tests.reading.mapped_events import kinds, mapped, place_names, read_article

_TRANSFER = ("Strategic developments", "Non-violent transfer of territory")


def _days(evs):
    return [(e.location.name, e.date.start.isoformat()) for e in evs]


def test_a_transcripts_header_dates_its_this_morning_and_yesterday(nlp):
    body = ("Text of report by Ukrainian Inter television on 4 March\n\n"
            "[Presenter] Ukrainian troops have entered Kupiansk this morning after fierce fighting on the outskirts.\n\n"
            "[Correspondent] Yesterday evening, Russian shelling hit Izium, killing two people, the governor said.\n\n"
            "(Source: Inter TV, Kyiv, in Ukrainian 1500 gmt 4 Mar 24)")
    doc = read_article(nlp, "Ukrainian troops enter Kupiansk - TV\n\n" + body, "2024-03-05")
    assert sorted(_days(mapped(doc))) == [("Izyum", "2024-03-03"), ("Kupyansk", "2024-03-04")], doc.events


def test_without_a_header_the_publication_day_counts(nlp):
    doc = read_article(nlp, "Ukrainian troops entered Kupiansk this morning after fierce fighting. Yesterday evening, "
                            "Russian shelling hit Izium, killing two people.", "2024-03-05")
    assert sorted(_days(mapped(doc))) == [("Izyum", "2024-03-04"), ("Kupyansk", "2024-03-05")], doc.events
