/* The SPARQL box of the page `kg serve` shows: example queries, a text area, a results table.
   Results come back as SPARQL JSON and reach the DOM through textContent only; an IRI of the graph in
   a cell becomes a button that selects its node in the network, and an entity's also links its page. */
(function () {
  "use strict";

  var SERVER = JSON.parse(document.getElementById("kg-server").textContent);
  var ID_BASE = SERVER.idBase || "https://w3id.org/news-kg/id/";  // the base of the graph's IRIs (kg build --base)
  var panel = document.getElementById("kg-query");
  var toggle = document.getElementById("kg-query-toggle");
  var examples = document.getElementById("kg-query-examples");
  var text = document.getElementById("kg-query-text");
  var run = document.getElementById("kg-query-run");
  var status = document.getElementById("kg-query-status");
  var results = document.getElementById("kg-query-results");

  function el(tag, props) {
    var node = document.createElement(tag);
    Object.keys(props || {}).forEach(function (k) {
      if (k === "text") node.textContent = props[k];
      else if (k === "class") node.className = props[k];
      else node.setAttribute(k, props[k]);
    });
    return node;
  }
  function clear(node) { while (node.firstChild) node.removeChild(node.firstChild); }
  function has(obj, key) { return Object.prototype.hasOwnProperty.call(obj, key); }

  // the menu names the example the text is, and no example once the text is edited away from it
  var own = el("option", { text: "(your own query)" });
  own.value = "";
  examples.appendChild(own);
  SERVER.queries.forEach(function (q) {
    var opt = el("option", { text: q.title ? q.name + " \u2014 " + q.title : q.name });
    opt.value = q.name;
    examples.appendChild(opt);
  });
  function pick(name) {
    var q = SERVER.queries.filter(function (x) { return x.name === name; })[0];
    if (q) text.value = q.text;
    follow();
  }
  function follow() {
    var typed = text.value.trim();
    var q = SERVER.queries.filter(function (x) { return x.text.trim() === typed; })[0];
    examples.value = q ? q.name : "";
  }
  examples.addEventListener("change", function () { if (examples.value) pick(examples.value); });
  text.addEventListener("input", follow);
  if (SERVER.queries.length) pick(SERVER.queries[0].name);

  // the box takes the bottom of the left bar and the network; the details panel keeps its height,
  // and the network keeps its zoom (app.js), so its labels stay as legible as before
  toggle.addEventListener("click", function () {
    panel.hidden = !panel.hidden;
    document.body.classList.toggle("querying", !panel.hidden);
    toggle.setAttribute("aria-expanded", String(!panel.hidden));
    if (!panel.hidden) text.focus();
  });

  // a cell: an IRI of the graph is a button selecting its node (named by ``shown``, the label the query
  // gave next to it, else the page's own label); anything else is text
  function cell(binding, shown) {
    var td = el("td");
    if (!binding) {
      if (shown) td.appendChild(el("span", { class: "data", text: shown.value }));
      return td;
    }
    var value = binding.value;
    if (binding.type === "uri" && value.indexOf(ID_BASE) === 0 && window.kg) {
      var id = decodeURIComponent(value.slice(ID_BASE.length));
      var label = window.kg.label ? window.kg.label(id) : null;
      if (label !== null && label !== undefined) {
        var b = el("button", { type: "button", class: "link data", text: shown ? shown.value : label,
                               title: "select in the network: " + value, "data-node": id });
        b.addEventListener("click", function () { window.kg.focusNode(id); });
        td.appendChild(b);
        if (SERVER.entityBase && id.indexOf("entity/") === 0) {
          var page = el("a", { class: "page-link", text: "page", title: "the entity's page" });
          page.href = SERVER.entityBase + id.split("/").map(encodeURIComponent).join("/");
          td.appendChild(document.createTextNode(" "));
          td.appendChild(page);
        }
        return td;
      }
      td.appendChild(el("code", { class: "data", text: shown ? shown.value : "id:" + id }));
      return td;
    }
    if (shown) binding = shown;
    td.appendChild(el("span", { class: "data", text: binding.value }));
    if (binding["xml:lang"]) td.appendChild(el("span", { class: "muted", text: " @" + binding["xml:lang"] }));
    return td;
  }

  function show(data, truncated) {
    clear(results);
    if (typeof data.boolean === "boolean") {
      results.appendChild(el("p", { text: "ASK: " + data.boolean }));
      status.textContent = "answered";
      return;
    }
    var vars = data.head.vars || [];
    var rows = data.results.bindings || [];
    // a column x with its IRIs in xIri (the example queries' way) is shown once: the label, linked
    var paired = {};
    vars.forEach(function (v) { if (vars.indexOf(v + "Iri") >= 0) paired[v + "Iri"] = v; });
    var columns = vars.filter(function (v) { return !has(paired, v); });
    var table = el("table", { class: "results" });
    var head = el("tr");
    columns.forEach(function (v) { head.appendChild(el("th", { text: v })); });
    table.appendChild(el("thead")).appendChild(head);
    var body = table.appendChild(el("tbody"));
    rows.forEach(function (row) {
      var tr = el("tr");
      columns.forEach(function (v) {
        tr.appendChild(has(row, v + "Iri") && has(paired, v + "Iri") ? cell(row[v + "Iri"], row[v]) : cell(row[v]));
      });
      body.appendChild(tr);
    });
    results.appendChild(table);
    status.textContent = rows.length + " row" + (rows.length === 1 ? "" : "s") +
      (truncated ? " (cut at the server's row cap)" : "");
  }

  function execute() {
    var query = text.value;
    if (!query.trim()) { status.textContent = "type a query first"; return; }
    run.disabled = true;
    status.textContent = "running\u2026";
    clear(results);
    fetch(SERVER.endpoint, {
      method: "POST",
      headers: { "Content-Type": "application/sparql-query", "Accept": "application/sparql-results+json" },
      body: query
    }).then(function (response) {
      return response.json().then(function (data) {
        if (!response.ok) {
          var err = data && data.error ? data.error : { code: String(response.status), message: response.statusText };
          status.textContent = "";
          results.appendChild(el("p", { class: "error", text: err.code + ": " + err.message }));
          return;
        }
        show(data, response.headers.get("X-Result-Truncated") === "true");
      });
    }).catch(function (e) {
      status.textContent = "";
      results.appendChild(el("p", { class: "error", text: "request failed: " + e }));
    }).then(function () { run.disabled = false; });
  }
  run.addEventListener("click", execute);
  text.addEventListener("keydown", function (ev) {
    if (ev.key === "Enter" && (ev.ctrlKey || ev.metaKey)) { ev.preventDefault(); execute(); }
  });
  window.kgQuery = { run: execute, pick: pick };
})();
