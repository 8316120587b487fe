"""ev23: a liveblog's headline or an explainer's title names the protests it covers as its topic ("Kenya protests
live: ...", "Live updates: Serbia protests", "... protests: what we know"): no protest of its own, while the events
the same title tells after its label still count ("...; rallies in Sfax and Sousse"). "Protest" before what a
movement has ("protest leaders", "protest organisers") tells no protest. Liveblogs of our own."""
import pytest

from reading.corpus import read_text


def protests(nlp, text):
    doc = nlp(read_text(text, doc_id="t", published="2025-06-11"))
    return sorted(getattr(e.location, "name", "") for e in doc.events if e.event_type in ("Protests", "Riots"))


@pytest.mark.parametrize("text", [
    "Togo protests live: latest as constitution row deepens\n\nThe cabinet met in Lome on Wednesday to discuss the budget.",
    "Live updates: Mongolia protests\n\nThe prime minister said on Tuesday he would not resign.",
    "As it happened: Armenia protests\n\nParliament adjourned on Monday without a vote.",
    "Panama mining protests: what we know\n\nThe court ruled on the mining contract on Tuesday.",
])
def test_a_coverage_label_names_no_protest(nlp, text):
    assert protests(nlp, text) == []


def test_the_events_a_labelled_title_tells_still_count(nlp):
    got = protests(nlp, "Tunisia protests live: police clear Habib Bourguiba Avenue; rallies in Sfax and Sousse\n\n"
                        "Live updates, Tuesday 10 June 2025\n\n"
                        "10:15 - The interior ministry said 20 people were detained overnight.")
    assert got == ["Sfax", "Sousse"], got


@pytest.mark.parametrize("text", [
    "Protest leaders met the prime minister in Dhaka on Tuesday to discuss the quota reform.",
    "Live blog\n\n14:02 - Protest organisers meet transport minister\n"
    "The organisers of the movement met the transport minister in Lima on Tuesday.",
])
def test_protest_before_a_movements_people_is_no_protest(nlp, text):
    assert protests(nlp, text) == []


def test_a_protest_told_in_an_entry_still_counts(nlp):
    got = protests(nlp, "Chile protests live\n\n09:40 - Protesters marched through central Santiago on Tuesday, "
                        "demanding pension reform.")
    assert got == ["Santiago"] or (len(got) == 1 and "Santiago" in got[0]), got
