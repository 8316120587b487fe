"""stv: a state, its forces or an armed group that struck, bombed, pounded, hit or targeted a named place, or a
site in one, told a strike from afar ("Russia struck Kharkiv", "Israel hit an oil depot in Tyre"): an air strike
for a state, its weapon's type when the clause names one, shelling for an armed group. A storm, a disease, a
tragedy, a deal, sanctions or a side in a match strike nothing. Sentences of our own."""
import pytest

from reading.corpus import read_text


def strikes(nlp, body):
    doc = nlp(read_text(f"t\n\n{body}", doc_id="t", published="2026-05-02", title="t"))
    return [(e.sub_event_type, e.actor1, e.location.name if e.location else None) for e in doc.events
            if e.event_type == "Explosions/Remote violence"]


@pytest.mark.parametrize("body, expected", [
    ("Russia struck Zaporizhzhia on Thursday.", ("Air/drone strike", "Russian forces", "Zaporizhzhya")),
    ("Russian forces bombed Sumy overnight.", ("Air/drone strike", "Russian forces", "Sumy")),
    ("Ukraine hit an oil refinery in Saratov on Thursday.", ("Air/drone strike", "Ukrainian forces", "Saratov")),
    ("Israel on Thursday struck a warehouse in Sidon.", ("Air/drone strike", "Israeli forces", "Sidon")),
    ("Moscow pounded the city of Kherson on Thursday.", ("Air/drone strike", "Russian forces", "Kherson")),
    ("Ethiopia bombed a market in Bahir Dar on Thursday.", ("Air/drone strike", "Ethiopian forces", "Bahir Dar")),
    ("Azerbaijan targeted Stepanakert on Thursday.", ("Air/drone strike", "Azerbaijani forces", "Stepanakert")),
])
def test_a_state_striking_a_place_is_an_air_strike(nlp, body, expected):
    assert strikes(nlp, body) == [expected]


@pytest.mark.parametrize("body, expected", [
    ("Russia struck Odesa with missiles on Thursday.", ("Shelling/artillery/missile attack", "Russian forces", "Odesa")),
    ("Armenia hit a depot in Shusha with artillery on Thursday.",
     ("Shelling/artillery/missile attack", "Armenian forces", "Shusha")),
    ("The Houthis targeted Ashdod on Thursday.", ("Shelling/artillery/missile attack", "Houthis", "Ashdod")),
])
def test_the_weapon_or_the_side_types_the_strike(nlp, body, expected):
    assert strikes(nlp, body) == [expected]


@pytest.mark.parametrize("body", [
    "Hurricane Beryl struck Jamaica on Thursday.",
    "An earthquake struck Morocco on Thursday.",
    "Tragedy struck Aleppo on Thursday.",
    "Cholera hit Yemen on Thursday.",
    "The cyclone hit Madagascar on Thursday.",
    "Inflation hit Nigeria on Thursday.",
    "Turkey struck a deal with Iraq on Thursday.",
    "Washington hit Beijing with new tariffs on Thursday.",
    "China targeted Taiwan with military drills on Thursday.",
    "Ronaldo struck twice against Ghana on Thursday.",
    "Putin struck Kharkiv off the list of cities he would visit.",
    "Kharkiv was hit by Russia on Thursday.",
    "Germany hit Poland's exports hardest, the report said.",
    "Russia hit Georgia's economy hard last year.",
    "Britain struck Panama off the list of tax havens on Thursday.",
])
def test_no_strike_by_what_is_no_armed_side(nlp, body):
    assert strikes(nlp, body) == []


def test_a_side_in_a_match_strikes_nothing(nlp):
    body = ("Australia struck England twice in the opening over at the Melbourne stadium. The bowler took three "
            "wickets before lunch, the batting collapsed in the second innings, and the referee stopped play. "
            "The tournament resumes with the next fixture in Sydney.")
    assert strikes(nlp, body) == []


def test_a_strike_verb_with_no_side_leaves_the_killing_its_own(nlp):
    # (the verb read as no strike must not make the killing after it a strike's toll)
    doc = nlp(read_text("t\n\nMilitiamen struck a camp in Ituri on Thursday, killing nine people.", doc_id="t",
                        published="2026-05-02", title="t"))
    assert [(e.event_type, e.location.name) for e in doc.events] == [("Violence against civilians", "Ituri")]


def test_a_strike_told_before_the_verb_is_not_told_again(nlp):
    # (the side named right before "hit" is whom the strike is attributed to; the strike is the drone strike)
    got = strikes(nlp, "A drone strike attributed to the Houthis hit the port of Eilat on Thursday, wounding four people.")
    assert [sub for sub, _, _ in got] == ["Air/drone strike"], got
