"""A capture recalled with no day of its own, in a relative clause about its taker or in the narrator's pluperfect,
happened before the news on a day the text does not tell: no event and no change of hands at the report's day
(which would hand the place back to a side that has since lost it). A told day keeps it, as do the news told in
the pluperfect by someone ("the army said it had retaken X")."""
from reading.corpus import read_text
from tests.reading.mapped_events import mapped


def read(nlp, text, published="2026-05-06"):
    return nlp(read_text(text, doc_id="t", published=published))


def takers(doc):
    return sorted((c.faction, c.relation) for c in doc.claims)


def captures(doc):
    return sorted(e.actor1 for e in mapped(doc) if "territory" in e.sub_event_type)


def test_a_capture_in_a_relative_clause_with_no_day_is_no_news(nlp):
    doc = read(nlp, "KHARTOUM, May 6 - The army said on Wednesday it had retaken Um Ruwaba. The RSF, which captured "
                    "Um Ruwaba, did not comment.")
    assert captures(doc) == ["SAF"], captures(doc)
    assert takers(doc) == [("SAF", "took")], takers(doc)


def test_a_pluperfect_relative_clause_is_history_too(nlp):
    doc = read(nlp, "DAMASCUS, May 6 - Government forces retook Saraqeb on Tuesday, state media said. HTS, which had "
                    "overrun the town, made no comment.")
    assert [c.faction for c in doc.claims if c.faction != "Hayat Tahrir al-Sham"] == [c.faction for c in doc.claims]
    assert all(e.actor1 != "Hayat Tahrir al-Sham" for e in mapped(doc)), [(e.actor1, e.sub_event_type) for e in mapped(doc)]


def test_a_narrated_pluperfect_capture_with_no_day_is_no_news(nlp):
    doc = read(nlp, "BAMAKO, May 6 - The army retook Léré on Tuesday, officials said. JNIM fighters had entered Léré "
                    "after the soldiers withdrew.")
    assert all(c.faction != "JNIM" for c in doc.claims), takers(doc)
    assert captures(doc) == ["army"] or "JNIM" not in captures(doc), captures(doc)


def test_a_recalled_capture_with_its_day_keeps_that_day(nlp):
    doc = read(nlp, "GOMA, May 6 - M23 rebels, who took Bukavu in February, attacked army positions near Uvira on "
                    "Monday, local officials said.")
    took = [c for c in doc.claims if c.relation == "took"]
    assert [(c.faction, c.date.start.month) for c in took] == [("M23", 2)], [(c.faction, c.date) for c in took]


def test_a_pluperfect_told_by_someone_is_the_news(nlp):
    doc = read(nlp, "JUBA, May 6 - The army said its troops had recaptured the town of Nasir after heavy fighting "
                    "with the White Army.")
    assert len(captures(doc)) == 1, captures(doc)


def test_a_pluperfect_done_by_a_time_of_the_day_is_the_news(nlp):
    doc = read(nlp, "KHARTOUM, May 6 - RSF fighters attacked Um Ruwaba on Tuesday. By nightfall, the RSF had captured "
                    "Um Ruwaba.")
    assert captures(doc) == ["RSF"], captures(doc)
    assert takers(doc) == [("RSF", "took")], takers(doc)
