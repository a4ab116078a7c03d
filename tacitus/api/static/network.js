/* Tacitus dashboard: the actor network (cytoscape) and the evidence of its edges.
 *
 * GET /api/dyads?top=N: the N most active actors and the pairs among them (30 at first, "show
 * more" adds 30); group=state folds every actor of a state into the state's node. The layout
 * is force-directed (cose) from a deterministic start (the busiest actors in the middle), then
 * brought to the box's size so that labels show at their size (12 px) when the whole network
 * is in view. A click on an edge lists that edge's events;
 * a later click or a new filter wins over an answer still on its way, and after a filter change
 * the panel shows the same pair under the new filters, or says it is gone.
 */
"use strict";

const NETWORK_TOP = 30;
const NETWORK_MAX = 500;
const NETWORK_EDGES = 400;
const LABEL_PX = 12;
const EDGE_EVENTS = 50;

function networkTop() {
  const n = Number(params().get("top"));
  return Number.isInteger(n) && n > 0 ? Math.min(n, NETWORK_MAX) : NETWORK_TOP;
}

function networkGroup() {
  return params().get("group") === "state" ? "state" : "actor";
}

// A start for the layout that does not depend on chance: rings, the busiest at the centre.
function startPositions(nodes) {
  const positions = {};
  let ring = 0;
  let placed = 0;
  while (placed < nodes.length) {
    const size = ring === 0 ? 1 : 6 * ring;
    for (let i = 0; i < size && placed < nodes.length; i += 1, placed += 1) {
      const angle = (2 * Math.PI * i) / size + ring * 0.5;
      positions[nodes[placed].id] = { x: 140 * ring * Math.cos(angle), y: 140 * ring * Math.sin(angle) };
    }
    ring += 1;
  }
  return positions;
}

function graphElements(data) {
  const positions = startPositions(data.nodes);
  const elements = data.nodes.map((node) => ({
    data: { id: node.id, label: node.name || node.id, events: node.events, country: node.country || "" },
    position: positions[node.id],
  }));
  for (const edge of data.edges) {
    elements.push({
      data: {
        id: edge.id, source: edge.source, target: edge.target, events: edge.events,
        goldstein: edge.goldstein, colour: goldsteinColour(edge.goldstein),
        types: Object.entries(edge.types).map(([k, v]) => `${k} ${v}`).join(", "),
      },
    });
  }
  return elements;
}

function graphStyle(data) {
  const most = Math.max(1, ...data.nodes.map((n) => n.events));
  const heaviest = Math.max(2, ...data.edges.map((e) => e.events));
  return [
    { selector: "node", style: {
      label: "data(label)", "font-size": LABEL_PX, "text-valign": "bottom", "text-margin-y": 3,
      "text-outline-color": "#fff", "text-outline-width": 2, "text-wrap": "ellipsis", "text-max-width": 140,
      "background-color": "#486581", color: "#102a43", "min-zoomed-font-size": 0,
      width: `mapData(events, 0, ${most}, 10, 40)`, height: `mapData(events, 0, ${most}, 10, 40)` } },
    { selector: "node:selected", style: { "background-color": "#0b69a3" } },
    { selector: "edge", style: {
      "line-color": "data(colour)", "target-arrow-color": "data(colour)", "target-arrow-shape": "triangle",
      "curve-style": "bezier", width: `mapData(events, 1, ${heaviest}, 1.2, 6)`, opacity: 0.8, "arrow-scale": 0.9 } },
    { selector: "edge:selected", style: { "line-color": "#0b69a3", "target-arrow-color": "#0b69a3", width: 7, opacity: 1 } },
  ];
}

// cose knows no aspect ratio: stretch the drawing to the box's (at most 2.5 times), so labels
// get room side by side instead of piling up in a tall column
function widen(cy, box) {
  const bb = cy.nodes().boundingBox({ includeLabels: false });
  if (!bb.w || !bb.h || !box.clientHeight) return;
  const want = box.clientWidth / box.clientHeight;
  const stretch = Math.min(2.5, want / (bb.w / bb.h));
  if (stretch <= 1.05) return;
  const cx = bb.x1 + bb.w / 2;
  cy.nodes().positions((node) => ({ x: cx + (node.position("x") - cx) * stretch, y: node.position("y") }));
}

// The layout's own scale is arbitrary: bring the drawing to the box's size, so that at the
// zoom that shows it whole, labels, nodes and edges have the sizes the style gives them
// (labels LABEL_PX high); a small network is not blown up beyond 1.25 times.
function settle(cy, box) {
  widen(cy, box);
  const bb = cy.nodes().boundingBox({ includeLabels: false });
  const room = { w: Math.max(100, box.clientWidth - 160), h: Math.max(100, box.clientHeight - 70) };
  const scale = Math.min(room.w / Math.max(bb.w, 1), room.h / Math.max(bb.h, 1));
  if (scale < 1) {
    const cx = bb.x1 + bb.w / 2;
    const cy0 = bb.y1 + bb.h / 2;
    cy.nodes().positions((node) => ({ x: cx + (node.position("x") - cx) * scale, y: cy0 + (node.position("y") - cy0) * scale }));
  }
  cy.fit(undefined, 20);
  if (cy.zoom() > 1.25) {
    cy.zoom(1.25);
    cy.center();
  }
}

async function renderGraph() {
  const top = networkTop();
  const group = networkGroup();
  const data = await api("dyads", { top, group, limit: NETWORK_EDGES });
  const box = document.getElementById("graph");
  box.style.height = `${Math.max(460, Math.min(900, 300 + 8 * data.nodes.length))}px`; // more actors, more room
  if (state.cy) state.cy.destroy();
  state.cy = cytoscape({
    container: box,
    elements: graphElements(data),
    style: graphStyle(data),
    minZoom: 0.05,
    maxZoom: 5,
    layout: {
      name: "cose", animate: false, randomize: false, padding: 30, nodeDimensionsIncludeLabels: true,
      nodeRepulsion: () => 1200000, idealEdgeLength: () => 140, edgeElasticity: () => 60,
      nodeOverlap: 40, gravity: 0.15, numIter: 2000, componentSpacing: 120,
    },
  });
  const cy = state.cy;
  settle(cy, box);
  cy.on("tap", "edge", (event) => showEdge(event.target.data()));
  box.dataset.nodes = String(data.nodes.length);
  box.dataset.edges = String(data.edges.length);
  box.dataset.group = group;
  box.dataset.top = String(top);
  box.dataset.ready = "1";
  graphControls(data, top, group);
  followSelectedEdge();
}

function graphControls(data, top, group) {
  const shown = group === "state" ? "states and actors" : "actors";
  const caption = data.nodes.length < data.nodes_total
    ? `the ${data.nodes.length} most active of ${data.nodes_total} ${shown}`
    : `${plural(data.nodes_total, "actor", shown)}`;
  const internal = data.internal ? `; ${plural(data.internal, "event", "events")} within one state not drawn` : "";
  document.getElementById("graph-count").textContent =
    `${caption}, ${data.edges.length} of ${plural(data.edges_total, "pair", "pairs")}${internal}`;
  const more = document.getElementById("graph-more");
  more.hidden = data.nodes.length >= data.nodes_total || top >= NETWORK_MAX;
  more.textContent = `Show more (${Math.min(top + NETWORK_TOP, data.nodes_total)})`;
  const fewer = document.getElementById("graph-fewer");
  fewer.hidden = top <= NETWORK_TOP;
  document.getElementById("graph-fold").checked = group === "state";
}

function initNetwork() {
  document.getElementById("graph-more").addEventListener("click", () => navigate({ top: networkTop() + NETWORK_TOP }));
  document.getElementById("graph-fewer").addEventListener("click", () => {
    const top = Math.max(NETWORK_TOP, networkTop() - NETWORK_TOP);
    navigate({ top: top === NETWORK_TOP ? "" : top });
  });
  document.getElementById("graph-fold").addEventListener("change", (event) => {
    clearEdge();
    navigate({ group: event.target.checked ? "state" : "" });
  });
}

// after the graph is drawn again (new filters, more actors): the selected pair, if still there
function followSelectedEdge() {
  if (!state.edge) {
    clearEdge();
    return;
  }
  const edge = state.cy.getElementById(state.edge.id);
  if (edge.nonempty()) {
    edge.select();
    showEdge(edge.data());
  } else {
    clearEdge(`${state.edge.label}: no events of this pair in the network under these filters.`);
  }
}

function clearEdge(note) {
  state.edgeTicket += 1;
  if (!note) state.edge = null;
  const box = document.getElementById("edge-events");
  box.replaceChildren(el("p", { class: "muted", text: note || "Click an edge of the network to see its events and their sentences." }));
  delete box.dataset.edge;
  box.dataset.state = note ? "gone" : "empty";
}

function endName(key) {
  const node = state.cy ? state.cy.getElementById(key) : null;
  return node && node.nonempty() ? node.data("label") : key;
}

async function showEdge(edge) {
  const ticket = ++state.edgeTicket; // a later click (or a new graph) makes this answer stale
  const label = `${endName(edge.source)} → ${endName(edge.target)}`;
  state.edge = { id: edge.id, label };
  if (state.cy) {
    state.cy.elements(":selected").unselect();
    state.cy.getElementById(edge.id).select();
  }
  const box = document.getElementById("edge-events");
  box.dataset.state = "loading";
  box.dataset.loading = edge.id;
  box.replaceChildren(el("h3", { text: label }), el("p", { class: "muted", text: "Loading…" }));
  let data;
  try {
    data = await api("events", { source: edge.source, target: edge.target, group: networkGroup(), limit: EDGE_EVENTS });
  } catch (error) {
    if (ticket === state.edgeTicket) box.replaceChildren(el("p", { class: "muted", text: `Error: ${error.message}` }));
    return;
  }
  if (ticket !== state.edgeTicket) return;
  const list = el("ul", { class: "evidence-list" });
  for (const record of data.items) {
    const doc = data.documents[record.doc_id] || {};
    list.append(el("li", { "data-source": record.source ? record.source.name || "" : "" },
      el("strong", { text: `${record.event_type} ` }),
      el("span", { class: "muted", text: `${actorLabel(record.source)} → ${actorLabel(record.target)} · ${modality(record)} · ${record.date || record.published || "undated"} · ${record.outlet || "unknown outlet"} · ` }),
      docLink(record.doc_id, doc.title || record.doc_id),
      el("br"), evidence(record)));
  }
  const shown = data.total > data.items.length ? ` (the first ${data.items.length})` : "";
  box.replaceChildren(
    el("h3", { text: label }),
    el("p", { class: "muted", text: `${plural(data.total, "event", "events")}${shown}, mean Goldstein ${edge.goldstein}: ${edge.types}` }),
    list);
  box.dataset.edge = edge.id;
  box.dataset.state = "shown";
  delete box.dataset.loading;
}
