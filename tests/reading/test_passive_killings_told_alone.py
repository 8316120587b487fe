"""evp: a plain passive killing told with its own towns ("31 civilians were killed in A, B and C on Sunday") is an
event of its own when no other telling in the article can own the toll: at the first town, the toll counted once;
but the toll of an attack told before it, after it at that town, or in its own sentence is not another event, nor
a province's tally. Sentences of our own (several countries)."""
import pytest

from reading.corpus import read_text

VIOLENT = ("Battles", "Explosions/Remote violence", "Violence against civilians")


def violent(nlp, text, published="2026-03-18"):
    doc = nlp(read_text(text, doc_id="t", published=published))
    return [e for e in doc.events if e.event_type in VIOLENT]


@pytest.mark.parametrize("text, kind, town, toll", [
    ("Officials said 31 civilians were killed in Kidal, Tessalit, Aguelhok and Anefis on Sunday.",
     "Violence against civilians", "Kidal", 31),
    ("Twelve villagers were killed in Ngala, Gamboru and Dikwa on Tuesday, local officials said.",
     "Violence against civilians", "Ngala", 12),
    ("Two teachers were killed in Mandera on Thursday, the county commissioner said.",
     "Violence against civilians", "Mandera", 2),
    ("Four policemen were killed in Peshawar on Wednesday.", "Battles", "Peshawar", 4),
])
def test_a_passive_killing_at_named_towns_told_alone_is_one_event(nlp, text, kind, town, toll):
    rows = violent(nlp, text)
    assert [(e.event_type, e.location.name, e.fatalities) for e in rows] == [(kind, town, toll)], rows


@pytest.mark.parametrize("text", [
    # an attack told before at that town owns the toll
    "Gunmen stormed the village of Dikwa on Sunday. Officials said 17 villagers were killed in Dikwa and Ngala.",
    # an attack told after at that town owns it
    "Eight people were killed in Kismayo on Friday. Al-Shabaab fighters attacked a hotel in Kismayo, police said.",
    # an attack in its own sentence owns it
    "At least 20 people were killed in Sumy when a Russian missile hit an apartment block on Sunday.",
])
def test_a_passive_toll_another_telling_owns_is_not_another_event(nlp, text):
    assert len(violent(nlp, text)) == 1, violent(nlp, text)


def test_a_provinces_tally_is_no_event_of_its_own(nlp):
    assert violent(nlp, "Nine people were killed in Ituri this week, according to a UN tally.") == []


@pytest.mark.parametrize("text, days", [
    # a killing at a site on a day of its own, after an attack told on another day: two events, each its toll
    ("Fighters stormed Kadugli on Saturday, residents said. At least 46 people were shot dead at a market on "
     "Tuesday, a local doctor said.", {"2026-03-14": None, "2026-03-17": 46}),
    ("Gunmen attacked a police post in Dori on Sunday. Nine worshippers were killed at a mosque on Monday, "
     "officials said.", {"2026-03-15": None, "2026-03-16": 9}),
])
def test_a_passive_killing_with_a_day_of_its_own_is_no_toll_of_an_attack_told_on_another_day(nlp, text, days):
    rows = violent(nlp, text)
    assert {str(e.date.start): e.fatalities for e in rows} == days, rows


def test_a_passive_killing_on_the_day_of_the_attack_told_before_stays_its_toll(nlp):
    rows = violent(nlp, "Gunmen attacked a police post in Dori on Sunday. Nine people were killed at the post "
                        "on Sunday, officials said.")
    assert [(str(e.date.start), e.fatalities) for e in rows] == [("2026-03-15", 9)], rows
