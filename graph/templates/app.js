/* The page of graph.render. Every string from the data is untrusted: it reaches the DOM only
   through textContent, attribute values or vis.js plain-text titles, never through innerHTML. */
(function () {
  "use strict";

  performance.mark("kg-start");
  var DATA = JSON.parse(document.getElementById("kg-data").textContent);
  performance.mark("kg-data-parsed");
  // present only when the page is served by `kg serve`: where entity pages and the SPARQL endpoint live
  var serverEl = document.getElementById("kg-server");
  var SERVER = serverEl ? JSON.parse(serverEl.textContent) : null;
  var has = function (obj, key) { return Object.prototype.hasOwnProperty.call(obj, key); };
  function push(map, key, value) { (has(map, key) ? map[key] : (map[key] = [])).push(value); }

  // ---- the structure: nodes by id, relations by edge id ----------------------------------------
  // The data refers to nodes by their index in DATA.ids; evidence, quotation texts and figures are
  // records, loaded when a panel needs them (loadRecord).
  var IDS = DATA.ids;  // entities and articles; n: a node's number in it
  function idOf(n) { return n >= 0 ? IDS[n] : null; }
  var info = {}, edgeInfo = {};
  DATA.entities.forEach(function (r) {
    info[IDS[r[0]]] = { kind: "entity", n: r[0], type: r[1], label: r[2], aliases: r[3], articles: r[4].map(idOf),
                        mentionCounts: r[5], degree: r[6], relDegree: r[7] };
  });
  DATA.articles.forEach(function (r) {
    info[IDS[r[0]]] = { kind: "article", n: r[0], label: r[1], headline: r[1], source: r[2], date: r[3], url: r[4],
                        byline: r[5], degree: r[6] };
  });
  // a quotation is named after its article: "quotation/<article part>/<name>", unless its name is whole
  DATA.quotations.forEach(function (r) {
    var article = idOf(r[0]);
    var qid = r[1].indexOf("quotation/") === 0 ? r[1] : "quotation/" + article.slice("article/".length) + "/" + r[1];
    info[qid] = { kind: "quotation", speaker: idOf(r[2]), article: article, verb: r[3], label: r[4] };
  });
  var outRel = {}, inRel = {}, relNeighbours = {}, quotesBy = {}, quotesIn = {};
  var relIds = DATA.relations.map(function (r) {
    var from = IDS[r[0]], to = IDS[r[1]], eid = from + "|" + r[2] + "|" + to;
    // articles: those it was read in, sorted (their dates are the relation's); count: its evidence records
    edgeInfo[eid] = { kind: "relation", from: from, to: to, predicate: r[2], label: r[3], roles: r[4],
                      articles: r[5].map(idOf), count: r[6], nth: r[7] };
    push(outRel, from, eid); push(inRel, to, eid);
    push(relNeighbours, from, to); push(relNeighbours, to, from);
    return eid;
  });
  var nodeIds = Object.keys(info).sort();
  var quoteIds = nodeIds.filter(function (id) { return info[id].kind === "quotation"; });
  quoteIds.forEach(function (qid) {
    var q = info[qid];
    if (q.speaker) push(quotesBy, q.speaker, qid);
    if (q.article) push(quotesIn, q.article, qid);
  });
  // the entities each article mentions: made the first time something asks
  var mentionedIn = null;
  function mentionsOf(article) {
    if (!mentionedIn) {
      mentionedIn = {};
      DATA.entities.forEach(function (r) {
        r[4].forEach(function (a, k) { push(mentionedIn, IDS[a], [IDS[r[0]], r[5][k]]); });
      });
    }
    return mentionedIn[article] || [];
  }
  // mentions, spoken-by and part-of edges are made when first drawn or shown
  function structuralEdge(from, key, to, count) {
    var eid = from + "|" + key + "|" + to;
    if (!has(edgeInfo, eid)) edgeInfo[eid] = { kind: key, from: from, to: to, count: count };
    return eid;
  }
  function neighboursOf(id) {
    var i = info[id], out = (relNeighbours[id] || []).slice();
    if (i.kind === "entity") out = out.concat(i.articles, quotesBy[id] || []);
    else if (i.kind === "article") out = out.concat(mentionsOf(id).map(function (m) { return m[0]; }), quotesIn[id] || []);
    else out = out.concat([i.speaker, i.article].filter(Boolean));
    return out;
  }

  // ---- records: loaded on demand, from the page itself or from script files beside it -------------
  var CHUNKS = DATA.chunks;          // null: the records are inline (#kg-records)
  var RECORDS = null;                // node index -> record, as far as loaded
  var loadedChunks = {}, pendingChunks = {};
  var GROUPS_INDEX = IDS.length;     // the record of the figure groups comes after every node's
  function inlineRecords() {
    if (RECORDS === null) {
      var el = document.getElementById("kg-records");
      RECORDS = el ? JSON.parse(el.textContent) : {};
    }
    return RECORDS;
  }
  // a chunk file calls this when the browser runs it
  window.kgRecords = function (number, records) {
    var all = inlineRecords();
    Object.keys(records).forEach(function (k) {
      if (!(records[k].partial && all[k] && !all[k].partial)) all[k] = records[k];  // a head never hides its whole
    });
    loadedChunks[number] = true;
  };
  function chunkOf(index) {
    var starts = CHUNKS.starts, lo = 0, hi = starts.length - 1;
    while (lo < hi) {
      var mid = (lo + hi + 1) >> 1;
      if (starts[mid] <= index) lo = mid; else hi = mid - 1;
    }
    return lo;
  }
  function loadChunk(number) {
    if (loadedChunks[number]) return Promise.resolve();
    if (!has(pendingChunks, number)) {
      pendingChunks[number] = new Promise(function (resolve, reject) {
        var s = document.createElement("script");
        var file = CHUNKS.base + CHUNKS.files[number];
        s.src = file;
        s.onload = function () {
          if (loadedChunks[number]) resolve();
          else reject(new Error("no records in " + file));
        };
        s.onerror = function () {
          delete pendingChunks[number];
          reject(new Error("could not load " + file + ": keep the " + CHUNKS.base + " folder beside the page"));
        };
        document.head.appendChild(s);
      });
    }
    return pendingChunks[number];
  }
  function recordKey(id) {
    if (id === "#groups") return GROUPS_INDEX;
    return has(info, id) && info[id].n !== undefined ? info[id].n : undefined;
  }
  function recordLoaded(id) {
    return !CHUNKS || !!loadedChunks[chunkOf(recordKey(id))];
  }
  // the record of an entity or article, or "#groups" (the figure groups): as soon as it is there
  function recordNow(id) {
    var k = recordKey(id);
    return (k !== undefined && recordLoaded(id) && inlineRecords()[k]) || {};
  }
  function loadRecord(id) {
    var k = recordKey(id);
    if (k === undefined) return Promise.resolve({});
    if (!CHUNKS) return Promise.resolve(recordNow(id));
    return loadChunk(chunkOf(k)).then(function () { return recordNow(id); });
  }
  // the whole record, for what needs more than a head (a timeline of every relation, say)
  function loadFullRecord(id) {
    return loadRecord(id).then(function (r) { return r.partial ? loadWhole(id) : r; });
  }
  // a hub's record comes as a head (what its panel shows first) and, in a file of its own, whole
  function isPartial(id) { return !!recordNow(id).partial; }
  function loadWhole(id) {
    var k = recordKey(id);
    if (!CHUNKS || !CHUNKS.full || !has(CHUNKS.full, String(k))) return Promise.resolve(recordNow(id));
    return loadChunk(CHUNKS.full[String(k)]).then(function () { return recordNow(id); });
  }
  // the evidence records of one relation, once its first node's record is there
  function loadEvidence(eid) {
    var e = edgeInfo[eid];
    if (!e || e.kind !== "relation") return Promise.resolve([]);
    return loadRecord(e.from).then(function (r) {
      return r.rel && r.rel[eid] ? r : loadWhole(e.from);
    }).then(function (r) { return (r.rel && r.rel[eid]) || []; });
  }
  function evidenceNow(eid) {
    var e = edgeInfo[eid], r = recordNow(e.from);
    if (!(r.rel && r.rel[eid])) r = recordNow(e.to);
    return (r.rel && r.rel[eid]) || [];
  }

  // ---- the vis items, made for a node or an edge the first time it is drawn ----------------------
  var SHAPES = { article: DATA.legend.article.shape, quotation: DATA.legend.quotation.shape };
  DATA.legend.types.forEach(function (t) { SHAPES["entity:" + t.type] = t.shape; });
  var PLACED = {};
  DATA.positions.forEach(function (p) { PLACED[IDS[p[0]]] = { x: p[1], y: p[2] }; });
  function short(text, limit) {
    var chars = Array.from(String(text).split(/\s+/).filter(Boolean).join(" "));
    return chars.length <= limit ? chars.join("") : chars.slice(0, limit - 1).join("").replace(/\s+$/, "") + "\u2026";
  }
  function nodeSize(degree) { return Math.round((8 + 4 * Math.log2(1 + degree)) * 10) / 10; }
  function visNode(id) {
    var i = info[id], item;
    if (i.kind === "entity") {
      var title = i.type + ": " + i.label + (i.aliases.length ? "\nalso: " + i.aliases.slice(0, 5).join("; ") : "") +
        "\n" + i.articles.length + " article(s), " + i.relDegree + " relation(s)";
      item = { id: id, label: short(i.label, DATA.labelChars), group: "entity:" + i.type, shape: SHAPES["entity:" + i.type] || "dot",
               size: nodeSize(i.degree), title: title };
    } else if (i.kind === "article") {
      item = { id: id, label: short(i.headline, 28), group: "article", shape: SHAPES.article, size: nodeSize(i.degree),
               title: "Article: " + i.headline + (i.source ? "\n" + i.source : "") };
    } else {
      item = { id: id, label: i.label, group: "quotation", shape: SHAPES.quotation, title: i.label };
    }
    if (has(PLACED, id)) { item.x = PLACED[id].x; item.y = PLACED[id].y; }
    return item;
  }
  function relationText(e) { return e.label + (e.roles.length ? " (" + e.roles.join(", ") + ")" : ""); }
  function visEdge(eid) {
    var e = edgeInfo[eid], item;
    if (e.kind === "relation") {
      item = { id: eid, from: e.from, to: e.to, arrows: "to", label: "",
               title: info[e.from].label + " \u2014 " + relationText(e) + " \u2192 " + info[e.to].label + "\n" +
                      e.count + " evidence sentence(s)",
               width: Math.round((1.5 + Math.min(e.count, 6) * 0.5) * 10) / 10 };
      if (e.nth) item.smooth = { enabled: true, type: "curvedCW", roundness: Math.round(15 * e.nth) / 100 };
    } else if (e.kind === "mentions") {
      item = { id: eid, from: e.from, to: e.to, arrows: "to", title: "mentions (" + e.count + "x)" };
    } else {
      item = { id: eid, from: e.from, to: e.to, arrows: "to", title: e.kind === "spokenBy" ? "spoken by" : "part of" };
    }
    return Object.assign(item, DATA.edgeStyles[e.kind === "relation" ? e.predicate : e.kind]);
  }

  // ---- figures: grouped by who states them, on whose authority, and what they are about ------------
  function figureOrder(figs) {
    return Object.keys(figs).sort(function (a, b) {
      var x = figs[a], y = figs[b];
      return x.article < y.article ? -1 : x.article > y.article ? 1 : (x.start || 0) - (y.start || 0) || (a < b ? -1 : 1);
    });
  }
  function figuresOf(id, figs) {
    var out = { stated: [], cited: [], about: [], inArticle: [] };
    figureOrder(figs).forEach(function (fid) {
      var f = figs[fid];
      if (f.article === id) out.inArticle.push(fid);
      if (f.statedBy === id) out.stated.push(fid);
      else if (f.source === id) out.cited.push(fid);
      else if (f.subjects.indexOf(id) >= 0) out.about.push(fid);
    });
    return out;
  }

  // ---- view state ---------------------------------------------------------------------------
  var state = { types: {}, relations: {}, article: "", mentions: false, quotes: false, ego: "",
                from: "", to: "", undated: true };  // from/to: ISO dates bounding the articles' dates
  DATA.legend.types.forEach(function (t) { state.types[t.type] = true; });
  DATA.legend.relations.forEach(function (r) { state.relations[r.predicate] = true; });
  var INITIAL = DATA.initial.map(idOf);
  var shown = new Set(INITIAL);   // nodes allowed into the layout (top-N, plus what search added)
  var pinned = new Set();              // nodes the user asked for: visible whatever the filters say
  var visNodes = new Set(), visEdges = new Set();
  var egoSet = new Set();              // the ego-network view: one entity and its relation neighbours

  function egoMembers(id) {
    var set = new Set([id]);
    (outRel[id] || []).forEach(function (eid) { set.add(edgeInfo[eid].to); });
    (inRel[id] || []).forEach(function (eid) { set.add(edgeInfo[eid].from); });
    return set;
  }
  function inView(id) { return state.ego ? egoSet.has(id) : shown.has(id); }
  // ---- time: an article is in the date range, or undated and undated articles are kept
  function dateOf(aid) {  // an ISO date, or "" (undated; also for a date the page cannot read)
    var a = info[aid], m = a && a.date ? /^\d{4}-\d{2}-\d{2}/.exec(String(a.date)) : null;
    return m ? m[0] : "";
  }
  function dateOk(aid) {
    var d = dateOf(aid);
    if (!d) return state.undated;
    return (!state.from || d >= state.from) && (!state.to || d <= state.to);
  }
  function timeOn() { return !!(state.from || state.to || !state.undated); }
  function entityVisible(id) {
    var i = info[id];
    if (!i || i.kind !== "entity") return false;
    if (state.ego === id || (!state.ego && pinned.has(id))) return true;
    if (!inView(id) || !state.types[i.type]) return false;
    if (timeOn() && !i.articles.some(dateOk)) return false;
    return !state.article || i.articles.indexOf(state.article) >= 0;
  }
  function articleAllowed(id) {
    return (!state.ego && pinned.has(id)) || (inView(id) && (!state.article || id === state.article) && dateOk(id));
  }

  function recompute() {
    var nodes = new Set(), edges = new Set();
    (state.ego ? egoSet : shown).forEach(function (id) { if (entityVisible(id)) nodes.add(id); });
    if (!state.ego) pinned.forEach(function (id) { if (has(info, id) && info[id].kind !== "quotation") nodes.add(id); });
    if (state.article && articleAllowed(state.article)) nodes.add(state.article);
    relIds.forEach(function (eid) {
      var e = edgeInfo[eid];
      if (!state.relations[e.predicate]) return;
      if (e.articles.length && !e.articles.some(dateOk)) return;  // read only outside the dates
      if (state.article && e.articles.length && e.articles.indexOf(state.article) < 0) return;
      var fromOk = info[e.from].kind === "article" ? articleAllowed(e.from) : nodes.has(e.from);
      var toOk = info[e.to].kind === "article" ? articleAllowed(e.to) : nodes.has(e.to);
      if (fromOk && toOk) { edges.add(eid); nodes.add(e.from); nodes.add(e.to); }
    });
    if (state.mentions) {
      Array.from(nodes).sort().forEach(function (id) {
        var i = info[id];
        if (i.kind !== "entity") return;
        i.articles.forEach(function (a, k) {
          if (a && articleAllowed(a)) { edges.add(structuralEdge(a, "mentions", id, i.mentionCounts[k])); nodes.add(a); }
        });
      });
    }
    if (state.quotes) {
      quoteIds.forEach(function (qid) {
        var q = info[qid];
        if (state.article && q.article !== state.article) return;
        if (q.article && !dateOk(q.article)) return;
        var speakerOn = q.speaker && nodes.has(q.speaker);
        var articleOn = q.article && nodes.has(q.article);
        if (!(speakerOn || (!q.speaker && articleOn))) return;
        nodes.add(qid);
        if (speakerOn) edges.add(structuralEdge(qid, "spokenBy", q.speaker));
        if (articleOn) edges.add(structuralEdge(qid, "isPartOf", q.article));
      });
    }
    visNodes = nodes;
    visEdges = edges;
    // vis items exist only for what has been drawn: a large graph is never made into vis objects whole
    var newNodes = [], newEdges = [];
    nodes.forEach(function (id) { if (!made.has(id)) { made.add(id); newNodes.push(visNode(id)); } });
    edges.forEach(function (eid) { if (!made.has(eid)) { made.add(eid); newEdges.push(visEdge(eid)); } });
    if (newNodes.length) nodesDS.add(newNodes);
    if (newEdges.length) edgesDS.add(newEdges);
  }

  performance.mark("kg-structure");
  var nodesDS = new vis.DataSet(), edgesDS = new vis.DataSet(), made = new Set();
  recompute();
  var nodesView = new vis.DataView(nodesDS, { filter: function (n) { return visNodes.has(n.id); } });
  var edgesView = new vis.DataView(edgesDS, { filter: function (e) { return visEdges.has(e.id); } });
  var container = document.getElementById("kg-network");
  var network = new vis.Network(container, { nodes: nodesView, edges: edgesView }, DATA.options);
  performance.mark("kg-network");
  var ready = false;
  var api = { ready: false };

  // the whole picture in view, labels included (vis fits node shapes only, and cuts labels at the edge)
  var FIT_MARGIN = 24, MAX_FIT_SCALE = 1.5;
  // A label's size in canvas units is measured when it is drawn and depends on the zoom (vis-network caps the
  // font on screen, and skips labels too small to read): fit, draw at the new zoom, and fit again until the
  // labels' boxes hold still, so no label ends up cut at the edge.
  function fitView(ids) {
    ids = (ids || Array.from(visNodes)).filter(function (id) { return network.body.nodes[id]; });
    if (!ids.length) return;
    for (var round = 0; round < 4; round++) {
      var before = network.getScale();
      fitOnce(ids);
      network.redraw();
      if (Math.abs(network.getScale() - before) < 1e-3 * before) break;
    }
  }

  function fitOnce(ids) {
    var box = { left: Infinity, right: -Infinity, top: Infinity, bottom: -Infinity };
    ids.forEach(function (id) {
      var b = network.getBoundingBox(id);
      var lab = network.body.nodes[id].labelModule.size;
      box.left = Math.min(box.left, b.left, lab.left);
      box.right = Math.max(box.right, b.right, lab.left + lab.width);
      box.top = Math.min(box.top, b.top, lab.top);
      box.bottom = Math.max(box.bottom, b.bottom, lab.top + lab.height);
    });
    var w = container.clientWidth - 2 * FIT_MARGIN, h = container.clientHeight - 2 * FIT_MARGIN;
    var scale = Math.min(MAX_FIT_SCALE, w / Math.max(1, box.right - box.left), h / Math.max(1, box.bottom - box.top));
    network.moveTo({ position: { x: (box.left + box.right) / 2, y: (box.top + box.bottom) / 2 }, scale: scale,
                     animation: false });
  }

  function finishLayout() {
    if (ready) return;
    ready = true;
    fitView();
    refreshEdgeLabels();
    api.ready = true;
    performance.mark("kg-ready");
    document.body.setAttribute("data-ready", "1");
  }
  // positions come with the data (graph.layout): the picture is ready once drawn, labels measured
  network.once("afterDrawing", function () { setTimeout(finishLayout, 0); });

  // ---- edge labels: on hover, on selection, and for every edge when zoomed in --------------------
  var LABEL_ZOOM = 1.25;
  var hoveredEdges = [], labelled = new Set();
  function refreshEdgeLabels() {
    var want = new Set();
    if (network.getScale() >= LABEL_ZOOM) visEdges.forEach(function (eid) { if (edgeInfo[eid].kind === "relation") want.add(eid); });
    network.getSelectedEdges().concat(hoveredEdges).forEach(function (eid) {
      if (visEdges.has(eid) && edgeInfo[eid] && edgeInfo[eid].kind === "relation") want.add(eid);
    });
    var changes = [];
    labelled.forEach(function (eid) { if (!want.has(eid)) changes.push({ id: eid, label: "" }); });
    want.forEach(function (eid) { if (!labelled.has(eid)) changes.push({ id: eid, label: short(relationText(edgeInfo[eid]), 30) }); });
    labelled = want;
    if (changes.length) edgesDS.update(changes);
  }
  network.on("hoverEdge", function (p) { hoveredEdges = [p.edge]; refreshEdgeLabels(); });
  network.on("blurEdge", function () { hoveredEdges = []; refreshEdgeLabels(); });
  network.on("hoverNode", function (p) { hoveredEdges = network.getConnectedEdges(p.node); refreshEdgeLabels(); });
  network.on("blurNode", function () { hoveredEdges = []; refreshEdgeLabels(); });
  network.on("zoom", refreshEdgeLabels);
  network.on("select", refreshEdgeLabels);
  network.on("deselectNode", refreshEdgeLabels);
  network.on("deselectEdge", refreshEdgeLabels);
  // vis-network zooms out in step when its box shrinks (the SPARQL box opening, a smaller window),
  // until labels are unreadable: keep the zoom. It rescales right after this event, so undo that after it.
  network.on("resize", function (size) {
    if (!size.oldWidth || !size.oldHeight || !size.width || !size.height) return;
    var scale = network.getScale();
    Promise.resolve().then(function () {
      network.moveTo({ position: network.getViewPosition(), scale: scale, animation: false });
    });
  });

  // ---- changing the view without re-running physics -------------------------------------
  function hashAngle(id) {
    var h = 0;
    for (var i = 0; i < id.length; i++) h = (h * 31 + id.charCodeAt(i)) | 0;
    return ((h >>> 0) % 360) * Math.PI / 180;
  }

  // the first spot near the node's placed neighbours that keeps clear of every placed node
  function freeSpot(id, taken, known) {
    var anchors = neighboursOf(id).filter(function (n) { return has(known, n); });
    var cx = 0, cy = 0;
    if (anchors.length) {
      // a quotation sits by its speaker; anything else by its least connected placed neighbour,
      // which for an article is an entity it alone talks about
      var speaker = info[id].kind === "quotation" ? info[id].speaker : null;
      var anchor = speaker && has(known, speaker) ? speaker : anchors.slice().sort(function (a, b) {
        return (info[a].degree || 0) - (info[b].degree || 0) || (a < b ? -1 : a > b ? 1 : 0);
      })[0];
      cx = known[anchor].x; cy = known[anchor].y;
    } else {
      var c = network.getViewPosition(); cx = c.x; cy = c.y;
    }
    var start = hashAngle(id), best = null, bestGap = -1;
    for (var ring = 0; ring < 5; ring++) {
      var r = 110 + 70 * ring;
      for (var k = 0; k < 16; k++) {
        var a = start + k * Math.PI / 8;
        var x = cx + r * Math.cos(a), y = cy + r * Math.sin(a), gap = Infinity;
        for (var t = 0; t < taken.length; t++) {
          var dx = taken[t].x - x, dy = taken[t].y - y, d = dx * dx + dy * dy;
          if (d < gap) gap = d;
        }
        if (gap >= 80 * 80) return { x: x, y: y };
        if (gap > bestGap) { bestGap = gap; best = { x: x, y: y }; }
      }
    }
    return best;
  }

  function applyView() {
    var before = network.getPositions();
    var keep = Object.keys(before).map(function (id) { return { id: id, x: before[id].x, y: before[id].y }; });
    if (keep.length) nodesDS.update(keep);
    recompute();
    // a node entering the picture for the first time is put next to the neighbours already placed
    var known = {};
    Object.keys(before).forEach(function (id) { known[id] = before[id]; });
    var placed = [];
    Array.from(visNodes).sort().forEach(function (id) {
      var item = nodesDS.get(id);
      if (!has(known, id) && item && typeof item.x === "number") known[id] = { x: item.x, y: item.y };
    });
    var taken = Object.keys(known).map(function (id) { return known[id]; });
    Array.from(visNodes).sort().forEach(function (id) {
      if (has(known, id)) return;
      var p = freeSpot(id, taken, known);
      known[id] = p;
      taken.push(p);
      placed.push({ id: id, x: p.x, y: p.y });
    });
    if (placed.length) nodesDS.update(placed);
    nodesView.refresh();
    edgesView.refresh();
    refreshEdgeLabels();
    updateStatus();
  }

  function focusNode(id) {
    if (!has(info, id)) return false;
    if (state.ego && !egoSet.has(id) && !(info[id].kind === "quotation" && egoSet.has(info[id].speaker))) {
      state.ego = "";  // a node outside the ego network: back to the whole graph
    }
    if (!shown.has(id) && info[id].kind !== "quotation") {
      shown.add(id);
      neighboursOf(id).forEach(function (n) { if (info[n].kind !== "quotation") shown.add(n); });
    }
    if (info[id].kind === "quotation") {
      if (!state.quotes) { state.quotes = true; document.getElementById("kg-quotes").checked = true; }
      var speaker = info[id].speaker;
      if (speaker && has(info, speaker)) { shown.add(speaker); pinned.add(speaker); }
    } else {
      pinned.add(id);
    }
    applyView();
    if (visNodes.has(id)) {
      network.selectNodes([id]);
      network.focus(id, { scale: Math.max(network.getScale(), 1.0), animation: { duration: 300, easingFunction: "easeInOutQuad" } });
    }
    showNode(id);
    return true;
  }

  // show one entity with its relation neighbours only; "" shows the whole graph again
  function setEgo(id) {
    state.ego = has(info, id) && info[id].kind === "entity" ? id : "";
    egoSet = state.ego ? egoMembers(state.ego) : new Set();
    applyView();
    if (state.ego) {
      fitView();
      network.selectNodes([id]);
      showNode(id);
    }
  }

  function selectEdge(eid) {
    if (visEdges.has(eid)) network.selectEdges([eid]);
    showEdge(eid);
  }

  // ---- DOM helpers: text only -----------------------------------------------------------
  function el(tag, props) {
    var node = document.createElement(tag);
    if (props) {
      Object.keys(props).forEach(function (k) {
        var v = props[k];
        if (k === "text") node.textContent = v;
        else if (k === "class") node.className = v;
        else if (k === "onclick") node.addEventListener("click", v);
        else node.setAttribute(k, v);
      });
    }
    for (var i = 2; i < arguments.length; i++) {
      var c = arguments[i];
      if (c === null || c === undefined) continue;
      node.appendChild(typeof c === "string" ? document.createTextNode(c) : c);
    }
    return node;
  }
  var SVG = "http://www.w3.org/2000/svg";
  function svgEl(tag, attrs) {
    var n = document.createElementNS(SVG, tag);
    Object.keys(attrs).forEach(function (k) { n.setAttribute(k, attrs[k]); });
    return n;
  }
  function shapeIcon(shape, color) {
    var s = svgEl("svg", { width: "16", height: "16", viewBox: "0 0 16 16", "aria-hidden": "true" });
    var a = { fill: color, stroke: "#333", "stroke-width": "1" };
    var poly = function (pts) { a.points = pts; return svgEl("polygon", a); };
    var shapeEl;
    if (shape === "dot") { a.cx = "8"; a.cy = "8"; a.r = "6"; shapeEl = svgEl("circle", a); }
    else if (shape === "square") { a.x = "2"; a.y = "2"; a.width = "12"; a.height = "12"; shapeEl = svgEl("rect", a); }
    else if (shape === "box") { a.x = "1"; a.y = "4"; a.width = "14"; a.height = "8"; a.rx = "2"; shapeEl = svgEl("rect", a); }
    else if (shape === "triangle") shapeEl = poly("8,1.5 14.5,14 1.5,14");
    else if (shape === "triangleDown") shapeEl = poly("1.5,2 14.5,2 8,14.5");
    else if (shape === "diamond") shapeEl = poly("8,1 15,8 8,15 1,8");
    else if (shape === "star") shapeEl = poly("8,1 9.9,6 15,6 10.9,9.3 12.5,14.5 8,11.3 3.5,14.5 5.1,9.3 1,6 6.1,6");
    else if (shape === "hexagon") shapeEl = poly("8,1 14,4.5 14,11.5 8,15 2,11.5 2,4.5");
    else { a.cx = "8"; a.cy = "8"; a.r = "6"; shapeEl = svgEl("circle", a); }
    s.appendChild(shapeEl);
    return s;
  }
  function lineIcon(color, dashed) {
    var s = svgEl("svg", { width: "22", height: "10", viewBox: "0 0 22 10", "aria-hidden": "true" });
    var line = { x1: "1", y1: "5", x2: "16", y2: "5", stroke: color, "stroke-width": "2.5" };
    if (dashed) line["stroke-dasharray"] = "3 2";
    s.appendChild(svgEl("line", line));
    s.appendChild(svgEl("polygon", { points: "15,1 21,5 15,9", fill: color }));
    return s;
  }
  function typeColor(type) {
    var t = DATA.legend.types.filter(function (x) { return x.type === type; })[0];
    return t ? t.color : "#9c9c9c";
  }
  function relColor(pred) {
    var r = DATA.legend.relations.filter(function (x) { return x.predicate === pred; })[0];
    return r ? r.color : "#555";
  }
  function nodeLink(id) {
    var i = info[id];
    if (!i) return el("span", { class: "muted", text: String(id) });
    return el("button", { type: "button", class: "link data", text: i.label, onclick: function () { focusNode(id); } });
  }
  function fmtConfidence(c) { return c === null || c === undefined ? "n/a" : Number(c).toFixed(2); }

  function articleMeta(aid) {
    var a = info[aid];
    if (!a) return el("span", { class: "muted", text: String(aid || "unknown article") });
    return el("span", null, nodeLink(aid), a.source ? el("span", { class: "muted data", text: " (" + a.source + ")" }) : null);
  }

  function evidenceList(records) {
    var ul = el("ul", { class: "evidence" });
    records.forEach(function (r) {
      var sentence = el("blockquote", { class: "sentence" }, r.text[0]);
      if (r.text[1]) sentence.appendChild(el("mark", { text: r.text[1] }));
      if (r.text[2]) sentence.appendChild(document.createTextNode(r.text[2]));
      var meta = el("div", { class: "meta" },
        "rule ", el("code", { class: "data", text: String(r.rule) }),
        " \u00b7 confidence " + fmtConfidence(r.confidence) + " \u00b7 ", articleMeta(r.article));
      ul.appendChild(el("li", null, sentence, meta));
    });
    return ul;
  }

  var panel = document.getElementById("kg-panel");
  var panelTurn = 0;  // a panel waiting for records is dropped if another was asked for meanwhile
  function setPanel() {
    panelTurn += 1;
    while (panel.firstChild) panel.removeChild(panel.firstChild);
    for (var i = 0; i < arguments.length; i++) if (arguments[i]) panel.appendChild(arguments[i]);
    panel.scrollTop = 0;
  }
  // draw a panel once the records it needs are there: at once if they are, else after loading them
  function withRecords(ids, draw, heading, whole) {
    ids = ids.filter(Boolean);
    if (ids.every(recordLoaded)) { draw(); panel.setAttribute("data-loaded", "1"); return completeLater(ids, draw, whole && whole()); }
    setPanel(heading || null, el("p", { class: "muted", id: "kg-loading", text: "Loading the evidence\u2026" }));
    panel.setAttribute("data-loaded", "0");
    var turn = panelTurn;
    return Promise.all(ids.map(loadRecord)).then(function () {
      if (turn !== panelTurn) return;
      draw();
      panel.setAttribute("data-loaded", "1");
      return completeLater(ids, draw, whole && whole());
    }, function (err) {
      if (turn !== panelTurn) return;
      setPanel(heading || null, el("p", { class: "error", text: String(err && err.message || err) }));
      panel.setAttribute("data-loaded", "1");
    });
  }

  // a panel drawn from a hub's head is drawn again, where the reader is, from the whole record: loaded
  // when the reader scrolls or clicks in the panel (a hub's whole record is tens of MB, and reading it
  // would hold up the next click), at once when the head lacks what the panel is about (an edge)
  function completeLater(ids, draw, now) {
    var partial = ids.filter(isPartial);
    if (!partial.length) return Promise.resolve();
    var turn = panelTurn;
    panel.setAttribute("data-whole", "0");
    var complete = function () {
      return Promise.all(partial.map(loadWhole)).then(function () {
        if (turn !== panelTurn) return;
        var top = panel.scrollTop;
        draw();
        panel.scrollTop = top;
        panel.setAttribute("data-loaded", "1");
        panel.setAttribute("data-whole", "1");
      });
    };
    if (now) return complete();
    var start = function () {
      panel.removeEventListener("scroll", start);
      panel.removeEventListener("click", start, true);
      if (turn === panelTurn) complete();
    };
    panel.addEventListener("scroll", start);
    panel.addEventListener("click", start, true);
    return Promise.resolve();
  }

  function relationBlock(eid, direction) {
    var e = edgeInfo[eid];
    var other = direction === "out" ? e.to : e.from;
    var head = el("div", { class: "rel-head" });
    var predicateLink = el("button", { type: "button", class: "link", text: e.label, onclick: function () { selectEdge(eid); } });
    predicateLink.style.color = relColor(e.predicate);
    if (direction === "out") head.append(predicateLink, " \u2192 ", nodeLink(other));
    else head.append(nodeLink(other), " \u2192 ", predicateLink);
    if (e.roles.length) head.append(el("span", { class: "muted data", text: " (" + e.roles.join(", ") + ")" }));
    var block = el("div", { class: "rel" }, head);
    block.style.borderLeftColor = relColor(e.predicate);
    var evidence = evidenceNow(eid);
    if (evidence.length) {
      var details = el("details", null, el("summary", { text: evidence.length + " evidence sentence" + (evidence.length === 1 ? "" : "s") }));
      if (evidence.length <= 2) { details.appendChild(evidenceList(evidence)); details.open = true; }
      else details.addEventListener("toggle", function () {  // the sentences are made when first opened
        if (details.open && details.childNodes.length === 1) details.appendChild(evidenceList(evidence));
      });
      block.appendChild(details);
    }
    return block;
  }

  // a quotation's text and evidence live in its speaker's record and in its article's
  function quotationNow(qid) {
    var q = info[qid];
    var r = recordNow(q.speaker || q.article);
    if (!(r.quotes && r.quotes[qid])) r = recordNow(q.article);
    return (r.quotes && r.quotes[qid]) || { text: q.label, evidence: [] };
  }
  function quotationItem(qid, withSpeaker) {
    var q = info[qid];
    var meta = el("div", { class: "meta" });
    if (withSpeaker) meta.append(q.speaker ? nodeLink(q.speaker) : el("span", { class: "muted", text: "unknown speaker" }), " \u00b7 ");
    if (q.verb) meta.append(el("span", { class: "data", text: q.verb }), " \u00b7 ");
    meta.append("in ", articleMeta(q.article));
    return el("li", null, el("blockquote", { class: "quote", text: "\u201c" + quotationNow(qid).text + "\u201d" }), meta);
  }

  // an entity's relations (one item per article it was read in) and quotations, by their articles' dates
  function timelineSection(id) {
    var items = [];
    [["out", outRel[id]], ["in", inRel[id]]].forEach(function (pair) {
      (pair[1] || []).forEach(function (eid) {
        var seen = {};  // once per article, however many of its sentences say it
        (edgeInfo[eid].articles || []).forEach(function (aid) {
          if (!aid || has(seen, aid)) return;
          seen[aid] = true;
          items.push({ date: dateOf(aid), aid: aid, eid: eid, dir: pair[0], key: eid });
        });
      });
    });
    (quotesBy[id] || []).forEach(function (qid) { items.push({ date: dateOf(info[qid].article), aid: info[qid].article || "", qid: qid, key: qid }); });
    if (!items.length) return null;
    items.sort(function (x, y) {
      if (!x.date !== !y.date) return x.date ? -1 : 1;  // undated last
      if (x.date !== y.date) return x.date < y.date ? -1 : 1;
      if (x.aid !== y.aid) return x.aid < y.aid ? -1 : 1;
      if (!x.eid !== !y.eid) return x.eid ? -1 : 1;  // relations before quotations, as on the entity page
      return x.key < y.key ? -1 : x.key > y.key ? 1 : 0;
    });
    var dated = items.filter(function (t) { return t.date; }).length;
    var ol = el("ol", { class: "timeline" });
    cappedList(ol, items, function (t) {
      var what;
      if (t.eid) {
        var e = edgeInfo[t.eid];
        var pred = el("button", { type: "button", class: "link", text: e.label, onclick: function () { selectEdge(t.eid); } });
        pred.style.color = relColor(e.predicate);
        what = t.dir === "out" ? el("span", null, pred, " \u2192 ", nodeLink(e.to)) : el("span", null, nodeLink(e.from), " \u2192 ", pred);
      } else {
        var words = String(quotationNow(t.qid).text || "");
        what = el("button", { type: "button", class: "link quote-line data", text: "\u201c" + (words.length > 90 ? words.slice(0, 89) + "\u2026" : words) + "\u201d",
                              onclick: function () { focusNode(t.qid); } });
      }
      return el("li", { class: dateOk(t.aid) ? "" : "outside", "data-date": t.date || "undated", "data-kind": t.eid ? "relation" : "quotation" },
        el("time", { class: t.date ? "" : "muted", text: t.date || "undated" }), " ", what, el("span", { class: "meta" }, " \u00b7 ", articleMeta(t.aid)));
    });
    return section("Timeline (" + dated + " dated, " + (items.length - dated) + " undated)", ol);
  }

  function figureValue(f) {
    return f.value;  // formatted in Python (graph/display.py), as on the entity pages
  }
  function figurePeriod(f) {
    return f.periodShown;
  }
  function figureItem(figs, inConflicts) {
    return function (fid) {
      var f = figs[fid];
      var head = el("div", { class: "rel-head" }, el("span", { class: "figure-value data", text: figureValue(f) }),
        f.measure ? el("span", { class: "data", text: " \u2014 " + f.measure }) : null);
      var meta = el("div", { class: "meta" }, "period: ", el("span", { class: "data", text: figurePeriod(f) }), " \u00b7 stated by ",
        f.statedBy && f.statedBy !== f.article ? nodeLink(f.statedBy)
          : el("span", { class: "muted", text: f.quoted && !f.statedBy ? "an unknown speaker" : "the article" }));
      if (f.source) meta.append(" \u00b7 source ", nodeLink(f.source));
      if (f.shareOf) meta.append(" \u00b7 share of ", el("span", { class: "data", text: f.shareOf }));
      meta.append(" \u00b7 in ", articleMeta(f.article));
      var item = el("li", { class: "figure" + (f.status ? " " + f.status : ""), "data-figure": fid }, head, meta);
      if (f.status === "conflicting" && !inConflicts) {
        item.appendChild(el("button", { type: "button", class: "link reason", text: "conflicts with other figures",
          onclick: function () { showConflicts(); } }));
      }
      if (f.evidence.length) item.appendChild(el("details", null, el("summary", { text: "evidence" }), evidenceList(f.evidence)));
      return item;
    };
  }

  function showConflicts() {
    return withRecords(["#groups"], function () {
      var rec = recordNow("#groups"), GROUPS = rec.groups || {}, FIG = rec.figures || {};
      var groupIds = Object.keys(GROUPS).sort();
      var conflictIds = groupIds.filter(function (g) { return GROUPS[g].status === "conflicting"; });
      var item = figureItem(FIG, true);
      function groupBlock(gid) {
        var grp = GROUPS[gid], why = {};
        grp.conflicts.forEach(function (c) { push(why, c[0], [c[1], c[2]]); push(why, c[1], [c[0], c[2]]); });
        var ul = el("ul", { class: "plain" });
        grp.members.filter(function (fid) { return has(FIG, fid); }).forEach(function (fid) {
          var li = item(fid);
          (why[fid] || []).forEach(function (w) {
            if (!has(FIG, w[0])) return;
            li.appendChild(el("div", { class: "reason data",
              text: "\u2260 " + figureValue(FIG[w[0]]) + ", " + figurePeriod(FIG[w[0]]) + ": " + w[1] }));
          });
          ul.appendChild(li);
        });
        var badge = el("span", { class: "badge status-" + grp.status, text: grp.status });
        return el("div", { class: "rel", "data-group": gid }, el("div", { class: "rel-head" }, badge, " ",
          el("span", { class: "data", text: grp.label })), ul);
      }
      var agreeing = groupIds.filter(function (g) { return GROUPS[g].status !== "conflicting"; });
      var list = document.createDocumentFragment();
      conflictIds.forEach(function (gid) { list.appendChild(groupBlock(gid)); });
      var more = null;
      if (agreeing.length) {
        more = el("details", null, el("summary", { text: agreeing.length + " group" + (agreeing.length === 1 ? "" : "s") + " of figures that agree" }));
        agreeing.forEach(function (gid) { more.appendChild(groupBlock(gid)); });
      }
      setPanel(
        el("h2", { text: "Figure conflicts" }),
        el("p", { class: "sub", text: conflictIds.length + " group" + (conflictIds.length === 1 ? "" : "s") +
          " of figures about the same measure disagree: different values for the same period, or the same value for different periods." }),
        conflictIds.length ? list : el("p", { class: "muted", text: "No figures disagree." }),
        more
      );
    }, el("h2", { text: "Figure conflicts" }));
  }

  // ---- "Correct it": the `kg correct` commands for an entity, ready to copy (docs/corrections.md)
  function shellQuote(text) { return "'" + String(text).replace(/'/g, "'\\''") + "'"; }

  var labelCounts = null;  // lower-cased entity label -> how many entities have it, counted when first asked
  function entitiesNamed(label) {
    if (!labelCounts) {
      labelCounts = Object.create(null);
      DATA.entities.forEach(function (r) { var k = String(r[2]).toLowerCase(); labelCounts[k] = (labelCounts[k] || 0) + 1; });
    }
    return labelCounts[String(label).toLowerCase()] || 0;
  }
  function correctionSection(id, i) {
    var me = shellQuote(entitiesNamed(i.label) > 1 ? id : i.label);  // a label two entities share: the id instead
    var lines = ["kg entities --explain " + me,
      "kg correct rename " + me + " 'NEW NAME' --note 'WHY'",
      "kg correct type " + me + " TYPE  # Person, Organization, Product, Place, Legislation or Event",
      "kg correct merge " + me + " 'OTHER ENTITY' --note 'WHY'"];
    (i.aliases || []).slice(0, 5).forEach(function (a) { lines.push("kg correct split " + me + " " + shellQuote(a)); });
    (outRel[id] || []).slice(0, 5).forEach(function (eid) {
      var e = edgeInfo[eid];
      lines.push("kg correct drop edge " + me + " " + e.predicate + " " + shellQuote(info[e.to] ? info[e.to].label : e.to));
    });
    lines.push("kg correct add edge " + me + " PREDICATE 'OTHER ENTITY' --note 'WHY'");
    lines.push("kg correct drop entity " + me + " --note 'WHY'");
    var pre = el("pre", { class: "data", id: "kg-correct", text: lines.join("\n") });
    pre.style.whiteSpace = "pre-wrap";
    return section("Correct it", el("div", null,
      el("p", { class: "muted", text: "Run beside your articles (or add --corrections FOLDER|FILE); every kg build applies them." }),
      pre));
  }

  function section(title, body) {
    if (!body) return null;
    var frag = document.createDocumentFragment();
    frag.appendChild(el("h3", { text: title }));
    frag.appendChild(body);
    return frag;
  }

  // a long list shows its first LIST_CAP items and a button for the rest: a hub's panel stays quick
  var LIST_CAP = 60;
  function listOf(items, render, emptyText) {
    if (!items || !items.length) return el("p", { class: "muted", text: emptyText });
    return cappedList(el("ul", { class: "plain" }), items, render);
  }
  function cappedList(list, items, render) {
    items.slice(0, LIST_CAP).forEach(function (x) { list.appendChild(render(x)); });
    if (items.length > LIST_CAP) {
      var more = el("li", { class: "more" });
      more.appendChild(el("button", { type: "button", class: "link", text: "show all " + items.length, onclick: function () {
        list.removeChild(more);
        items.slice(LIST_CAP).forEach(function (x) { list.appendChild(render(x)); });
      } }));
      list.appendChild(more);
    }
    return list;
  }

  function showNode(id) {
    var i = info[id];
    if (!i) return Promise.resolve();
    panel.setAttribute("data-node", id);
    var need = i.kind === "quotation" ? [i.speaker || i.article, i.article] : [id];
    return withRecords(need, function () { drawNode(id); }, el("h2", { class: "data", text: i.label }));
  }

  function drawNode(id) {
    var i = info[id];
    if (i.kind === "entity") {
      var badge = el("span", { class: "badge", text: i.type });
      badge.style.background = typeColor(i.type);
      var actions = el("p", { class: "actions" },
        state.ego === id
          ? el("button", { type: "button", class: "link", id: "kg-ego-leave", text: "Show the whole graph",
              onclick: function () { setEgo(""); showNode(id); } })
          : el("button", { type: "button", class: "link", id: "kg-ego", text: "Show only its network",
              onclick: function () { setEgo(id); } }));
      if (SERVER && SERVER.entityBase) {
        var page = el("a", { class: "link", text: "Entity page", id: "kg-entity-page" });
        page.href = SERVER.entityBase + id.split("/").map(encodeURIComponent).join("/");
        actions.appendChild(document.createTextNode(" \u00b7 "));
        actions.appendChild(page);
      }
      var figs = recordNow(id).figures || {}, mine = figuresOf(id, figs), item = figureItem(figs, false);
      setPanel(
        el("h2", { class: "data", text: i.label }),
        el("p", { class: "sub" }, badge, " ", el("code", { class: "muted data", text: id })),
        actions,
        section("Aliases", listOf(i.aliases, function (a) { return el("li", { class: "data", text: a }); }, "none")),
        section("Articles", listOf(i.articles, function (a) { return el("li", null, articleMeta(a)); }, "none")),
        section("Relations out", listOf(outRel[id], function (eid) { return relationBlock(eid, "out"); }, "none")),
        section("Relations in", listOf(inRel[id], function (eid) { return relationBlock(eid, "in"); }, "none")),
        section("Quotations", listOf(quotesBy[id], function (q) { return quotationItem(q, false); }, "none")),
        timelineSection(id),
        section("Figures it states", listOf(mine.stated, item, "none")),
        section("Figures attributed to it", listOf(mine.cited, item, "none")),
        mine.about.length ? section("Figures about it", listOf(mine.about, item, "none")) : null,
        correctionSection(id, i)
      );
    } else if (i.kind === "article") {
      var facts = el("ul", { class: "plain" });
      if (i.source) facts.appendChild(el("li", null, "Source: ", el("span", { class: "data", text: i.source })));
      facts.appendChild(el("li", null, "Date: ", i.date ? el("span", { class: "data", text: i.date })
        : el("span", { class: "muted", text: "undated" })));
      if (i.byline) facts.appendChild(el("li", null, "By: ", el("span", { class: "data", text: i.byline })));
      if (i.url && /^https?:\/\//i.test(i.url)) {
        var a = el("a", { class: "data", text: i.url, rel: "noopener noreferrer nofollow", target: "_blank" });
        a.href = i.url;
        facts.appendChild(el("li", null, "URL: ", a));
      }
      var mentioned = mentionsOf(id).slice().sort(function (x, y) {
        return y[1] - x[1] || (info[x[0]].label < info[y[0]].label ? -1 : 1);
      });
      var afigs = recordNow(id).figures || {};
      setPanel(
        el("h2", { class: "data", text: i.headline }),
        el("p", { class: "sub" }, el("span", { class: "badge", text: "Article", style: "background:#8c8c8c" })),
        facts,
        el("p", null, el("button", { type: "button", class: "link", text: "Show only this article",
          onclick: function () { setArticle(id); } })),
        section("Relations it states", listOf(outRel[id], function (eid) { return relationBlock(eid, "out"); }, "none")),
        section("Mentions", listOf(mentioned, function (m) {
          return el("li", null, nodeLink(m[0]), el("span", { class: "muted", text: " \u00d7" + m[1] }));
        }, "none")),
        section("Quotations", listOf(quotesIn[id], function (q) { return quotationItem(q, true); }, "none")),
        section("Figures", listOf(figuresOf(id, afigs).inArticle, figureItem(afigs, false), "none"))
      );
    } else if (i.kind === "quotation") {
      var quote = quotationNow(id);
      setPanel(
        el("h2", { text: "Quotation" }),
        el("blockquote", { class: "quote", text: "\u201c" + quote.text + "\u201d" }),
        el("p", null, "Speaker: ", i.speaker ? nodeLink(i.speaker) : el("span", { class: "muted", text: "unknown" }),
          i.verb ? el("span", { class: "muted data", text: " (" + i.verb + ")" }) : null),
        el("p", null, "Article: ", articleMeta(i.article)),
        section("Evidence", evidenceList(quote.evidence))
      );
    }
  }

  function showEdge(eid) {
    var e = edgeInfo[eid];
    if (!e) return Promise.resolve();
    panel.setAttribute("data-node", eid);
    if (e.kind === "relation") {
      return withRecords([e.from], function () {
        var badge = el("span", { class: "badge", text: e.label });
        badge.style.background = relColor(e.predicate);
        var evidence = evidenceNow(eid);
        setPanel(
          el("h2", null, nodeLink(e.from), " \u2192 ", nodeLink(e.to)),
          el("p", { class: "sub" }, badge, " ", el("code", { class: "muted data", text: e.predicate })),
          e.roles.length ? section("Role", listOf(e.roles, function (r) { return el("li", { class: "data", text: r }); }, "none")) : null,
          section("Evidence (" + evidence.length + ")", evidence.length ? evidenceList(evidence)
            : el("p", { class: "muted", text: "no evidence recorded" }))
        );
      }, null, function () { return e.count > 0 && !evidenceNow(eid).length; });  // past a hub's head: its whole record now
    } else if (e.kind === "mentions") {
      setPanel(el("h2", { text: "Mention" }),
        el("p", null, articleMeta(e.from), " mentions ", nodeLink(e.to), " " + e.count + " time" + (e.count === 1 ? "" : "s") + "."));
    } else {
      setPanel(el("h2", { text: e.kind === "spokenBy" ? "Spoken by" : "Part of" }),
        el("p", null, nodeLink(e.from), " \u2192 ", nodeLink(e.to)));
    }
    return Promise.resolve();
  }

  function showOverview() {
    var counts = { entity: 0, article: 0, quotation: 0 };
    nodeIds.forEach(function (id) { counts[info[id].kind] += 1; });
    panel.setAttribute("data-node", "");
    setPanel(
      el("h2", { text: "Overview" }),
      el("p", null, counts.entity + " entities, " + relIds.length + " relations, " + counts.article + " articles, " +
        counts.quotation + " quotations, " + DATA.figureCount + " figures (" + DATA.conflictCount +
        " conflicting group" + (DATA.conflictCount === 1 ? "" : "s") + ")."),
      el("p", { class: "muted", text: "Click a node or an edge to see where it was read: the sentence, the rule and the article. " +
        "Use the search box to reach any entity, including those not in the starting view." })
    );
  }

  // ---- controls ------------------------------------------------------------------------------
  function checkboxRow(icon, text, count, checked, onchange) {
    var box = el("input", { type: "checkbox" });
    box.checked = checked;
    box.addEventListener("change", function () { onchange(box.checked); });
    return el("li", null, el("label", null, box, icon, el("span", { class: "data", text: text }),
      count === null ? null : el("span", { class: "count", text: String(count) })));
  }
  var typesList = document.getElementById("kg-types");
  DATA.legend.types.forEach(function (t) {
    var row = checkboxRow(shapeIcon(t.shape, t.color), t.type, t.count, true, function (on) { state.types[t.type] = on; applyView(); });
    row.setAttribute("data-type", t.type);
    typesList.appendChild(row);
  });
  var kinds = document.getElementById("kg-kinds");
  kinds.appendChild(el("li", null, el("label", null, shapeIcon(DATA.legend.article.shape, DATA.legend.article.color), "Article")));
  kinds.appendChild(el("li", null, el("label", null, shapeIcon(DATA.legend.quotation.shape, DATA.legend.quotation.color), "Quotation")));
  var relList = document.getElementById("kg-relations");
  DATA.legend.relations.forEach(function (r) {
    var row = checkboxRow(lineIcon(r.color, r.predicate === "sameAs"), r.label, r.count, true,
      function (on) { state.relations[r.predicate] = on; applyView(); });
    row.setAttribute("data-predicate", r.predicate);
    relList.appendChild(row);
  });
  var articleSelect = document.getElementById("kg-article");
  var articlesListed = false;
  function listArticles() {
    if (articlesListed) return;
    articlesListed = true;
    var frag = document.createDocumentFragment();
    nodeIds.filter(function (id) { return info[id].kind === "article"; })
      .sort(function (x, y) { var a = info[x].label.toLowerCase(), b = info[y].label.toLowerCase(); return a < b ? -1 : a > b ? 1 : (x < y ? -1 : 1); })
      .forEach(function (id) {
        var label = info[id].label.length > 70 ? info[id].label.slice(0, 69) + "\u2026" : info[id].label;
        var opt = el("option", { text: label });
        opt.value = id;
        frag.appendChild(opt);
      });
    articleSelect.appendChild(frag);
  }
  // thousands of articles: the menu is filled when first used, not before the network is drawn
  if (DATA.articles.length <= 2000) listArticles();
  articleSelect.addEventListener("focus", listArticles);
  articleSelect.addEventListener("mousedown", listArticles);
  function setArticle(id) {
    listArticles();
    state.article = id;
    articleSelect.value = id;
    if (id && !shown.has(id)) shown.add(id);
    applyView();
  }
  articleSelect.addEventListener("change", function () { setArticle(articleSelect.value); });
  document.getElementById("kg-mentions").addEventListener("change", function (ev) { state.mentions = ev.target.checked; applyView(); });
  document.getElementById("kg-quotes").addEventListener("change", function (ev) { state.quotes = ev.target.checked; applyView(); });
  // dates: a bar per month (per year past four years) of the articles' dates, two date boxes, undated in or out
  var dateFrom = document.getElementById("kg-date-from"), dateTo = document.getElementById("kg-date-to");
  var undatedBox = document.getElementById("kg-undated"), chart = document.getElementById("kg-dates-chart");
  var articleDates = nodeIds.filter(function (id) { return info[id].kind === "article"; }).map(dateOf);
  var datedSorted = articleDates.filter(Boolean).sort();
  var undatedCount = articleDates.length - datedSorted.length;
  document.getElementById("kg-undated-count").textContent = String(undatedCount);
  function monthEnd(y, m) { return new Date(Date.UTC(y, m, 0)).toISOString().slice(0, 10); }  // m: 1-12
  var bins = [];
  if (datedSorted.length) {
    var y0 = +datedSorted[0].slice(0, 4), m0 = +datedSorted[0].slice(5, 7);
    var y1 = +datedSorted[datedSorted.length - 1].slice(0, 4), m1 = +datedSorted[datedSorted.length - 1].slice(5, 7);
    var byYear = (y1 - y0) * 12 + (m1 - m0) >= 48;
    for (var y = y0, m = byYear ? 1 : m0; y < y1 || (y === y1 && (byYear || m <= m1)); ) {
      var key = byYear ? String(y) : y + "-" + (m < 10 ? "0" : "") + m;
      bins.push({ key: key, from: byYear ? y + "-01-01" : key + "-01", to: byYear ? y + "-12-31" : monthEnd(y, m), count: 0 });
      if (byYear || m === 12) { y += 1; m = 1; } else { m += 1; }
    }
    var bi = 0;
    datedSorted.forEach(function (d) { while (bi < bins.length - 1 && d > bins[bi].to) bi += 1; bins[bi].count += 1; });
    dateFrom.min = dateTo.min = datedSorted[0];
    dateFrom.max = dateTo.max = datedSorted[datedSorted.length - 1];
    var most = Math.max.apply(null, bins.map(function (b) { return b.count; }));
    var width = 196, barW = width / bins.length;
    var svg = svgEl("svg", { width: String(width), height: "36", viewBox: "0 0 " + width + " 36", role: "img",
                             "aria-label": "articles by date" });
    bins.forEach(function (b, n) {
      var h = b.count ? Math.max(2, Math.round(30 * b.count / most)) : 0;
      var bar = svgEl("rect", { x: String(n * barW + 0.5), y: String(34 - h), width: String(Math.max(1, barW - 1)), height: String(h || 1),
                                class: "bar", "data-from": b.from, "data-to": b.to });
      var tip = svgEl("title", {});
      tip.textContent = b.key + ": " + b.count + " article" + (b.count === 1 ? "" : "s");
      bar.appendChild(tip);
      bar.addEventListener("click", function () { setDates(b.from, b.to); });
      svg.appendChild(bar);
    });
    chart.appendChild(svg);
    chart.appendChild(el("div", { class: "axis" }, el("span", { text: bins[0].key }), el("span", { text: bins[bins.length - 1].key })));
  } else {
    chart.appendChild(el("p", { class: "muted", text: "No article has a date." }));
    dateFrom.disabled = dateTo.disabled = true;
  }
  function paintChart() {
    chart.querySelectorAll("rect.bar").forEach(function (bar) {
      var on = (!state.from || bar.getAttribute("data-to") >= state.from) && (!state.to || bar.getAttribute("data-from") <= state.to);
      bar.setAttribute("class", on ? "bar" : "bar off");
    });
  }
  function setDates(from, to, undated) {
    state.from = from || "";
    state.to = to || "";
    if (state.from && state.to && state.from > state.to) { var t = state.from; state.from = state.to; state.to = t; }
    if (undated !== undefined) state.undated = undated;
    dateFrom.value = state.from; dateTo.value = state.to; undatedBox.checked = state.undated;
    paintChart();
    applyView();
  }
  dateFrom.addEventListener("change", function () { setDates(dateFrom.value, state.to); });
  dateTo.addEventListener("change", function () { setDates(state.from, dateTo.value); });
  undatedBox.addEventListener("change", function () { setDates(state.from, state.to, undatedBox.checked); });
  document.getElementById("kg-dates-all").addEventListener("click", function () { setDates("", "", true); });

  var conflictsButton = document.getElementById("kg-conflicts");
  conflictsButton.textContent = "Figure conflicts (" + DATA.conflictCount + ")";
  conflictsButton.addEventListener("click", function () { showConflicts(); });
  document.getElementById("kg-reset").addEventListener("click", function () {
    pinned.clear();
    shown = new Set(INITIAL);
    Object.keys(state.types).forEach(function (t) { state.types[t] = true; });
    Object.keys(state.relations).forEach(function (r) { state.relations[r] = true; });
    state.article = ""; state.mentions = false; state.quotes = false; state.ego = ""; egoSet = new Set();
    state.from = ""; state.to = ""; state.undated = true;
    dateFrom.value = ""; dateTo.value = ""; undatedBox.checked = true;
    paintChart();
    document.querySelectorAll("#kg-types input, #kg-relations input").forEach(function (box) { box.checked = true; });
    document.getElementById("kg-mentions").checked = false;
    document.getElementById("kg-quotes").checked = false;
    articleSelect.value = "";
    applyView();
    network.unselectAll();
    fitView();
    showOverview();
  });

  var status = document.getElementById("kg-status");
  function updateStatus() {
    var entities = nodeIds.filter(function (id) { return info[id].kind === "entity"; }).length;
    var onScreen = 0;
    visNodes.forEach(function (id) { if (info[id].kind === "entity") onScreen += 1; });
    var text = "Showing " + onScreen + " of " + entities + " entities";
    if (state.ego) text = "The network of " + info[state.ego].label + " \u2014 Reset view to see the whole graph";
    else if (onScreen < entities) text += " \u2014 search to reach the others";
    if (timeOn()) {
      text += " \u00b7 dates " + (state.from || "\u2026") + " to " + (state.to || "\u2026") +
        (state.undated ? ", undated kept" : ", undated hidden");
    }
    status.textContent = text;
  }

  // ---- search ------------------------------------------------------------------------------
  var searchIndex = nodeIds.filter(function (id) { return info[id].kind !== "quotation"; }).map(function (id) {
    var i = info[id];
    return { id: id, label: i.label, keys: [i.label].concat(i.aliases || []).map(function (s) { return s.toLowerCase(); }),
             degree: i.degree || 0, kind: i.kind === "entity" ? i.type : "Article" };
  });
  function findMatches(query, limit) {
    var q = query.trim().toLowerCase();
    if (!q) return [];
    var hits = [];
    searchIndex.forEach(function (item) {
      var best = 9;
      item.keys.forEach(function (k) {
        var pos = k.indexOf(q);
        if (pos < 0) return;
        var score = k === q ? 0 : pos === 0 ? 1 : /[^a-z0-9]/.test(k.charAt(pos - 1)) ? 2 : 3;
        if (score < best) best = score;
      });
      if (best < 9) hits.push({ item: item, score: best });
    });
    hits.sort(function (a, b) {
      return a.score - b.score || b.item.degree - a.item.degree || (a.item.id < b.item.id ? -1 : 1);
    });
    return hits.slice(0, limit || 12).map(function (h) { return h.item; });
  }
  var searchBox = document.getElementById("kg-search");
  var results = document.getElementById("kg-results");
  function closeResults() { results.hidden = true; while (results.firstChild) results.removeChild(results.firstChild); }
  function choose(id) { closeResults(); focusNode(id); }
  searchBox.addEventListener("input", function () {
    closeResults();
    var matches = findMatches(searchBox.value);
    matches.forEach(function (m, n) {
      var li = el("li", { role: "option", class: n === 0 ? "active" : "" },
        el("span", { class: "data", text: m.label }), el("span", { class: "kind", text: m.kind }));
      li.addEventListener("mousedown", function (ev) { ev.preventDefault(); choose(m.id); });
      results.appendChild(li);
    });
    if (!matches.length && searchBox.value.trim()) results.appendChild(el("li", { class: "muted", text: "no match" }));
    results.hidden = !results.firstChild;
  });
  searchBox.addEventListener("keydown", function (ev) {
    if (ev.key === "Enter") {
      var m = findMatches(searchBox.value, 1);
      if (m.length) choose(m[0].id);
      ev.preventDefault();
    } else if (ev.key === "Escape") {
      closeResults();
    }
  });
  searchBox.addEventListener("blur", closeResults);

  // ---- clicks ------------------------------------------------------------------------------
  network.on("click", function (params) {
    if (params.nodes.length) showNode(params.nodes[0]);
    else if (params.edges.length) showEdge(params.edges[0]);
    else showOverview();
  });

  Object.assign(api, {
    network: network,
    nodes: nodesDS,
    edges: edgesDS,
    nodesView: nodesView,
    edgesView: edgesView,
    state: state,
    focusNode: focusNode,
    setDates: setDates,
    setEgo: setEgo,
    showNode: showNode,
    showEdge: showEdge,
    showConflicts: showConflicts,
    findMatches: findMatches,
    // records on demand, for whatever needs them: promises of a node's record ({rel, quotes,
    // figures}) and of one relation's evidence records
    loadRecord: loadFullRecord,
    loadEvidence: loadEvidence,
    fitView: fitView,
    edgeInfo: function (eid) { return has(edgeInfo, eid) ? edgeInfo[eid] : null; },
    info: function (id) { return has(info, id) ? info[id] : null; },
    label: function (id) { return has(info, id) ? info[id].label : null; },
    applyView: applyView,
    visibleNodes: function () { return Array.from(visNodes).sort(); },
    visibleEdges: function () { return Array.from(visEdges).sort(); }
  });
  window.kg = api;
  window.kgNetwork = network;
  updateStatus();
  showOverview();
  if (visNodes.size === 0) finishLayout();
  // a link such as graph.html#entity/person/jane-doe opens with that node selected
  var wanted = "";
  try { wanted = decodeURIComponent(location.hash.slice(1)); } catch (e) { wanted = ""; }
  var retired = DATA.retired || {};  // an entity id merged into another by a later build
  if (wanted && !has(info, wanted) && has(retired, wanted)) wanted = retired[wanted];
  if (wanted && has(info, wanted)) focusNode(wanted);
})();
