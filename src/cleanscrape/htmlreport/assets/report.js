(function () {
  "use strict";
  var D = JSON.parse(document.getElementById("cs-data").textContent);
  var C = {};
  D.columns.forEach(function (name, i) { C[name] = i; });
  var ROWS = D.rows;
  var PAGE = 100;
  var PALETTE = ["#4e79a7", "#f28e2b", "#e15759", "#76b7b2", "#59a14f", "#edc948", "#b07aa1",
    "#ff9da7", "#9c755f", "#bab0ac", "#2f4b7c", "#a05195", "#d45087", "#665191", "#003f5c"];

  // ---------- helpers ----------
  function el(tag, attrs) {
    var node = document.createElement(tag);
    if (attrs) {
      Object.keys(attrs).forEach(function (k) {
        var v = attrs[k];
        if (v === null || v === undefined || v === false) return;
        if (k === "text") node.textContent = v;
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
  var SVGNS = "http://www.w3.org/2000/svg";
  function svg(tag, attrs, text) {
    var node = document.createElementNS(SVGNS, tag);
    Object.keys(attrs || {}).forEach(function (k) { node.setAttribute(k, attrs[k]); });
    if (text !== undefined) node.textContent = text;
    return node;
  }
  function fmt(n) { return n === null || n === undefined ? "" : Number(n).toLocaleString("en-US"); }
  function fmtSim(x) { return x === null || x === undefined ? "" : Number(x).toFixed(3); }
  function clear(node) { while (node.firstChild) node.removeChild(node.firstChild); return node; }
  function docLink(i) {
    return el("a", { href: "#doc/" + i, text: ROWS[i] ? ROWS[i][C.id] : String(i) });
  }
  var reasonColor = {};
  (function () {
    var reasons = Object.keys(D.stats.removed_lines || {});
    D.by_site.forEach(function (s) { Object.keys(s.removed).forEach(function (r) {
      if (reasons.indexOf(r) < 0) reasons.push(r); }); });
    reasons.sort();
    reasons.forEach(function (r, i) { reasonColor[r] = PALETTE[i % PALETTE.length]; });
  })();
  function colorOf(r) { return reasonColor[r] || "#888"; }

  // ---------- on-demand detail files ----------
  var chunks = {}, waiting = {};
  window.csChunk = function (k, data) {
    chunks[k] = data;
    (waiting[k] || []).forEach(function (w) { w.ok(data); });
    delete waiting[k];
  };
  function loadChunk(k) {
    return new Promise(function (ok, fail) {
      if (chunks[k]) { ok(chunks[k]); return; }
      var first = !waiting[k];
      (waiting[k] = waiting[k] || []).push({ ok: ok, fail: fail });
      if (!first) return;
      var s = document.createElement("script");
      s.src = D.detail.dir + "/" + k + ".js";
      s.onerror = function () {
        var ws = waiting[k] || [];
        delete waiting[k];
        ws.forEach(function (w) { w.fail(new Error("cannot load " + s.src +
          " (was the report folder moved without report.files/?)")); });
      };
      document.head.appendChild(s);
    });
  }
  function loadDoc(i) {
    var k = ROWS[i][C.chunk];
    if (k < 0) return Promise.resolve(null);
    return loadChunk(k).then(function (data) { return data[String(i)] || null; });
  }

  // ---------- summary ----------
  function barChart(title, items, opts) {
    // items: [{label, value}] or [{label, parts: {reason: n}}]
    var box = el("div", { "class": "chart", "data-chart": opts.id });
    box.appendChild(el("h3", { text: title }));
    var rest = items.filter(function (it) { return it.other; });
    items = items.filter(function (it) { return !it.other; });
    if (!items.length) { box.appendChild(el("p", { "class": "note", text: "nothing to show" })); return box; }
    var labelW = 200, barW = 350, rowH = 20, w = labelW + barW + 70, h = items.length * rowH + 6;
    var max = 0;
    items.forEach(function (it) {
      var t = it.parts ? Object.values(it.parts).reduce(function (a, b) { return a + b; }, 0) : it.value;
      it.total = t; if (t > max) max = t;
    });
    var root = svg("svg", { viewBox: "0 0 " + w + " " + h, role: "img", "aria-label": title });
    items.forEach(function (it, n) {
      var y = n * rowH + 3;
      var label = it.label.length > 30 ? it.label.slice(0, 29) + "…" : it.label;
      var t = svg("text", { x: labelW - 6, y: y + 13, "text-anchor": "end" }, label);
      t.appendChild(svg("title", {}, it.label));
      root.appendChild(t);
      var x = labelW;
      var keys = it.parts ? (opts.order || Object.keys(it.parts).sort()) : null;
      var parts = it.parts ? keys.map(function (r) { return [r, it.parts[r] || 0]; })
        : [[it.label, it.value]];
      parts.forEach(function (p) {
        var bw = max ? (p[1] / max) * barW : 0;
        var fill = it.parts ? (opts.colors ? opts.colors[p[0]] : colorOf(p[0])) : (it.color || "#4e79a7");
        var rect = svg("rect", { x: x, y: y + 2, width: Math.max(bw, p[1] ? 1 : 0), height: rowH - 6,
          fill: fill, "data-label": it.label, "data-part": p[0], "data-n": p[1] });
        rect.appendChild(svg("title", {}, (it.parts ? p[0] + ": " : "") + fmt(p[1])));
        root.appendChild(rect);
        x += bw;
      });
      root.appendChild(svg("text", { x: x + 5, y: y + 13, "data-value": it.total }, fmt(it.total)));
    });
    box.appendChild(root);
    rest.forEach(function (it) {
      var t = it.parts ? Object.values(it.parts).reduce(function (a, b) { return a + b; }, 0) : it.value;
      var text = "and " + it.label + ": " + fmt(t);
      if (it.parts) text += " (" + Object.keys(it.parts).sort().map(function (r) { return r + " " + fmt(it.parts[r]); }).join(", ") + ")";
      box.appendChild(el("p", { "class": "note other", "data-total": t, text: text }));
    });
    if (opts.legend) {
      var lg = el("div", { "class": "legend" });
      opts.legend.forEach(function (r) {
        var c = opts.colors ? opts.colors[r] : colorOf(r);
        lg.appendChild(el("span", { style: "--c:" + c, text: r }));
      });
      box.appendChild(lg);
    }
    return box;
  }

  function renderSummary() {
    var v = clear(document.getElementById("view-summary"));
    var s = D.stats;
    v.appendChild(el("h2", { text: "Summary" }));
    var cards = el("div", { "class": "cards" });
    [["documents", "documents in"], ["kept", "kept"], ["duplicates", "duplicates"],
      ["empty", "empty"], ["errors", "errors"], ["flagged", "flagged"],
      ["chars_in", "characters in"], ["chars_out", "characters out"],
      ["chars_removed", "characters removed"]].forEach(function (c) {
      if (s[c[0]] === undefined) return;
      cards.appendChild(el("div", { "class": "card" }, el("div", { "class": "label", text: c[1] }),
        el("div", { "class": "value", "data-stat": c[0], "data-value": s[c[0]], text: fmt(s[c[0]]) })));
    });
    v.appendChild(cards);
    var charts = el("div", { "class": "charts" });
    var statusItems = [["kept", "#17702f"], ["duplicates", "#2857b8"], ["empty", "#c28a00"],
      ["errors", "#b3261e"]].map(function (p) { return { label: p[0], value: s[p[0]] || 0, color: p[1] }; });
    charts.appendChild(barChart("Documents by status", statusItems, { id: "status" }));
    var reasons = Object.keys(s.removed_lines || {}).map(function (r) {
      return { label: r, value: s.removed_lines[r], color: colorOf(r) };
    }).sort(function (a, b) { return b.value - a.value || (a.label < b.label ? -1 : 1); });
    charts.appendChild(barChart("Removed lines by reason", reasons, { id: "reasons" }));
    var sites = D.by_site.map(function (x) { return { label: x.site, parts: x.removed, other: x.other }; });
    var used = {};
    D.by_site.forEach(function (x) { Object.keys(x.removed).forEach(function (r) { used[r] = 1; }); });
    charts.appendChild(barChart("Removed lines by site (top " + D.by_site.filter(function (x) { return !x.other; }).length + ")",
      sites, { id: "sites", legend: Object.keys(used).sort() }));
    var CHARS = { "kept": "#17702f", "not kept": "#d9a6a2" };
    charts.appendChild(barChart("Characters in, by site: kept and not kept (chrome, duplicates, errors)",
      D.chars_by_site.map(function (x) { return { label: x.site, parts: { "kept": x.kept, "not kept": x.removed }, other: x.other }; }),
      { id: "site-chars", order: ["kept", "not kept"], colors: CHARS, legend: ["kept", "not kept"] }));
    v.appendChild(charts);
    var idx = s.index;
    var notes = el("div", {});
    if (s.skipped_files && s.skipped_files.length) {
      notes.appendChild(el("p", { "class": "note", text: fmt(s.skipped_files.length) +
        " files were not read (unknown type or hidden); see the Errors tab." }));
    }
    if (idx) {
      notes.appendChild(el("p", { "class": "note", text: "Index " + idx.path + ": " + fmt(idx.matched) +
        " documents seen in earlier runs, " + fmt(idx.added) + " added." }));
    }
    notes.appendChild(el("p", { "class": "note", text: D.detail.rule }));
    notes.appendChild(el("p", { "class": "note", text: "Written by " + D.generator +
      "; the same figures are in report.json." }));
    v.appendChild(notes);
  }

  // ---------- documents table ----------
  var docState = { status: "", flag: "", site: "", q: "", sort: null, dir: 1, page: 0, view: null };
  function filteredRows() {
    var st = docState, out = [];
    var flag = st.flag === "" ? -1 : Number(st.flag), site = st.site === "" ? -1 : Number(st.site);
    var q = st.q.toLowerCase();
    for (var i = 0; i < ROWS.length; i++) {
      var r = ROWS[i];
      if (st.status && r[C.status] !== st.status) continue;
      if (flag >= 0 && r[C.flags].indexOf(flag) < 0) continue;
      if (flag === -2 && !r[C.flags].length) continue;
      if (site >= 0 && r[C.site] !== site) continue;
      if (q && r[C.id].toLowerCase().indexOf(q) < 0) continue;
      out.push(i);
    }
    if (st.sort !== null) {
      var col = C[st.sort], dir = st.dir;
      out.sort(function (a, b) {
        var x = ROWS[a][col], y = ROWS[b][col];
        if (st.sort === "site") { x = D.sites[x]; y = D.sites[y]; }
        if (st.sort === "flags") { x = x.length; y = y.length; }
        if (x === y) return a - b;
        if (x === null) return 1;
        if (y === null) return -1;
        return (x < y ? -1 : 1) * dir;
      });
    }
    return out;
  }
  var DOC_COLS = [["id", "document", false], ["status", "status", false], ["flags", "flags", false],
    ["site", "site", false], ["chars_in", "chars in", true], ["chars_out", "chars out", true],
    ["removed", "lines removed", true], ["similarity", "similarity", true]];
  function renderDocuments() {
    var v = document.getElementById("view-documents");
    if (!v.firstChild) buildDocuments(v);
    docState.view = filteredRows();
    drawDocPage();
  }
  function buildDocuments(v) {
    v.appendChild(el("h2", { text: "Documents" }));
    var f = el("div", { "class": "filters" });
    var status = el("select", { id: "f-status", "aria-label": "status" }, el("option", { value: "", text: "all statuses" }));
    ["kept", "duplicate", "empty", "error"].forEach(function (s) { status.appendChild(el("option", { value: s, text: s })); });
    var flag = el("select", { id: "f-flag", "aria-label": "flag" }, el("option", { value: "", text: "any flags" }),
      el("option", { value: "-2", text: "flagged (any)" }));
    D.flags.forEach(function (name, i) { flag.appendChild(el("option", { value: String(i), text: name })); });
    var site = el("select", { id: "f-site", "aria-label": "site" }, el("option", { value: "", text: "all sites" }));
    D.sites.forEach(function (name, i) { site.appendChild(el("option", { value: String(i), text: name })); });
    var q = el("input", { id: "f-q", type: "search", placeholder: "document id contains…", "aria-label": "search" });
    var timer = null;
    function changed() { docState.status = status.value; docState.flag = flag.value; docState.site = site.value;
      docState.q = q.value; docState.page = 0; docState.view = filteredRows(); drawDocPage(); }
    [status, flag, site].forEach(function (s) { s.addEventListener("change", changed); });
    q.addEventListener("input", function () { clearTimeout(timer); timer = setTimeout(changed, 150); });
    f.appendChild(el("label", {}, "status ", status));
    f.appendChild(el("label", {}, "flag ", flag));
    f.appendChild(el("label", {}, "site ", site));
    f.appendChild(q);
    f.appendChild(el("span", { id: "doc-count", "class": "note" }));
    v.appendChild(f);
    var cols = DOC_COLS.slice();
    if (D.has_confidence) cols.push(["confidence", "confidence", true]);
    var trh = el("tr", {});
    cols.forEach(function (c) {
      var th = el("th", { "class": "sortable" + (c[2] ? " num" : ""), "data-col": c[0], text: c[1] });
      th.addEventListener("click", function () {
        if (docState.sort === c[0]) docState.dir = -docState.dir; else { docState.sort = c[0]; docState.dir = c[2] ? -1 : 1; }
        Array.prototype.forEach.call(trh.children, function (h) { h.classList.remove("sorted-asc", "sorted-desc"); });
        th.classList.add(docState.dir > 0 ? "sorted-asc" : "sorted-desc");
        docState.page = 0; docState.view = filteredRows(); drawDocPage();
      });
      trh.appendChild(th);
    });
    docState.cols = cols;
    v.appendChild(el("table", { id: "doc-table" }, el("thead", {}, trh), el("tbody", {})));
    v.appendChild(pager("doc", function (d) { docState.page += d; drawDocPage(); }));
  }
  function pager(prefix, move) {
    return el("div", { "class": "pager" },
      el("button", { id: prefix + "-prev", onclick: function () { move(-1); }, text: "‹ previous" }),
      el("span", { id: prefix + "-page", "class": "note" }),
      el("button", { id: prefix + "-next", onclick: function () { move(1); }, text: "next ›" }));
  }
  function setPager(prefix, page, total) {
    var pages = Math.max(1, Math.ceil(total / PAGE));
    document.getElementById(prefix + "-page").textContent = "page " + (page + 1) + " of " + fmt(pages);
    document.getElementById(prefix + "-prev").disabled = page <= 0;
    document.getElementById(prefix + "-next").disabled = page >= pages - 1;
  }
  function drawDocPage() {
    var view = docState.view, tbody = clear(document.querySelector("#doc-table tbody"));
    var pages = Math.max(1, Math.ceil(view.length / PAGE));
    docState.page = Math.min(Math.max(0, docState.page), pages - 1);
    document.getElementById("doc-count").textContent = fmt(view.length) + " of " + fmt(ROWS.length) + " documents";
    var start = docState.page * PAGE;
    view.slice(start, start + PAGE).forEach(function (i) {
      var r = ROWS[i];
      var tr = el("tr", { "class": "link", "data-doc": i });
      tr.addEventListener("click", function () { location.hash = "#doc/" + i; });
      docState.cols.forEach(function (c) {
        var val = r[C[c[0]]], td;
        if (c[0] === "status") td = el("td", { "class": "status-" + val, text: val });
        else if (c[0] === "flags") { td = el("td", {}); val.forEach(function (f) { td.appendChild(el("span", { "class": "badge", text: D.flags[f] })); }); }
        else if (c[0] === "site") td = el("td", { text: D.sites[val] });
        else if (c[0] === "similarity" || c[0] === "confidence") td = el("td", { "class": "num", text: fmtSim(val) });
        else if (c[2]) td = el("td", { "class": "num", text: fmt(val) });
        else td = el("td", { text: val });
        tr.appendChild(td);
      });
      tbody.appendChild(tr);
    });
    setPager("doc", docState.page, view.length);
  }

  // ---------- one document ----------
  var clusterOf = {};
  D.clusters.forEach(function (c, k) { c.members.forEach(function (m) { clusterOf[m] = k; }); });
  function renderDoc(i) {
    var v = clear(document.getElementById("view-doc"));
    var r = ROWS[i];
    if (!r) { v.appendChild(el("p", { text: "No document " + i + "." })); return; }
    v.setAttribute("data-doc", i);
    v.appendChild(el("p", {}, el("a", { href: "#documents", text: "‹ documents" })));
    v.appendChild(el("h2", { id: "doc-title", text: r[C.id] }));
    var head = el("p", {}, el("span", { "class": "badge status-" + r[C.status], text: r[C.status] }));
    r[C.flags].forEach(function (f) { head.appendChild(el("span", { "class": "badge", text: D.flags[f] })); });
    head.appendChild(document.createTextNode(" " + D.sites[r[C.site]] + " · " + fmt(r[C.chars_in]) +
      " characters in, " + fmt(r[C.chars_out]) + " out"));
    if (r[C.duplicate_of] !== null) {
      head.appendChild(document.createTextNode(" · duplicate of "));
      head.appendChild(typeof r[C.duplicate_of] === "number" ? docLink(r[C.duplicate_of])
        : el("span", { text: String(r[C.duplicate_of]) }));
      head.appendChild(document.createTextNode(" (similarity " + fmtSim(r[C.similarity]) + ")"));
    }
    if (clusterOf[i] !== undefined) {
      head.appendChild(document.createTextNode(" · "));
      head.appendChild(el("a", { href: "#cluster/" + clusterOf[i], text: "duplicate cluster " + (clusterOf[i] + 1) }));
    }
    v.appendChild(head);
    var body = el("div", { id: "doc-body" }, el("p", { "class": "note", text: "loading…" }));
    v.appendChild(body);
    loadDoc(i).then(function (d) {
      clear(body);
      if (!d) {
        body.appendChild(el("p", { "class": "note", text: r[C.status] === "error" ? "" : "No line detail for this document. " + D.detail.rule }));
        var err = D.errors.concat(D.empty).filter(function (e) { return e[0] === i; })[0];
        if (err) body.appendChild(el("p", { "class": "status-error", id: "doc-error", text: err[1] }));
        return;
      }
      if (d.error) body.appendChild(el("p", { "class": "status-error", id: "doc-error", text: d.error }));
      var dl = el("dl", { "class": "meta", id: "doc-meta" });
      Object.keys(d.metadata).forEach(function (k) {
        dl.appendChild(el("dt", { text: k })); dl.appendChild(el("dd", { "data-key": k, text: String(d.metadata[k]) }));
      });
      if (d.output) { dl.appendChild(el("dt", { text: "output" })); dl.appendChild(el("dd", { text: d.output })); }
      body.appendChild(dl);
      var kept = d.lines.filter(function (ln) { return ln[1]; }).length;
      body.appendChild(el("p", { "class": "note", id: "doc-line-count", text: fmt(d.lines.length) + " lines: " +
        fmt(kept) + " kept, " + fmt(d.lines.length - kept) + " dropped" }));
      var tb = el("tbody", {});
      d.lines.forEach(function (ln) {
        tb.appendChild(el("tr", { "class": ln[1] ? "keep" : "drop" },
          el("td", { "class": "num", text: ln[0] === null ? "" : String(ln[0] + 1) }),
          el("td", { "class": "verdict", text: ln[1] ? "KEEP" : "DROP" }),
          el("td", { "class": "reason", text: ln[2] }),
          el("td", { "class": "text", text: ln[3] })));
      });
      body.appendChild(el("table", { "class": "lines", id: "doc-lines" },
        el("thead", {}, el("tr", {}, el("th", { "class": "num", text: "line" }), el("th", { text: "verdict" }),
          el("th", { text: "reason" }), el("th", { text: "text" }))), tb));
    }, function (e) { clear(body).appendChild(el("p", { "class": "status-error", text: String(e.message || e) })); });
  }

  // ---------- duplicate clusters ----------
  var clState = { page: 0 };
  function renderClusters() {
    var v = clear(document.getElementById("view-clusters"));
    v.appendChild(el("h2", { text: "Duplicate clusters" }));
    v.appendChild(el("p", { "class": "note", id: "cluster-count", text: fmt(D.clusters.length) +
      " clusters; the kept article of each is listed first, then every member with its similarity to it." }));
    if (!D.clusters.length) return;
    var tb = el("tbody", {});
    v.appendChild(el("table", { id: "cluster-table" }, el("thead", {}, el("tr", {},
      el("th", { "class": "num", text: "#" }), el("th", { text: "kept" }), el("th", { "class": "num", text: "members" }),
      el("th", { "class": "num", text: "lowest similarity" }))), tb));
    v.appendChild(pager("cl", function (d) { clState.page += d; draw(); }));
    function draw() {
      clear(tb);
      var start = clState.page * PAGE;
      D.clusters.slice(start, start + PAGE).forEach(function (c, n) {
        var k = start + n;
        var tr = el("tr", { "class": "link", "data-cluster": k },
          el("td", { "class": "num", text: String(k + 1) }), el("td", { text: ROWS[c.kept] ? ROWS[c.kept][C.id] : "?" }),
          el("td", { "class": "num", text: String(c.members.length) }),
          el("td", { "class": "num", text: fmtSim(Math.min.apply(null, c.similarities)) }));
        tr.addEventListener("click", function () { location.hash = "#cluster/" + k; });
        tb.appendChild(tr);
      });
      setPager("cl", clState.page, D.clusters.length);
    }
    draw();
  }
  function norm(s) { return s.trim().toLowerCase().replace(/\s+/g, " "); }
  function renderCluster(k) {
    var v = clear(document.getElementById("view-cluster"));
    var c = D.clusters[k];
    if (!c) { v.appendChild(el("p", { text: "No cluster " + (k + 1) + "." })); return; }
    v.setAttribute("data-cluster", k);
    v.appendChild(el("p", {}, el("a", { href: "#clusters", text: "‹ duplicate clusters" })));
    v.appendChild(el("h2", { text: "Duplicate cluster " + (k + 1) + " (" + c.members.length + " documents)" }));
    v.appendChild(el("p", { "class": "note", text: "Article text after cleaning. Highlighted lines do not occur in the kept article (in a member) or are missing from at least one member (in the kept article)." }));
    var side = el("div", { "class": "side", id: "cluster-side" }, el("p", { "class": "note", text: "loading…" }));
    v.appendChild(side);
    var order = [c.kept].concat(c.members.filter(function (m) { return m !== c.kept; }));
    Promise.all(order.map(function (i) { return i >= 0 ? loadDoc(i) : Promise.resolve(null); })).then(function (docs) {
      clear(side);
      var texts = docs.map(function (d) {
        return d ? d.lines.filter(function (ln) { return ln[1]; }).map(function (ln) { return ln[3]; }) : null;
      });
      var sets = texts.map(function (t) { var s = {}; (t || []).forEach(function (x) { s[norm(x)] = 1; }); return s; });
      order.forEach(function (i, n) {
        var m = c.members.indexOf(i);
        var col = el("div", { "class": "col", "data-doc": i });
        var title = el("h3", {}, n === 0 ? "kept: " : "duplicate: ", docLink(i));
        col.appendChild(title);
        var info = n === 0 ? "kept article" : "similarity " + fmtSim(c.similarities[m]);
        var cmp = c.compared && n > 0 ? c.compared[m] : null;
        if (cmp) {
          info += " · " + (cmp[3] || "near") + "; contained in kept " + fmtSim(cmp[0]) +
            ", kept contained here " + fmtSim(cmp[1]) + (cmp[2] === false ? "; new headline" : "");
        }
        col.appendChild(el("p", { "class": "note sim", text: info }));
        if (!texts[n]) { col.appendChild(el("p", { "class": "note", text: "no line detail for this document" })); side.appendChild(col); return; }
        texts[n].forEach(function (line) {
          var key = norm(line), differs;
          if (n === 0) differs = sets.some(function (s, j) { return j > 0 && texts[j] && !s[key]; });
          else differs = !sets[0][key];
          col.appendChild(el("p", { "class": differs ? "diff" : null, text: line }));
        });
        side.appendChild(col);
      });
    }, function (e) { clear(side).appendChild(el("p", { "class": "status-error", text: String(e.message || e) })); });
  }

  // ---------- errors ----------
  function renderErrors() {
    var v = clear(document.getElementById("view-errors"));
    v.appendChild(el("h2", { text: "Errors (" + fmt(D.errors.length) + ")" }));
    function table(id, items) {
      var tb = el("tbody", {});
      items.forEach(function (e) {
        tb.appendChild(el("tr", { "data-doc": e[0] }, el("td", {}, docLink(e[0])), el("td", { "class": "message", text: e[1] })));
      });
      return el("table", { id: id }, el("thead", {}, el("tr", {}, el("th", { text: "document" }), el("th", { text: "message" }))), tb);
    }
    if (D.errors.length) v.appendChild(table("error-table", D.errors));
    else v.appendChild(el("p", { "class": "note", text: "No document failed." }));
    if (D.empty.length) {
      v.appendChild(el("h2", { text: "Empty after cleaning (" + fmt(D.empty.length) + ")" }));
      v.appendChild(table("empty-table", D.empty));
    }
    var skipped = D.stats.skipped_files || [];
    if (skipped.length) {
      v.appendChild(el("h2", { text: "Files not read (" + fmt(skipped.length) + ")" }));
      var ul = el("ul", { id: "skipped" });
      skipped.slice(0, 1000).forEach(function (p) { ul.appendChild(el("li", { text: p })); });
      v.appendChild(ul);
      if (skipped.length > 1000) v.appendChild(el("p", { "class": "note", text: "first 1,000 shown; report.json lists all" }));
    }
  }

  // ---------- routing ----------
  var rendered = {};
  function route() {
    var h = location.hash.replace(/^#/, "") || "summary";
    var parts = h.split("/"), name = parts[0], arg = Number(parts[1]);
    var views = { summary: "summary", documents: "documents", doc: "doc", clusters: "clusters", cluster: "cluster", errors: "errors" };
    var view = views[name] || "summary";
    Array.prototype.forEach.call(document.querySelectorAll(".view"), function (s) { s.hidden = s.id !== "view-" + view; });
    var tab = { doc: "documents", cluster: "clusters" }[view] || view;
    Array.prototype.forEach.call(document.querySelectorAll("#tabs a"), function (a) {
      a.classList.toggle("active", a.getAttribute("data-tab") === tab);
    });
    if (view === "doc") renderDoc(arg);
    else if (view === "cluster") renderCluster(arg);
    else if (view === "documents") { if (!rendered.documents) { renderDocuments(); rendered.documents = 1; } }
    else if (!rendered[view]) {
      ({ summary: renderSummary, clusters: renderClusters, errors: renderErrors })[view]();
      rendered[view] = 1;
    }
    document.body.setAttribute("data-view", view);
  }
  window.addEventListener("hashchange", route);
  route();
  document.body.setAttribute("data-ready", "1");
})();
