"""geoparse: toponyms with offsets and coordinates; JSON Lines that never crash."""
from __future__ import annotations

import json

import pytest

from reading.geoparse import TOPONYM_KEYS, geoparse, geoparse_jsonl
from tests.reading.test_toponyms import FakeGazetteer


@pytest.fixture(scope="module")
def gaz():
    return FakeGazetteer()


def test_toponyms_have_the_documented_keys(gaz):
    (t,) = geoparse("Shelling hit Misrata.", gazetteer=gaz)
    assert tuple(t) == TOPONYM_KEYS


def test_toponym_offsets_and_coordinates(gaz):
    text = "Shelling hit Misurata overnight."
    (t,) = geoparse(text, gazetteer=gaz)
    assert text[t["start"] : t["end"]] == "Misurata"
    assert (t["name"], t["geonameid"], t["kind"], t["precision"]) == ("Misrata", 2214846, "city", 1)
    assert t["lat"] == pytest.approx(32.375)


def test_name_inside_a_relative_phrase_is_a_toponym(gaz):
    text = "Clashes in the suburbs to the south of Tripoli, Libya."
    names = [text[t["start"] : t["end"]] for t in geoparse(text, gazetteer=gaz)]
    assert names == ["Tripoli", "Libya"]


def test_between_gives_both_names(gaz):
    text = "The road between Sirte and Misrata was cut."
    assert [t["name"] for t in geoparse(text, gazetteer=gaz)] == ["Sirte", "Misrata"]


def test_references_and_demonyms_are_not_toponyms(gaz):
    assert geoparse("Chadian troops entered the capital.", gazetteer=gaz) == []


def test_country_is_precision_3(gaz):
    (t,) = geoparse("Fighting in Sudan.", gazetteer=gaz)
    assert (t["kind"], t["precision"], t["geonameid"]) == ("country", 3, 366755)  # GeoNames' Sudan


def test_context_resolves_tripoli_in_lebanon(gaz):
    out = geoparse("Lebanese soldiers patrolled Tripoli.", gazetteer=gaz)
    assert out[0]["geonameid"] == 266826


def test_unresolved_name_is_listed_without_coordinates(gaz):
    (t,) = geoparse("Umm Qasr was quiet.", gazetteer=gaz)
    assert t["name"] == "Umm Qasr" and t["lat"] is None and t["geonameid"] is None


def test_toponyms_in_text_order(gaz):
    out = geoparse("Kyiv, Kharkiv and Ukraine's east; Russia said nothing.", gazetteer=gaz)
    assert [t["start"] for t in out] == sorted(t["start"] for t in out)
    assert [t["name"] for t in out] == ["Kyiv", "Kharkiv", "Ukraine", "Russia"]


def test_empty_text(gaz):
    assert geoparse("   ", gazetteer=gaz) == []


def test_rejects_non_text(gaz):
    with pytest.raises(TypeError, match="text"):
        geoparse(None, gazetteer=gaz)


def test_jsonl_maps_id_and_toponyms(gaz):
    (line,) = geoparse_jsonl(['{"id": "a1", "text": "Drones hit Kharkiv."}'], gazetteer=gaz)
    obj = json.loads(line)
    assert obj["id"] == "a1" and [t["name"] for t in obj["toponyms"]] == ["Kharkiv"]


def test_jsonl_bad_lines_give_errors_with_line_numbers(gaz):
    lines = ['{"id": 1, "text": "Sirte"}', "not json", "[1, 2]", '{"id": 4}',
             '{"id": 5, "text": 7}', '{"id": 6, "text": "Benghazi"}']
    out = [json.loads(x) for x in geoparse_jsonl(lines, gazetteer=gaz)]
    assert [o.get("line") for o in out] == [None, 2, 3, 4, 5, None]
    assert [o["id"] for o in out] == [1, None, None, 4, 5, 6]
    assert all(o["error"].startswith("Geoparse input line") for o in out[1:5])


def test_jsonl_skips_blank_lines(gaz):
    out = list(geoparse_jsonl(["\n", '{"id": 2, "text": "Sirte"}\n', "  "], gazetteer=gaz))
    assert len(out) == 1


def test_jsonl_failure_inside_one_article_does_not_stop_the_stream(gaz):
    class Broken(FakeGazetteer):
        def find_names(self, text):
            if "boom" in text:
                raise RuntimeError("boom")
            return super().find_names(text)

    lines = ['{"id": 1, "text": "boom"}', '{"id": 2, "text": "Sirte"}']
    out = [json.loads(x) for x in geoparse_jsonl(lines, gazetteer=Broken())]
    assert "RuntimeError" in out[0]["error"] and out[1]["toponyms"][0]["name"] == "Sirte"


def test_jsonl_accepts_bytes_lines(gaz):
    (line,) = geoparse_jsonl([b'{"id": 1, "text": "Sirte"}'], gazetteer=gaz)
    assert json.loads(line)["toponyms"][0]["geonameid"] == 2210554


def test_jsonl_rejects_a_single_string(gaz):
    with pytest.raises(TypeError, match="lines"):
        list(geoparse_jsonl('{"id": 1, "text": "Sirte"}', gazetteer=gaz))


def test_jsonl_keeps_non_ascii_text(gaz):
    (line,) = geoparse_jsonl(['{"id": "é", "text": "Sirte"}'], gazetteer=gaz)
    assert '"é"' in line


# ----------------------------------------------------------------------------- real gazetteer


@pytest.fixture(scope="module")
def real_gaz():
    return pytest.importorskip("geo.gazetteer").load_gazetteer()


def test_real_geoparse_variants_and_context(real_gaz):
    text = "Fighters from Misurata moved towards Gharian, 80 km south of Tripoli, Libya."
    out = geoparse(text, gazetteer=real_gaz)
    assert [text[t["start"] : t["end"]] for t in out] == ["Misurata", "Gharian", "Tripoli", "Libya"]
    assert [t["geonameid"] for t in out[:3]] == [2214846, 2217362, 2210247]


def test_real_geoparse_lebanese_tripoli(real_gaz):
    out = geoparse("Lebanese troops deployed in Tripoli after clashes near Beirut.", gazetteer=real_gaz)
    assert out[0]["geonameid"] == 266826


def test_a_name_judged_no_place_here_is_left_out_but_the_pipeline_still_reports_it():
    """'Locust' and 'Hamas' are small far namesakes (Locust, US; Hamm, DE): plain geoparsing
    leaves them out; the reading pipeline keeps them as mentions that say why they are unplaced."""
    from geo.gazetteer import load_gazetteer
    from reading.document import Document
    from reading.pipeline import default_pipeline

    real = load_gazetteer()
    text = "Locust swarms moved into Somalia, where Hamas supporters also gathered, officials in Mogadishu said."
    names = [text[t["start"] : t["end"]] for t in geoparse(text, gazetteer=real)]
    assert names == ["Somalia", "Mogadishu"]
    doc = default_pipeline(gazetteer=real)(Document(id="x", text=text))
    doubted = [m for m in doc.mentions if m.text in ("Locust", "Hamas")]
    assert doubted and all(m.location is None and "probably not a place" in m.reason for m in doubted)


def test_a_far_small_namesake_gives_way_to_the_one_near_the_article():
    """'Palmyra' names small US towns first and Tadmur (Syria) by its English name: next to
    Deir ez-Zor, the Syrian one is meant, not unplaced as a stray."""
    from geo.gazetteer import load_gazetteer

    out = geoparse("Fighters attacked Palmyra overnight; jets also struck Deir ez-Zor.", gazetteer=load_gazetteer())
    assert [(t["name"], t["geonameid"] is not None) for t in out] == [("Tadmur", True), ("Deir ez-Zor", True)]
    assert 34 < out[0]["lat"] < 35 and 38 < out[0]["lon"] < 39


@pytest.mark.parametrize("text, names", [
    ("Aid reached Port-au-Prince and Croix-des-Bouquets on Monday.", ["Port-au-Prince", "Croix-des-Bouquets"]),
    ("Taliban fighters entered Mazar-i-Sharif.", ["Mazār-e Sharīf"]),
    ("Myanmar junta jets bombed Sagaing.", ["Myanmar", "Sagaing"]),
    ("Myanmar's military said it had retaken Lashio.", ["Myanmar", "Lashio"]),
])
def test_hyphenated_names_and_countries_named_like_their_adjective(text, names):
    """Lower-case joiners inside a hyphenated name ('-au-', '-des-', '-i-') keep it one name; a
    country whose adjective is its own name is a place, not a demonym."""
    from geo.gazetteer import load_gazetteer

    assert [t["name"] for t in geoparse(text, gazetteer=load_gazetteer())] == names


@pytest.mark.parametrize("text, congo", [
    ("Ebola cases rose in Beni and Butembo, in eastern Congo, officials in Kinshasa said.", "CD"),
    ("Protests in Pointe-Noire and Dolisie spread across Congo.", "CG"),
    ("Congo said the talks would resume.", "CD"),  # alone: the more reported one
])
def test_congo_is_the_country_the_article_is_in(text, congo):
    from geo.gazetteer import load_gazetteer

    gaz = load_gazetteer()
    (row,) = [t for t in geoparse(text, gazetteer=gaz) if t["kind"] == "country"]
    assert gaz.get(f"country:{congo}").name == row["name"]


def test_a_country_name_is_the_country_not_a_small_far_town_of_that_name():
    """In a Brazilian story 'Colombia' is the country, not Colômbia (São Paulo state, 6,000 people,
    far from the article's towns); a big city keeps its name ('Salvador' is not El Salvador)."""
    from geo.gazetteer import load_gazetteer

    text = ("Dengue cases were confirmed in Manaus and Salvador, Brazil's health ministry said, "
            "and in neighbouring Colombia.")
    got = {r["name"]: r["kind"] for r in geoparse(text, gazetteer=load_gazetteer())}
    assert got == {"Manaus": "city", "Salvador": "city", "Brazil": "country", "Colombia": "country"}


def test_a_bare_name_matched_only_by_another_name_does_not_set_the_article_s_country():
    """'Hamas' is one of Hamm's (Germany) alternate names: said by itself, it must not outvote a
    town written as itself, so Hamm is doubted as a far stray instead of becoming the focus."""
    from geo.gazetteer import load_gazetteer

    out = geoparse("Hamas said it fired rockets at Ashkelon.", gazetteer=load_gazetteer())
    assert [t["name"] for t in out] == ["Ashkelon"]


@pytest.mark.parametrize("text, name", [
    ("Thousands fled to Sake on Monday.", "Sake"),            # a common word after "fled to"
    ("Families returned to Mobile after the storm.", "Mobile"),
    ("Aid convoys reached Goma and Sake.", "Sake"),           # listed with a place
    ("Shelling hit Sake, Goma and Rutshuru.", "Sake"),
])
def test_a_common_word_name_is_a_place_after_a_motion_verb_or_in_a_list_of_places(text, name):
    from geo.gazetteer import load_gazetteer

    assert name in [text[t["start"] : t["end"]] for t in geoparse(text, gazetteer=load_gazetteer())]


def test_common_words_listed_together_are_still_no_places():
    from geo.gazetteer import load_gazetteer

    assert geoparse("Police and Army units arrived after Hope and Glory was sung.", gazetteer=load_gazetteer()) == []


@pytest.mark.parametrize("text, names", [
    ("Victoria said she had left Kabul before the blast.", ["Kabul"]),     # a person speaking
    ("Jordan told reporters he would stay in Amman.", ["Amman"]),
    ("Jordan said it would reopen the border with Syria.", ["Jordan", "Syria"]),  # a country speaking
    ("Talks resumed in early March in Doha.", ["Doha"]),                    # a month after a word of time
    ("The army has held Kidal since June.", ["Kidal"]),
])
def test_people_who_speak_and_months_of_the_calendar_are_no_places(text, names):
    from geo.gazetteer import load_gazetteer

    assert [text[t["start"] : t["end"]] for t in geoparse(text, gazetteer=load_gazetteer())] == names
