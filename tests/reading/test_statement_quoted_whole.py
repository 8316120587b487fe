"""ev16: a release reproduced whole in quotes under a line ending with a colon ("issued the following statement:")
is the report itself; a quotation inside the narrator's sentence stays someone's words. Sentences of our own."""
from tests.reading.mapped_events import kinds, mapped, read_report


def test_a_quoted_release_under_a_colon_is_read(nlp):
    body = ("MAIDUGURI, Sept 9 - The army's media office issued the following statement on Tuesday:\n\n"
            "\"On 07 Sep 2025 at about 0600 hours, insurgents attacked troops of 21 Brigade at Bama with gun trucks. "
            "The attack was repelled and six insurgents were neutralised.\"")
    evs = mapped(read_report(nlp, body, published="2025-09-09"))
    assert kinds(evs) == [("Battles", "Armed clash")], evs
    assert str(evs[0].date.start) == "2025-09-07"


def test_a_threat_quoted_in_a_sentence_stays_words(nlp):
    body = "MAIDUGURI, Sept 9 - A commander said on Tuesday: \"We will attack their camps near Bama soon.\""
    assert mapped(read_report(nlp, body, published="2025-09-09")) == []
