"""Captures of ground nobody names, and roads as places (evw).

* settlements taken by their surroundings ("seized three villages near X", "a string of hamlets north of
  X", "villages on the road to X") are territory events placed there (near X, precision 2), typed by who
  took them (a state's side regains, a non-state side overtakes); X did not change hands: no zone for it;
* posts, positions, hills and roads taken there ("several outposts along the road to X", "two checkpoints
  outside X", "a hilltop near X", "the highway near X", "the road to X") are a fight there, no zone;
* "on/along the road to X" places any event near X (precision 2), not in X; "the road between X and Y"
  between them;
* not ground: "the road to peace", "villages were seized by fear", "seized weapons", "seized three vehicles".

Sentences of their own (other places, countries and sides than any gold's)."""
from layers.zones import zone_timeline
from reading.corpus import read_text


def read(nlp, text, published="2025-09-14"):
    return nlp(read_text(text, doc_id="t", published=published))


def events(doc):
    return [(e.sub_event_type, getattr(e.location, "name", None), getattr(e.location, "precision", None))
            for e in doc.events]


def held(doc):
    """The held zones the article draws, by faction."""
    frame = zone_timeline(doc.claims, doc.events, published={doc.id: doc.published})
    return sorted(row.faction for row in frame.itertuples() if row.status == "held")


# -- settlements taken near a town: the settlements changed hands, not the town ---------------------------

def test_villages_taken_near_a_town_are_territory_near_it_without_its_zone(nlp):
    doc = read(nlp, "The Sudanese army recaptured four villages near El Obeid on Saturday.")
    assert events(doc) == [("Government regains territory", "near El Obeid", 2)], events(doc)
    assert "four villages" in doc.events[0].location_note
    assert doc.claims == [] and held(doc) == []


def test_hamlets_north_of_a_town_taken_by_a_rebel_group(nlp):
    doc = read(nlp, "M23 rebels captured a string of hamlets north of Goma on Tuesday.")
    assert [(s, p) for s, _, p in events(doc)] == [("Non-state actor overtakes territory", 2)], events(doc)
    assert held(doc) == []


def test_villages_on_the_road_to_a_town(nlp):
    doc = read(nlp, "Houthi fighters took control of several villages on the road to Marib on Sunday.")
    assert events(doc) == [("Non-state actor overtakes territory", "near Ma'rib", 2)], events(doc)
    assert held(doc) == []


def test_villages_falling_or_seized_in_a_headline_draw_no_zone_for_the_town(nlp):
    doc = read(nlp, "Two hamlets east of Kidal fell to the Malian army on Wednesday.")
    assert [(s, p) for s, _, p in events(doc)] == [("Government regains territory", 2)], events(doc)
    assert doc.claims == [] and held(doc) == []
    doc = read(nlp, "Arakan Army seizes villages near Kyaukphyu")
    assert doc.claims == [] and held(doc) == [], doc.claims


def test_named_villages_are_still_the_places_taken(nlp):
    doc = read(nlp, "Houthi fighters seized the towns of Harib and Marib on Sunday.")
    assert not [e for e in doc.events if e.location_note], [e.location_note for e in doc.events]


def test_the_town_itself_taken_still_draws_its_zone(nlp):
    doc = read(nlp, "Houthi fighters seized Marib on Sunday.")
    assert [s for s, _, _ in events(doc)] == ["Non-state actor overtakes territory"]
    assert held(doc) == ["Houthis"], held(doc)


# -- posts, hills and roads taken: a fight there ------------------------------------------------------------

def test_outposts_along_the_road_to_a_town_are_a_fight_near_it(nlp):
    doc = read(nlp, "The Arakan Army seized several outposts along the road to Sittwe on Friday.")
    assert events(doc) == [("Armed clash", "near Sittwe", 2)], events(doc)
    assert doc.claims == []


def test_checkpoints_and_a_hilltop_taken(nlp):
    doc = read(nlp, "Fano militiamen seized two checkpoints outside Gondar on Sunday.")
    assert [(s, p) for s, _, p in events(doc)] == [("Armed clash", 2)], events(doc)
    doc = read(nlp, "Ukrainian troops recaptured a hilltop near Bakhmut on Monday.")
    assert events(doc) == [("Armed clash", "near Bakhmut", 2)], events(doc)


def test_the_road_to_a_town_taken_is_a_fight_near_it_not_the_town(nlp):
    doc = read(nlp, "Taliban fighters captured the road to Kandahar on Thursday.")
    assert events(doc) == [("Armed clash", "near Kandahār", 2)], events(doc)
    assert doc.claims == [] and held(doc) == []
    doc = read(nlp, "Al-Shabaab fighters took control of the highway near Afgoye on Wednesday.")
    assert [(s, p) for s, _, p in events(doc)] == [("Armed clash", 2)], events(doc)


# -- roads as places of any event --------------------------------------------------------------------------

def test_an_ambush_on_the_road_to_a_town_is_near_it(nlp):
    doc = read(nlp, "Bandits attacked a bus along the highway to Kaduna on Monday.")
    assert [(n, p) for _, n, p in events(doc)] == [("near Kaduna", 2)], events(doc)
    doc = read(nlp, "Gunmen ambushed an army convoy on the main road to Mopti on Friday.")
    assert [(n, p) for _, n, p in events(doc)] == [("near Mopti", 2)], events(doc)


def test_the_road_between_two_towns(nlp):
    doc = read(nlp, "Militants ambushed a police patrol on the road between Bannu and Lakki Marwat on Friday.")
    assert [(e.location.relation, e.location.precision) for e in doc.events] == [("between", 2)], events(doc)
    doc = read(nlp, "Fano fighters captured two villages on the road between Gondar and Bahir Dar on Monday.")
    assert [(e.sub_event_type, e.location.relation) for e in doc.events] == [
        ("Non-state actor overtakes territory", "between")], events(doc)
    assert held(doc) == []


# -- not ground taken ------------------------------------------------------------------------------------------

def test_no_ground_taken(nlp):
    for text in ("Leaders in Juba said the road to peace was long.",
                 "The villages near Kidal were seized by fear after the convoy passed.",
                 "Soldiers seized weapons near Maiduguri on Friday.",
                 "The militia seized three vehicles near Kidal on Friday."):
        doc = read(nlp, text)
        assert not [e for e in doc.events if e.event_type == "Battles"], (text, events(doc))
        assert doc.claims == [], text
