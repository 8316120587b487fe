"""Conflict profiles: who fights whom in one war, as data, not code.

A profile (``reading/profiles/<id>.json``) names a conflict's factions, the
phrases the press uses for each (aliases, leaders' names) and a few context
rules for phrases that are ambiguous on their own ("the government", "government
forces"). Adding a conflict means adding a JSON file; no code changes. Without a
profile the reading stages keep actors as the text names them.

Examples
--------
>>> p = load_profile("libya")
>>> p.faction_of("Haftar's forces")
'LNA'
>>> p.faction_of("government forces", "clashes south of Tripoli")
'GNA'
>>> p.faction_of("the Martians") is None
True
"""
from __future__ import annotations

import datetime as dt
import functools
import json
import re
import time
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, Iterable

__all__ = [
    "Faction",
    "ContextRule",
    "Region",
    "Profile",
    "ActorSpan",
    "PROFILE_DIR",
    "available_profiles",
    "load_profile",
    "load_profiles",
    "detect_profile",
]

#: Folder of the shipped profiles.
PROFILE_DIR = Path(__file__).with_name("profiles")

_KINDS = ("government", "armed group", "international", "other")
_HEX = re.compile(r"^#[0-9A-Fa-f]{6}$")


@dataclass(frozen=True, slots=True)
class Faction:
    """One side of a conflict.

    id (str): short key used in every output (``"LNA"``).
    name (str): readable name for legends.
    aliases (tuple[str, ...]): phrases naming the faction (literal, spacing-tolerant).
    leaders (tuple[str, ...]): people whose name stands for the faction
        ("Haftar's forces"); also used to resolve "he"/"his".
    color (str): hex colour for maps.
    seat (str): where it sits (a place name), "" when none.
    side (str): free label grouping allies ("east", "west").
    kind (str): "government", "armed group", "international" or "other".
    """

    id: str
    name: str
    aliases: tuple[str, ...] = ()
    leaders: tuple[str, ...] = ()
    color: str = "#000000"
    seat: str = ""
    side: str = ""
    kind: str = "other"


@dataclass(frozen=True, slots=True)
class ContextRule:
    """An ambiguous phrase that means a faction only in the right context.

    alias (str): regular expression for the phrase ("government forces").
    faction (str): faction id it resolves to.
    requires (tuple[str, ...]): at least one of these words must be in the
        context (empty: no requirement).
    unless (tuple[str, ...]): none of these may be in the context.
    note (str): why the rule holds, for reviewers.
    valid (tuple): first and last day the reading holds (None: open).
    """

    alias: str
    faction: str
    requires: tuple[str, ...] = ()
    unless: tuple[str, ...] = ()
    note: str = ""
    valid: tuple[dt.date | None, dt.date | None] = (None, None)

    def applies_on(self, date: dt.date | None) -> bool:
        """True when ``date`` (None: unknown) is inside the rule's years."""
        lo, hi = self.valid
        return date is None or ((lo is None or date >= lo) and (hi is None or date <= hi))


@dataclass(frozen=True, slots=True)
class Region:
    """A named part of a profile's country ("Fezzan"), found by its direction.

    region_id (str): id of its shape in :mod:`geo.boundaries` ("region:ly-fezzan").
    """

    name: str
    direction: str
    aliases: tuple[str, ...] = ()
    region_id: str = ""


@dataclass(frozen=True, slots=True)
class ActorSpan:
    """An actor phrase found by :meth:`Profile.find`."""

    start: int
    end: int
    text: str
    faction: str
    kind: str  # "alias", "leader" or "context"


def _alias_regex(alias: str) -> re.Pattern:
    """Literal alias, tolerant to spacing and hyphens; acronyms keep their case."""
    parts = [re.escape(p) for p in re.split(r"[\s\-]+", alias.strip()) if p]
    body = r"[\s\-]+".join(parts)
    letters = [c for c in alias if c.isalpha()]
    acronym = " " not in alias.strip() and sum(c.isupper() for c in letters) >= 2 and (
        sum(c.isupper() for c in letters) * 2 >= len(letters)
    )
    flags = 0 if acronym else re.IGNORECASE
    return re.compile(rf"(?<![\w.])(?:{body})(?![\w])", flags)


def _context_regex(pattern: str) -> re.Pattern:
    return re.compile(rf"(?<![\w])(?:{pattern})(?![\w])", re.IGNORECASE)


@functools.lru_cache(maxsize=4096)
def _word_regex(word: str) -> re.Pattern:
    return re.compile(rf"(?<!\w){re.escape(word.lower())}(?!\w)")


def _has_any(words: Iterable[str], text: str) -> bool:
    low = text.lower()
    return any(_word_regex(w).search(low) for w in words)


def _parse_date(value: Any, name: str) -> dt.date | None:
    if value in (None, ""):
        return None
    try:
        return dt.date.fromisoformat(str(value))
    except ValueError as exc:
        raise ValueError(f"profile field {name!r}: not an ISO date: {value!r}") from exc


@dataclass(frozen=True)
class Profile:
    """A conflict: its countries, factions and how the press names them.

    id (str): file stem ("libya").
    name (str): readable title.
    countries (tuple[str, ...]): ISO 3166-1 alpha-2 codes the conflict is in.
    factions (tuple[Faction, ...]): the sides, in legend order.
    context_rules (tuple[ContextRule, ...]): ambiguous phrases, tried last.
    regions (tuple[Region, ...]): named parts of the country by direction.
    valid (tuple[date | None, date | None]): when the profile's readings hold
        (e.g. "the government" means the GNA only 2016-2021); None = open.
    """

    id: str
    name: str
    countries: tuple[str, ...]
    factions: tuple[Faction, ...]
    context_rules: tuple[ContextRule, ...] = ()
    regions: tuple[Region, ...] = ()
    valid: tuple[dt.date | None, dt.date | None] = (None, None)
    _compiled: list = field(default_factory=list, init=False, repr=False, compare=False)
    _gate: list = field(default_factory=list, init=False, repr=False, compare=False)

    # -- construction ---------------------------------------------------------
    @classmethod
    def from_dict(cls, data: dict) -> "Profile":
        """Build a profile from its JSON form, checking what a map needs."""
        if not isinstance(data, dict):
            raise TypeError(f"data must be a dict, got {type(data).__name__}")
        for key in ("id", "name", "countries", "factions"):
            if key not in data:
                raise ValueError(f"profile is missing {key!r}")
        factions = []
        seen: set[str] = set()
        for f in data["factions"]:
            fid = str(f["id"])
            if fid in seen:
                raise ValueError(f"profile {data['id']!r}: duplicate faction id {fid!r}")
            seen.add(fid)
            color = f.get("color", "#000000")
            if not _HEX.match(color):
                raise ValueError(f"faction {fid!r}: color must be #rrggbb, got {color!r}")
            kind = f.get("kind", "other")
            if kind not in _KINDS:
                raise ValueError(f"faction {fid!r}: kind must be one of {_KINDS}, got {kind!r}")
            factions.append(
                Faction(
                    id=fid,
                    name=str(f.get("name", fid)),
                    aliases=tuple(f.get("aliases", ())),
                    leaders=tuple(f.get("leaders", ())),
                    color=color,
                    seat=str(f.get("seat", "")),
                    side=str(f.get("side", "")),
                    kind=kind,
                )
            )
        rules = []
        for r in data.get("context_rules", ()):
            if r["faction"] not in seen:
                raise ValueError(f"context rule {r['alias']!r}: unknown faction {r['faction']!r}")
            re.compile(r["alias"])
            rv = r.get("valid") or [None, None]
            rules.append(
                ContextRule(
                    alias=r["alias"],
                    faction=r["faction"],
                    requires=tuple(r.get("requires", ())),
                    unless=tuple(r.get("unless", ())),
                    note=r.get("note", ""),
                    valid=(_parse_date(rv[0], "valid"), _parse_date(rv[1], "valid")),
                )
            )
        regions = tuple(
            Region(name=g["name"], direction=g.get("direction", ""), aliases=tuple(g.get("aliases", ())),
                   region_id=g.get("region_id", ""))
            for g in data.get("regions", ())
        )
        valid = data.get("valid") or [None, None]
        return cls(
            id=str(data["id"]),
            name=str(data["name"]),
            countries=tuple(str(c).upper() for c in data["countries"]),
            factions=tuple(factions),
            context_rules=tuple(rules),
            regions=regions,
            valid=(_parse_date(valid[0], "valid"), _parse_date(valid[1], "valid")),
        )

    # -- lookups --------------------------------------------------------------
    def faction(self, faction_id: str) -> Faction | None:
        """The faction with this id, or None."""
        for f in self.factions:
            if f.id == faction_id:
                return f
        return None

    def color_of(self, faction_id: str) -> str | None:
        """Hex colour of a faction, or None when it is not in the profile."""
        f = self.faction(faction_id)
        return f.color if f else None

    def applies_on(self, date: dt.date | None) -> bool:
        """True when ``date`` (None: unknown) falls in the profile's validity."""
        if date is None:
            return True
        lo, hi = self.valid
        return (lo is None or date >= lo) and (hi is None or date <= hi)

    def region(self, text_or_direction: str) -> Region | None:
        """The named region for a direction ("south") or an alias ("Fezzan")."""
        key = text_or_direction.strip().lower()
        for g in self.regions:
            if (g.direction and g.direction == key) or key in (a.lower() for a in g.aliases) or g.name.lower() == key:
                return g
        return None

    def _patterns(self) -> list:
        """(regex, faction id, kind) in match order: aliases, leaders, context."""
        if not self._compiled:
            out = []
            for f in self.factions:
                for a in f.aliases:
                    out.append((_alias_regex(a), f.id, "alias", None))
                for a in f.leaders:
                    out.append((_alias_regex(a), f.id, "leader", None))
            for r in self.context_rules:
                out.append((_context_regex(r.alias), r.faction, "context", r))
            self._compiled.extend(out)
        return self._compiled

    @staticmethod
    def _rule_ok(rule: ContextRule | None, context: str) -> bool:
        if rule is None:
            return True
        if rule.unless and _has_any(rule.unless, context):
            return False
        return not rule.requires or _has_any(rule.requires, context)

    def named_factions(self, text: str) -> list[ActorSpan]:
        """The phrases of ``text`` that name one of the profile's own (not international) factions by a name of its
        own: an alias or a leader, not a context rule, nor an alias that is a common noun ("paramilitaries": act2,
        the word is as much Colombia's or Iraq's), which tells nothing of which war an article is about."""
        local = {f.id for f in self.factions if f.kind != "international"}
        common = {a.lower() for f in self.factions for a in f.aliases if a == a.lower()}
        return [a for a in self.find(text) if a.kind != "context" and a.faction in local and a.text.lower() not in common]

    def find(self, text: str, context: str | None = None, *, date: dt.date | None = None) -> list[ActorSpan]:
        """Every faction phrase in ``text``: longest first, no overlaps, sorted.

        context (str | None): text used to check context rules (default: ``text``).
        date (date | None): the article's date; context rules only apply
            inside the profile's validity.
        """
        if not isinstance(text, str):
            raise TypeError(f"text must be str, got {type(text).__name__}")
        ctx = text if context is None else context
        found = []
        patterns = self._patterns()
        if not self._gate:
            from reading.prefilter import LiteralGate

            self._gate.append(LiteralGate([rx for rx, _, _, _ in patterns]))
        gate = self._gate[0]
        # Only the phrases whose words are in the text can match (one pass, not one regex each).
        for i in gate.possible(gate.scan(text), 0, len(text)):
            rx, fid, kind, rule = patterns[i]
            if kind == "context" and (not self.applies_on(date) or not rule.applies_on(date)
                                      or not self._rule_ok(rule, ctx)):
                continue
            for m in rx.finditer(text):
                # Explicit aliases beat leaders beat context rules at equal length.
                rank = {"alias": 0, "leader": 1, "context": 2}[kind]
                found.append((-(m.end() - m.start()), rank, m.start(), m.end(), fid, kind))
        found.sort()
        taken: list[tuple[int, int]] = []
        out = []
        for _, _, s, e, fid, kind in found:
            if any(s < te and ts < e for ts, te in taken):
                continue
            taken.append((s, e))
            out.append(ActorSpan(s, e, text[s:e], fid, kind))
        return sorted(out, key=lambda a: (a.start, a.end))

    def state_faction(self) -> str | None:
        """The id of the profile's one government faction: the side its country's forces named by their
        nationality are ("Sudanese troops" in the Sudan war: SAF). None with two governments or none
        (Libya's, where the east and the west each call theirs the Libyan army)."""
        gov = [f.id for f in self.factions if f.kind == "government"]
        return gov[0] if len(gov) == 1 else None

    def faction_of(self, actor_text: str, context: str = "", *, date: dt.date | None = None) -> str | None:
        """The faction an actor phrase means, or None when it is not one.

        actor_text (str): the phrase ("Haftar's forces", "government forces").
        context (str): surrounding text (the sentence) for ambiguous phrases.
        date (date | None): the article's date.
        RETURNS (str | None): a faction id.
        """
        if not isinstance(actor_text, str):
            raise TypeError(f"actor_text must be str, got {type(actor_text).__name__}")
        if not isinstance(context, str):
            raise TypeError(f"context must be str, got {type(context).__name__}")
        spans = self.find(actor_text, context=f"{actor_text} {context}", date=date)
        if not spans:
            return None
        best = max(spans, key=lambda a: (a.end - a.start, -a.start))
        return best.faction

    def leader_faction(self, name: str) -> str | None:
        """Faction of a leader named ``name`` (any listed spelling), or None."""
        for rx, fid, kind, _ in self._patterns():
            if kind == "leader" and rx.fullmatch(name.strip()):
                return fid
        return None


_LISTING: list = [None, [], None, None]  # [folder mtime, ids, when its mtime was read (monotonic), folder]:
# listing the folder costs more than reading an article, reading its mtime for every article a few per cent of
# the actors' reading

#: Seconds a listing is used without reading the folder's mtime again (a profile added while a pipeline reads
#: a batch of articles is seen after this; a new pipeline, :class:`reading.actors.ActorMentions`, reads it at once).
LISTING_TTL = 1.0


def available_profiles() -> list[str]:
    """Ids of the shipped profiles, sorted."""
    now = time.monotonic()
    if _LISTING[2] is None or now - _LISTING[2] >= LISTING_TTL or _LISTING[3] != PROFILE_DIR:
        try:
            stamp = PROFILE_DIR.stat().st_mtime_ns
        except OSError:
            stamp = None
        if stamp is None or stamp != _LISTING[0] or _LISTING[3] != PROFILE_DIR:
            _LISTING[1] = sorted(p.stem for p in PROFILE_DIR.glob("*.json"))
            _LISTING[0] = stamp
        _LISTING[2] = now if stamp is not None else None
        _LISTING[3] = PROFILE_DIR
    return list(_LISTING[1])


def reread_listing() -> None:
    """Make the next :func:`available_profiles` read the folder's mtime (a new pipeline calls it)."""
    _LISTING[2] = None


def load_profile(name_or_path: str | Path) -> Profile:
    """Load a shipped profile by id ("libya") or any profile JSON by path."""
    if not isinstance(name_or_path, (str, Path)):
        raise TypeError(f"name_or_path must be str or Path, got {type(name_or_path).__name__}")
    path = Path(name_or_path)
    if path.suffix != ".json":
        path = PROFILE_DIR / f"{name_or_path}.json"
    if not path.is_file():
        raise ValueError(f"no conflict profile {str(name_or_path)!r}; shipped: {', '.join(available_profiles())}")
    with path.open(encoding="utf-8") as fh:
        return Profile.from_dict(json.load(fh))


_CACHE: dict[str, Profile] = {}


def load_profiles() -> list[Profile]:
    """All shipped profiles, sorted by id (cached: they are read-only)."""
    ids = available_profiles()
    for pid in ids:
        if pid not in _CACHE:
            _CACHE[pid] = load_profile(pid)
    return [_CACHE[p] for p in ids]


def detect_profile(doc: Any, profiles: Iterable[Profile] | None = None) -> Profile | None:
    """The profile for a document's focus country and date, or None.

    Falls back, when the focus country is unknown, to the profile whose
    factions the text names most (at least two explicit names).
    """
    candidates = list(load_profiles() if profiles is None else profiles)
    published = getattr(doc, "published", None)
    focus = getattr(doc, "focus_country", None)
    if focus:
        for p in candidates:
            if focus.upper() in p.countries and p.applies_on(published):
                return p
        return None
    text = getattr(doc, "text", "")
    best, best_n = None, 1
    for p in candidates:
        if not p.applies_on(published):
            continue
        n = len(p.named_factions(text))
        if n > best_n:
            best, best_n = p, n
    return best
