"""reading.document: evidence quotes the sentence a fact's span starts in."""
from reading.document import Document, Sentence
from reading.sentences import split_sentences


def _doc(text, sentences):
    return Document(id="a", text=text, title="T", url="https://example.org/a", sentences=sentences)


def test_evidence_maker_quotes_the_same_sentence_as_evidence():
    text = "Rebels took Kidal.  Two were killed.\n\nTalks resumed on Monday. "
    doc = _doc(text, split_sentences(text))
    make = doc.evidence_maker()
    for start in range(len(text) + 2):
        assert make(start, start + 1) == doc.evidence(start, start + 1)
    assert make(20, 23).sentence == "Two were killed."


def test_evidence_maker_with_sentences_out_of_order_or_overlapping():
    text = "One two three. Four five six."
    for sents in ([Sentence(15, 29), Sentence(0, 14)], [Sentence(0, 20), Sentence(10, 29)], [], [Sentence(5, 5), Sentence(5, 14)]):
        doc = _doc(text, sents)
        make = doc.evidence_maker()
        for start in range(len(text) + 1):
            assert make(start, start) == doc.evidence(start, start), (sents, start)
