/* Draws every element with data-graph="ID-of-a-JSON-script" as a cytoscape network.
   Data: {"nodes": [{id, name, type, subtype, url, events?}], "edges": [{source, target, weight}]}.
   After drawing, the container gets data-node-count / data-edge-count / data-ready, and the main
   graph is exposed as window.__kooperacjaGraph (the browser tests read these). */
(function () {
  "use strict";

  var COLORS = {
    economic_zone: "#c2410c",
    company: "#1d4ed8",
    municipality: "#047857",
    regional_government: "#047857",
    national_government: "#047857",
    agency: "#0f766e",
    cluster: "#7c3aed",
    business_association: "#7c3aed",
    technology_park: "#7c3aed",
    research_education: "#a16207",
    international_org: "#be185d",
    other: "#64748b"
  };

  function readJSON(id) {
    var el = document.getElementById(id);
    if (!el) return null;
    try { return JSON.parse(el.textContent); } catch (e) { return null; }
  }

  function draw(container) {
    var data = readJSON(container.getAttribute("data-graph"));
    if (!data || !window.cytoscape) {
      container.setAttribute("data-ready", "error");
      return null;
    }
    var center = container.getAttribute("data-center");
    var degree = {};
    (data.edges || []).forEach(function (e) {
      degree[e.source] = (degree[e.source] || 0) + (e.weight || 1);
      degree[e.target] = (degree[e.target] || 0) + (e.weight || 1);
    });
    var elements = [];
    // deterministic start: nodes on a circle in id order (the same data draws the same picture)
    var sortedIds = (data.nodes || []).map(function (n) { return n.id; }).sort(function (a, b) { return a - b; });
    var order = {};
    sortedIds.forEach(function (id, i) { order[id] = i; });
    var count = Math.max(1, sortedIds.length);
    (data.nodes || []).forEach(function (n) {
      var id = String(n.id);
      var angle = 2 * Math.PI * order[n.id] / count;
      elements.push({
        group: "nodes",
        position: { x: 300 * Math.cos(angle), y: 300 * Math.sin(angle) },
        data: {
          id: id,
          label: n.name || id,
          url: n.url || "",
          color: COLORS[n.subtype] || COLORS.other,
          size: 14 + Math.min(40, 5 * Math.sqrt(degree[n.id] || 0) + 2 * Math.sqrt(n.events || 0)),
          center: center !== null && String(center) === id ? 1 : 0
        }
      });
    });
    (data.edges || []).forEach(function (e, i) {
      elements.push({
        group: "edges",
        data: { id: "e" + i, source: String(e.source), target: String(e.target), weight: e.weight || 1, shared: e.shared || [] }
      });
    });
    var many = (data.nodes || []).length > 120;
    var layout = container.getAttribute("data-layout") === "concentric"
      ? { name: "concentric", concentric: function (n) { return n.data("center") ? 10 : 1; }, levelWidth: function () { return 1; }, animate: false, padding: 16, minNodeSpacing: 28, nodeDimensionsIncludeLabels: true }
      : { name: "cose", animate: false, padding: 24, nodeDimensionsIncludeLabels: true, nodeRepulsion: function () { return many ? 6000 : 12000; }, idealEdgeLength: function () { return many ? 60 : 90; }, numIter: many ? 600 : 1200, randomize: false };
    var cy = window.cytoscape({
      container: container,
      elements: elements,
      wheelSensitivity: 0.3,
      minZoom: 0.1,
      maxZoom: 4,
      style: [
        { selector: "node", style: {
          "background-color": "data(color)", "width": "data(size)", "height": "data(size)",
          "label": "data(label)", "font-size": 10, "color": "#1f2937", "text-valign": "bottom",
          "text-margin-y": 3, "text-wrap": "ellipsis", "text-max-width": 140,
          "text-background-color": "#ffffff", "text-background-opacity": 0.7, "text-background-padding": 1,
          "border-width": 1, "border-color": "#ffffff" } },
        { selector: "node[center = 1]", style: { "border-width": 4, "border-color": "#111827", "font-weight": "bold" } },
        { selector: "edge", style: {
          "width": "mapData(weight, 1, 10, 1, 7)", "line-color": "#94a3b8", "opacity": 0.7, "curve-style": "haystack" } },
        { selector: "node:selected", style: { "border-width": 3, "border-color": "#f59e0b" } },
        { selector: ".faded", style: { "opacity": 0.15 } }
      ],
      layout: layout
    });
    cy.on("tap", "node", function (evt) {
      var url = evt.target.data("url");
      if (url && url.charAt(0) === "/") window.location.assign(url);
    });
    cy.on("mouseover", "node", function (evt) {
      var hood = evt.target.closedNeighborhood();
      cy.elements().not(hood).addClass("faded");
      container.style.cursor = "pointer";
    });
    cy.on("mouseout", "node", function () {
      cy.elements().removeClass("faded");
      container.style.cursor = "";
    });
    var tip = document.getElementById("edge-tip");
    if (tip) {
      cy.on("mouseover tap", "edge", function (evt) {
        var e = evt.target, shared = e.data("shared") || [];
        tip.textContent = "";
        var head = document.createElement("strong");
        head.textContent = cy.getElementById(e.data("source")).data("label") + " — " + cy.getElementById(e.data("target")).data("label");
        tip.appendChild(head);
        var count = document.createElement("div");
        count.textContent = "× " + e.data("weight");
        tip.appendChild(count);
        var ul = document.createElement("ul");
        shared.forEach(function (s) {
          var li = document.createElement("li");
          var a = document.createElement("a");
          a.href = "/event/" + s.id; a.textContent = (s.date || "—") + " · " + s.type;
          li.appendChild(a); ul.appendChild(li);
        });
        tip.appendChild(ul);
        var p = evt.renderedPosition || { x: 0, y: 0 };
        tip.style.left = Math.round(p.x + 12) + "px";
        tip.style.top = Math.round(p.y + 12) + "px";
        tip.hidden = false;
      });
      cy.on("tap", function (evt) { if (evt.target === cy) tip.hidden = true; });
    }
    container.setAttribute("data-node-count", String(cy.nodes().length));
    container.setAttribute("data-edge-count", String(cy.edges().length));
    container.setAttribute("data-ready", "1");
    return cy;
  }

  function init() {
    var graphs = [];
    var els = document.querySelectorAll("[data-graph]");
    for (var i = 0; i < els.length; i++) {
      var cy = draw(els[i]);
      if (cy) {
        graphs.push(cy);
        if (els[i].getAttribute("data-main") === "1" || !window.__kooperacjaGraph) window.__kooperacjaGraph = cy;
      }
    }
    window.__kooperacjaGraphs = graphs;
  }

  if (document.readyState === "loading") document.addEventListener("DOMContentLoaded", init);
  else init();
})();
