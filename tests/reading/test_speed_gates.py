"""Cheap whole-text tests that gate the place rules say yes exactly when the plain test they replace
would: a faster gate must never skip a rule that could fire."""
from __future__ import annotations

import re

import pytest

from reading import toponyms


@pytest.mark.parametrize("text", [
    "Shelling hit the Mayo-Sava division overnight.",
    "Troops left the Donga\u2011Mantung area.",
    "Troops left the Donga\u2010Mantung area.",
    "A well-known road linked them.",  # hyphen between lower-case letters: no
    "GAO-Menaka convoy",  # capital before the hyphen: no
    "-Menaka at the very start",  # nothing before the hyphen: no
    "x-Y",
    "end of line\n-Abc",  # a line break before the hyphen: no
    "co-Chair and vice\u2011President",
    "",
])
def test_capital_hyphen_hint_agrees_with_the_plain_pattern(text):
    plain = re.compile(r"[a-z][-\u2010\u2011][A-Z]")
    assert (toponyms._CAPITAL_HYPHEN_HINT.search(text) is not None) == (plain.search(text) is not None)


def test_a_unit_holding_a_filed_town_needs_no_outline(monkeypatch):
    # "Horsham, a town in Victoria": Victoria (the state) holds the Horsham filed under it; no outline is
    # measured for that, though a town of another state (Sydney) comes first
    from geo.gazetteer import load_gazetteer
    from reading import qualifiers

    gaz = load_gazetteer()
    state = next(p for p in gaz.candidates("Victoria") if p.kind == "admin1" and p.country == "AU")
    sydney = next(p for p in gaz.candidates("Sydney") if p.country == "AU")  # filed under New South Wales
    towns = [sydney] + gaz.candidates("Horsham")
    assert any(t.country == "GB" for t in towns) and any(t.country == "AU" and t.admin1 == state.admin1 for t in towns)

    def no_outline(*args, **kwargs):
        raise AssertionError("outline measured")

    monkeypatch.setattr(qualifiers, "_edge_km", no_outline)
    assert qualifiers._holds_a_town(gaz, state, towns)
    monkeypatch.undo()
    england = [t for t in towns if t.country == "GB"]
    assert not qualifiers._holds_a_town(gaz, state, england)


def test_fought_over_answers_for_the_names_asked_about():
    from reading.toponyms import Found, PlaceSpan, _fought_over

    text = "Rebels stormed Ardena at dawn and later retook Belvik; traders in Corlo said so."

    def found(word):
        s = text.index(word)
        return Found(s, s + len(word), word, anchors=[PlaceSpan(s, s + len(word), word, "name", [])])

    names = [found(w) for w in ("Ardena", "Belvik", "Corlo")]
    assert _fought_over(text, names, {"Ardena", "Belvik", "Corlo"}) == {"Ardena", "Belvik"}
    assert _fought_over(text, names, {"Belvik", "Corlo"}) == {"Belvik"}
    assert _fought_over(text, names, set()) == set()


@pytest.mark.parametrize("text, gates", [
    ("Shelling hit Kramatorsk overnight.", (False, False, False)),
    ("The Army of Tennessee crossed at Florence.", (True, False, False)),
    ("Troops of the 3rd DIVISION entered Mosul.", (True, False, False)),
    ("Osman Pasha held Plevna for months.", (False, False, True)),
    ("The Department of Loreto and Enver Bey's men", (True, True, True)),
    ("Marched under Sherman to Savannah.", (False, True, False)),
    ("Forrest's cavalry rode into Memphis.", (False, True, False)),
])
def test_person_rule_gates_say_which_rules_may_fire(text, gates):
    assert toponyms._person_rule_gates(text) == gates


def _hint_texts():
    import random

    rng = random.Random(17)
    pieces = ["the Gao-Menaka road", "a well-known", "Jean-de-Bouche", "Saint\u2010Denis", "co\u2011Chair", "anti-war",
              "the Mopti\u2013Gao axis", "Grant's corps", "Lee\u2019s army", "it's over", "x-Y", "-", "\u2013", "'s", "e-e-",
              "Stoke-on-Trent", "pro-Kremlin", "Bab el-Oued", "\n", " ", "a", "Z", "\u00e8"]
    out = ["", "-", "a-B", "'s army"]
    for _ in range(3000):
        out.append("".join(rng.choice(pieces) for _ in range(rng.randint(1, 8))))
    return out


def test_hints_split_by_their_first_characters_find_what_the_class_finds():
    # FirstChars: the regex searched once per opening character finds the same first match
    from reading import geoparse
    from reading.prefilter import FirstChars

    hints = [toponyms._HYPHEN_TAIL_HINT, toponyms._CAPITAL_HYPHEN_HINT, toponyms._FORMATION_ANYWHERE,
             geoparse._ROAD_PAIR_HINT]
    assert all(isinstance(h, FirstChars) for h in hints)
    road_pair_as_written = re.compile(r"[a-z][-\u2013][A-Z]")  # the route rule's hint before it opened on the dash
    for text in _hint_texts():
        for h in hints:
            a, b = h.search(text), h.rx.search(text)
            assert (a and (a.span(), a.groups())) == (b and (b.span(), b.groups()))
            lo = len(text) // 3
            a, b = h.search(text, lo, len(text) - 1), h.rx.search(text, lo, len(text) - 1)
            assert (a and a.span()) == (b and b.span())
        assert (geoparse._ROAD_PAIR_HINT.search(text) is None) == (road_pair_as_written.search(text) is None)


def test_first_chars_keeps_what_it_cannot_split():
    from reading.prefilter import FirstChars

    for rx in (re.compile(r"[a-z]+x"), re.compile(r"[^-]x"), re.compile(r"[ab]|c"), re.compile(r"[a-z]x"),
               re.compile(r"[ab]x", re.I), re.compile(r"abc")):
        assert FirstChars.of(rx) is rx


def _word_gate_texts(words):
    import random

    rng = random.Random(23)
    pieces = [" ", "  ", "\t", "\n", ", ", ". ", "-", "(", "x", "Kursk", "Tobruk", "Mar del Plata", "Sheffield"] + list(words)
    return ["".join(rng.choice(pieces) for _ in range(rng.randint(1, 12))) for _ in range(4000)]


def _capital_starts(text):
    return [m.start() for m in re.finditer(r"[A-Z]", text)]


def test_vessel_and_battle_rule_is_tried_after_every_word_it_can_end_with():
    # the geoparse rule for "HMS Sheffield", "the cruiser General Belgrano", "the Battle of the Somme" runs only
    # after a word it ends with (or a capitalised word right after one): every word of its regex is in the gate's
    # list, and no match is skipped
    from reading import geoparse

    rx, last = geoparse._EVENT_OR_VESSEL, geoparse._EVENT_OR_VESSEL_LAST
    vessels = re.search(r"\(\?:(HMS\|[^)]*)\)", rx.pattern).group(1).split("|")
    for w in vessels:
        stem = w.rstrip("?").rstrip("s") if w.endswith("s?") else w
        assert stem.lower() in last and (not w.endswith("s?") or (stem + "s").lower() in last), w
    words = ["Battle of", "Battle of the", "battle of", "and", "or", "the", "of"] + [w.replace("s?", "s") for w in vessels] \
        + [w.replace("s?", "") for w in vessels]
    words += ["bulk carrier", "container ships", "sister ship, the", "The vessel, the",
              # (lead: a ship's type and the first word of its name: "the tanker Marlin Luanda", "MV Al-Nour Aden")
              "tanker Marlin", "MV Al-Nour", "frigate O'Hara", "tankers Star and"]
    texts = _word_gate_texts(words) + ["the steamer \nOdessa", "HMS\t\nKursk", "the Battle of the \nSomme"]
    for text in texts:
        for s in _capital_starts(text):
            lo = max(0, s - 40)
            if rx.search(text, lo, s) is not None:  # ("$" matches before a line break ending the window too)
                assert geoparse._may_name_vessel(text, s, lo, toponyms._tail(text, s)), text[lo:s]


def test_venue_rule_is_tried_after_in_at_or_the_in_any_case():
    rx = toponyms._VENUE_BEFORE
    words = ["talks", "Talks", "TALKS in", "summit held at", "conference", "mediation hosted in", "negotiations",
             "in", "IN", "At", "the", "THE", "\u0131n", "brokered"]
    for text in _word_gate_texts(words):
        for s in _capital_starts(text):
            lo = max(0, s - 60)
            if rx.search(text, lo, s) is not None:
                assert toponyms._ends_with_word(text, s, lo, toponyms._tail(text, s), toponyms._VENUE_LAST)


def test_ships_and_battles_are_still_no_places():
    from reading.geoparse import geoparse

    text = "Arrived yesterday, the steamer \nOdessa, with grain."
    assert "Odessa" not in [text[r["start"]:r["end"]] for r in geoparse(text)]  # (a line break after the vessel's word)

    text = "The frigate Almirante Brown left Mar del Plata; after the Battle of Stalingrad the gunboats Tyler and Lexington waited."
    names = [text[r["start"]:r["end"]] for r in geoparse(text)]
    assert "Mar del Plata" in names and not {"Almirante Brown", "Stalingrad", "Tyler", "Lexington"} & set(names)


def test_line_heads_read_line_by_line_are_those_of_the_whole_text():
    import random

    from reading.geoparse import _LINE_HEAD, _line_heads

    rng = random.Random(5)
    pieces = ["\n", "\n\n", " ", "\t", "- ", "\u2022 ", "* ", "Kenya", "Iraq", "Tensions rose", "and", "of the", "-Azerbaijan",
              "x", ".", "Central African Republic", "'s"]
    for _ in range(3000):
        text = "".join(rng.choice(pieces) for _ in range(rng.randint(0, 14)))
        assert [m.span(1) for m in _line_heads(text)] == [m.span(1) for m in _LINE_HEAD.finditer(text)]


def test_physical_features_found_from_word_starts_are_those_of_the_whole_text():
    # _FEATURE_L tries the feature regex only where a word opens on a capital or a digit
    import random

    from reading.geoparse import _FEATURE, _FEATURE_L

    rng = random.Random(11)
    pieces = [" ", "\t", "\n", ". ", "the ", "Nile", "River", "Lake", "Placid", "Mt.", "Kenya", "Sea of", "Azov", "Rift",
              "Valley", "U.S.", "Route", "66", "I-95", "Interstate", "5th", "Avenue", "Gulf", "of", "Straits", "x", "9",
              "_", "'s", "Autobahn", "Firth of", "Forth", "\u0663rd", "\u0663", "\u0967th"]  # (other scripts' digits too)
    for _ in range(3000):
        text = "".join(rng.choice(pieces) for _ in range(rng.randint(0, 16)))
        assert [(m.span(), m.groupdict()) for m in _FEATURE_L.finditer(text)] == [
            (m.span(), m.groupdict()) for m in _FEATURE.finditer(text)]


def test_features_are_still_one_name_each():
    from reading.geoparse import geoparse

    text = "Floods along the Benue River cut the road to Makurdi; boats crossed Lake Chad from Bol."
    names = [text[r["start"]:r["end"]] for r in geoparse(text)]
    assert "Benue River" in names and "Lake Chad" in names and "Makurdi" in names


def test_word_boundaries_written_after_the_first_letter_find_what_they_found_before():
    # "\b[Tt]he..." rewritten "[Tt](?<!\w.)he...": the engine skips to the first letter; the same matches
    import random

    from reading import geoparse

    cases = [(toponyms._PLURAL_UNITS_OF, r"[Tt](?<!\w.)he", r"\b[Tt]he"),
             (geoparse._SAINTS_LANDMARK, r"S(?<!\wS)(?:t\.?|aint)", r"\b(?:St\.?|Saint)"),
             (geoparse._POSSESSIVE_SITE, r"[A-Z](?<!\w.)", r"\b[A-Z]")]
    rng = random.Random(41)
    pieces = ["the", "The", "othe", "villages of", "health  zones of", "Kashkak", "Naib Rafi", ", ", " and ", " or ", " ",
              "\t", "St", "St.", "Saint", "XSt", "James", "'s", "\u2019s", "Park", "Kelly", "Ford", "_", "9", "\u00e9",
              "Cross Roads", ".", "\n", "Pyigyidagun"]
    texts = ["".join(rng.choice(pieces) for _ in range(rng.randint(0, 14))) for _ in range(4000)]
    texts += ["Troops left the villages of Naib Rafi, Siah Ab and Kashkak.", "near St James's Park and Kelly's Ford"]
    for rx, now, before in cases:
        assert rx.pattern.startswith(now)
        old = re.compile(before + rx.pattern[len(now):], rx.flags)
        for text in texts:
            assert [(m.span(), m.groupdict()) for m in rx.finditer(text)] == [
                (m.span(), m.groupdict()) for m in old.finditer(text)]


@pytest.mark.parametrize("text", [
    "The governor of Ohio said the legislature would meet; Sen. Brown agreed.",
    "Fighting in Kani township and the nearby camps of Sagaing Region went on.",
    "Flights to Addis resumed; in Dar, traders in Tanzania waited. Ouaga was calm.",
    "Refugees fled Galicia for Vienna, East Prussia emptied, and the Volhynia road closed.",
    "Police in the village of Olgovka in the Kursk oblast said the Premier had left.",
    "In the counties and wards of the state , parishes and municipalities voted.",
    "Nothing here at all.",
    "",
])
def test_cue_word_gates_agree_with_the_plain_tests(text):
    # the rules gated by the one pass of CUE_WORDS run exactly when a plain substring test would run them
    from geo.gazetteer import load_gazetteer, short_forms

    load_gazetteer()
    held = toponyms.CUE_WORDS.of(text)
    regions = set(toponyms._borderless_region_rows())
    forms = {short for short, *_ in short_forms()}
    for words in (toponyms._UNIT_OFFICE_WORDS, toponyms._LOCAL_UNIT_WORDS, toponyms._LOCAL_UNIT_PLURALS,
                  toponyms._PLACING_WORDS, regions, forms):
        assert words, "an empty word list gates nothing"
        assert (not held.isdisjoint(words)) == any(w in text for w in words)
        assert {w for w in words if w in held} == {w for w in words if w in text}


@pytest.mark.parametrize("text", [
    "Flooding in Lower Shire and the Middle Belt; a fever strain spread to a hamlet near Kariba.",
    "The village in Kent and a town in Ohio lay in Washington County, near the Parish of St Mary, Borough of X.",
    "Niger Republic and Washington, the capital of the US, whose capital is Washington, D.C., met.",
    "The Army of the Potomac under Generals Grant and Meade; Osman Pasha and the Bey fled.",
    "The Blue Mountains, the Scottish highlands and rolling hills near Lake Volta and Saint Louis.",
    "At the Azadi Stadium and the O2 Arena, before the World Cup and after the Falklands War, Sadar police came.",
    "the counties, parishes and boroughs of the ownship and the orough of the arish; a ity in the own in the north",
    "Nothing here at all.",
    "",
])
def test_word_tests_read_from_the_cue_words_agree_with_the_plain_tests(text):
    # every whole-text word test the place readers now answer from CUE_WORDS gives the plain test's answer
    from reading import geoparse, qualifiers

    held = toponyms.CUE_WORDS.of(text)
    words = (toponyms._REGION_LEVEL_CUES | toponyms._PATHOGEN_CUES | toponyms._VILLAGE_CUES
             | qualifiers._COUNTY_WORD_CUES | qualifiers._SETTLEMENT_IN_CUES | qualifiers._COUNTY_NAME_CUES
             | geoparse._PLURAL_COUNTY_CUES | set(geoparse._HIGHLAND_WORDS) | set(toponyms._COMMAND_WORDS)
             | set(toponyms._HONORIFIC_WORDS)
             | {"capital of", "whose capital", "Washington", " Republic", "under", "Generals", "St", "Saint", " Sadar",
                " Stadi", " Arena", "Lake ", "War", "Cup"})
    assert {w for w in words if w in held} == {w for w in words if w in text}


@pytest.mark.parametrize("text", [
    "after the Falklands War, ", "the Iran\u2013Iraq War began", "the Balkan Wars", "the Melbourne Cup", "the Dubai World Cup",
    "Warsaw and Cuprija", "no event here",
])
def test_the_war_gate_skips_no_name_the_war_test_reads(text):
    # geoparse tries _WAR_AFTER only in a text holding "War" or "Cup": every match holds one of them
    from reading import geoparse

    held = toponyms.CUE_WORDS.of(text)
    if any(geoparse._WAR_AFTER.match(text, k) for k in range(len(text))):
        assert "War" in held or "Cup" in held
    assert ("War" in held or "Cup" in held) == ("War" in text or "Cup" in text)
