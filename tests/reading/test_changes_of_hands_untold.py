"""A change of hands told without "captured/seized/took": a side walking into a town unopposed, the
fall of a place to a side (as a noun, or gained as "control"), a town falling as a side moves in, a
side parading through a town. Figurative uses draw nothing ("walked into a trap", "the fall of the
government", "the pound fell"), nor do people who are no side coming in ("refugees walked into")."""
import pytest

from reading.corpus import read_text


def read(nlp, title, body, published="2026-05-02"):
    return nlp(read_text(f"{title}\n\n{body}", doc_id="t", published=published, title=title))


def claims(doc):
    return sorted((c.faction, c.relation, c.location.name) for c in doc.claims)


def captures(doc):
    return [e for e in doc.events if "territory" in e.sub_event_type and not e.planned and not e.background]


@pytest.mark.parametrize("title, body, faction, place", [
    ("Rebels reach Uvira", "KINSHASA, May 2 - M23 fighters walked into Uvira unopposed on Thursday.", "M23", "Uvira"),
    ("Town changes hands", "KHARTOUM, May 2 - RSF fighters strolled into Bara on Thursday after the army left.",
     "RSF", "Bārah"),
])
def test_walking_into_a_town_takes_it(nlp, title, body, faction, place):
    doc = read(nlp, title, body)
    assert (faction, "took", place) in claims(doc)
    assert [(e.actor1, e.location.name) for e in captures(doc)] == [(faction, place)]


@pytest.mark.parametrize("body, faction, place", [
    ("KINSHASA, May 2 - The fall of Uvira to M23 on Thursday opens the road to Burundi.", "M23", "Uvira"),
    ("KINSHASA, May 2 - The fall of Uvira on Thursday gave M23 control of the road to Burundi.", "M23", "Uvira"),
    ("KHARTOUM, May 2 - Bara fell without a fight on Thursday as RSF fighters moved in.", "RSF", "Bārah"),
    ("KHARTOUM, May 2 - Bara fell on Thursday when the RSF entered it.", "RSF", "Bārah"),
    ("KHARTOUM, May 2 - Bara fell without a fight to the RSF on Thursday.", "RSF", "Bārah"),
])
def test_a_fall_told_with_its_taker_takes_it(nlp, body, faction, place):
    assert (faction, "took", place) in claims(read(nlp, "A town falls", body))


def test_a_parade_through_a_town_holds_it(nlp):
    doc = read(nlp, "Victory parade", "KINSHASA, May 2 - M23 rebels paraded through the centre of Uvira on Thursday.")
    assert claims(doc) == [("M23", "holds", "Uvira")]


@pytest.mark.parametrize("title, body", [
    ("Ambush", "KYIV, May 2 - Russian troops walked into a trap near Bakhmut on Thursday."),
    ("Politics", "KHARTOUM, May 2 - Since the fall of the government in Khartoum, the RSF has grown."),
    ("Currency", "KHARTOUM, May 2 - The pound fell to a record low in Khartoum as RSF fighters moved in."),
    ("Refugees", "N'DJAMENA, May 2 - Thousands of refugees walked into Adre on Thursday."),
    ("Refugees", "N'DJAMENA, May 2 - Thousands of refugees entered Adre on Thursday, fleeing the RSF."),
    ("Displaced", "KINSHASA, May 2 - Thousands of displaced people walked into Goma on Thursday."),
    ("March", "CAIRO, May 2 - Protesters marched into Tahrir Square on Thursday."),
])
def test_figurative_falls_and_unarmed_crowds_take_nothing(nlp, title, body):
    doc = read(nlp, title, body)
    assert [c for c in doc.claims if c.relation in ("took", "holds")] == []
    assert captures(doc) == []
