"""The same texts read the same whatever the process's hash seed.

Python salts ``str`` hashes per process (``PYTHONHASHSEED`` unset), so a set of
names iterated where the first match wins, or a tie broken by a set's order,
would give one run's export and not the next one's: the project promises the
same output, byte for byte, for the same corpus.
"""
from __future__ import annotations

import json
import os
import subprocess
import sys
import textwrap
from pathlib import Path

import pytest

from reading.actors import _faction_umbrella
from tests.reading.test_order_independence import _TEXTS

ROOT = Path(__file__).resolve().parents[2]

#: Reads the texts given as its argument (JSON); prints their places, events, claims and control zones as the writers
#: write them (one JSON document).
_SCRIPT = textwrap.dedent("""
    import datetime as dt, json, sys
    from geo.gazetteer import load_gazetteer
    from layers.zones import zone_timeline
    from reading.corpus import read_text
    from reading.pipeline import default_pipeline
    from reading.records import claim_record, event_record, mention_record

    nlp = default_pipeline(gazetteer=load_gazetteer())
    out = {}
    for doc_id, published, text in json.loads(sys.argv[1]):
        doc = nlp(read_text(text, doc_id=doc_id, published=published))
        zones = zone_timeline(doc.claims, doc.events, published={doc.id: doc.published})
        out[doc_id] = {"mentions": [mention_record(m) for m in doc.mentions],
                       "events": [event_record(e) for e in doc.events],
                       "claims": [claim_record(c) for c in doc.claims],
                       "problems": [p.reason for p in doc.problems],
                       "zones": [[r.faction, r.status, str(r.start), r.geometry.wkt] for r in zones.itertuples()]}
    print(json.dumps(out, sort_keys=True, default=str))
""")

#: Our own texts beyond the order test's: a town held by one side and then taken by another (zones), and a
#: list of places of several countries in one sentence.
_MORE = (
    ("handover", "2023-02-10",
     "KIDAL, Mali - Separatist rebels have held Kidal since 2014. On Thursday the army and its allies "
     "took control of Anefis after heavy fighting, and the rebels withdrew from Tessalit, residents said."),
    ("ports", "2024-07-01",
     "Shipping from Mombasa, Dar es Salaam, Djibouti and Berbera slowed after drone strikes near Hodeidah "
     "and Mocha, while insurers in London and Piraeus raised war-risk premiums."),
)


def _read(seed: str) -> subprocess.Popen:
    rows = [[i, str(d), t] for i, d, t in _TEXTS] + [list(r) for r in _MORE]
    env = {**os.environ, "PYTHONHASHSEED": seed}
    return subprocess.Popen([sys.executable, "-c", _SCRIPT, json.dumps(rows)], cwd=ROOT, env=env, text=True,
                            stdout=subprocess.PIPE, stderr=subprocess.PIPE)


@pytest.mark.slow  # (two processes load the gazetteer: ~6 s on an idle machine)
def test_two_hash_seeds_read_the_same_places_events_claims_and_zones():
    procs = [_read(seed) for seed in ("1", "2")]  # (two processes at once)
    outs = []
    for proc in procs:
        stdout, stderr = proc.communicate(timeout=600)
        assert proc.returncode == 0, stderr[-2000:]
        outs.append(json.loads(stdout))
    first, second = outs
    assert sum(len(r["events"]) for r in first.values()) >= 5  # the texts tell events: a broken read tells none
    for doc_id in first:
        assert first[doc_id] == second[doc_id], doc_id


def test_a_faction_belongs_to_the_longest_group_opening_its_name():
    umbrellas = {"Ansar": "Ansar", "Ansar al-Din": "Ansar al-Din", "AD": "Ansar al-Din"}
    assert _faction_umbrella("Ansar al-Din Kidal", umbrellas) == "Ansar al-Din"
    assert _faction_umbrella("Ansar Dine", umbrellas) == "Ansar"
    assert _faction_umbrella("Kata'ib Hezbollah", umbrellas) == "Kata'ib Hezbollah"
