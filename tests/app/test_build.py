"""The build as a library: reading never changes the documents it is given."""
from __future__ import annotations


def test_building_the_same_documents_twice_gives_the_same_facts(seeds_dir):
    from conflict_map.build import build_documents
    from reading.corpus import read_corpus

    read = read_corpus(seeds_dir)
    first = build_documents(read.documents, corpus_problems=read.problems, files=read.files)
    second = build_documents(read.documents, corpus_problems=read.problems, files=read.files)
    assert len(second.events) == len(first.events) > 0
    assert len(second.problems) == len(first.problems)
    assert all(not d.events and not d.mentions for d in read.documents)
