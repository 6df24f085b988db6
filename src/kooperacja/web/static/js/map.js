/* The map: country outlines from the vendored world-atlas TopoJSON and the 16 voivodeships (Natural
   Earth admin-1, vendor/voivodeships) drawn with d3-geo as SVG; events
   (grouped by place) and organisations (at their seats) as markers, clustered on screen; zoom with the
   wheel or the buttons, pan by dragging; a click on a marker opens a popup listing its events with
   links. Poland is the first view. The container gets data-ready and data-marker-count; the page
   object window.__kooperacjaMap serves the tests (zoomTo, visible). */
(function () {
  "use strict";
  var SVG = "http://www.w3.org/2000/svg";
  var POLAND = [[14.0, 48.9], [24.2, 55.0]];
  var CLUSTER_PX = 26;

  function el(name, attrs) {
    var e = document.createElementNS(SVG, name);
    for (var k in attrs) if (Object.prototype.hasOwnProperty.call(attrs, k)) e.setAttribute(k, attrs[k]);
    return e;
  }

  function init() {
    var container = document.getElementById("map");
    if (!container) return;
    var data = { points: [], organizations: [], labels: {} };
    try { data = JSON.parse(document.getElementById(container.getAttribute("data-points")).textContent); } catch (e) { /* empty */ }
    if (!window.d3 || !d3.geoMercator) { container.setAttribute("data-ready", "error"); return; }
    function load(url) {
      if (!url) return Promise.resolve(null);
      return fetch(url, { credentials: "same-origin" })
        .then(function (r) { return r.ok ? r.json() : null; })
        .catch(function () { return null; });
    }
    Promise.all([load(container.getAttribute("data-atlas")), load(container.getAttribute("data-regions"))])
      .then(function (got) { start(container, data, got[0], got[1]); });
  }

  function start(container, data, atlas, regions) {
    var width = container.clientWidth || 900;
    var height = Math.max(360, Math.min(640, Math.round(width * 0.7)));
    var projection = d3.geoMercator();
    function fit(ext) {
      var box = { type: "MultiPoint", coordinates: [ext[0], ext[1]] };
      projection.fitExtent([[12, 12], [width - 12, height - 12]], box);
    }
    fit(POLAND);
    var path = d3.geoPath(projection);
    var svg = el("svg", { viewBox: "0 0 " + width + " " + height, width: "100%", "class": "map-svg" });
    svg.appendChild(el("rect", { x: 0, y: 0, width: width, height: height, "class": "sea" }));
    var gLand = el("g", { "class": "countries" });
    var gRegions = el("g", { "class": "voivodeships" });
    var gPts = el("g", { "class": "markers" });
    svg.appendChild(gLand);
    svg.appendChild(gRegions);
    svg.appendChild(gPts);
    container.textContent = "";
    container.appendChild(svg);
    var popup = document.getElementById("map-popup");
    var land = null, borders = null;
    if (atlas && window.topojson) {
      land = topojson.feature(atlas, atlas.objects.countries).features;
      borders = topojson.mesh(atlas, atlas.objects.countries, function (a, b) { return a !== b; });
    }
    var showEvents = document.getElementById("show-events");
    var showOrgs = document.getElementById("show-orgs");
    var visible = [];

    function markers() {
      var out = [];
      if (!showEvents || showEvents.checked) {
        data.points.forEach(function (p) { out.push({ kind: "event", item: p, lat: p.lat, lon: p.lon, n: p.events_count || p.events.length }); });
      }
      if (!showOrgs || showOrgs.checked) {
        data.organizations.forEach(function (o) { out.push({ kind: "org", item: o, lat: o.lat, lon: o.lon, n: 1 }); });
      }
      return out;
    }

    function draw() {
      gLand.textContent = "";
      if (land) {
        land.forEach(function (f) {
          var d = path(f);
          if (d) gLand.appendChild(el("path", { d: d, "class": "country" + (f.id === "616" ? " country-pl" : "") }));
        });
        gLand.appendChild(el("path", { d: path(borders) || "", "class": "borders" }));
      }
      gRegions.textContent = "";
      if (regions && regions.features) {
        var chosen = (container.getAttribute("data-region") || "").toUpperCase();
        regions.features.forEach(function (f) {
          var d = path(f);
          if (!d) return;
          var p = el("path", { d: d, "class": "voivodeship" + (f.properties.code === chosen ? " voivodeship-chosen" : ""), "data-code": f.properties.code });
          var t = el("title", {});
          t.textContent = f.properties.name;
          p.appendChild(t);
          gRegions.appendChild(p);
        });
      }
      gPts.textContent = "";
      // greedy clustering on screen: a marker joins the first cluster within CLUSTER_PX
      var clusters = [];
      markers().forEach(function (m) {
        var xy = projection([m.lon, m.lat]);
        if (!xy || xy[0] < -20 || xy[1] < -20 || xy[0] > width + 20 || xy[1] > height + 20) return;
        for (var i = 0; i < clusters.length; i++) {
          var c = clusters[i];
          if (Math.abs(c.x - xy[0]) < CLUSTER_PX && Math.abs(c.y - xy[1]) < CLUSTER_PX) { c.members.push(m); return; }
        }
        clusters.push({ x: xy[0], y: xy[1], members: [m] });
      });
      visible = [];
      clusters.forEach(function (c) {
        var events = 0, orgs = 0;
        c.members.forEach(function (m) { if (m.kind === "event") events += m.n; else orgs += 1; visible.push(m); });
        var single = c.members.length === 1;
        var cls = "marker " + (events ? "marker-event" : "marker-organization") + (single ? "" : " marker-cluster");
        var g = el("g", { "class": cls, tabindex: "0", role: "button" });
        var r = 6 + Math.min(14, 2.5 * Math.sqrt(events + orgs));
        g.appendChild(el("circle", { cx: c.x.toFixed(1), cy: c.y.toFixed(1), r: r.toFixed(1) }));
        if (!single || events > 1) {
          var t = el("text", { x: c.x.toFixed(1), y: (c.y + 4).toFixed(1), "text-anchor": "middle" });
          t.textContent = String(events + orgs);
          g.appendChild(t);
        }
        if (single && clusters.length <= 40 && width >= 600) {  // names beside markers: not on a phone
          var label = el("text", { x: (c.x + r + 3).toFixed(1), y: (c.y + 4).toFixed(1), "class": "marker-label" });
          label.textContent = c.members[0].item.name;
          g.appendChild(label);
        }
        var title = el("title", {});
        title.textContent = c.members.map(function (m) { return m.item.name; }).slice(0, 5).join(", ");
        g.appendChild(title);
        g.addEventListener("click", function (ev) { ev.stopPropagation(); open(c, ev); });
        g.addEventListener("keydown", function (ev) { if (ev.key === "Enter") open(c, ev); });
        gPts.appendChild(g);
      });
      container.setAttribute("data-marker-count", String(clusters.length));
      container.setAttribute("data-ready", land ? "1" : "no-atlas");
      container.setAttribute("data-regions-drawn", String(gRegions.childNodes.length));
    }

    function open(cluster, ev) {
      if (!popup) return;
      popup.textContent = "";
      var close = document.createElement("button");
      close.type = "button"; close.className = "popup-close"; close.textContent = "×";
      close.addEventListener("click", function () { popup.hidden = true; });
      popup.appendChild(close);
      cluster.members.forEach(function (m) {
        var h = document.createElement("h3");
        var a = document.createElement("a");
        a.href = m.item.url; a.textContent = m.item.name;
        h.appendChild(a);
        popup.appendChild(h);
        if (m.kind === "event") {
          var ul = document.createElement("ul");
          m.item.events.forEach(function (e) {
            var li = document.createElement("li");
            var link = document.createElement("a");
            link.href = e.url; link.className = "popup-event evtype-" + e.type;
            link.textContent = (e.date || "—") + " · " + e.type;
            li.appendChild(link);
            if (e.what) { var w = document.createElement("div"); w.className = "what"; w.textContent = e.what; li.appendChild(w); }
            ul.appendChild(li);
          });
          popup.appendChild(ul);
          var more = (m.item.events_count || 0) - m.item.events.length;
          var all = document.createElement("a");
          var q = new URLSearchParams(window.location.search);
          q.delete("place"); q.set("place", String(m.item.id));
          all.href = "/timeline?" + q.toString();
          all.className = "popup-all";
          all.textContent = (more > 0 ? "+" + more + " · " : "") + (container.getAttribute("data-all-label") || "timeline") + " →";
          popup.appendChild(all);
        } else if (m.item.seat) {
          var p = document.createElement("p"); p.className = "muted"; p.textContent = m.item.seat; popup.appendChild(p);
        }
      });
      popup.hidden = false;
    }

    function zoomAt(factor, px, py) {
      var s = projection.scale(), t = projection.translate();
      projection.scale(s * factor).translate([px - (px - t[0]) * factor, py - (py - t[1]) * factor]);
      draw();
    }
    var pending = null;
    svg.addEventListener("wheel", function (ev) {
      ev.preventDefault();
      var rect = svg.getBoundingClientRect();
      var px = (ev.clientX - rect.left) * width / rect.width, py = (ev.clientY - rect.top) * height / rect.height;
      var f = ev.deltaY < 0 ? 1.25 : 0.8;
      if (pending) return;
      pending = requestAnimationFrame(function () { pending = null; zoomAt(f, px, py); });
    }, { passive: false });
    var drag = null;
    svg.addEventListener("pointerdown", function (ev) { drag = { x: ev.clientX, y: ev.clientY, t: projection.translate() }; });
    window.addEventListener("pointerup", function () { drag = null; });
    svg.addEventListener("pointermove", function (ev) {
      if (!drag) return;
      var rect = svg.getBoundingClientRect(), k = width / rect.width;
      var dx = (ev.clientX - drag.x) * k, dy = (ev.clientY - drag.y) * k;
      if (Math.abs(dx) + Math.abs(dy) < 3) return;
      projection.translate([drag.t[0] + dx, drag.t[1] + dy]);
      if (!pending) pending = requestAnimationFrame(function () { pending = null; draw(); });
    });
    function button(id, fn) { var b = document.getElementById(id); if (b) b.addEventListener("click", fn); }
    button("zoom-in", function () { zoomAt(1.5, width / 2, height / 2); });
    button("zoom-out", function () { zoomAt(1 / 1.5, width / 2, height / 2); });
    button("zoom-reset", function () { fit(POLAND); draw(); });
    if (showEvents) showEvents.addEventListener("change", draw);
    if (showOrgs) showOrgs.addEventListener("change", draw);

    window.__kooperacjaMap = {
      zoomTo: function (lat, lon, factor) {
        var xy = projection([lon, lat]);
        var t = projection.translate();
        projection.translate([t[0] + width / 2 - xy[0], t[1] + height / 2 - xy[1]]);
        zoomAt(factor || 4, width / 2, height / 2);
      },
      visible: function () { return visible.map(function (m) { return { kind: m.kind, name: m.item.name, events: m.item.events || [] }; }); },
      scale: function () { return projection.scale(); }
    };
    draw();
  }

  if (document.readyState === "loading") document.addEventListener("DOMContentLoaded", init);
  else init();
})();
