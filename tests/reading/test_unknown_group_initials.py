"""An armed group the patterns do not know, named by its upper-case initials in an actor's slot
("accused the TTP of", "blamed ... on the BLF", "claimed by ISKP", "BLA militants"), keeps its initials
as the actor's name (not dropped, not "unidentified"); a capital accusing it ("Islamabad accused ...")
speaks for its government and is no place of the event; outlets' and things' initials are no group.
Sentences of our own."""
import pytest

from reading.actors import actors_of
from reading.corpus import read_text
from tests.reading.violence import violent


def read(nlp, text, published="2025-06-11"):
    return nlp(read_text(text, doc_id="t", published=published))


@pytest.mark.parametrize("text, group", [
    ("Kabul blamed the IMU for a suicide bombing in Mazar-i-Sharif on Tuesday that killed eight people.", "IMU"),
    ("An ambush claimed by the FLA killed six soldiers near Tessalit on Friday.", "FLA"),
    ("BRN insurgents attacked a ranger post in Narathiwat on Monday, killing two rangers.", "BRN"),
    ("Officials blamed the bombing of a bus station in Quetta on Wednesday on the BLF.", "BLF"),
])
def test_initials_in_an_actor_slot_name_the_attacker(nlp, text, group):
    rows = violent(read(nlp, text))
    assert rows and rows[0].actor1 == group, rows


def test_a_capital_accusing_a_group_is_its_government_not_the_place(nlp):
    doc = read(nlp, "Dhaka accused the ARSA of an attack on a border post near Teknaf on Saturday that killed "
                    "two guards.")
    rows = violent(doc)
    assert rows and rows[0].actor1 == "ARSA" and getattr(rows[0].location, "name", "") != "Dhaka", rows
    dhaka = [a for a in actors_of(doc) if a.text == "Dhaka"]
    assert dhaka and dhaka[0].kind == "state" and dhaka[0].country == "BD", dhaka


@pytest.mark.parametrize("text", [
    "The BBC reported that gunmen attacked a village near Kaduna on Sunday, killing five people.",
    "Witnesses told AFP that gunmen attacked a village near Kaduna on Sunday, killing five people.",
])
def test_outlets_initials_are_no_armed_group(nlp, text):
    doc = read(nlp, text)
    assert not [a for a in actors_of(doc) if a.name in ("BBC", "AFP")], actors_of(doc)
    assert [e.actor1 for e in violent(doc)][:1] == ["gunmen"], violent(doc)
