"""The articles one app session works on: the seeds plus what the user added.

Kept out of ``streamlit_app.py`` so it can be tested without Streamlit. Added
articles live in memory, in the caller's session (never on disk), so two
sessions never see each other's uploads; a fingerprint of the whole set is the
cache key of its build, so moving the date slider never re-reads articles.
"""
from __future__ import annotations

import datetime as dt
import hashlib
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, Iterable

from reading.document import Document, Problem

__all__ = ["SEEDS", "Workspace", "fingerprint", "MAX_UPLOAD_BYTES"]

SEEDS = Path(__file__).resolve().parents[1] / "seeds"
#: Largest uploaded or pasted article accepted, in bytes.
MAX_UPLOAD_BYTES = 5_000_000


def fingerprint(documents: Iterable[Document]) -> str:
    """A stable hash of the documents' ids, texts and metadata (the build's cache key)."""
    h = hashlib.sha256()
    for d in documents:
        for part in (d.id, d.text, d.title or "", d.url or "", d.source or "",
                     d.published.isoformat() if d.published else "", d.published_precision,
                     str(d.published_uncertainty_days)):
            h.update(part.encode("utf-8", "surrogatepass"))
            h.update(b"\x00")
    return h.hexdigest()


@dataclass
class Workspace:
    """A corpus in memory: base documents (the seeds) and user additions.

    documents (list[Document]): everything to build, base first.
    problems (list[Problem]): problems met while reading the base corpus and additions.
    files (list): per-file records of the base corpus and additions.
    messages (list[str]): one line per addition, for the user.
    """

    documents: list[Document] = field(default_factory=list)
    problems: list[Problem] = field(default_factory=list)
    files: list[Any] = field(default_factory=list)

    @classmethod
    def from_folder(cls, path: str | Path = SEEDS) -> "Workspace":
        from reading.corpus import read_corpus

        read = read_corpus(path)
        return cls(list(read.documents), list(read.problems), list(read.files))

    def copy(self) -> "Workspace":
        return Workspace(list(self.documents), list(self.problems), list(self.files))

    @property
    def key(self) -> str:
        return fingerprint(self.documents)

    def _unique_id(self, name: str) -> str:
        taken = {d.id for d in self.documents}
        if name not in taken:
            return name
        stem, dot, ext = name.rpartition(".")
        base, ext = (stem, "." + ext) if dot else (name, "")
        i = 2
        while f"{base}-{i}{ext}" in taken:
            i += 1
        return f"{base}-{i}{ext}"

    def add_text(
        self,
        text: str,
        *,
        title: str | None = None,
        published: dt.date | None = None,
        url: str | None = None,
        source: str | None = None,
        name: str = "pasted.txt",
    ) -> tuple[Document | None, str]:
        """Add a pasted article; return (document or None, one-line message)."""
        from reading.corpus import read_text

        if not text or not text.strip():
            return None, "Nothing to add: the text is empty."
        if len(text.encode("utf-8", "surrogatepass")) > MAX_UPLOAD_BYTES:
            return None, f"Not added: the text is larger than {MAX_UPLOAD_BYTES // 1_000_000} MB."
        doc = read_text(text, doc_id=self._unique_id(name), published=published, title=title, url=url, source=source)
        if self._is_duplicate(doc):
            return None, f"Not added: {name} repeats an article already in the corpus."
        self.documents.append(doc)
        return doc, f"Added {doc.id}" + ("" if published else " (no publication date: relative dates cannot be resolved)")

    def add_upload(
        self,
        name: str,
        data: bytes,
        *,
        published: dt.date | None = None,
        title: str | None = None,
        url: str | None = None,
        source: str | None = None,
    ) -> tuple[Document | None, str]:
        """Add an uploaded file; return (document or None, one-line message)."""
        from reading.corpus import read_upload

        if len(data) > MAX_UPLOAD_BYTES:
            return None, f"Not added: {Path(name).name} is larger than {MAX_UPLOAD_BYTES // 1_000_000} MB."
        doc, problems = read_upload(name, data, published=published, title=title, url=url, source=source)
        self.problems.extend(problems)
        if doc is None:
            reason = problems[0].reason if problems else "it could not be read"
            return None, f"Not added: {reason}"
        doc.id = self._unique_id(doc.id)
        if self._is_duplicate(doc):
            return None, f"Not added: {doc.id} repeats an article already in the corpus."
        self.documents.append(doc)
        return doc, f"Added {doc.id}" + ("" if published else " (no publication date: relative dates cannot be resolved)")

    def _is_duplicate(self, doc: Document) -> bool:
        norm = " ".join(doc.text.split())
        return any(" ".join(d.text.split()) == norm for d in self.documents)
