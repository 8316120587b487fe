"""The one container that flows through reading: a :class:`Document` and its facts.

In the spirit of spaCy's ``Doc``: every pipeline component takes a Document,
writes what it found onto it and returns it. Facts point back into the text by
character offsets (:class:`Evidence`), so each marker and zone can quote the
sentence it came from. Anything a component could not do (a mention it could
not place, a date it could not resolve) is written to ``doc.problems`` with a
reason: nothing is silently dropped.

All classes are plain dataclasses so that stages stay importable and testable
without Streamlit, and serialisable with :func:`dataclasses.asdict`-like helpers
(:meth:`to_dict`).
"""
from __future__ import annotations

import datetime as dt
from bisect import bisect_right
from dataclasses import dataclass, field
from typing import Any, Callable

__all__ = [
    "Document",
    "Sentence",
    "Evidence",
    "FactDate",
    "Mention",
    "DateMention",
    "Event",
    "ControlClaim",
    "Problem",
    "TIME_PRECISION",
]

#: ACLED-style time precision codes. ACLED uses 1 (day), 2 (within a week or a
#: few days), 3 (month); 4 (year only) is our extension for background history.
TIME_PRECISION = {"day": 1, "week": 2, "month": 3, "year": 4}


@dataclass(slots=True)
class Sentence:
    """A sentence as character offsets into ``Document.text``."""

    start: int
    end: int


@dataclass(slots=True)
class Evidence:
    """Where a fact was read: the document, the sentence and the exact span.

    doc_id (str): the document's id (its file name in the corpus).
    sentence (str): the whole sentence, as in the text.
    start, end (int): character span of the phrase that carries the fact,
        as offsets into the document text.
    title, url (str | None): the article's, copied for self-contained exports.
    """

    doc_id: str
    sentence: str
    start: int
    end: int
    title: str | None = None
    url: str | None = None


@dataclass(slots=True)
class FactDate:
    """A date read from text, with its precision.

    start, end (date): the span the expression covers (equal for one day; the
        whole month for "last month"; the year for "in 1969").
    precision (str): "day", "week", "month" or "year" (see TIME_PRECISION).
    text (str): the expression as written ("on April 4", "last month").
    basis (str): how it was resolved: "explicit", "weekday", "relative",
        "publication" (fell back to the article's date), "context", "told" (an
        event's only day is the day someone told it: the span ends on that day).
    """

    start: dt.date
    end: dt.date
    precision: str = "day"
    text: str = ""
    basis: str = "explicit"

    @property
    def time_precision(self) -> int:
        return TIME_PRECISION[self.precision]


@dataclass(slots=True)
class Mention:
    """A place mention: a span of text and, when resolved, where it is.

    start, end (int): character offsets into the document text.
    text (str): the span as written ("the suburbs to the south of Tripoli").
    name (str): the gazetteer name matched ("Tripoli").
    role (str): "location" (where something is), "actor" (a country acting,
        "Egypt supports ..."), "demonym" ("Libyan"), "reference" ("the capital").
    place_id (str | None): the resolved :class:`geo.place.Place` id.
    candidates (list[str]): ids of all candidate places considered.
    location (Any): the resolved :class:`geo.shapes.Location`, or None.
    reason (str): why it is unresolved, when it is; for a placed one, only a caveat on where
        (a district the gazetteer lacks, placed at the area it names: toponyms.COMPASS_AREA).
    """

    start: int
    end: int
    text: str
    name: str = ""
    role: str = "location"
    place_id: str | None = None
    candidates: list[str] = field(default_factory=list)
    location: Any = None
    reason: str = ""


@dataclass(slots=True)
class DateMention:
    """A date expression found in the text and what it resolved to.

    start, end (int): character offsets into the document text.
    text (str): as written ("on Thursday", "April 4", "last month", "in 1969").
    date (FactDate | None): None when it could not be resolved; ``reason`` says why (a reason beside a
        date: read only as a coarse span, "5/4/2019" of unknown day/month order, "31 June").
    future (bool): the expression refers to something planned or scheduled
        (after the publication date, allowed because the text says so).
    """

    start: int
    end: int
    text: str
    date: FactDate | None = None
    future: bool = False
    reason: str = ""


@dataclass(slots=True)
class Event:
    """A dated event with ACLED's taxonomy and its evidence.

    location (geo.shapes.Location | None): None only when nothing in the article
        supports a place; then ``location_note`` says why.
    planned (bool): announced, scheduled or threatened, not (yet) happened.
    background (bool): history recalled by the article (the 1969 coup), kept on
        its own map layer.
    alleged (str): "" when the article tells the event as fact; else how it is only
        alleged ("accusation by Pakistani forces", "'reportedly'"), shown with it.
    """

    id: str
    doc_id: str
    date: FactDate | None
    event_type: str
    sub_event_type: str
    actor1: str = ""
    actor2: str = ""
    fatalities: int | None = None
    planned: bool = False
    background: bool = False
    location: Any = None
    location_note: str = ""
    evidence: Evidence | None = None
    alleged: str = ""


@dataclass(slots=True)
class ControlClaim:
    """Who holds what, and since when.

    relation (str): "holds", "took", "withdrew", "expanding", "contested".
    faction (str): the faction id from the conflict profile, or the actor as
        named in the text when there is no profile.
    date (FactDate | None): when the claim is stated to hold (for "holds"
        typically the article's date; for "took", the date of the capture).
    background (bool): history the article recalls (dated as the events' background is:
        "took Goma in January 2025" in a 2026 story); a zone only while the article tells of that side today.
    """

    id: str
    doc_id: str
    faction: str
    relation: str
    location: Any
    date: FactDate | None
    evidence: Evidence | None = None
    background: bool = False


@dataclass(slots=True)
class Problem:
    """Something that could not be done, kept so that nothing is lost.

    code (str): a message code from :mod:`reading.messages` (e.g. "W101").
    kind (str): "unplaced", "undated", "unreadable", "manifest", "duplicate", ...
    doc_id (str): the document (or file) concerned.
    text (str): the mention, date expression or file name concerned.
    reason (str): one line, readable by a user.
    start, end (int | None): span in the document when there is one.
    """

    code: str
    kind: str
    doc_id: str
    text: str
    reason: str
    start: int | None = None
    end: int | None = None


@dataclass(slots=True)
class Document:
    """An article and everything read from it.

    id (str): unique within a corpus (the file name).
    text (str): the article text (the title is its first line when the file has one).
    published (date | None): publication date; None when unknown.
    published_precision (str): "day" or "month" (manifest "YYYY-MM").
    published_uncertainty_days (int): 0 when exact; a few days when inferred.
    """

    id: str
    text: str
    title: str | None = None
    published: dt.date | None = None
    published_precision: str = "day"
    published_uncertainty_days: int = 0
    url: str | None = None
    source: str | None = None
    path: str | None = None
    sentences: list[Sentence] = field(default_factory=list)
    mentions: list[Mention] = field(default_factory=list)
    dates: list[DateMention] = field(default_factory=list)
    events: list[Event] = field(default_factory=list)
    claims: list[ControlClaim] = field(default_factory=list)
    problems: list[Problem] = field(default_factory=list)
    focus_country: str | None = None
    user_data: dict[str, Any] = field(default_factory=dict)

    def sentence_at(self, offset: int) -> Sentence | None:
        """Return the sentence containing ``offset``, or None."""
        for s in self.sentences:
            if s.start <= offset < s.end:
                return s
        return None

    def sentence_text(self, offset: int) -> str:
        s = self.sentence_at(offset)
        return self.text[s.start : s.end] if s else ""

    def evidence(self, start: int, end: int) -> Evidence:
        """Build the :class:`Evidence` for a span of this document."""
        return Evidence(
            doc_id=self.id,
            sentence=self.sentence_text(start).strip(),
            start=start,
            end=end,
            title=self.title,
            url=self.url,
        )

    def evidence_maker(self) -> Callable[[int, int], Evidence]:
        """``evidence`` for many spans of an unchanging document: the sentence is found
        by binary search when the sentences are in order and disjoint (as the
        splitter makes them), so a long article does not cost facts x sentences."""
        sents = self.sentences
        if any(a.end > b.start for a, b in zip(sents, sents[1:])) or any(s.start > s.end for s in sents):
            return self.evidence
        starts = [s.start for s in sents]
        text, doc_id, title, url = self.text, self.id, self.title, self.url

        def make(start: int, end: int) -> Evidence:
            i = bisect_right(starts, start) - 1
            s = sents[i] if i >= 0 and start < sents[i].end else None
            return Evidence(doc_id=doc_id, sentence=text[s.start:s.end].strip() if s else "", start=start, end=end,
                            title=title, url=url)

        return make
