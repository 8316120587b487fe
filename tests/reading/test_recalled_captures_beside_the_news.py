"""A capture recalled with a day of its own beside the news ("The RSF, which seized Sennar in May, shelled X on
Sunday, killing eight"; "After capturing Kidal in January, the army built a base there") keeps its event at that
day, but takes in nothing of the main clause: not its toll, not its victims, and it does not make the main
clause's killing its own toll. Told a year before the story, it draws no zone today and does not contest the zone
the news draws. Sentences of our own."""

from reading.corpus import read_text
from tests.reading.mapped_events import mapped


def read(nlp, text, published="2025-06-11"):
    return nlp(read_text(text, doc_id="t", published=published))


def told(doc):
    return sorted((e.sub_event_type, e.location.name if e.location else None, str(e.date.start)[:7], e.fatalities)
                  for e in doc.events)


def test_the_main_clause_toll_is_not_the_recalled_captures(nlp):
    doc = read(nlp, "The RSF, which captured Wad Madani in December 2023, shelled El Obeid on Sunday, killing eight "
                    "people.")
    shelling = [e for e in doc.events if e.event_type == "Explosions/Remote violence"]
    capture = [e for e in doc.events if "territory" in e.sub_event_type]
    assert [e.fatalities for e in shelling] == [8], told(doc)
    assert [(e.fatalities, e.date.start.year) for e in capture] == [(None, 2023)], told(doc)


def test_a_toll_inside_the_relative_clause_stays_the_captures(nlp):
    doc = read(nlp, "The ADF, who seized Eringeti after killing 14 soldiers on 12 March, have since set up "
                    "checkpoints on the road.")
    capture = [e for e in doc.events if "territory" in e.sub_event_type]
    assert [(e.fatalities, str(e.date.start)) for e in capture] == [(14, "2025-03-12")], told(doc)


def test_the_main_clause_attack_is_an_event_of_its_own(nlp):
    doc = read(nlp, "Insurgents, who captured Palma in March 2024, raided a village near Macomia on Monday, killing "
                    "four.")
    attacks = [e for e in mapped(doc) if e.event_type == "Violence against civilians"]
    assert [(str(e.date.start), e.fatalities) for e in attacks] == [("2025-06-09", 4)], told(doc)


def test_the_main_clause_victims_are_not_the_captures_foe(nlp):
    doc = read(nlp, "M23, which seized Bunagana on 13 June 2022, ambushed a patrol near Rutshuru on Monday, killing "
                    "six soldiers.", published="2022-07-12")
    capture = [e for e in doc.events if "territory" in e.sub_event_type]
    assert [(e.actor1, e.actor2) for e in capture] == [("M23", "")], [(e.actor1, e.actor2) for e in capture]


def test_a_capture_told_in_an_opening_gerund_has_its_day_and_its_taker(nlp):
    doc = read(nlp, "After capturing Kidal in January, the Malian army built a new base there.")
    capture = [e for e in doc.events if "territory" in e.sub_event_type]
    assert [(e.sub_event_type, e.actor1, str(e.date.start)[:7]) for e in capture] == [
        ("Government regains territory", "Malian forces", "2025-01")], told(doc)


def test_a_gerund_after_since_is_a_recalled_capture(nlp):
    doc = read(nlp, "Since seizing the port of Hodeidah in March, the Houthis have fired missiles at ships.")
    capture = [e for e in doc.events if "territory" in e.sub_event_type]
    assert [(e.actor1, str(e.date.start)[:7], e.background) for e in capture] == [("Houthis", "2025-03", True)], told(doc)


def test_gerunds_that_tell_no_capture_make_none(nlp):
    doc = read(nlp, "After taking part in talks in Doha on Monday, the Taliban delegation flew home. Since taking "
                    "office, the president has visited Herat twice.")
    assert not [e for e in doc.events if "territory" in e.sub_event_type], told(doc)


def test_a_capture_recalled_a_year_before_neither_draws_today_nor_contests_the_news(nlp):
    from layers.zones import zone_timeline
    doc = read(nlp, "The Sudanese army retook Singa on Monday, officials said. The RSF, which seized Singa in May "
                    "2024, shelled Sennar on Tuesday.")
    rows = zone_timeline(doc.claims, doc.events, published={doc.id: doc.published})
    got = sorted((r.faction, str(r.start), str(r.end), r.status) for r in rows.itertuples())
    # the RSF's hold is history, from its own month until the retaking; the army holds from Monday, uncontested
    assert got == [("RSF", "2024-05-01", "2025-06-09", "held"), ("SAF", "2025-06-09", "None", "held")], got


def test_a_gerund_inside_the_sentence_tells_no_capture_of_its_own(nlp):
    doc = read(nlp, "Houthi fighters withdrew from the town of Hays on Monday, a week after capturing it, and "
                    "government troops moved in hours later.")
    assert not [e for e in doc.events if "territory" in e.sub_event_type and str(e.date.start) < "2025-06-09"], \
        told(doc)
