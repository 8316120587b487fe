/* conflict-map: client-side layers for layers/elements.py (MIT, part of this project).
 *
 * Events and zones arrive as JSON data; markers, areas, popups, the legend and
 * the time slider are built here. Every string that comes from an article is
 * put in the page with textContent (never innerHTML), and only http(s) links
 * are made clickable.
 */
(function () {
  "use strict";
  if (window.ConflictMap) { return; }
  var CM = {};
  var DAY_MS = 86400000;
  var HEX = /^#[0-9a-fA-F]{6}$/;
  var GEO_WORDS = {
    1: "exact place (town)",
    2: "approximate: near a town or part of a region",
    3: "approximate: a larger region"
  };
  var TIME_WORDS = {1: "day", 2: "week", 3: "month", 4: "year"};

  function color(c) { return (typeof c === "string" && HEX.test(c)) ? c : "#666666"; }
  function isoDay(n) {
    if (n === null || n === undefined) { return ""; }
    return new Date(n * DAY_MS).toISOString().slice(0, 10);
  }
  function safeUrl(u) {
    if (typeof u !== "string") { return null; }
    var s = u.trim();
    return /^https?:\/\/[^\s]+$/i.test(s) ? s : null;
  }
  function el(tag, cls, text) {
    var e = document.createElement(tag);
    if (cls) { e.className = cls; }
    if (text !== null && text !== undefined) { e.textContent = String(text); }
    return e;
  }
  function row(parent, label, value) {
    if (value === null || value === undefined || value === "") { return; }
    var r = el("div", "cm-row");
    r.appendChild(el("span", "cm-label", label));
    r.appendChild(el("span", "cm-value", value));
    parent.appendChild(r);
  }
  function link(parent, url, text) {
    var u = safeUrl(url);
    if (!u) { if (text) { parent.appendChild(el("span", null, text)); } return; }
    var a = el("a", null, text || u);
    a.href = u;
    a.target = "_blank";
    a.rel = "noopener noreferrer";
    parent.appendChild(a);
  }
  CM.safeUrl = safeUrl;
  CM.isoDay = isoDay;

  /* ---- time registry: the slider tells every time-aware layer of a map ---- */
  function state(map) {
    if (!map._cmState) { map._cmState = {layers: [], active: false, day: null, windowDays: null}; }
    return map._cmState;
  }
  CM.register = function (map, layer) {
    var s = state(map);
    s.layers.push(layer);
    if (s.source && layer.setSource) { layer.setSource(s.source); }
    if (s.active) { layer.setTime(s.day, s.windowDays); } else { layer.setTime(null, null); }
  };
  function afterEvents(map, fn) {
    /* fn once the map's first block of events is drawn (what the map is for comes first),
       at the latest after 2 s; at once when the map awaits no block (its events are inline) */
    var s = state(map), done = false;
    function run() { if (!done) { done = true; fn(); } }
    if (!s.awaiting) { run(); return; }
    (s.afterEvents = s.afterEvents || []).push(run);
    setTimeout(run, 2000);
  }
  function eventsCame(map) {
    var s = state(map), waiting = s.afterEvents || [];
    s.awaiting = false; s.afterEvents = [];
    waiting.forEach(function (fn) { setTimeout(fn, 0); });  /* after this task: the events draw first */
  }
  CM.setTime = function (map, day, windowDays, source) {
    /* source (optional): the events of the date's block, for a layer made without data */
    var s = state(map);
    s.active = true; s.day = day; s.windowDays = windowDays;
    if (source) { s.source = source; }
    for (var i = 0; i < s.layers.length; i++) {
      if (source && s.layers[i].setSource) { s.layers[i].setSource(source); }
      s.layers[i].setTime(day, windowDays);
    }
  };
  function sidesShown(map, name, set) {
    /* A layer tells which sides (indexes of its factions table, the map's Sides) it draws now; the legend
       lists those (the sides of every date listed at one date named wars the map did not show). */
    var s = state(map), old = (s.sides = s.sides || {})[name];
    if (old && old.size === set.size && Array.from(set).every(function (k) { return old.has(k); })) { return; }
    s.sides[name] = set;
    map.fire("cmsides");
  }
  function sidesOnMap(map) {
    /* the union of what the layers draw; null when none told yet (then the legend lists every side) */
    var all = state(map).sides, names = all ? Object.keys(all) : [], out = new Set();
    if (!names.length) { return null; }
    names.forEach(function (k) { all[k].forEach(function (v) { out.add(v); }); });
    return out;
  }

  function pane(map, name, z) {
    if (!map.getPane(name)) { map.createPane(name).style.zIndex = String(z); }
    return name;
  }

  /* ---- marker shapes (one per event type) ---- */
  function shapePoints(shape, r) {
    var pts = [], i, a;
    switch (shape) {
      case "square": return [[-0.85 * r, -0.85 * r], [0.85 * r, -0.85 * r], [0.85 * r, 0.85 * r], [-0.85 * r, 0.85 * r]];
      case "diamond": return [[0, -1.2 * r], [1.1 * r, 0], [0, 1.2 * r], [-1.1 * r, 0]];
      case "triangle": return [[0, -1.25 * r], [1.15 * r, 0.8 * r], [-1.15 * r, 0.8 * r]];
      case "triangle-down": return [[-1.15 * r, -0.8 * r], [1.15 * r, -0.8 * r], [0, 1.25 * r]];
      case "star":
        for (i = 0; i < 10; i++) {
          a = -Math.PI / 2 + i * Math.PI / 5;
          var rr = (i % 2) ? 0.6 * r : 1.35 * r;
          pts.push([rr * Math.cos(a), rr * Math.sin(a)]);
        }
        return pts;
      case "cross":
        var o = 1.1 * r, b = 0.4 * r;
        return [[-b, -o], [b, -o], [b, -b], [o, -b], [o, b], [b, b], [b, o], [-b, o], [-b, b], [-o, b], [-o, -b], [-b, -b]];
      case "hexagon":
        for (i = 0; i < 6; i++) { a = i * Math.PI / 3; pts.push([1.1 * r * Math.cos(a), 1.1 * r * Math.sin(a)]); }
        return pts;
      default: return null;
    }
  }
  function svgD(pts, x, y) {
    var d = "";
    for (var i = 0; i < pts.length; i++) {
      d += (i ? "L" : "M") + (x + pts[i][0]).toFixed(1) + " " + (y + pts[i][1]).toFixed(1);
    }
    return d + "z";
  }
  CM.shapeSvg = function (shape, size, style) {
    var ns = "http://www.w3.org/2000/svg", svg = document.createElementNS(ns, "svg");
    var c = size / 2, r = size / 2 - 3, pts = shapePoints(shape, r / 1.3), node;
    svg.setAttribute("width", size); svg.setAttribute("height", size);
    if (pts) { node = document.createElementNS(ns, "path"); node.setAttribute("d", svgD(pts, c, c)); }
    else { node = document.createElementNS(ns, "circle"); node.setAttribute("cx", c); node.setAttribute("cy", c); node.setAttribute("r", r * 0.85); }
    node.setAttribute("fill", style.fill || "none");
    node.setAttribute("stroke", style.stroke || "#222");
    node.setAttribute("stroke-width", style.weight || 1);
    if (style.dash) { node.setAttribute("stroke-dasharray", style.dash); }
    svg.appendChild(node);
    return svg;
  };

  var ShapeMarker = L.CircleMarker.extend({
    options: {shape: "circle"},
    _updateBounds: function () {
      var r = this._radius * 1.4, w = this._clickTolerance(), p = [r + w, r + w];
      this._pxBounds = new L.Bounds(this._point.subtract(p), this._point.add(p));
    },
    _updatePath: function () {
      var rd = this._renderer, pts = shapePoints(this.options.shape, this._radius);
      if (!pts) { return L.CircleMarker.prototype._updatePath.call(this); }
      if (rd._setPath) {
        rd._setPath(this, this._empty() ? "M0 0" : svgD(pts, this._point.x, this._point.y));
        return;
      }
      if (!rd._drawing || this._empty()) { return; }
      var ctx = rd._ctx, p = this._point;
      ctx.beginPath();
      for (var i = 0; i < pts.length; i++) {
        if (i) { ctx.lineTo(p.x + pts[i][0], p.y + pts[i][1]); } else { ctx.moveTo(p.x + pts[i][0], p.y + pts[i][1]); }
      }
      ctx.closePath();
      rd._fillStroke(ctx, this);
    }
  });
  CM.ShapeMarker = ShapeMarker;

  /* ---- events ---- */
  function eventPopup(d, i) {
    var g = d.groups && d.groups[i];
    if (g) { return happeningPopup(d, i, g); }
    var S = d.strings, C = d.columns, box = el("div", "cm-popup");
    var type = d.types[C.type[i]].name, sub = S[C.sub[i]], flags = C.flags[i];
    box.appendChild(el("div", "cm-title", sub && sub !== type ? type + " \u2014 " + sub : type));
    row(box, "Date", when(C, i));
    if (flags & 1) { box.appendChild(el("div", "cm-approx", "Planned or announced: had not happened when reported.")); }
    if (flags & 2) { box.appendChild(el("div", "cm-approx", "Background: history recalled by the article.")); }
    actorRows(box, d, i);
    if (C.fat[i] !== null && C.fat[i] !== undefined) { row(box, "Fatalities", C.fat[i]); }
    row(box, "Place", S[C.loc[i]]);
    row(box, "Geo precision", GEO_WORDS[C.gp[i]] || "");
    if (S[C.quote[i]]) { box.appendChild(el("div", "cm-quote", "\u201c" + S[C.quote[i]] + "\u201d")); }
    row(box, "Note", S[C.notes[i]]);
    var src = el("div", "cm-source");
    src.appendChild(el("span", "cm-label", "Source"));
    link(src, S[C.url[i]], S[C.src[i]] || S[C.doc[i]] || "link");
    box.appendChild(src);
    return box;
  }

  function actorRows(box, d, i) {
    /* Who did it ("By", with the side its colour stands for when that is another name: "Wagner Group (side:
       Russian forces)"), then who it was done to or with. A row "Actors" beside a row "Side" read alike
       ("Russian forces", "Russian forces"), and a side could be taken for the zone's owner under the marker. */
    var S = d.strings, C = d.columns, a1 = S[C.a1[i]], a2 = S[C.a2[i]];
    var side = C.side[i] >= 0 ? d.factions[C.side[i]].name : "";
    if (side && a1 && side.toLowerCase() !== a1.toLowerCase()) { a1 += " (side: " + side + ")"; }
    row(box, "By", a1 || side);
    row(box, d.types[C.type[i]].name === "Strategic developments" ? "With" : "Against", a2);
  }

  function when(C, i) {
    var start = isoDay(C.date[i]), end = isoDay(endDay(C, i));
    var w = start ? start + (end && end !== start ? " to " + end : "") : "date unknown";
    if (start && TIME_WORDS[C.tp[i]]) { w += " (to the " + TIME_WORDS[C.tp[i]] + ")"; }
    return w;
  }

  function happeningPopup(d, i, g) {
    /* One happening reported by several articles (layers/happenings.py): what they agree on,
       the tolls as a range when they differ, then every report's source, date, actors and sentence */
    var S = d.strings, C = d.columns, box = el("div", "cm-popup cm-happening");
    var type = d.types[C.type[i]].name, sub = S[C.sub[i]], flags = C.flags[i];
    box.appendChild(el("div", "cm-title", sub && sub !== type ? type + " \u2014 " + sub : type));
    var lo = isoDay(g.start), hi = isoDay(g.end);
    row(box, "Date", lo + (hi && hi !== lo ? " to " + hi : ""));
    box.appendChild(el("div", "cm-reported", "Reported by " + g.members.length + " articles"));
    if (flags & 1) { box.appendChild(el("div", "cm-approx", "Planned or announced: had not happened when reported.")); }
    if (flags & 2) { box.appendChild(el("div", "cm-approx", "Background: history recalled by the articles.")); }
    if (C.side[i] >= 0) { row(box, "By (side)", d.factions[C.side[i]].name); }
    var tolls = g.members.map(function (m) { return C.fat[m]; }).filter(function (f) { return f !== null && f !== undefined; });
    if (tolls.length) {
      var least = Math.min.apply(null, tolls), most = Math.max.apply(null, tolls);
      row(box, "Fatalities", least === most ? least : least + "\u2013" + most + " (reports differ)");
    }
    row(box, "Place", S[C.loc[i]]);
    row(box, "Geo precision", GEO_WORDS[C.gp[i]] || "");
    g.members.forEach(function (m) {
      var rep = el("div", "cm-report"), src = el("div", "cm-source");
      src.appendChild(el("span", "cm-label", "Source"));
      link(src, S[C.url[m]], S[C.src[m]] || S[C.doc[m]] || "link");
      rep.appendChild(src);
      row(rep, "Date", when(C, m));
      actorRows(rep, d, m);
      if (S[C.quote[m]]) { rep.appendChild(el("div", "cm-quote", "\u201c" + S[C.quote[m]] + "\u201d")); }
      row(rep, "Note", S[C.notes[m]]);
      box.appendChild(rep);
    });
    return box;
  }

  function groupsOf(C, n) {
    /* The happenings of a data set (its "hap" column: each report's first report): lead row ->
       {members, start, end}; the other reports are not drawn on their own */
    if (!C.hap) { return null; }
    var groups = {};
    for (var i = 0; i < n; i++) {
      var h = C.hap[i];
      if (h === i) { continue; }
      var g = groups[h];
      if (!g) { g = groups[h] = {members: [h], start: C.date[h], end: endDay(C, h)}; }
      g.members.push(i);
      if (C.date[i] !== null && (g.start === null || C.date[i] < g.start)) { g.start = C.date[i]; }
      var e = endDay(C, i);
      if (e !== null && (g.end === null || e > g.end)) { g.end = e; }
    }
    return groups;
  }

  function popupOf(d, i, update) {
    /* eventPopup, or while the event's text is still on its way (a PackedBlock's second
       part, d.pending), a box filled in when it comes; update() then resizes its popup */
    if (d.textFailed) { return el("div", "cm-popup", "Could not load this event's details."); }
    if (!d.pending) { return eventPopup(d, i); }
    var box = el("div", "cm-popup", "Loading the event\u2026");
    d.pending.push(function () {
      box.textContent = "";
      if (d.textFailed) { box.textContent = "Could not load this event's details."; }
      else { var full = eventPopup(d, i); while (full.firstChild) { box.appendChild(full.firstChild); } }
      if (update) { update(); }
    });
    return box;
  }

  function endDay(C, i) {
    var s = C.date[i], d = C.end[i];
    if (s === null) { return null; }
    return (d === null || d === undefined) ? s : s + d;
  }

  function visibleEvent(C, i, day, w, g) {
    /* g: the event's happening (groupsOf), shown while any of its reports' span is */
    var s = g ? g.start : C.date[i];
    if (day === null) { return true; }
    if (s === null) { return false; }
    if (s > day) { return false; }
    if ((C.flags[i] & 2) || w === null) { return true; }
    return (g ? g.end : endDay(C, i)) >= day - w + 1;
  }

  /* ---- data: plain JSON, {gz: base64 gzip of JSON, bin: base64 gzip of integer columns},
     {packed: base64 of a packed block}, or {url} ({url, packed: true}: a packed block's file) ---- */
  function inflate(stream) {
    return new Response(stream.pipeThrough(new DecompressionStream("gzip"))).arrayBuffer();
  }
  function gunzip(b64) {
    var bin = atob(b64), len = bin.length, bytes = new Uint8Array(len);
    for (var i = 0; i < len; i++) { bytes[i] = bin.charCodeAt(i); }
    return inflate(new Blob([bytes]).stream());
  }
  function unpacked(buf) {
    /* a packed block (layers.elements.events_packed), inflated: "CMB1", the JSON head's
       byte length (uint32 LE), the head, zeros up to a multiple of 8, the column bytes */
    var b = new Uint8Array(buf, 0, Math.min(8, buf.byteLength));
    if (b.length < 8 || b[0] !== 67 || b[1] !== 77 || b[2] !== 66 || b[3] !== 49) { throw new Error("not a packed block"); }
    var len = new DataView(buf).getUint32(4, true), at = 8 + len;
    var obj = JSON.parse(new TextDecoder().decode(new Uint8Array(buf, 8, len)));
    resolveColumns(obj, buf, at + (8 - at % 8) % 8);
    return obj;
  }
  var INT_TYPES = {1: [Int8Array, -128], 2: [Int16Array, -32768], 4: [Int32Array, -2147483648]};
  function intColumn(buf, ref, base) {
    /* {"$int": [byte offset, length, bytes per value], "div": d, "base": b} -> plain array, null where
       missing; with "base", the bytes are differences from it (layers.elements.IntColumn.encode);
       offsets count from byte ``base`` of buf (0 when absent) */
    var kind = INT_TYPES[ref.$int[2]], a = new kind[0](buf, (base || 0) + ref.$int[0], ref.$int[1]), nul = kind[1];
    var div = ref.div || 1, n = a.length, out = new Array(n), v, acc = ref.base || 0, i;
    if (typeof ref.base === "number") {
      for (i = 0; i < n; i++) { acc += a[i]; out[i] = div === 1 ? acc : acc / div; }
      return out;
    }
    for (i = 0; i < n; i++) {
      v = a[i];
      out[i] = v === nul ? null : (div === 1 ? v : v / div);
    }
    return out;
  }
  function strColumn(buf, ref, base) {
    /* {"$utf8": [byte offset, bytes], "ends": int column of UTF-16 ends} -> array of strings */
    var text = new TextDecoder().decode(new Uint8Array(buf, (base || 0) + ref.$utf8[0], ref.$utf8[1]));
    var ends = intColumn(buf, ref.ends, base), n = ends.length, out = new Array(n), at = 0;
    for (var i = 0; i < n; i++) { out[i] = text.substring(at, ends[i]); at = ends[i]; }
    return out;
  }
  function resolveColumns(obj, buf, base) {
    Object.keys(obj).forEach(function (k) {
      var v = obj[k];
      if (!v || typeof v !== "object" || Array.isArray(v)) { return; }
      if (Array.isArray(v.$int)) { obj[k] = intColumn(buf, v, base); }
      else if (Array.isArray(v.$utf8)) { obj[k] = strColumn(buf, v, base); }
      else { resolveColumns(v, buf, base); }
    });
  }
  function withData(data, build, failed) {
    /* failed (optional): called when the data cannot be loaded or unpacked */
    function fail(what, err) {
      if (window.console) { console.error("conflict-map: " + what, err); }
      if (failed) { failed(err); }
    }
    var packed = data && (data.packed === true || typeof data.packed === "string");
    if ((packed || (data && typeof data.gz === "string")) && typeof DecompressionStream === "undefined") {
      fail("this browser cannot unpack the map data (no DecompressionStream)", null);
      return null;
    }
    if (data && typeof data.url === "string") {
      /* the app's big data: a file served next to this script (layers.assets.publish_data,
         or layers.elements.publish_packed: a gzip file, inflated while it arrives) */
      fetch(data.url).then(function (r) {
        if (!r.ok) { throw new Error("HTTP " + r.status + " for " + data.url); }
        return packed ? inflate(r.body).then(unpacked) : r.json();
      }).then(function (obj) { if (packed) { build(obj); } else { withData(obj, build, failed); } })
        .catch(function (err) { fail("could not load the map data", err); });
      return null;
    }
    if (packed) {
      gunzip(data.packed).then(unpacked).then(build).catch(function (err) { fail("bad map data", err); });
      return null;
    }
    if (data && typeof data.gz === "string") {
      Promise.all([gunzip(data.gz), typeof data.bin === "string" ? gunzip(data.bin) : null]).then(function (parts) {
        var obj = JSON.parse(new TextDecoder().decode(parts[0]));
        if (parts[1]) { resolveColumns(obj, parts[1]); }
        return build(obj);
      }).catch(function (err) { fail("bad map data", err); });
      return null;
    }
    return build(data);
  }
  CM.withData = withData;

  function laterText(d, spec) {
    /* Fetch and unpack the second part of a PackedBlock (layers.elements.PackedBlock) after
       this turn (the map draws from the first), then add its strings and text columns to d. */
    d.pending = [];
    function done(failed) {
      var waiting = d.pending || [];
      d.pending = null; d.textFailed = failed;
      waiting.forEach(function (fn) { fn(); });
    }
    setTimeout(function () {
      withData(spec, function (t) {
        if (t.offset !== d.strings.length) { throw new Error("the text does not fit its data"); }
        d.strings = d.strings.concat(t.strings);
        Object.keys(t.columns).forEach(function (k) { d.columns[k] = t.columns[k]; });
        done(false);
      }, function () { done(true); });
    }, 0);
  }

  /* Popups open clear of what is drawn above them at the top of the map: the controls in its top
     corners (the layer switcher, zoom) and an export's title box sit above Leaflet's popup pane, so
     a popup opened under them was partly hidden. Leaflet reads autoPan's padding at each opening;
     the getter measures the page then (a narrow screen wraps the title higher). */
  function topClearance(map) {
    var box = map.getContainer().getBoundingClientRect(), low = 0;
    document.querySelectorAll(".leaflet-top .leaflet-control, .cm-header").forEach(function (e) {
      var r = e.getBoundingClientRect();
      if (r.height && r.left < box.right && r.right > box.left && r.top < box.top + box.height / 2) {
        low = Math.max(low, r.bottom - box.top);
      }
    });
    return Math.min(low, box.height / 2) + 10;
  }
  CM.popupOptions = function (map, options) {
    var padding = {x: 10, get y() { return topClearance(map); }};
    return L.extend({maxWidth: 340, autoPanPaddingTopLeft: padding, autoPanPaddingBottomRight: [10, 10]}, options);
  };

  CM.eventLayer = function (map, spec) {
    if (spec.data === null || spec.data === undefined) { return eventLayer(map, spec, null); }
    return withData(spec.data, function (data) { return eventLayer(map, spec, data); });
  };

  /* ---- clusters: a grid per zoom over the events shown, computed for the view only ---- */
  var CLUSTER_PX = 60, FINE_PX = 4, LIST_PAGE = 5;
  function mercator(lat, lon) {
    /* Web Mercator pixels at zoom 0 (256 px world), as Leaflet's EPSG3857 */
    var s = Math.sin(Math.max(Math.min(lat, 85.0511287798), -85.0511287798) * Math.PI / 180);
    return [256 * (lon / 360 + 0.5), 256 * (0.5 - Math.log((1 + s) / (1 - s)) / (4 * Math.PI))];
  }
  function typeSummary(d, counts) {
    var parts = [];
    counts.forEach(function (c, t) { if (c) { parts.push(c + " " + d.types[t].name); } });
    return parts.join(" \u00b7 ");
  }
  function ringStyle(d, counts, total) {
    /* conic-gradient with one segment per event type (colours from our palette, checked) */
    var at = 0, stops = [];
    counts.forEach(function (c, t) {
      if (!c) { return; }
      var col = color(d.types[t].color), from = at;
      at += 360 * c / total;
      stops.push(col + " " + from.toFixed(1) + "deg " + at.toFixed(1) + "deg");
    });
    return "conic-gradient(" + stops.join(", ") + ")";
  }

  var NO_EVENTS = {types: [], factions: [], strings: [], areas: [], columns: {lat: []}};

  function eventLayer(map, spec, data) {
    /* One shared marker group for all event types, clustered when dense, so
       clusters count everything shown; the per-type overlays in the layer
       control are switches that re-filter it. Markers exist only for what is
       drawn: a date step or a pan changes only the markers that differ.
       Without data (spec.data null: the app's map of a big store), the data
       comes with setTime (a source: {url} or {key, data}) and is swapped in
       whenever the source changes, keeping the map. */
    var opt = spec.options || {}, fineZoom = opt.fineZoom || 15;
    var areaPane = pane(map, "cmAreas", 410), eventPane = pane(map, "cmEvents", 420);
    var overlays = spec.overlays || {}, keys = Object.keys(overlays), current = {day: null, w: null};
    var markers = L.featureGroup(), areas = L.layerGroup(), popupOptions = CM.popupOptions(map);
    if (!data) { state(map).awaiting = true; }  /* a block layer: its events come with setTime */
    var drawn = new Map(), drawnAreas = new Map();
    var d, C, S, n, nt, keyOf, shown, px, py, cache, areaCache, clustered, wanted = null, loaded = null;
    areas.addTo(map);
    markers.addTo(map);

    function load(data) {
      /* (re)build the per-event arrays; nothing of a previous data set stays drawn */
      drawn.forEach(function (layer) { markers.removeLayer(layer); });
      drawnAreas.forEach(function (layer) { areas.removeLayer(layer); });
      drawn.clear(); drawnAreas.clear();
      d = data || NO_EVENTS; C = d.columns; S = d.strings; n = C.lat.length; nt = d.types.length;
      cache = {}; areaCache = {};
      keyOf = new Int16Array(n); shown = new Uint8Array(n); px = new Float64Array(n); py = new Float64Array(n);
      d.groups = groupsOf(C, n);
      for (var i = 0; i < n; i++) {
        keyOf[i] = (C.hap && C.hap[i] !== i) ? -1 : keys.indexOf((C.flags[i] & 2) ? "background" : String(C.type[i]));
        var p = mercator(C.lat[i], C.lon[i]); px[i] = p[0]; py[i] = p[1];
      }
      clustered = opt.cluster === true || (opt.cluster === "auto" && n > (opt.clusterThreshold || 500));
    }
    load(data);
    function setSource(src) {
      if (!src || typeof src !== "object") { return; }
      var key = typeof src.url === "string" ? "url:" + src.url : "key:" + src.key;
      if (key === wanted) { return; }
      wanted = key;
      withData(typeof src.url === "string" ? {url: src.url, packed: src.packed === true} : src.data, function (obj) {
        if (wanted !== key) { return; }  /* a newer block was asked for meanwhile */
        if (obj.text === true) {  /* a PackedBlock: the popups' text comes after the map is drawn */
          laterText(obj, typeof src.url === "string" ? {url: src.text, packed: true} : {packed: src.data.text});
        }
        load(obj); loaded = key; filter(); eventsCame(map);
      }, function () { if (wanted === key) { wanted = loaded; } eventsCame(map); });  /* asked again, it is fetched again */
    }

    function sideColor(i) { return C.side[i] >= 0 ? color(d.factions[C.side[i]].color) : "#555555"; }
    function marker(i) {
      if (cache[i]) { return cache[i]; }
      var d0 = d, C = d0.columns, S = d0.strings;  /* this marker's data set, even after a swap */
      var flags = C.flags[i], col = sideColor(i), approx = C.gp[i] >= 2;
      var o = {pane: eventPane, shape: d.types[C.type[i]].shape, radius: approx ? 6 : 7,
        color: approx ? col : "#1f1f1f", weight: approx ? 2.5 : 1, opacity: 1,
        fillColor: approx ? "#ffffff" : col, fillOpacity: 0.9};
      if (flags & 1) { o.dashArray = "3,3"; o.weight = 2; o.fillOpacity = approx ? 0.6 : 0.45; o.radius += 1; }
      if (flags & 2) { o.fillOpacity *= 0.6; o.opacity = 0.7; }
      var m = new ShapeMarker([C.lat[i], C.lon[i]], o);
      m.bindPopup(function () { return popupOf(d0, i, function () { if (m.isPopupOpen()) { m.getPopup().update(); } }); }, popupOptions);
      m.bindTooltip(function () {
        var t = isoDay(C.date[i]), g = d0.groups && d0.groups[i];
        return el("span", null, (t ? t + " \u00b7 " : "") + S[C.loc[i]] + (g ? " \u00b7 " + g.members.length + " reports" : ""));
      }, {direction: "top", offset: [0, -6]});
      cache[i] = m;
      return m;
    }
    function area(a, i) {
      if (areaCache[a]) { return areaCache[a]; }
      var d0 = d, S = d0.strings, col = sideColor(i);
      var lyr = L.geoJSON(d.areas[a], {pane: areaPane, style: {color: col, weight: 1.5, dashArray: "6,4", fillColor: col, fillOpacity: 0.05}});
      lyr.bindTooltip(function () { return el("span", "cm-area-tip", "Approximate area: " + S[C.loc[i]]); }, {sticky: true});
      lyr.bindPopup(function () { return popupOf(d0, i, function () { if (lyr.isPopupOpen()) { lyr.getPopup().update(); } }); }, popupOptions);
      areaCache[a] = lyr;
      return lyr;
    }

    function listPopup(latlng, members) {
      /* Events that share a spot: every one's full popup, a page at a time */
      var page = 0, box = el("div", "cm-list"), d0 = d, popup = null;
      function resize() { if (popup && popup.isOpen()) { popup.update(); } }
      function fill() {
        while (box.firstChild) { box.removeChild(box.firstChild); }
        var from = page * LIST_PAGE, to = Math.min(from + LIST_PAGE, members.length);
        box.appendChild(el("div", "cm-title", members.length + " events here" + (members.length > LIST_PAGE ? " (" + (from + 1) + "\u2013" + to + ")" : "")));
        if (members.length > LIST_PAGE) {
          var nav = el("div", "cm-pager");
          var prev = el("button", null, "\u2039 previous"), next = el("button", null, "next \u203a");
          prev.type = next.type = "button";
          prev.disabled = page === 0; next.disabled = to >= members.length;
          /* stop: fill() detaches the button, and Leaflet would take a click whose
             target left the popup for a click on the map (closing the popup) */
          prev.addEventListener("click", function (e) { L.DomEvent.stop(e); page -= 1; fill(); });
          next.addEventListener("click", function (e) { L.DomEvent.stop(e); page += 1; fill(); });
          nav.appendChild(prev); nav.appendChild(next); box.appendChild(nav);
        }
        for (var k = from; k < to; k++) { box.appendChild(popupOf(d0, members[k], resize)); }
        if (box.parentNode) { box.parentNode.scrollTop = 0; }  /* a new page starts at its top */
      }
      fill();
      L.DomEvent.disableClickPropagation(box);
      popup = L.popup(CM.popupOptions(map, {maxWidth: 360, maxHeight: 420, offset: [0, -14]})).setLatLng(latlng).setContent(box).openOn(map);
    }
    function clusterMarker(c, z) {
      var total = c.count, size = total < 100 ? "small" : (total < 1000 ? "medium" : "large");
      var text = typeSummary(d, c.types);
      var inner = el("div"), num = el("span", null, String(total));
      inner.appendChild(num);
      var icon = L.divIcon({html: inner, className: "marker-cluster cm-cluster marker-cluster-" + size, iconSize: [40, 40]});
      var m = L.marker(c.latlng, {icon: icon, keyboard: true});
      m.on("add", function () {
        var e = m.getElement();
        if (e) { e.style.background = ringStyle(d, c.types, total); e.setAttribute("aria-label", total + " events: " + text); }
      });
      m.bindTooltip(function () { return el("span", "cm-cluster-tip", text); }, {direction: "top", offset: [0, -18]});
      m.on("click", function () {
        var sw = L.point(c.minx * Math.pow(2, z), c.maxy * Math.pow(2, z)), ne = L.point(c.maxx * Math.pow(2, z), c.miny * Math.pow(2, z));
        var same = (ne.x - sw.x) < 1 && (sw.y - ne.y) < 1;
        if (same || map.getZoom() >= fineZoom) { listPopup(c.latlng, membersOf(c, z)); return; }
        var b = L.latLngBounds(map.unproject(sw, z), map.unproject(ne, z));
        var target = Math.max(Math.min(map.getBoundsZoom(b, false, L.point(40, 40)), map.getMaxZoom()), map.getZoom() + 1);
        map.setView(b.getCenter(), target);
      });
      m._cmCluster = c;
      return m;
    }
    var ROW = 33554432;  /* cell key = column * ROW + row: exact in a double up to zoom 18 */
    function cellOf(x, y, cell) { return Math.floor(x / cell) * ROW + Math.floor(y / cell); }
    function membersOf(c, z) {
      var scale = Math.pow(2, z), out = [], keys = new Set(c.keys);
      for (var i = 0; i < n; i++) {
        if (shown[i] && keys.has(cellOf(px[i] * scale, py[i] * scale, c.cell))) { out.push(i); }
      }
      return out;
    }
    function merge(cells, scale, cell) {
      /* A grid splits a town that sits on a cell edge: fold a neighbouring cell
         into the bigger one when their centres are closer than an icon. */
      var list = Array.from(cells.values()), near = cell * 0.7;
      list.forEach(function (c) { c.keys = [c.key]; c.ox = c.sx / c.count * scale; c.oy = c.sy / c.count * scale; });
      list.sort(function (a, b) { return (b.count - a.count) || (a.key - b.key); });
      list.forEach(function (c) {
        if (c.gone) { return; }
        c.done = true;
        var gx = Math.floor(c.key / ROW), gy = c.key - gx * ROW;
        for (var dx = -1; dx <= 1; dx++) {
          for (var dy = -1; dy <= 1; dy++) {
            var o = cells.get((gx + dx) * ROW + gy + dy);
            if (!o || o.done || o.gone || Math.abs(o.ox - c.ox) > near || Math.abs(o.oy - c.oy) > near) { continue; }
            o.gone = true;
            c.keys.push(o.key); c.count += o.count; c.sx += o.sx; c.sy += o.sy;
            c.minx = Math.min(c.minx, o.minx); c.maxx = Math.max(c.maxx, o.maxx);
            c.miny = Math.min(c.miny, o.miny); c.maxy = Math.max(c.maxy, o.maxy);
            for (var t = 0; t < nt; t++) { c.types[t] += o.types[t]; }
          }
        }
      });
    }
    function clusters() {
      /* {key: item} for what the view should hold: single markers and clusters */
      var want = new Map(), i;
      if (!clustered) {
        for (i = 0; i < n; i++) { if (shown[i]) { want.set("m" + i, i); } }
        return want;
      }
      var z = map.getZoom(), scale = Math.pow(2, z), cell = z >= fineZoom ? FINE_PX : CLUSTER_PX;
      var b = map.getPixelBounds(), x0 = b.min.x - cell, x1 = b.max.x + cell, y0 = b.min.y - cell, y1 = b.max.y + cell;
      var cells = new Map(), x, y, k, c;
      for (i = 0; i < n; i++) {
        if (!shown[i]) { continue; }
        x = px[i] * scale; y = py[i] * scale;
        if (x < x0 || x > x1 || y < y0 || y > y1) { continue; }
        k = cellOf(x, y, cell);
        c = cells.get(k);
        if (!c) {
          c = {key: k, cell: cell, count: 0, first: i, sx: 0, sy: 0, minx: Infinity, miny: Infinity, maxx: -Infinity, maxy: -Infinity, types: new Array(nt).fill(0)};
          cells.set(k, c);
        }
        c.count += 1; c.sx += px[i]; c.sy += py[i]; c.types[C.type[i]] += 1;
        if (px[i] < c.minx) { c.minx = px[i]; } if (px[i] > c.maxx) { c.maxx = px[i]; }
        if (py[i] < c.miny) { c.miny = py[i]; } if (py[i] > c.maxy) { c.maxy = py[i]; }
      }
      merge(cells, scale, cell);
      cells.forEach(function (c) {
        if (c.gone) { return; }
        if (c.count === 1) { want.set("m" + c.first, c.first); return; }
        var cx = c.sx / c.count, cy = c.sy / c.count;
        c.latlng = map.unproject(L.point(cx * scale, cy * scale), z);
        want.set("c" + z + ":" + c.key + ":" + c.types.join(",") + ":" + cx.toFixed(6) + "," + cy.toFixed(6), c);
      });
      return want;
    }
    function render() {
      if (clustered && !map._loaded) { return; }
      var want = clusters(), z = clustered ? map.getZoom() : 0;
      drawn.forEach(function (layer, key) { if (!want.has(key)) { markers.removeLayer(layer); drawn.delete(key); } });
      want.forEach(function (item, key) {
        if (drawn.has(key)) { return; }
        var layer = typeof item === "number" ? marker(item) : clusterMarker(item, z);
        drawn.set(key, layer);
        markers.addLayer(layer);
      });
    }
    function filter() {
      var on = keys.map(function (k) { return map.hasLayer(overlays[k]); }), day = current.day, w = current.w;
      var wantAreas = new Map();
      for (var i = 0; i < n; i++) {
        var v = keyOf[i] >= 0 && on[keyOf[i]] && visibleEvent(C, i, day, w, d.groups && d.groups[i]);
        shown[i] = v ? 1 : 0;
        if (v && C.area[i] >= 0 && !wantAreas.has(C.area[i])) { wantAreas.set(C.area[i], i); }
      }
      drawnAreas.forEach(function (layer, a) { if (!wantAreas.has(a)) { areas.removeLayer(layer); drawnAreas.delete(a); } });
      wantAreas.forEach(function (i, a) { if (!drawnAreas.has(a)) { var l = area(a, i); drawnAreas.set(a, l); areas.addLayer(l); } });
      render();
      var sides = new Set();
      for (i = 0; i < n; i++) { if (shown[i] && C.side[i] >= 0) { sides.add(C.side[i]); } }
      sidesShown(map, "events", sides);
    }
    function isOurs(e) { return keys.some(function (k) { return overlays[k] === e.layer; }); }
    map.on("overlayadd overlayremove", function (e) { if (isOurs(e)) { filter(); } });
    map.on("moveend", function () { if (clustered) { render(); } });
    map.whenReady(function () { if (clustered) { render(); } });
    var layer = {
      markers: markers,
      get clustered() { return clustered; },
      shownCount: function () { var k = 0; for (var i = 0; i < n; i++) { k += shown[i]; } return k; },
      count: function () { return n; },
      source: function () { return loaded; },
      setSource: setSource,
      setTime: function (day, w) { current.day = day; current.w = w; filter(); }
    };
    CM.register(map, layer);
    return layer;
  }

  /* ---- control zones ---- */
  function hatch(col) {
    var id = "cm-hatch-" + col.slice(1).toLowerCase();
    if (document.getElementById(id)) { return id; }
    var ns = "http://www.w3.org/2000/svg", defs = document.getElementById("cm-defs");
    if (!defs) {
      var svg = document.createElementNS(ns, "svg");
      svg.setAttribute("width", "0"); svg.setAttribute("height", "0");
      svg.setAttribute("style", "position:absolute;width:0;height:0");
      svg.setAttribute("aria-hidden", "true");
      defs = document.createElementNS(ns, "defs");
      defs.setAttribute("id", "cm-defs");
      svg.appendChild(defs);
      document.body.appendChild(svg);
    }
    var p = document.createElementNS(ns, "pattern");
    p.setAttribute("id", id); p.setAttribute("patternUnits", "userSpaceOnUse");
    p.setAttribute("width", "8"); p.setAttribute("height", "8");
    p.setAttribute("patternTransform", "rotate(45)");
    var bg = document.createElementNS(ns, "rect");
    bg.setAttribute("width", "8"); bg.setAttribute("height", "8");
    bg.setAttribute("fill", col); bg.setAttribute("fill-opacity", "0.08");
    var ln = document.createElementNS(ns, "rect");
    ln.setAttribute("width", "3"); ln.setAttribute("height", "8");
    ln.setAttribute("fill", col); ln.setAttribute("fill-opacity", "0.45");
    p.appendChild(bg); p.appendChild(ln); defs.appendChild(p);
    return id;
  }
  CM.hatch = hatch;

  function zoneTitle(d, z) {
    /* whose area, said as such: a marker's popup names who acted ("By"), a zone's who holds or claims it */
    return (z.status === "contested" ? "Area contested by " : "Area held by ") + d.factions[z.faction].name;
  }
  function heldFor(days) {
    /* how long a hold is drawn past its last report, in words: "a year", "2 years", "90 days" */
    if (days === 365 || days === 366) return "a year";
    if (days > 366 && days % 365 === 0) return (days / 365) + " years";
    return days === 1 ? "a day" : days + " days";
  }
  function zonePopup(d, z) {
    var box = el("div", "cm-popup"), f = d.factions[z.faction];
    box.appendChild(el("div", "cm-title", zoneTitle(d, z)));
    row(box, "Status", z.status === "contested" ? "contested (recent fighting)" : "held");
    var open = z.told !== undefined && z.told !== null, ended = open && z.ended !== undefined && z.ended !== null;
    var span = z.end === null ? "since " + isoDay(z.start)
      : ended ? isoDay(z.start) + " until " + isoDay(z.ended)
      : open ? "since " + isoDay(z.start) + " (no end reported)" : isoDay(z.start) + " until " + isoDay(z.end);
    row(box, "When", span);
    if (open) {
      /* uxf: a hold with no end is drawn a year past its last report, not to the corpus's last date decades on;
         uxg: as long as the build says (--hold-days), so the popup says how long that is */
      row(box, "Last reported", isoDay(z.told) + "; drawn until " + isoDay(z.end) +
          " (" + heldFor(z.end - z.told) + " on: no later report says whether it " + (ended ? "was" : "is") +
          " still held)");
    }
    var srcs = z.sources || [];
    if (srcs.length) {
      box.appendChild(el("div", "cm-label", "Sources (" + srcs.length + ")"));
      var ul = el("ul", "cm-sources");
      srcs.forEach(function (s) {
        var li = el("li");
        link(li, s.url, s.title || s.doc_id || "source");
        if (s.sentence) { li.appendChild(el("div", "cm-quote", "\u201c" + s.sentence + "\u201d")); }
        if (s.place) { li.appendChild(el("div", "cm-place", "Area: " + s.place)); }
        ul.appendChild(li);
      });
      box.appendChild(ul);
    }
    return box;
  }

  CM.zoneLayer = function (map, group, spec) {
    return withData(spec.data, function (data) { return zoneLayer(map, group, data); });
  };

  function zoneLayer(map, group, data) {
    var d = data, items = [], popupOptions = CM.popupOptions(map);
    d.zones.forEach(function (z) {
      var col = color(d.factions[z.faction].color), contested = z.status === "contested";
      var style = contested
        ? {color: col, weight: 2, dashArray: "8,5", fillColor: "url(#" + hatch(col) + ")", fillOpacity: 1}
        : {color: col, weight: 1.5, fillColor: col, fillOpacity: 0.22};
      var lyr = L.geoJSON(z.geometry, {style: style});
      lyr.bindPopup(function () { return zonePopup(d, z); }, popupOptions);
      lyr.bindTooltip(function () {
        return el("span", null, zoneTitle(d, z));
      }, {sticky: true});
      items.push({z: z, layer: lyr});
    });
    var layer = {
      setTime: function (day) {
        /* add and remove only the zones whose validity changed (no blank flash) */
        var sides = new Set();
        items.forEach(function (it) {
          var z = it.z, on = day === null || (z.start <= day && (z.end === null || day < z.end));
          if (on && !group.hasLayer(it.layer)) { group.addLayer(it.layer); }
          if (!on && group.hasLayer(it.layer)) { group.removeLayer(it.layer); }
          if (on) { sides.add(z.faction); }
        });
        sidesShown(map, "zones", sides);
      }
    };
    CM.register(map, layer);
    return layer;
  }

  /* ---- legend ---- */
  /* px: below this width the legend starts folded. uxg: 600 (a phone) left it open in the app's map on a
     1280 x 720 laptop (820 px wide), where its 250 x 520 px covered a third of the map and the markers of East
     Asia under it; from 900 px it covers less than a quarter of the width. */
  var NARROW_MAP = 900;
  CM.legend = function (map, spec) {
    var ctl = L.control({position: spec.position || "bottomright"});
    ctl.onAdd = function () {
      var box = el("div", "cm-box cm-legend leaflet-control");
      var head = el("div", "cm-legend-toggle", "Legend");  // (its arrow, open or folded, is drawn by the CSS)
      head.title = "Show or hide the legend";
      head.addEventListener("click", function () { box.classList.toggle("cm-collapsed"); fit(); });
      box.appendChild(head);
      var body = el("div", "cm-legend-body");
      function item(symbol, text) {
        var it = el("div", "cm-legend-item"); it.appendChild(symbol); it.appendChild(el("span", null, text)); body.appendChild(it);
      }
      var sideRows = [], more = null, folded = 0, sideBox = el("div", "cm-legend-sides");
      if (spec.factions && spec.factions.length) {
        body.appendChild(el("h4", null, "Sides"));
        body.appendChild(sideBox);
      }
      function moreRow(count) {
        var sw = el("span", "cm-swatch"), it = el("div", "cm-legend-item");
        sw.style.background = "#ffffff"; it.appendChild(sw); it.appendChild(el("span", null, "... and " + count + " more"));
        return it;
      }
      function listSides() {
        /* the sides the map draws now (all of them before a layer has told), busiest first, at most spec.max
           rows, the last "... and N more" standing for the rest (spec.total: every side the map knows) */
        var on = sidesOnMap(map), list = (spec.factions || []).filter(function (f) { return !on || on.has(f.index); });
        var count = on ? on.size : (spec.total || list.length), cap = spec.max || 14;
        var listed = count > cap ? list.slice(0, cap - 1) : list.slice(0, count);
        sideBox.textContent = ""; sideRows = []; more = null; folded = count - listed.length;
        listed.forEach(function (f) {
          var sw = el("span", "cm-swatch"), it = el("div", "cm-legend-item");
          sw.style.background = color(f.color); it.appendChild(sw); it.appendChild(el("span", null, f.name));
          sideBox.appendChild(it); sideRows.push(it);
        });
        if (folded > 0) { more = moreRow(folded); sideBox.appendChild(more); }
        if (!count) { sideBox.appendChild(el("div", "cm-legend-note", "none on the map at this date")); }
      }
      listSides();
      if (spec.types && spec.types.length) {
        body.appendChild(el("h4", null, "Event types"));
        spec.types.forEach(function (t) {
          var sym = CM.shapeSvg(t.shape, 18, {fill: "#777", stroke: "#1f1f1f"});
          if (spec.clusters) {
            var both = el("span", "cm-legend-symbols"), ring = el("span", "cm-ring");
            ring.style.borderColor = color(t.color);
            both.appendChild(ring); both.appendChild(sym); sym = both;
          }
          item(sym, t.name);
        });
        if (spec.clusters) {
          // (short: the app's 620 px map then lists the two sides of two wars before "... and N more")
          body.appendChild(el("div", "cm-legend-note", "Numbered circle: events grouped (click to zoom in); ring: each type's share."));
        }
      }
      if (spec.precision) {
        body.appendChild(el("h4", null, "How sure is the place?"));
        item(CM.shapeSvg("circle", 18, {fill: "#777", stroke: "#1f1f1f"}), "solid: at the named town");
        item(CM.shapeSvg("circle", 18, {fill: "#fff", stroke: "#777", weight: 2.5}), "hollow: approximate, area dashed");
        item(CM.shapeSvg("circle", 18, {fill: "#ccc", stroke: "#1f1f1f", weight: 2, dash: "3,3"}), "dashed ring: planned / announced");
      }
      if (spec.zones) {
        body.appendChild(el("h4", null, "Areas of control"));
        var held = el("span", "cm-swatch"); held.style.background = "rgba(120,120,120,0.35)"; item(held, "held");
        var cont = el("span", "cm-swatch");
        cont.style.background = "repeating-linear-gradient(45deg, rgba(120,120,120,0.6) 0 3px, rgba(120,120,120,0.08) 3px 8px)";
        cont.style.borderStyle = "dashed";
        item(cont, "contested");
      }
      box.appendChild(body);
      /* Many sides in a short map (the app's is 620 px) pushed "How sure is the place?" and the areas of
         control below the legend's fold, under a scrollbar some browsers hide: the last sides listed (the
         rows come busiest first, each war's sides together) join the "... and N more" row until the legend
         fits. */
      function fit() {
        if (box.classList.contains("cm-collapsed") || box.clientHeight < 100) { return; }
        while (box.scrollHeight > box.clientHeight + 1 && sideRows.length > 4) {  // (two wars' two sides stay)
          var last = sideRows.pop();
          folded += 1;
          if (!more) { more = moreRow(folded); sideBox.appendChild(more); }
          last.remove();
          more.lastChild.textContent = "... and " + folded + " more";
        }
      }
      ctl.fit = fit;
      map.on("cmsides", function () { listSides(); fit(); });
      // On a narrow map (a phone) the open legend would cover most of it and the time control: it
      // starts folded there, one tap from open.
      if (map.getSize().x < NARROW_MAP) { box.classList.add("cm-collapsed"); }
      L.DomEvent.disableClickPropagation(box);
      L.DomEvent.disableScrollPropagation(box);
      // A control sits above Leaflet's popup pane: an open popup near the corner would be read through
      // the legend. Fold it while a popup is open; unfold it on close unless the reader had folded it.
      var foldedByReader = false;
      map.on("popupopen", function () {
        foldedByReader = box.classList.contains("cm-collapsed");
        box.classList.add("cm-collapsed");
      });
      map.on("popupclose", function () { if (!foldedByReader) box.classList.remove("cm-collapsed"); });
      return box;
    };
    ctl.addTo(map);
    if (ctl.fit) { ctl.fit(); }
    return ctl;
  };

  /* ---- time slider ---- */
  CM.timeControl = function (map, spec) {
    var dates = spec.dates || [], windows = spec.windows || [null, 7, 30];
    var pos = Math.min(Math.max(spec.start || 0, 0), Math.max(dates.length - 1, 0));
    var win = spec.windowDays === undefined ? null : spec.windowDays, timer = null;
    var ctl = L.control({position: spec.position || "bottomleft"});
    var label, slider, play, yearBox = null;
    /* Over decades (spec.years: [year, events, last day one starts]) a year is picked first and the slider covers
       its stops, as in the app (a slider of every stop from 1904 to 2025 moved years per pixel); the buttons and
       play cross years, the year following. pick: the year shown, null for all years; lo, hi: its stops. */
    var pick = null, lo = 0, hi = Math.max(dates.length - 1, 0);
    function yearOf(day) { return new Date(day * DAY_MS).getUTCFullYear(); }
    function range() {
      lo = 0; hi = Math.max(dates.length - 1, 0);
      if (pick === null) { return; }
      while (lo < hi && yearOf(dates[lo]) < pick) { lo++; }
      while (hi > lo && yearOf(dates[hi]) > pick) { hi--; }
    }
    function update() {
      if (!dates.length) { label.textContent = "no dated events"; return; }
      if (yearBox && pick !== null && yearOf(dates[pos]) !== pick) { pick = yearOf(dates[pos]); yearBox.value = String(pick); }
      range();
      slider.max = String(hi - lo); slider.value = String(pos - lo);
      label.textContent = isoDay(dates[pos]);
      CM.setTime(map, dates[pos], win);
    }
    function go(p) { pos = Math.min(Math.max(p, 0), dates.length - 1); update(); }
    function yearPicker() {
      var counts = {}, seen = {}, sel = el("select");
      (spec.years || []).forEach(function (y) { counts[y[0]] = y; });
      sel.setAttribute("aria-label", "Year");
      sel.title = "The slider covers this year; the buttons cross into the next.";
      dates.forEach(function (d) {
        var y = yearOf(d), n = counts[y] ? counts[y][1] : 0;
        if (seen[y]) { return; }
        seen[y] = true;
        var o = el("option", null, y + (n ? " (" + n + " event" + (n === 1 ? "" : "s") + ")" : " (no event)"));
        o.value = String(y); sel.appendChild(o);
      });
      var all = el("option", null, "all years (" + yearOf(dates[0]) + "\u2013" + yearOf(dates[dates.length - 1]) + ")");
      all.value = "all"; sel.appendChild(all);
      pick = yearOf(dates[pos]); sel.value = String(pick);
      sel.addEventListener("change", function () {
        stop();
        if (sel.value === "all") { pick = null; update(); return; }
        pick = parseInt(sel.value, 10); range();
        /* the year's last event (its events up to then; a window of the last days holding one) */
        var last = counts[pick] ? counts[pick][2] : null, p = hi;
        while (last !== null && p > lo && dates[p] > last) { p--; }
        go(p);
      });
      return sel;
    }
    function stop() { if (timer) { clearInterval(timer); timer = null; } play.textContent = "\u25b6"; play.title = "Play"; }
    function button(text, title, fn) {
      var b = el("button", null, text); b.type = "button"; b.title = title;
      b.addEventListener("click", fn); return b;
    }
    ctl.onAdd = function () {
      var box = el("div", "cm-box cm-time leaflet-control");
      label = el("div", "cm-time-label", "");
      var r1 = el("div", "cm-time-row");
      slider = el("input");
      slider.type = "range"; slider.min = "0"; slider.max = String(Math.max(dates.length - 1, 0)); slider.step = "1";
      slider.setAttribute("aria-label", "Date");
      slider.addEventListener("input", function () { stop(); go(lo + parseInt(slider.value, 10)); });
      play = button("\u25b6", "Play", function () {
        if (timer) { stop(); return; }
        if (pos >= dates.length - 1) { go(0); }
        play.textContent = "||"; play.title = "Pause";
        timer = setInterval(function () { if (pos >= dates.length - 1) { stop(); } else { go(pos + 1); } }, spec.intervalMs || 700);
      });
      r1.appendChild(button("|\u25c0", "First date", function () { stop(); go(0); }));
      r1.appendChild(button("\u25c0", "Previous date", function () { stop(); go(pos - 1); }));
      r1.appendChild(play);
      r1.appendChild(button("\u25b6|", "Next date", function () { stop(); go(pos + 1); }));
      r1.appendChild(slider);
      var r2 = el("div", "cm-time-row");
      r2.appendChild(label);
      var sel = el("select");
      sel.setAttribute("aria-label", "Events shown");
      windows.forEach(function (w, k) {
        var o = el("option", null, w === null ? "all events up to the date" : "events of the last " + w + " day" + (w === 1 ? "" : "s"));
        o.value = String(k);
        if (w === win) { o.selected = true; }
        sel.appendChild(o);
      });
      sel.addEventListener("change", function () { win = windows[parseInt(sel.value, 10)]; update(); });
      r2.appendChild(sel);
      if (spec.years && dates.length) { yearBox = yearPicker(); r2.insertBefore(yearBox, sel); }
      box.appendChild(r2); box.appendChild(r1);
      L.DomEvent.disableClickPropagation(box);
      L.DomEvent.disableScrollPropagation(box);
      return box;
    };
    ctl.addTo(map);
    update();
    ctl.go = go;
    return ctl;
  };

  /* ---- offline basemap (drawn under the tiles: visible only when they fail) ---- */
  CM.basemap = function (map, group, spec) {
    if (!spec || typeof spec.url !== "string") { return withData(spec, function (data) { return basemap(map, group, data); }); }
    /* the app's borders (a served file; they show only where tiles fail): fetched after this
       script, and on a store's map once its first block of events is drawn (~0.1 s sooner) */
    setTimeout(function () {
      afterEvents(map, function () { withData(spec, function (data) { basemap(map, group, data); }); });
    }, 0);
    return null;
  };
  function basemap(map, group, data) {
    var p = pane(map, "cmBasemap", 150);
    map.getPane(p).style.pointerEvents = "none";
    group.addLayer(L.geoJSON(data, {
      pane: p, interactive: false,
      style: function (f) {
        var t = (f && f.geometry && f.geometry.type) || "";
        return t.indexOf("LineString") >= 0
          ? {color: "#b4b4b4", weight: 0.6, fill: false}
          : {color: "#8c8c8c", weight: 0.8, fillColor: "#f4f1ea", fillOpacity: 1};
      }
    }));
  }

  /* ---- full screen button ---- */
  CM.fullscreen = function (map) {
    var ctl = L.control({position: "topleft"});
    ctl.onAdd = function () {
      var bar = el("div", "leaflet-bar leaflet-control cm-fullscreen");
      var a = el("a", null, null);
      var ns = "http://www.w3.org/2000/svg", svg = document.createElementNS(ns, "svg"), path = document.createElementNS(ns, "path");
      svg.setAttribute("width", "16"); svg.setAttribute("height", "16"); svg.setAttribute("viewBox", "0 0 16 16");
      svg.setAttribute("style", "vertical-align:middle");
      path.setAttribute("d", "M1 6V1h5M10 1h5v5M15 10v5h-5M6 15H1v-5");
      path.setAttribute("fill", "none"); path.setAttribute("stroke", "#333"); path.setAttribute("stroke-width", "2");
      svg.appendChild(path); a.appendChild(svg);
      a.href = "#"; a.title = "Full screen"; a.setAttribute("role", "button");
      L.DomEvent.on(a, "click", function (e) {
        L.DomEvent.preventDefault(e);
        var c = map.getContainer();
        if (document.fullscreenElement) { document.exitFullscreen(); }
        else if (c.requestFullscreen) { c.requestFullscreen(); }
      });
      L.DomEvent.disableClickPropagation(bar);
      bar.appendChild(a);
      return bar;
    };
    document.addEventListener("fullscreenchange", function () { map.invalidateSize(); });
    ctl.addTo(map);
    return ctl;
  };

  /* ---- a map inside a page that scrolls (the app's frame): the wheel scrolls the page, and zooms
     only once the map is clicked (until the pointer leaves it) or in full screen. A map that is the
     whole page (an exported file) zooms with the wheel as usual. ---- */
  CM.wheelAfterClick = function (map) {
    if (window.self === window.top) { return; }
    var hint = el("div", "cm-wheel-hint", "Click the map to zoom with the wheel"), timer = null;
    map.getContainer().appendChild(hint);
    map.scrollWheelZoom.disable();
    map.on("click", function () { map.scrollWheelZoom.enable(); hint.style.display = "none"; });
    map.on("mouseout", function () { if (!document.fullscreenElement) { map.scrollWheelZoom.disable(); } });
    document.addEventListener("fullscreenchange", function () {
      if (document.fullscreenElement) { map.scrollWheelZoom.enable(); } else { map.scrollWheelZoom.disable(); }
    });
    L.DomEvent.on(map.getContainer(), "wheel", function () {
      if (map.scrollWheelZoom.enabled()) { return; }
      hint.style.display = "block";
      clearTimeout(timer);
      timer = setTimeout(function () { hint.style.display = "none"; }, 1500);
    });
  };

  window.ConflictMap = CM;
})();
