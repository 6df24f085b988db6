/* The map: country outlines from the vendored world-atlas TopoJSON, drawn as SVG with d3-geo, and
   one circle per place/organisation from the JSON block named by data-points. Markers are drawn
   even when the outlines cannot be loaded. The container gets data-marker-count and data-ready. */
(function () {
  "use strict";
  var SVG = "http://www.w3.org/2000/svg";
  var VIEWS = {
    pl: [[14.0, 48.9], [24.2, 55.0]],
    eu: [[-11, 35], [40, 66]],
    world: [[-170, -58], [180, 80]]
  };

  function el(name, attrs) {
    var e = document.createElementNS(SVG, name);
    for (var k in attrs) if (Object.prototype.hasOwnProperty.call(attrs, k)) e.setAttribute(k, attrs[k]);
    return e;
  }

  function extentOf(points, view) {
    if (VIEWS[view]) return VIEWS[view];
    if (!points.length) return VIEWS.pl;
    var x0 = 180, y0 = 90, x1 = -180, y1 = -90;
    points.forEach(function (p) {
      x0 = Math.min(x0, p.lon); x1 = Math.max(x1, p.lon);
      y0 = Math.min(y0, p.lat); y1 = Math.max(y1, p.lat);
    });
    // at least Poland's extent, with a margin
    x0 = Math.min(x0, 14.0) - 1; x1 = Math.max(x1, 24.2) + 1;
    y0 = Math.min(y0, 48.9) - 1; y1 = Math.max(y1, 55.0) + 1;
    return [[x0, Math.max(-80, y0)], [x1, Math.min(84, y1)]];
  }

  function draw(container, points, atlas) {
    var width = container.clientWidth || 900;
    var height = Math.max(420, Math.round(width * 0.62));
    var ext = extentOf(points, container.getAttribute("data-view"));
    var box = {
      type: "Feature",
      geometry: { type: "MultiPoint", coordinates: [ext[0], ext[1], [ext[0][0], ext[1][1]], [ext[1][0], ext[0][1]]] }
    };
    var projection = d3.geoMercator().fitExtent([[16, 16], [width - 16, height - 16]], box);
    var path = d3.geoPath(projection);
    var svg = el("svg", { viewBox: "0 0 " + width + " " + height, width: "100%", "class": "map-svg" });
    svg.appendChild(el("rect", { x: 0, y: 0, width: width, height: height, "class": "sea" }));
    var gLand = el("g", { "class": "countries" });
    svg.appendChild(gLand);
    if (atlas && window.topojson) {
      var countries = topojson.feature(atlas, atlas.objects.countries).features;
      countries.forEach(function (f) {
        var d = path(f);
        if (!d) return;
        var p = el("path", { d: d, "class": "country" + (f.id === "616" ? " country-pl" : "") });
        var t = el("title", {});
        t.textContent = (f.properties && f.properties.name) || "";
        p.appendChild(t);
        gLand.appendChild(p);
      });
      var borders = topojson.mesh(atlas, atlas.objects.countries, function (a, b) { return a !== b; });
      gLand.appendChild(el("path", { d: path(borders) || "", "class": "borders" }));
    }
    var gPts = el("g", { "class": "markers" });
    svg.appendChild(gPts);
    var sorted = points.slice().sort(function (a, b) { return (b.events || 0) - (a.events || 0); });
    var drawn = 0;
    var taken = {};
    sorted.forEach(function (p) {
      var xy = projection([p.lon, p.lat]);
      if (!xy || !isFinite(xy[0]) || !isFinite(xy[1])) return;
      var r = 4 + Math.min(14, 2.2 * Math.sqrt(p.events || 0));
      // markers on the same spot (organisations placed at their city) fan out around it
      var key = Math.round(xy[0] / 3) + "," + Math.round(xy[1] / 3);
      var k = taken[key] = (taken[key] || 0) + 1;
      if (k > 1) {
        var angle = (k - 2) * 2.4;
        var dist = 7 + 3 * Math.sqrt(k);
        xy = [xy[0] + dist * Math.cos(angle), xy[1] + dist * Math.sin(angle)];
      }
      var a = el("a", { href: p.url || "#", "class": "marker marker-" + (p.type === "place" ? "place" : "organization") });
      var c = el("circle", { cx: xy[0].toFixed(1), cy: xy[1].toFixed(1), r: r.toFixed(1) });
      var t = el("title", {});
      t.textContent = p.name + (p.events ? " — " + p.events + " events" : "");
      c.appendChild(t);
      a.appendChild(c);
      gPts.appendChild(a);
      drawn++;
    });
    container.textContent = "";
    container.appendChild(svg);
    container.setAttribute("data-marker-count", String(drawn));
    container.setAttribute("data-ready", atlas ? "1" : "no-atlas");
  }

  function init() {
    var container = document.getElementById("map");
    if (!container) return;
    var points = [];
    try { points = JSON.parse(document.getElementById(container.getAttribute("data-points")).textContent) || []; } catch (e) { points = []; }
    points = points.filter(function (p) { return isFinite(p.lat) && isFinite(p.lon); });
    if (!window.d3 || !d3.geoMercator) {
      container.setAttribute("data-ready", "error");
      return;
    }
    fetch(container.getAttribute("data-atlas"), { credentials: "same-origin" })
      .then(function (r) { return r.ok ? r.json() : null; })
      .catch(function () { return null; })
      .then(function (atlas) { draw(container, points, atlas); });
  }

  if (document.readyState === "loading") document.addEventListener("DOMContentLoaded", init);
  else init();
})();
