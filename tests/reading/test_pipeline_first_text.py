"""A pipeline is ready when it is made: its first text imports no module and reads no table (the place rules'
module and its districts table, the merge stage, the demonym regex come with the pipeline and the gazetteer),
so a process's first article (a user's first request, a timed pass) costs what the next ones do."""
from __future__ import annotations

import subprocess
import sys
import textwrap
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]

_SCRIPT = textwrap.dedent("""
    import sys
    import pyarrow.parquet as pq
    from geo.gazetteer import load_gazetteer
    from reading.document import Document
    from reading.pipeline import default_pipeline

    gaz = load_gazetteer()
    nlp = default_pipeline(gazetteer=gaz)
    assert gaz._demonym_starts is not None, "the demonym regex is not built with the gazetteer"
    before = set(sys.modules)

    def no_table(*args, **kwargs):
        raise AssertionError(f"a table read while reading a text: {args[:1]}")

    pq.read_table = no_table
    doc = nlp(Document(id="a", text="Militants from Nigeria killed 12 herders in the Gwoza LGA of Borno on Monday, "
                                    "and Chadian troops shelled a camp 40 km north of Lake Chad, residents said."))
    assert not [p for p in doc.problems if p.kind == "internal"], doc.problems
    assert any(m.text == "Gwoza" for m in doc.mentions), [m.text for m in doc.mentions]
    print(sorted(set(sys.modules) - before))
""")


def test_the_first_text_imports_no_module_and_reads_no_table():
    proc = subprocess.run([sys.executable, "-c", _SCRIPT], cwd=ROOT, capture_output=True, text=True, timeout=300)
    assert proc.returncode == 0, proc.stderr[-2000:]
    assert proc.stdout.strip().splitlines()[-1] == "[]", proc.stdout
