"""The articles one app session works on: the seeds plus what the user added.

Kept out of ``streamlit_app.py`` so it can be tested without Streamlit. Added
articles live in memory, in the caller's session (never on disk), so two
sessions never see each other's uploads; a fingerprint of the whole set is the
cache key of its build, so moving the date slider never re-reads articles.
"""
from __future__ import annotations

import dataclasses
import datetime as dt
import hashlib
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, Iterable

from reading.document import Document, Problem

__all__ = ["SEEDS", "Workspace", "fingerprint", "MAX_UPLOAD_BYTES", "MANIFEST_SUFFIXES"]

SEEDS = Path(__file__).resolve().parents[1] / "seeds"
#: Largest uploaded or pasted article accepted, in bytes.
MAX_UPLOAD_BYTES = 5_000_000
#: An uploaded file with one of these endings is the manifest of the files uploaded with it.
MANIFEST_SUFFIXES = (".jsonl", ".csv")


#: Rows naming files not here (W107) said one by one up to this many; the rest counted.
UNLISTED_SHOWN = 5


def manifest_messages(problems: Iterable[Problem]) -> list[str]:
    """One message per manifest problem for the user, except rows naming files that are not
    here: a manifest written for a whole archive, uploaded with a batch of it, gave one warning
    per other file (hundreds), burying the ones that matter. The first few are said, the rest
    counted with an example name; all stay in the problems panel."""
    messages, unlisted = [], []
    for p in problems:
        if p.kind != "manifest":
            continue
        if p.code == "W107":
            unlisted.append(p)
            if len(unlisted) > UNLISTED_SHOWN:
                continue
        messages.append(f"Manifest: {p.reason}")
    if len(unlisted) > UNLISTED_SHOWN:
        rest = unlisted[UNLISTED_SHOWN:]
        messages.append(f"Manifest: {rest[0].doc_id}: {len(rest):,} more rows name files that are not here "
                        f"(e.g. {rest[0].text!r}); rows ignored.")
    return messages


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

    def without(self, base: "Workspace") -> "Workspace":
        """This workspace without ``base``'s articles, problems and file records: a user's own
        articles alone, once the seeds the app opens on are set aside."""
        drop = {d.id for d in base.documents}
        return Workspace([d for d in self.documents if d.id not in drop],
                         [p for p in self.problems if p not in base.problems],
                         [f for f in self.files if f not in base.files])

    def has_all(self, base: "Workspace") -> bool:
        """True while every article of ``base`` is still here."""
        ids = {d.id for d in self.documents}
        return bool(base.documents) and all(d.id in ids for d in base.documents)

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

    def add_uploads(
        self,
        files: Iterable[tuple[str, bytes]],
        *,
        published: dt.date | None = None,
        url: str | None = None,
    ) -> tuple[list[Document], list[str]]:
        """Add uploaded files at once; return (documents added, one message per file or problem).

        Without a manifest every file gets ``published`` and ``url``. With one (a ``.jsonl`` or
        ``.csv`` among the files, as the CLI reads ``manifest.jsonl``/``manifest.csv``) each file
        gets its row's date, title, url and source; ``published`` then dates only the files the
        manifest has no row for. A manifest uploaded alone re-dates the articles already here
        (:meth:`redate`). The manifest's problems (a bad date, a row for a file not uploaded)
        are messages too, and stay in :attr:`problems`: nothing is dropped unsaid.
        """
        files = [(name, bytes(data)) for name, data in files]
        manifests = [name for name, _ in files if Path(name).suffix.lower() in MANIFEST_SUFFIXES]
        if not manifests:
            return self._add_each(files, published=published, url=url)
        if len(manifests) > 1:
            return [], [f"Not added: {len(manifests)} manifests uploaded ({', '.join(manifests)}); "
                        "upload one with the articles it dates."]
        if len(files) == 1:
            return self.redate(*files[0])
        too_big = [name for name, data in files if len(data) > MAX_UPLOAD_BYTES]
        if too_big:
            return [], [f"Not added: {', '.join(too_big)} larger than {MAX_UPLOAD_BYTES // 1_000_000} MB."]
        from reading.corpus import HTML_DATE_NOTE, UNLISTED_NOTE, read_uploads

        try:
            read = read_uploads(files, manifest=manifests[0], published=published, url=url)
        except ValueError as err:
            return [], [f"Not added: {err}"]
        # Where each file's date came from, as its file record notes it (else its manifest row).
        notes = {f.doc_id: f.message for f in read.files if f.doc_id}
        origin = {d.id: "the date above: the manifest has no row for it" if UNLISTED_NOTE in notes.get(d.id, "")
                  else "the page's own metadata" if HTML_DATE_NOTE in notes.get(d.id, "") else "the manifest"
                  for d in read.documents}
        self.problems.extend(read.problems)
        added, messages = [], []
        messages += manifest_messages(read.problems)
        messages += [f"Not added: {p.reason}" for p in read.problems
                     if p.kind in ("unreadable", "skipped", "duplicate")]
        for doc in read.documents:
            where = origin[doc.id]
            doc.id = self._unique_id(doc.id)
            if self._is_duplicate(doc):
                messages.append(f"Not added: {doc.id} repeats an article already in the corpus.")
                continue
            self.documents.append(doc)
            added.append(doc)
            if doc.published is None:
                messages.append(f"Added {doc.id} (no publication date: relative dates cannot be resolved)")
            else:
                messages.append(f"Added {doc.id}, published {doc.published.isoformat()} ({where})")
        return added, messages

    def redate(self, name: str, data: bytes) -> tuple[list[Document], list[str]]:
        """Give the articles already here that a manifest lists its rows' dates, titles, addresses
        and sources; return (the articles changed, one message per change or problem).

        Users often notice the missing dates after uploading: the manifest then comes alone.
        Each changed article is a new Document in its place (the seeds' objects are shared with
        other sessions); a row without a usable date keeps the article's date, and says why.
        """
        from reading.corpus import read_manifest

        came_alone = f"Not added: {name} came alone; upload it together with the articles it lists."
        if not self.documents:
            return [], [came_alone]
        if len(data) > MAX_UPLOAD_BYTES:
            return [], [f"Not added: {name} is larger than {MAX_UPLOAD_BYTES // 1_000_000} MB."]
        rows, problems = read_manifest(name, data, (d.id for d in self.documents))
        self.problems.extend(problems)
        messages = manifest_messages(problems)
        if not rows:
            return [], [came_alone.replace("came alone", "lists none of the articles here")] + messages
        changed = []
        for i, doc in enumerate(self.documents):
            row = rows.get(doc.id)
            if row is None:
                continue
            new = dataclasses.replace(
                doc,
                published=row.published or doc.published,
                published_precision=row.precision if row.published else doc.published_precision,
                published_uncertainty_days=row.uncertainty if row.published else doc.published_uncertainty_days,
                title=row.title or doc.title, url=row.url or doc.url, source=row.source or doc.source)
            if new == doc:
                messages.append(f"Manifest: {doc.id} already has what its row gives; unchanged.")
                continue
            self.documents[i] = new
            changed.append(new)
            was = doc.published.isoformat() if doc.published else "undated"
            now = new.published.isoformat() if new.published else "undated"
            messages.append(f"Re-dated {doc.id}: published {now} (the manifest; was {was})" if now != was
                            else f"Updated {doc.id} from the manifest (title, address or source; date unchanged)")
        return changed, messages

    def _add_each(self, files, *, published, url) -> tuple[list[Document], list[str]]:
        """Every file with the one date and address given (no manifest)."""
        added, messages = [], []
        for name, data in files:
            # A bad field (say a source address that is not http(s)) is a message, not a traceback.
            try:
                doc, msg = self.add_upload(name, data, published=published, url=url or None)
            except ValueError as err:
                doc, msg = None, f"Not added: {name}: {err}"
            messages.append(msg)
            if doc is not None:
                added.append(doc)
        return added, messages

    def _is_duplicate(self, doc: Document) -> bool:
        norm = " ".join(doc.text.split())
        return any(" ".join(d.text.split()) == norm for d in self.documents)

