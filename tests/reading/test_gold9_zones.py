"""The ninth events gold (``bench/data/events_gold9.jsonl``): the zone error classes of its first run, on
sentences of their own (other conflicts, places and names than the gold's): a region named only to say where
a taken town lies ("seize North Kordofan town", "the capital of Amhara region", "several towns in Chin
State"), and a claimed capture the next sentence denies or leaves unconfirmed."""
from layers.zones import zone_timeline
from reading.corpus import read_text


def read(nlp, title, body, published="2026-05-02"):
    return nlp(read_text(f"{title}\n\n{body}", doc_id="t", published=published, title=title))


def claims(doc):
    return sorted((c.faction, c.relation, c.location.name) for c in doc.claims)


def held(doc):
    """The held zone rows drawn from the article: (faction, lat, lon of a point inside), sorted."""
    frame = zone_timeline(doc.claims, doc.events, published={doc.id: doc.published})
    out = []
    for row in frame.itertuples():
        if row.status == "held":
            p = row.geometry.representative_point()
            out.append((row.faction, round(p.y, 1), round(p.x, 1)))
    return sorted(out)


# (a) a region or country named only to say where the settlement taken lies: no zone over the region
def test_a_town_of_a_region_taken_draws_no_zone_over_the_region(nlp):
    doc = read(nlp, "Sudan fighting", "KHARTOUM, May 2 - RSF fighters seized a North Kordofan town on Thursday, "
                                      "residents said.")
    assert held(doc) == []
    doc = read(nlp, "Fano fighters seize capital of Amhara region, residents say",
               "ADDIS ABABA, May 2 - Heavy fighting was reported in northern Ethiopia, residents said.")
    assert held(doc) == []
    assert claims(doc) == []


def test_several_towns_of_a_region_retaken_draw_no_zone_over_the_region(nlp):
    doc = read(nlp, "Myanmar", "YANGON, May 2 - The junta has retaken several towns in southern Chin State this year.")
    assert held(doc) == []


def test_a_region_itself_taken_is_still_drawn(nlp):
    doc = read(nlp, "Congo", "KINSHASA, May 2 - M23 took control of South Kivu province on Thursday.")
    assert ("M23", "took") in {(f, r) for f, r, _ in claims(doc)}
    assert [f for f, _, _ in held(doc)] == ["M23"]


def test_a_town_named_with_its_region_is_still_taken(nlp):
    doc = read(nlp, "Ethiopia", "ADDIS ABABA, May 2 - Fano fighters took Lalibela, a town in Amhara region, on Thursday.")
    assert claims(doc) == [("Fano", "took", "Lalibela")]
    assert [f for f, _, _ in held(doc)] == ["Fano"]


# (b) a capture one side claims, which the next sentence denies or says is not confirmed: a fight, no zone
def test_a_claimed_capture_the_next_sentence_denies_draws_no_zone(nlp):
    doc = read(nlp, "Sudan", "KHARTOUM, May 2 - The RSF said its fighters had taken Bara on Thursday. "
                             "The army denied the town had fallen.")
    assert claims(doc) == []
    assert held(doc) == []
    assert [(e.event_type, e.sub_event_type) for e in doc.events] == [("Battles", "Armed clash")]


def test_a_claimed_capture_left_unconfirmed_draws_no_zone(nlp):
    doc = read(nlp, "Ukraine", "KYIV, May 2 - Ukraine says it has retaken Kupiansk and Lyman. "
                               "Moscow has not confirmed those losses.")
    assert claims(doc) == []
    assert held(doc) == []


def test_a_claimed_capture_confirmed_is_drawn(nlp):
    doc = read(nlp, "Ukraine", "KYIV, May 2 - Ukraine says it has retaken Kupiansk and Lyman. "
                               "Moscow has confirmed the losses.")
    assert {p for _, r, p in claims(doc) if r == "took"} == {"Kupyansk", "Lyman"}
    assert len(held(doc)) == 2
