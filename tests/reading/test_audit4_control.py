"""Audit 4 (unseen wire, live-blog, OCHA and ISW-style reports): control claims.
Sentences unlike the audit corpus's (other places and names)."""
import pytest

from reading.corpus import read_text


def read(nlp, text, published="2023-10-18"):  # a Wednesday
    return nlp(read_text(text, doc_id="t", published=published))


def claims(doc):
    return [(c.faction, c.relation, getattr(c.location, "name", None)) for c in doc.claims]


# --- an appositive after a capture names the former holder, not the new one --------------------


@pytest.mark.parametrize("text", [
    "Houthi fighters overran Marib, the main base of the government forces, on Sunday.",
    "Insurgents said on Friday they had seized Kidal, the headquarters of the army's eighth region.",
    "The rebels took control of Tessalit, the stronghold of the army in the north, after a week of fighting.",
])
def test_appositive_after_a_capture_is_no_hold_for_the_former_holder(nlp, text):
    got = claims(read(nlp, text))
    assert not [c for c in got if c[1] == "holds"], got


def test_appositive_without_a_capture_still_holds(nlp):
    got = claims(read(nlp, "Marib, the main base of the government forces, was shelled on Sunday."))
    assert ("government forces", "holds", "Marib") in got or any(c[1] == "holds" for c in got), got


# --- entering a town in a raid is an incursion, not a conquest -----------------------------------


@pytest.mark.parametrize("text", [
    "Indian troops killed two militants in a raid in Shopian district on Monday. Soldiers entered the town of Shopian "
    "before dawn, residents said.",
    "Police stormed Kirkuk during a search operation on Tuesday and detained 14 suspects.",
    "Soldiers entered Gao and Menaka in an arrest campaign on Friday, arresting six suspects.",
])
def test_entering_in_a_raid_takes_no_territory(nlp, text):
    doc = read(nlp, text)
    assert not [c for c in doc.claims if c.relation == "took"], claims(doc)
    assert not [e for e in doc.events if "territory" in e.sub_event_type], [e.sub_event_type for e in doc.events]


@pytest.mark.parametrize("text, place", [
    ("Rebels of the M23 swept into Uvira on Friday, meeting little resistance.", "Uvira"),
    ("Islamist fighters entered the town of Mocimboa da Praia on Sunday after the army withdrew.", "Mocímboa da Praia"),
])
def test_entering_a_town_still_takes_it(nlp, text, place):
    doc = read(nlp, text)
    assert [e for e in doc.events if "territory" in e.sub_event_type], [e.sub_event_type for e in doc.events]


# --- lists of villages "including" a town; slashed group names --------------------------------------


@pytest.mark.parametrize("text, relation, place", [
    ("The governor said Ukrainian troops held 74 settlements, including the town of Sudzha.", "holds", "Sudzha"),
    ("M23 rebels captured a dozen villages, including Rutshuru, on Monday.", "took", "Rutshuru"),
])
def test_n_villages_including_a_town(nlp, text, relation, place):
    got = claims(read(nlp, text))
    assert any(c[1] == relation and c[2] == place for c in got), got


def test_slashed_group_name_still_takes(nlp):
    got = claims(read(nlp, "M23/AFC took control of Bukavu on 16 February.", "2024-12-06"))
    assert any(c[1] == "took" and c[2] == "Bukavu" for c in got), got


# --- who held a place before it was taken; holds that ended; losses to someone ---------------------------


@pytest.mark.parametrize("text", [
    "Insurgents captured the army-held town of Diapaga on Tuesday after weeks of fighting.",
    "The rebels seized the government-controlled city of Kalehe on Sunday.",
])
def test_held_by_the_loser_is_no_hold_after_a_capture(nlp, text):
    got = claims(read(nlp, text))
    assert not [c for c in got if c[1] == "holds"], got


def test_held_without_a_capture_still_holds(nlp):
    got = claims(read(nlp, "The government-controlled city of Kassala was shelled by the RSF on Monday."))
    assert any(c[1] == "holds" and c[2] == "Kassala" for c in got), got


def test_a_hold_that_ended_is_no_hold(nlp):
    got = claims(read(nlp, "Menaka had been under the control of the Islamic State since 2022 until the army retook it."))
    assert not [c for c in got if c[1] == "holds"], got


def test_lost_to_someone_is_their_capture(nlp):
    got = claims(read(nlp, "The Somali army lost control of Adale to al-Shabaab in March."))
    assert any(c[1] == "took" and c[0].lower() == "al-shabaab" and c[2] in ("Adale", "Cadale") for c in got), got


def test_left_again_is_no_capture(nlp):
    doc = read(nlp, "ISWAP fighters overran the town of Marte before withdrawing hours later.")
    assert not [e for e in doc.events if "territory" in e.sub_event_type], [e.sub_event_type for e in doc.events]
    assert not [c for c in claims(doc) if c[1] == "took"], claims(doc)


def test_a_relative_clause_date_is_not_the_capture_date(nlp):
    doc = read(nlp, "The army retook the village of Kumba, which the separatists had seized last week.")
    assert [str(c.date.start) for c in doc.claims if c.relation == "took"] == ["2023-10-18"], claims(doc)


def test_denied_capture_is_no_capture(nlp):
    doc = read(nlp, "The Kachin Independence Army denied that it had captured Bhamo.")
    assert not [e for e in doc.events if "territory" in e.sub_event_type], [e.sub_event_type for e in doc.events]


# --- coming back after the other side left; assessments' hedges; abandoned positions ---------------------


@pytest.mark.parametrize("text, faction, relation, place", [
    ("Somali army troops returned to the town of Bulo Burde on Monday after al-Shabaab fighters withdrew.",
     "Somali forces", "took", "Buulobarde"),
    ("Russian forces likely seized Kurakhove, according to geolocated footage.", "Russian forces", "took", "Kurakhove"),
    ("Government forces abandoned their positions in Debre Tabor and retreated to Bahir Dar.",
     "Ethiopian forces", "withdrew", "Debre Tabor"),  # (au11: the government of the article's one land)
])
def test_audit4_batch4_claims(nlp, text, faction, relation, place):
    got = claims(read(nlp, text))
    assert any(c[0] == faction and c[1] == relation and place in c[2] for c in got), got


@pytest.mark.parametrize("text", [
    "Residents returned to Bulo Burde after the fighters left.",
    "The army chief returned to Khartoum on Monday.",
    "Government forces abandoned their positions in Debre Tabor and retreated to Bahir Dar.",
])
def test_nobody_takes_by_coming_back_or_retreating_to(nlp, text):
    got = claims(read(nlp, text))
    assert not [c for c in got if c[1] == "took"], got
    assert not [c for c in got if "Bahir" in c[2]], got
