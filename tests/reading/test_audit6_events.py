"""Audit 6 (threats, conditions, non-conflict stories in war words, duplicates, discoveries):
events. Sentences unlike the audit corpus's (other places and names)."""
import pytest

from reading.corpus import read_text
from reading.pipeline import default_pipeline


@pytest.fixture(scope="module")
def nlp():
    return default_pipeline(profile=None)


def read(nlp, text, published="2023-10-18", title=None):  # a Wednesday
    return nlp(read_text(text, doc_id="t", published=published, title=title))


def rows(doc):
    return [(e.sub_event_type, e.actor1, getattr(e.location, "name", None), e.fatalities) for e in doc.events]


# --- a condition: supposed, not done ---------------------------------------------------------------


@pytest.mark.parametrize("text", [
    "Turkey's president threatened on Monday to send troops into Kobani if Kurdish militants fired on Turkish border posts.",
    "Kyiv warned it would strike Belgorod unless Russian forces stopped shelling Kharkiv.",
    "The governor asked whether bandits had attacked the convoy near Gusau.",
])
def test_a_conditional_attack_is_no_event(nlp, text):
    doc = read(nlp, text)
    assert not [e for e in doc.events if not e.planned], rows(doc)


@pytest.mark.parametrize("text", [
    "Even if the figures are disputed, Russian forces shelled Kharkiv on Monday, killing four people.",
    "Police said the gunmen attacked the village of Gidan Bako as if they wanted revenge, killing 12 villagers.",
])
def test_even_if_and_as_if_keep_the_event(nlp, text):
    doc = read(nlp, text)
    assert doc.events, rows(doc)


# --- other stories in war words: a match, a takeover, an election ----------------------------------


MATCH = ("Ireland stun France in Dublin thriller\n\n"
         "DUBLIN - Ireland beat France 24-19 at the Aviva Stadium on Saturday to keep their title hopes alive.\n"
         "The French pack was ambushed by Ireland's speed at the breakdown early in the second half.\n"
         "Ireland's coach said his players had fought a battle for every ball in the match.\n")
TAKEOVER = ("Brewer wins battle for control of rival\n\n"
            "AMSTERDAM - A Dutch brewer won the battle for control of its Belgian rival on Monday after shareholders "
            "backed its takeover bid worth 4 billion euros.\n"
            "The bidder now holds 61 percent of the shares and has seized control of the Antwerp brewery.\n")
ELECTION = ("Ruling party loses Lagos in local polls\n\n"
            "LAGOS - The opposition captured Lagos and took control of six other state capitals in Saturday's "
            "elections, according to preliminary results.\n"
            "Turnout was 31 percent, electoral officials said, and voters queued for hours at polling stations in Ibadan.\n")


@pytest.mark.parametrize("text", [MATCH, TAKEOVER, ELECTION])
def test_non_conflict_stories_in_war_words_give_no_battle(nlp, text):
    doc = read(nlp, text)
    assert not [e for e in doc.events if e.event_type == "Battles"], rows(doc)


def test_a_battle_with_an_armed_actor_stays_in_an_election_story(nlp):
    text = ("Voters stay home as fighting hits north\n\n"
            "Turnout was low in Saturday's elections, electoral officials said, after preliminary results were delayed.\n"
            "Boko Haram fighters captured the town of Damasak on Friday, residents said.\n")
    doc = read(nlp, text)
    assert any(e.event_type == "Battles" and e.actor1 for e in doc.events), rows(doc)
