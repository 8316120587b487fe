"""The reading pipeline: named components run in order on each Document.

As in spaCy's ``Language``: a :class:`Pipeline` holds ``(name, component)``
pairs, each component a callable ``Document -> Document``. One component that
fails on one article must not lose the corpus: the error is written to
``doc.problems`` (kind "internal", one line, code W403) and the next component
runs on what is there.

Examples
--------
>>> from reading.document import Document
>>> nlp = Pipeline([("upper", lambda d: d)])
>>> nlp.pipe_names
['upper']
>>> nlp(Document(id="a", text="Hi.")).id
'a'
"""
from __future__ import annotations

from typing import Any, Callable, Iterable, Iterator

from reading.document import Document, Problem
from reading.messages import Messages

__all__ = ["Pipeline", "default_pipeline", "read_documents", "DEFAULT_PIPES"]

#: Names of the default components, in order.
DEFAULT_PIPES = ("sentences", "dates", "places", "actors", "events", "control")

Component = Callable[[Document], Document]


class Pipeline:
    """An ordered list of named components.

    Parameters
    ----------
    components : iterable of (str, callable)
        The components in run order.
    """

    def __init__(self, components: Iterable[tuple[str, Component]] = ()) -> None:
        self._pipes: list[tuple[str, Component]] = []
        for name, comp in components:
            self.add_pipe(comp, name=name)

    @property
    def pipe_names(self) -> list[str]:
        """Component names in run order."""
        return [n for n, _ in self._pipes]

    @property
    def pipeline(self) -> list[tuple[str, Component]]:
        """(name, component) pairs in run order (a copy)."""
        return list(self._pipes)

    def get_pipe(self, name: str) -> Component:
        """The component called ``name``; KeyError when there is none."""
        for n, c in self._pipes:
            if n == name:
                return c
        raise KeyError(f"no component {name!r}; have {self.pipe_names}")

    def add_pipe(self, component: Component, *, name: str | None = None, before: str | None = None,
                 after: str | None = None, last: bool = True) -> "Pipeline":
        """Add a component; returns the pipeline, to chain.

        name (str | None): defaults to the component's ``name`` attribute.
        before, after (str | None): put it next to an existing component.
        """
        if not callable(component):
            raise TypeError(f"component must be callable, got {type(component).__name__}")
        name = name or getattr(component, "name", None) or getattr(component, "__name__", None)
        if not isinstance(name, str) or not name:
            raise ValueError("name must be a non-empty str")
        if name in self.pipe_names:
            raise ValueError(f"a component named {name!r} is already in the pipeline")
        if before is not None and after is not None:
            raise ValueError("give before or after, not both")
        if before is not None:
            idx = self.pipe_names.index(self._known(before))
        elif after is not None:
            idx = self.pipe_names.index(self._known(after)) + 1
        else:
            idx = len(self._pipes) if last else 0
        self._pipes.insert(idx, (name, component))
        return self

    def remove_pipe(self, name: str) -> Component:
        """Remove and return the component called ``name``."""
        idx = self.pipe_names.index(self._known(name))
        return self._pipes.pop(idx)[1]

    def _known(self, name: str) -> str:
        if name not in self.pipe_names:
            raise ValueError(f"no component {name!r}; have {self.pipe_names}")
        return name

    def __call__(self, doc: Document) -> Document:
        """Run every component on ``doc``; failures become problems."""
        if not isinstance(doc, Document):
            raise TypeError(f"doc must be a Document, got {type(doc).__name__}")
        for name, comp in self._pipes:
            try:
                out = comp(doc)
            except Exception as exc:  # one article must not stop the corpus
                error = f"{type(exc).__name__}: {str(exc).splitlines()[0] if str(exc) else ''}".rstrip(": ")
                doc.problems.append(Problem("W403", "internal", doc.id, name,
                                            Messages.W403.format(component=name, error=error)))
                continue
            if isinstance(out, Document):
                doc = out
            else:
                doc.problems.append(Problem("W406", "internal", doc.id, name,
                                            Messages.W406.format(component=name, got=type(out).__name__)))
        return doc

    def pipe(self, docs: Iterable[Document]) -> Iterator[Document]:
        """Run the pipeline on each document, lazily, in order."""
        for doc in docs:
            yield self(doc)

    def __len__(self) -> int:
        return len(self._pipes)

    def __repr__(self) -> str:
        return f"Pipeline({self.pipe_names})"


def _optional(factory: Callable[[], Component], name: str) -> Component:
    """Build a component; if its module is missing, a stand-in that says so."""
    try:
        return factory()
    except Exception as exc:
        reason = f"{type(exc).__name__}: {exc}".splitlines()[0]

        def missing(doc: Document) -> Document:
            raise RuntimeError(f"component unavailable ({reason})")

        missing.name = name  # type: ignore[attr-defined]
        return missing


def default_pipeline(gazetteer: Any = None, profile: Any = None) -> Pipeline:
    """sentences -> dates -> places -> actors -> events -> control.

    Parameters
    ----------
    gazetteer : Gazetteer | None
        For place mentions; default :func:`geo.gazetteer.load_gazetteer`.
    profile : Profile | str | None
        Conflict profile (or its name); None detects one per document.
    """
    from reading.actors import ActorMentions
    from reading.control import ControlClaims
    from reading.events import EventExtractor
    from reading.profiles import Profile, load_profile

    if isinstance(profile, str):
        profile = load_profile(profile)
    if profile is not None and not isinstance(profile, Profile):
        raise TypeError(f"profile must be a Profile, a profile name or None, got {type(profile).__name__}")

    def sentences() -> Component:
        from reading.sentences import SentenceSplitter

        return SentenceSplitter()

    def dates() -> Component:
        from reading.dates import DateFinder

        return DateFinder()

    def places() -> Component:
        from reading.toponyms import PlaceMentions

        gaz = gazetteer
        if gaz is None:
            from geo.gazetteer import load_gazetteer

            gaz = load_gazetteer()
        return PlaceMentions(gaz)

    return Pipeline(
        [
            ("sentences", _optional(sentences, "sentences")),
            ("dates", _optional(dates, "dates")),
            ("places", _optional(places, "places")),
            ("actors", ActorMentions(profile)),
            ("events", EventExtractor(profile)),
            ("control", ControlClaims(profile)),
        ]
    )


def read_documents(docs: Iterable[Document], *, pipeline: Pipeline | None = None, gazetteer: Any = None,
                   profile: Any = None) -> list[Document]:
    """Read every document with ``pipeline`` (default :func:`default_pipeline`)."""
    nlp = pipeline if pipeline is not None else default_pipeline(gazetteer=gazetteer, profile=profile)
    if not isinstance(nlp, Pipeline):
        raise TypeError(f"pipeline must be a Pipeline, got {type(nlp).__name__}")
    return list(nlp.pipe(docs))
