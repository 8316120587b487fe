"""Who acts: actor mentions per sentence, resolved to profile factions when possible.

Events need an ``actor1``/``actor2`` and control claims a faction. With a
conflict profile, aliases ("the self-styled Libyan National Army", "GNA"),
leaders ("Haftar's forces") and context rules ("government forces" in Libya
2019) name a faction id. Without one, generic phrases ("Houthi rebels",
"security forces", "National Salvation Front") are kept as the text names
them, so nothing is forced onto a side it does not belong to.

Results go to ``doc.user_data["actors"]`` (a sorted list of
:class:`ActorMention`) and ``doc.user_data["profile"]`` (the profile id or None).
"""
from __future__ import annotations

import json
import re
from dataclasses import dataclass
from operator import attrgetter
from pathlib import Path
from typing import Any

from reading.document import Document
from reading.events import by_sentence
from reading.prefilter import LiteralGate, fold, folded_twin
from reading.profiles import Profile, detect_profile

__all__ = ["ActorMention", "ActorMentions", "actors_of", "ACTOR_PATTERNS"]

#: Generic actor patterns (data).
ACTOR_PATTERNS = Path(__file__).with_name("patterns") / "actors.json"


@dataclass(frozen=True, slots=True)
class ActorMention:
    """An actor named in the text.

    start, end (int): offsets into the document text.
    text (str): the phrase as written ("Haftar's forces").
    name (str): the faction id when resolved, else the phrase without "the".
    faction (str | None): the profile faction id, None when not resolved.
    kind (str): "alias", "leader", "context" (profile), "country" (a country
        acting, from the toponym stage), "generic", or "pronoun" (he/his
        resolved to the last named leader).
    """

    start: int
    end: int
    text: str
    name: str
    faction: str | None = None
    kind: str = "generic"


def actors_of(doc: Document) -> list[ActorMention]:
    """The actor mentions an :class:`ActorMentions` run left on ``doc``."""
    return list(doc.user_data.get("actors", []))


def _load_patterns(path: Path) -> dict:
    with path.open(encoding="utf-8") as fh:
        data = json.load(fh)
    gen = []
    for g in data["generic"]:
        flags = re.IGNORECASE if "i" in g.get("flags", "") else 0
        gen.append((g["id"], re.compile(rf"(?<![\w\-])(?:{g['pattern']})(?![\w])", flags)))
    return {
        "generic": gen,
        # One pass per article finds the words each generic pattern needs.
        "gate": LiteralGate([rx for _, rx in gen]),
        # Each generic pattern as a case-sensitive regex for folded text (None when not certain to be the same).
        "twins": [folded_twin(rx) for _, rx in gen],
        "tail": re.compile(rf"(?:{data['possessive_tail']})", re.IGNORECASE),
        "pronouns": re.compile(data["pronouns"], re.IGNORECASE),
        "stop": set(data.get("stop", ())),
        "followers": re.compile(data["followers"], re.IGNORECASE),
        "loyal_to": re.compile(data["loyal_to"], re.IGNORECASE),
    }


def _clean_name(text: str, stop: set[str]) -> str:
    words = text.split()
    while words and (words[0] in stop or words[0].lower() == "the"):
        words = words[1:]
    return " ".join(words) if words else text.strip()


_START_END = attrgetter("start", "end")


def _overlaps(s: int, e: int, spans: list[tuple[int, int]]) -> bool:
    return any(s < te and ts < e for ts, te in spans)


class ActorMentions:
    """Pipeline component: find actor mentions, resolving factions by profile.

    Parameters
    ----------
    profile : Profile | None
        Use this profile; None detects one per document (see
        :func:`reading.profiles.detect_profile`), unless ``detect`` is False.
    detect : bool
        Whether to detect a profile when none is given.
    pronoun_window : int
        "he"/"his" resolve to a leader named at most this many sentences back.
    """

    name = "actors"
    assigns = ("user_data.actors", "user_data.profile")

    def __init__(self, profile: Profile | None = None, *, detect: bool = True, pronoun_window: int = 2,
                 patterns: str | Path = ACTOR_PATTERNS) -> None:
        if profile is not None and not isinstance(profile, Profile):
            raise TypeError(f"profile must be a Profile or None, got {type(profile).__name__}")
        if not isinstance(pronoun_window, int) or pronoun_window < 0:
            raise ValueError(f"pronoun_window must be a non-negative int, got {pronoun_window!r}")
        self.profile = profile
        self.detect = detect
        self.pronoun_window = pronoun_window
        self._p = _load_patterns(Path(patterns))

    def profile_for(self, doc: Document) -> Profile | None:
        """The profile used for ``doc``: the fixed one, or a detected one."""
        if self.profile is not None:
            focus = (doc.focus_country or "").upper()
            if not focus or focus in self.profile.countries or self._names_factions(doc, self.profile):
                return self.profile
            # An article about another country in the same corpus: its own profile, if any.
        return detect_profile(doc) if self.detect else None

    @staticmethod
    def _names_factions(doc: Document, profile: Profile) -> bool:
        local = {f.id for f in profile.factions if f.kind != "international"}
        return any(a.kind != "context" and a.faction in local for a in profile.find(doc.text))

    def __call__(self, doc: Document) -> Document:
        if not isinstance(doc, Document):
            raise TypeError(f"doc must be a Document, got {type(doc).__name__}")
        profile = self.profile_for(doc)
        doc.user_data["profile"] = profile.id if profile else None
        doc.user_data["profile_obj"] = profile
        sentences = doc.sentences or []
        if not sentences:
            from reading.document import Sentence

            sentences = [Sentence(0, len(doc.text))]
        found: list[ActorMention] = []
        hits = self._p["gate"].scan(doc.text)
        folded = fold(doc.text)  # for the patterns' folded twins (same offsets)
        countries = [m for m in doc.mentions if m.role == "actor"]
        # The country mentions that may lie in each sentence, from one pass (None: each sentence reads all).
        by_sent = by_sentence(countries, sentences, inclusive=True) if countries else None
        last_leader: tuple[int, str] | None = None  # (sentence index, faction)
        masks = self._p["gate"].masks(hits, sentences)  # each sentence's gate mask, in one walk
        for si, sent in enumerate(sentences):
            text = doc.text[sent.start : sent.end]
            mine = self._sentence_actors(doc, text, sent.start, profile, hits=hits,
                                         countries=countries if by_sent is None else by_sent[si], folded=folded,
                                         mask=masks[si])
            if len(mine) > 1:
                mine.sort(key=_START_END)
                mine = self._merge_followers(doc.text, mine)
            # Pronouns: he/his -> the last named leader's faction, if recent.
            leaders_here = [a for a in mine if a.kind == "leader"]
            recent = last_leader is not None and si - last_leader[0] <= self.pronoun_window
            if leaders_here or recent:
                taken = [(a.start, a.end) for a in mine]
            for m in (self._p["pronouns"].finditer(text) if leaders_here or recent else ()):  # no leader: nobody to resolve to
                s, e = sent.start + m.start(), sent.start + m.end()
                before = [a for a in leaders_here if a.end <= s]
                if before:
                    fac = before[-1].faction
                elif last_leader and si - last_leader[0] <= self.pronoun_window:
                    fac = last_leader[1]
                else:
                    continue
                if fac and not _overlaps(s, e, taken):
                    mine.append(ActorMention(s, e, m.group(0), fac, fac, "pronoun"))
            if leaders_here:
                last_leader = (si, leaders_here[-1].faction or leaders_here[-1].name)
            found.extend(mine)
        found.sort(key=_START_END)
        doc.user_data["actors"] = found
        return doc

    def _merge_followers(self, text: str, mine: list[ActorMention]) -> list[ActorMention]:
        """"Forces loyal to Khalifa Haftar" is one actor: Haftar's faction."""
        out: list[ActorMention] = []
        i = 0
        while i < len(mine):
            a = mine[i]
            nxt = mine[i + 1] if i + 1 < len(mine) else None
            if (nxt is not None and a.faction is None and self._p["followers"].match(a.text)
                    and self._p["loyal_to"].match(text[a.end:nxt.start])):
                out.append(ActorMention(a.start, nxt.end, text[a.start:nxt.end], nxt.name, nxt.faction, nxt.kind))
                i += 2
                continue
            out.append(a)
            i += 1
        return out

    def _sentence_actors(self, doc: Document, text: str, base: int, profile: Profile | None, *,
                         hits: Any = None, countries: list | None = None,
                         folded: str | None = None, mask: int | None = None) -> list[ActorMention]:
        """Actors in ``text`` (the sentence at ``base``). ``hits``: the article's
        gate scan (patterns that cannot match are skipped); ``countries``: its
        place mentions with role "actor" (default: read from ``doc.mentions``);
        ``folded``: ``fold(doc.text)``, read by the patterns' folded twins; ``mask``:
        the gate's mask of the sentence, when read already."""
        out: list[ActorMention] = []
        spans: list[tuple[int, int]] = []
        if profile is not None:
            for a in profile.find(text, context=text, date=doc.published):
                end = a.end
                tail = self._p["tail"].match(text, end)
                if a.kind in ("leader", "alias") and tail:
                    end = tail.end()
                if _overlaps(a.start, end, spans):
                    continue
                spans.append((a.start, end))
                out.append(ActorMention(base + a.start, base + end, text[a.start:end], a.faction, a.faction, a.kind))
        # Generic phrases, longest first.
        cands = []
        generic = self._p["generic"]
        if hits is not None:
            gate = self._p["gate"]
            got = gate.mask(hits, base, base + len(text)) if mask is None else mask
            twins = self._p["twins"]
            generic = gate.pick(got, "generic", lambda idx: [(*generic[i], twins[i]) for i in idx])
        else:
            generic = [(gid, rx, None) for gid, rx in generic]
        low = None  # the sentence folded, when a twin needs it
        for gid, rx, twin in generic:
            if twin is not None and folded is not None:
                if low is None:
                    low = folded[base:base + len(text)]
                matches = twin.finditer(low)
            else:
                matches = rx.finditer(text)
            for m in matches:
                if m.end() > m.start():
                    cands.append((-(m.end() - m.start()), m.start(), m.end(), gid))
        cands.sort()
        # Countries acting (from the toponym stage).
        for m in (doc.mentions if countries is None else countries):
            if m.role != "actor" or not (base <= m.start and m.end <= base + len(text)):
                continue
            s, e = m.start - base, m.end - base
            if _overlaps(s, e, spans):
                continue
            if any(cs <= s and e <= ce and ce - cs > e - s for _, cs, ce, g in cands if g == "x-forces"):
                continue  # "Chadian forces" beats "Chadian"
            name = m.name or m.text
            fac = profile.faction_of(m.text, text, date=doc.published) if profile else None
            spans.append((s, e))
            out.append(ActorMention(m.start, m.end, m.text, fac or name, fac, "country"))
        for _, s, e, gid in cands:
            phrase = text[s:e]
            # Trim leading sentence-initial stop words ("The", "Meanwhile").
            words = phrase.split()
            while len(words) > 1 and words[0] in self._p["stop"]:
                s = text.index(words[1], s + len(words[0]))
                words = words[1:]
            if _overlaps(s, e, spans):
                continue
            phrase = text[s:e]
            if gid in ("x-forces", "named-org") and phrase.split()[0] in self._p["stop"]:
                continue
            spans.append((s, e))
            name = _clean_name(phrase, self._p["stop"])
            out.append(ActorMention(base + s, base + e, phrase, name, None, "generic"))
        return out
