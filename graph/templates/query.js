/* The SPARQL box of the page `kg serve` shows: example queries, a text area, a results table.
   Results come back as SPARQL JSON and reach the DOM through textContent only; an entity IRI in a
   cell becomes a button that selects that entity in the network. */
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

  SERVER.queries.forEach(function (q) {
    var opt = el("option", { text: q.title ? q.name + " \u2014 " + q.title : q.name });
    opt.value = q.name;
    examples.appendChild(opt);
  });
  function pick(name) {
    var q = SERVER.queries.filter(function (x) { return x.name === name; })[0];
    if (q) text.value = q.text;
  }
  examples.addEventListener("change", function () { pick(examples.value); });
  if (SERVER.queries.length) { examples.value = SERVER.queries[0].name; pick(SERVER.queries[0].name); }

  toggle.addEventListener("click", function () {
    panel.hidden = !panel.hidden;
    toggle.setAttribute("aria-expanded", String(!panel.hidden));
    if (!panel.hidden) text.focus();
    if (window.kgNetwork) window.kgNetwork.redraw();
  });

  function cell(binding) {
    var td = el("td");
    if (!binding) return td;
    var value = binding.value;
    if (binding.type === "uri" && value.indexOf(ID_BASE) === 0 && window.kg) {
      var id = decodeURIComponent(value.slice(ID_BASE.length));
      var label = window.kg.label ? window.kg.label(id) : null;
      if (label !== null && label !== undefined) {
        var b = el("button", { type: "button", class: "link data", text: label, title: value });
        b.addEventListener("click", function () { window.kg.focusNode(id); });
        td.appendChild(b);
        return td;
      }
      td.appendChild(el("code", { class: "data", text: "id:" + id }));
      return td;
    }
    td.appendChild(el("span", { class: "data", text: value }));
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
    var table = el("table", { class: "results" });
    var head = el("tr");
    vars.forEach(function (v) { head.appendChild(el("th", { text: v })); });
    table.appendChild(el("thead")).appendChild(head);
    var body = table.appendChild(el("tbody"));
    rows.forEach(function (row) {
      var tr = el("tr");
      vars.forEach(function (v) { tr.appendChild(cell(row[v])); });
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
