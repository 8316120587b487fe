"""Every message a user can see, in one place, with a code (as spaCy's Errors).

Codes: E1xx corpus and files (errors that stop one input), W1xx corpus warnings,
W2xx place mentions, W3xx dates, W4xx events and control claims, E5xx/W5xx
building layers and exports. Use ``Messages.W201.format(...)``.
Each helper adds its codes in its own range; keep them one line, no traceback.
"""

__all__ = ["Messages", "ON_PURPOSE"]

#: How the reason of a name left off the map by design ends (a sea, a river, a mountain, a road: no event is
#: pinned there): "Place 'Litani River' not placed: a sea, gulf, river or other water body (left off the map on
#: purpose)." (uxg: it said "...water body: not placed." after "not placed:", the words twice).
ON_PURPOSE = " (left off the map on purpose)"


class Messages:
    # --- corpus and files (E1xx / W1xx) ---
    E101 = "Corpus folder {path!r} does not exist."
    E102 = "Corpus path {path!r} is not a folder."
    E103 = "Corpus folder {path!r} cannot be read: {error}."
    E104 = "{name}: not a text file (binary content); skipped."
    E105 = "{name}: empty file; skipped."
    E106 = "{name}: file too large ({size} bytes, limit {limit}); not read."
    E107 = "{name}: text encoding not recognised (tried UTF-8, UTF-16, cp1252, cp1256); skipped."
    E108 = "{name}: no article text found in the HTML page; skipped."
    E109 = "{name}: file cannot be read: {error}."
    E110 = "Argument {name} must be {expected}, got {got}."
    E111 = "{name}: {what}; skipped."
    W101 = "{name}: unsupported file type {suffix!r} (use .txt, .md, .html); skipped."
    W102 = "{name}: no publication date; relative dates in it cannot be resolved."
    W103 = "{name}: no title in the manifest and no headline on the first line."
    W104 = "{name}: duplicate of {original} (same text); kept once."
    W105 = "{manifest} line {line}: not a valid JSON object ({error}); row ignored."
    W106 = "{manifest} line {line}: no 'file' field; row ignored."
    W107 = "{manifest} line {line}: file {file!r} is not in the corpus; row ignored."
    W108 = "{manifest} line {line}: publication date {value!r} is impossible or not YYYY-MM-DD / YYYY-MM; date left unknown."
    W109 = "{manifest} line {line}: published_uncertainty_days {value!r} is not a whole number >= 0; taken as 0."
    W110 = "{manifest} line {line}: file {file!r} already listed on line {first}; row ignored."
    W111 = "{manifest}: cannot be read ({error}); files read without it."
    W112 = "Both manifest.jsonl and manifest.csv found; manifest.csv ignored."
    W113 = "{name}: no manifest row; {fields} unknown."
    W114 = "{manifest} line {line}: url {value!r} is not an http(s) address; ignored."
    W115 = "{name}: no {field} given in the manifest."
    W116 = "{manifest} gives no {field} for any of its {count} articles (their sources are listed without one)."
    W117 = "{name}: {what}."
    W118 = "{manifest} line {line}: {field} {value} is not text; ignored."
    W119 = "{manifest} line {line}: publication date {value} {why}; date left unknown."
    W120 = "{manifest}: no 'file' column (its columns: {columns}); files read without it."
    W121 = "no article read from {path} (no readable .txt, .md or .html file in it); the exports are empty."
    W122 = ("{manifest} line {line}: publication date {value!r} is written with slashes, whose day and month order "
            "differs between countries; write it YYYY-MM-DD; date left unknown.")

    # --- place mentions (W2xx) ---
    W201 = "Place {text!r} not placed: {reason}."
    W202 = "Place {text!r} not placed, several places have this name: {reason}."
    W203 = "Phrase {text!r} not placed: {reason}."
    W204 = "Reference {text!r} not placed: {reason}."
    W205 = "Geoparse input line {line}: {error}; line skipped."
    W250 = "Gazetteer cache not written to {path} ({error}); the index is rebuilt in each process."

    # --- dates (W3xx) ---
    W301 = "{text!r}: no publication date and no year: year unknown."
    W302 = "{text!r}: relative date but no publication date: cannot be resolved."
    W303 = "{text!r}: impossible date ({detail})."
    W304 = "{text!r}: day and month order is ambiguous; use 2019-04-05 or 5 April 2019."

    # --- events and control claims (W4xx) ---
    W401 = "Event {text!r}: no date in the sentence and no publication date; left undated."
    W402 = "Event {text!r}: no place in the sentence and the article's country is unknown; not placed."
    W403 = "Component {component!r} failed on this document ({error}); its facts are missing."
    W404 = "Control claim {text!r}: no place could be found for it; dropped."
    W405 = "Control claim {text!r}: no date in the sentence and no publication date; left undated."
    W406 = "Component {component!r} returned {got} instead of a Document; its output is ignored."
    W407 = ("Control claim {text!r}: {actor!r} names nobody in particular (a common noun); "
            "no zone drawn for it.")
    W409 = ("Territory event: the place taken, {text!r}, was not found; placed at {place} only to say where it is "
            "(that area did not change hands).")
    W412 = ("Territory event: the place taken, {text!r}, is not named; {place} only says where it lies "
            "(no zone drawn there).")
    W408 = "Control claim {text!r}: the text says the hold was brief, undone or still fought over; no zone drawn for it."
    W411 = ("Place {text!r}, listed with the other places of event {event!r}, was not found; it gets no marker "
            "of its own (the event is drawn at {place}).")
    W413 = ("Agreement {text!r}: no side that agreed is read in its sentence; not mapped (who agreed, and where, "
            "is in the article).")
    W410 = ("{text!r}: a capture one side claims and the other denies; read as fighting for the place, "
            "no zone drawn for it.")

    # --- layers and exports (E5xx / W5xx) ---
    E501 = "Unknown asset mode {mode!r}: use one of {modes}."
    E502 = "Vendored asset {name!r} is missing from static/vendor/; run scripts/vendor_assets.sh."
    E503 = "The export still loads scripts or stylesheets from the network ({refs}); it would break offline."
    E504 = "Argument {name} must be {expected}, got {got}."
    W501 = "{count} undated event(s) are left out of the time-filtered map."
    W502 = "Country borders are unavailable ({reason}); the offline basemap shows a plain grid."
    W503 = "{count} event(s) without valid coordinates are left off the map."
    W550 = "Control claim {claim}: no date and no publication date; left off the zone timeline."
    W551 = "Control claim {claim}: no usable location; left off the zone timeline."
    W552 = "Control claim {claim}: unknown relation {relation!r}; left off the zone timeline."
    W553 = "Territory event {event}: no date; left off the zone timeline."
    W554 = "Territory event {event}: no actor named as taking the area; left off the zone timeline."
    W555 = ("Territory event {event}: placed only at the whole country, which does not say what territory "
            "changed hands; left off the zone timeline (the event stays on the map).")
    W557 = ("Control claim {claim}: a change of hands placed only at the whole country, which does not say "
            "what territory changed hands; no zone drawn for it.")
    W556 = ("Territory event {event}: {faction} taking this area is history the article recalls, and it tells "
            "nothing current of {faction}; left off the zone timeline (nothing says whether they hold it still).")
    W558 = ("Control claim {claim}: {faction} holding or taking this area is history the article recalls, and it "
            "tells nothing current of {faction}; left off the zone timeline (nothing says whether they hold it still).")
    E560 = "Cannot write {path}: {reason}; the previous file, if any, is unchanged."
    pass
