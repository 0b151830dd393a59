/* townstats: search from the bundled index (window.TOWNSTATS_SEARCH) and sortable tables.
   No network: the index is a script file, so this works from file:// as well as over HTTP. */
(function () {
  "use strict";
  var root = document.body.getAttribute("data-root") || "";

  /* A part of the address as text; a malformed escape (search.html?q=%E0%A4%A, compare.html?t=%ZZ) is taken as
     written instead of stopping the script with a URIError. */
  function decode(s) {
    try { return decodeURIComponent(s); } catch (e) { return s; }
  }

  /* The index (assets/search-index.js) is loaded on first use, as a script tag so that it also loads
     from file://; pages that never search do not pay for it. */
  var waiting = [];
  function withIndex(fn) {
    if (window.TOWNSTATS_SEARCH) { fn(); return; }
    waiting.push(fn);
    if (waiting.length > 1) return;
    var s = document.createElement("script");
    s.src = root + "assets/search-index.js";
    s.onload = function () { var w = waiting; waiting = []; w.forEach(function (f) { f(); }); };
    s.onerror = function () { waiting = []; s.parentNode.removeChild(s); };
    document.body.appendChild(s);
  }

  function norm(s) { return (s || "").toLowerCase().replace(/\s+/g, ""); }

  function search(query) {
    var data = window.TOWNSTATS_SEARCH;
    if (!data) return [];
    var terms = (query || "").toLowerCase().split(/\s+/).filter(Boolean).map(norm);
    if (!terms.length) return [];
    var hits = [];
    data.entries.forEach(function (e) {
      var hay = norm(e.name) + " " + e.keys + " " + norm(e.desc);
      var score = 0;
      for (var i = 0; i < terms.length; i++) {
        var at = hay.indexOf(terms[i]);
        if (at < 0) return;
        score += at;
      }
      hits.push({ e: e, score: score });
    });
    hits.sort(function (a, b) { return a.score - b.score || a.e.name.localeCompare(b.e.name, "zh"); });
    return hits.slice(0, 30).map(function (h) { return h.e; });
  }

  function show(box, query) {
    while (box.firstChild) box.removeChild(box.firstChild);
    if (!norm(query)) { if (box.classList.contains("popup")) box.hidden = true; return; }
    var hits = search(query);
    var p = document.createElement("p");
    if (!hits.length) {
      p.className = "none";
      p.textContent = box.getAttribute("data-none");
      box.appendChild(p);
    } else {
      p.className = "count";
      p.textContent = hits.length + " " + box.getAttribute("data-count");
      box.appendChild(p);
      var ul = document.createElement("ul");
      hits.forEach(function (e) {
        var li = document.createElement("li");
        var kind = document.createElement("span");
        kind.className = "kind";
        kind.textContent = e.kind;
        var a = document.createElement("a");
        a.href = root + e.url;
        a.textContent = e.name;
        var desc = document.createElement("span");
        desc.className = "desc";
        desc.textContent = e.desc;
        li.appendChild(kind); li.appendChild(a); li.appendChild(desc);
        ul.appendChild(li);
      });
      box.appendChild(ul);
    }
    box.hidden = false;
  }

  Array.prototype.forEach.call(document.querySelectorAll("form.search"), function (form) {
    var input = form.querySelector("input[name=q]");
    var box = form.querySelector(".search-results");
    if (!input || !box) return;
    input.addEventListener("focus", function () { withIndex(function () {}); });
    input.addEventListener("input", function () { withIndex(function () { show(box, input.value); }); });
    input.addEventListener("keydown", function (ev) {
      if (ev.key === "Escape" && box.classList.contains("popup")) box.hidden = true;
      if (ev.key === "ArrowDown") {
        var first = box.querySelector("a");
        if (first) { ev.preventDefault(); first.focus(); }
      }
    });
    // arrow keys move between the results; Escape returns to the box
    box.addEventListener("keydown", function (ev) {
      var links = Array.prototype.slice.call(box.querySelectorAll("a"));
      var i = links.indexOf(document.activeElement);
      if (i < 0) return;
      if (ev.key === "ArrowDown" && i + 1 < links.length) { ev.preventDefault(); links[i + 1].focus(); }
      if (ev.key === "ArrowUp") { ev.preventDefault(); (i > 0 ? links[i - 1] : input).focus(); }
      if (ev.key === "Escape") { input.focus(); if (box.classList.contains("popup")) box.hidden = true; }
    });
    if (box.classList.contains("popup")) {
      document.addEventListener("click", function (ev) { if (!form.contains(ev.target)) box.hidden = true; });
    } else {
      // the search page: run the query of the address (search.html?q=tantou)
      var m = /[?&]q=([^&#]*)/.exec(window.location.search);
      if (m) {
        input.value = decode(m[1].replace(/\+/g, " "));
        withIndex(function () { show(box, input.value); });
      }
      form.addEventListener("submit", function (ev) { ev.preventDefault(); withIndex(function () { show(box, input.value); }); });
    }
  });

  /* Sortable tables: the header cells become buttons; rows sort by each cell's data-sort value,
     numbers numerically, text in Chinese order; empty values always last. */
  function key(row, index) {
    var cell = row.children[index];
    if (!cell) return "";
    var v = cell.getAttribute("data-sort");
    return v === null ? cell.textContent.trim() : v;
  }

  Array.prototype.forEach.call(document.querySelectorAll("table.sortable"), function (table) {
    var heads = table.querySelectorAll("thead th");
    Array.prototype.forEach.call(heads, function (th, index) {
      if (!th.hasAttribute("data-type")) return;
      var button = document.createElement("button");
      button.type = "button";
      button.className = "sort";
      // paper has no buttons: print shows the label (a button is not painted in a table's repeated header)
      th.setAttribute("data-label", th.textContent.trim());
      while (th.firstChild) button.appendChild(th.firstChild);
      th.appendChild(button);
      button.addEventListener("click", function () {
        var numeric = th.getAttribute("data-type") === "number";
        var asc = th.getAttribute("aria-sort") !== "ascending";
        Array.prototype.forEach.call(heads, function (h) { h.removeAttribute("aria-sort"); });
        th.setAttribute("aria-sort", asc ? "ascending" : "descending");
        var body = table.tBodies[0];
        var rows = Array.prototype.slice.call(body.rows);
        rows.sort(function (a, b) {
          var x = key(a, index), y = key(b, index);
          if (x === "" && y === "") return 0;
          if (x === "") return 1;
          if (y === "") return -1;
          var c = numeric ? parseFloat(x) - parseFloat(y) : x.localeCompare(y, "zh");
          return asc ? c : -c;
        });
        rows.forEach(function (r) { body.appendChild(r); });
      });
    });
  });

  /* Ranking pages: one peer group at a time (all towns first); the choice is kept in the address (#group=…). */
  var tabs = document.querySelector(".group-tabs");
  if (tabs) {
    var links = tabs.querySelectorAll("a[data-group]");
    var showGroup = function (group) {
      var known = Array.prototype.some.call(links, function (a) { return a.getAttribute("data-group") === group; });
      if (!known) group = links[0].getAttribute("data-group");
      Array.prototype.forEach.call(document.querySelectorAll("section.ranking-table"), function (s) {
        s.hidden = s.getAttribute("data-group") !== group;
      });
      Array.prototype.forEach.call(links, function (a) {
        if (a.getAttribute("data-group") === group) a.setAttribute("aria-current", "true"); else a.removeAttribute("aria-current");
      });
    };
    var fromHash = function () {
      var m = /group=([^&]*)/.exec(window.location.hash);
      showGroup(m ? decode(m[1]) : "");
    };
    window.addEventListener("hashchange", fromHash);
    fromHash();
  }

  /* The compare page: two to four towns side by side in one year. The selection is the address
     (compare.html?t=a,b&y=2022), each town's figures a script (towns/SLUG/figures.js), so it works from file:// and
     from any sub-path. Per indicator, one line per town: its rank in one peer group the towns share (the one that
     ranks most of them, the most local of those). */
  var compare = document.getElementById("compare");
  if (compare) {
    var max = parseInt(compare.getAttribute("data-max"), 10);
    var m = /[?&]t=([^&#]*)/.exec(window.location.search);
    var chosen = m ? decode(m[1]).split(",").filter(function (x) { return /^[a-z0-9-]+$/.test(x); }).slice(0, max) : [];
    var ym = /[?&]y=(\d{4})/.exec(window.location.search);
    var asked = ym ? parseInt(ym[1], 10) : null;
    var go = function (list, year) {
      var q = list.length ? "?t=" + list.join(",") + (year ? "&y=" + year : "") : "";
      window.location.href = window.location.href.replace(/[?#].*$/, "") + q;
    };
    var data = function () { return window.TOWNSTATS_COMPARE || {}; };
    var cell = function (tag, text, cls) {
      var c = document.createElement(tag);
      if (text) c.textContent = text;
      if (cls) c.className = cls;
      return c;
    };
    var words = function (key, args) {
      var t = compare.getAttribute(key);
      (args || []).forEach(function (a, i) { t = t.split("{" + i + "}").join(String(a)); });
      return t;
    };
    var draw = function () {
      var towns = chosen.map(function (s) { return data()[s]; }).filter(Boolean);
      var list = document.getElementById("compare-chosen");
      var table = document.getElementById("compare-table");
      document.getElementById("compare-empty").hidden = towns.length > 0;
      // the year: the address's, else the latest all the towns reported, else the latest any did
      var years = [];
      towns.forEach(function (t) { t.years.forEach(function (y) { if (years.indexOf(y.year) < 0) years.push(y.year); }); });
      years.sort(function (a, b) { return b - a; });
      var shared = years.filter(function (y) { return towns.every(function (t) { return t.years.some(function (e) { return e.year === y; }); }); });
      var year = years.indexOf(asked) >= 0 ? asked : (shared[0] || years[0]);
      var yearOf = function (t) { return t.years.filter(function (e) { return e.year === year; })[0]; };
      towns.forEach(function (t) {
        var li = document.createElement("li");
        var y = yearOf(t);
        var a = cell("a", t.name);
        a.href = root + (y ? y.href : t.href);
        li.appendChild(a);
        li.appendChild(cell("span", " " + t.place + " · " + (y ? y.label : words("data-no-year", [year + "年"])), "meta"));
        var x = cell("button", compare.getAttribute("data-remove"), "remove");
        x.type = "button";
        x.addEventListener("click", function () { go(chosen.filter(function (s) { return s !== t.slug; }), asked); });
        li.appendChild(x);
        list.appendChild(li);
      });
      if (!towns.length) return;
      var controls = document.getElementById("compare-controls");
      var select = document.getElementById("compare-year");
      years.forEach(function (y) {
        var o = cell("option", y + "年");
        o.value = y;
        if (y === year) o.selected = true;
        select.appendChild(o);
      });
      select.addEventListener("change", function () { go(chosen, parseInt(select.value, 10)); });
      controls.hidden = false;
      // the peer groups every chosen town is in, widest first (all towns, province, city, county), with their names
      var names = {};
      towns.forEach(function (t) { t.groups.forEach(function (g) { names[g[0]] = g[1]; }); });
      var common = towns[0].groups.map(function (g) { return g[0]; }).filter(function (g) {
        return towns.every(function (t) { return t.groups.some(function (x) { return x[0] === g; }); });
      });
      var ids = [], label = {};
      towns.forEach(function (t) {
        var y = yearOf(t);
        if (y) y.figures.forEach(function (f) { if (!label[f.id]) { ids.push(f.id); label[f.id] = f.name; } });
      });
      var head = document.createElement("thead"), tr = document.createElement("tr");
      tr.appendChild(cell("th", compare.getAttribute("data-indicator")));
      towns.forEach(function (t) { var th = cell("th", t.name); th.scope = "col"; tr.appendChild(th); });
      head.appendChild(tr);
      table.appendChild(head);
      var body = document.createElement("tbody");
      var charts = document.getElementById("compare-chart-list");
      ids.forEach(function (id) {
        var figs = towns.map(function (t) {
          var y = yearOf(t);
          return y ? y.figures.filter(function (x) { return x.id === id; })[0] : null;
        });
        // one group the towns share, every town's rank said in it once: the one ranking most of them, the most local
        // of those (a county where its tables have enough towns, else the city, province or all towns)
        var group = null, most = 0;
        for (var i = common.length - 1; i >= 0; i--) {
          var ranked = figs.filter(function (f) { return f && f.ranks.some(function (k) { return k.g === common[i]; }); }).length;
          if (ranked > most) { most = ranked; group = common[i]; }
        }
        var row = document.createElement("tr");
        row.setAttribute("data-indicator", id);
        var th = cell("th", label[id]);
        th.scope = "row";
        // different months cannot be compared: said in words
        var months = [];
        figs.forEach(function (f, i) { if (f && f.value) months.push(towns[i].name + (f.period || compare.getAttribute("data-full-year"))); });
        var periods = figs.filter(function (f) { return f && f.value; }).map(function (f) { return f.period || ""; });
        if (periods.some(function (p) { return p !== periods[0]; })) {
          th.appendChild(cell("span", words("data-mismatch", [months.join("，")]), "mismatch"));
          row.setAttribute("data-mismatch", "true");
        }
        row.appendChild(th);
        figs.forEach(function (f, i) {
          var td = cell("td", "", "num");
          td.setAttribute("data-town", towns[i].name);
          if (!f) { td.appendChild(cell("span", "—", "v")); row.appendChild(td); return; }
          td.appendChild(cell("span", f.value ? f.value + " " + f.unit : "—", "v"));
          if (f.period) td.appendChild(cell("span", f.period, "badge badge-period"));
          (f.flags || []).forEach(function (fl) { td.appendChild(cell("span", fl, "badge")); });
          if (f.growth) td.appendChild(cell("span", f.growth, "growth"));
          var parts = [];
          var v = group && f.ranks.filter(function (k) { return k.g === group && k.m === "value"; })[0];
          var g = group && f.ranks.filter(function (k) { return k.g === group && k.m === "growth"; })[0];
          // as the profiles say it: 第3/14 in a county or city; in a province or all towns 第3, or the quarter (前25%)
          var say = function (k, growth, name) {
            if (k.b) return growth ? words("data-growth-band", [k.b]) : words("data-band", [name, k.b]);
            if (k.n) return growth ? words("data-growth-rank", [k.r, k.n]) : words("data-rank-of", [name, k.r, k.n]);
            return growth ? words("data-growth-top", [k.r]) : words("data-rank-top", [name, k.r]);
          };
          if (v) parts.push(say(v, false, names[group]));
          if (g) parts.push((v ? "" : names[group]) + say(g, true));
          td.appendChild(cell("span", parts.length ? parts.join("，") : compare.getAttribute("data-no-rank"), "rank"));
          row.appendChild(td);
        });
        body.appendChild(row);
        // a bar per town, its length the plain value: for an indicator two towns or more have
        var bars = figs.map(function (f, i) { return { f: f, t: towns[i] }; }).filter(function (b) { return b.f && b.f.raw !== null && b.f.raw !== ""; });
        if (bars.length >= 2) {
          var top = Math.max.apply(null, bars.map(function (b) { return Math.abs(parseFloat(b.f.raw)); }));
          var fig = cell("figure", "", "compare-chart");
          fig.setAttribute("data-indicator", id);
          fig.appendChild(cell("figcaption", label[id] + " · " + year + "年" + (row.hasAttribute("data-mismatch") ? " · " + months.join("，") : "")));
          bars.forEach(function (b) {
            var line = cell("div", "", "bar-row");
            line.appendChild(cell("span", b.t.name, "bar-town"));
            var track = cell("span", "", "bar-track");
            var fill = cell("span", "", "bar-fill");
            fill.style.width = (top > 0 ? Math.max(0, parseFloat(b.f.raw)) / top * 100 : 0).toFixed(1) + "%";
            track.appendChild(fill);
            line.appendChild(track);
            line.appendChild(cell("span", b.f.value + " " + b.f.unit + (b.f.period ? "（" + b.f.period + "）" : ""), "bar-value"));
            fig.appendChild(line);
          });
          charts.appendChild(fig);
        }
      });
      table.appendChild(body);
      document.getElementById("compare-charts").hidden = !charts.firstChild;
    };
    var pending = chosen.length;
    if (!pending) draw();
    chosen.forEach(function (slug) {
      var s = document.createElement("script");
      s.src = root + "towns/" + slug + "/figures.js";
      s.onload = s.onerror = function () { if (--pending === 0) draw(); };
      document.body.appendChild(s);
    });
    var input = document.getElementById("q-compare");
    var box = document.getElementById("compare-results");
    var offer = function () {
      withIndex(function () {
        while (box.firstChild) box.removeChild(box.firstChild);
        var hits = search(input.value).filter(function (e) { return /^towns\/[^\/]+\/index\.html$/.test(e.url); });
        var ul = document.createElement("ul");
        hits.slice(0, 10).forEach(function (e) {
          var slug = e.url.split("/")[1];
          var li = document.createElement("li");
          var b = cell("button", e.name + " ", "pick");
          b.type = "button";
          b.appendChild(cell("span", e.desc, "desc"));
          b.addEventListener("click", function () {
            if (chosen.indexOf(slug) >= 0) return;
            if (chosen.length >= max) { box.insertBefore(cell("p", compare.getAttribute("data-full"), "none"), box.firstChild); return; }
            go(chosen.concat([slug]), asked);
          });
          li.appendChild(b);
          ul.appendChild(li);
        });
        box.appendChild(ul);
      });
    };
    input.addEventListener("input", offer);
    compare.querySelector("form").addEventListener("submit", function (ev) { ev.preventDefault(); offer(); });
  }
})();
