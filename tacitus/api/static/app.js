/* Tacitus dashboard: plain JS over the same JSON API everyone else uses (/api, see /docs).
 *
 * Everything that comes from articles (titles, sentences, quotes, names) is written with
 * textContent or as text nodes, never as HTML; links to articles are kept only when they are
 * http(s). The filters live in the URL's query string, so a view can be bookmarked and shared.
 */
"use strict";

const FILTERS = ["since", "until", "actor", "country", "location_country", "near", "type", "quad_class", "outlet", "text"];
// the same colours as the .quad-N badges in style.css
const QUAD_COLOURS = { 1: "#7fb77e", 2: "#2e7d32", 3: "#f0a04b", 4: "#c62828" };
const QUAD_LABELS = { 1: "verbal cooperation", 2: "material cooperation", 3: "verbal conflict", 4: "material conflict" };
const PAGE = 50;
const state = { view: "overview", offsets: { events: 0, quotes: 0 }, cy: null, chart: null, map: null, world: null };
const MAP_POINTS = 2000;

// -- small helpers ---------------------------------------------------------------------------

function el(tag, attrs, ...children) {
  const node = document.createElement(tag);
  for (const [key, value] of Object.entries(attrs || {})) {
    if (value === null || value === undefined) continue;
    if (key === "class") node.className = value;
    else if (key === "text") node.textContent = String(value);
    else if (key.startsWith("data-")) node.setAttribute(key, String(value));
    else if (key === "href") node.setAttribute("href", String(value));
    else node[key] = value;
  }
  for (const child of children) {
    if (child === null || child === undefined) continue;
    node.append(child instanceof Node ? child : document.createTextNode(String(child)));
  }
  return node;
}

function safeUrl(url) {
  try {
    const parsed = new URL(String(url));
    return parsed.protocol === "http:" || parsed.protocol === "https:" ? parsed.href : null;
  } catch (_) {
    return null;
  }
}

function params() {
  return new URLSearchParams(window.location.search);
}

function filterQuery(extra) {
  const query = new URLSearchParams();
  const current = params();
  for (const name of FILTERS) {
    const value = current.get(name);
    if (value) query.set(name, value);
  }
  for (const [key, value] of Object.entries(extra || {})) query.set(key, String(value));
  return query;
}

async function api(path, extra) {
  const query = filterQuery(extra);
  const response = await fetch(`/api/${path}?${query}`, { headers: { Accept: "application/json" } });
  const body = await response.json();
  if (!response.ok) {
    const error = body && body.error ? body.error : { message: response.statusText };
    throw new Error(error.message || "request failed");
  }
  return body;
}

function showError(error) {
  const box = document.getElementById("error");
  if (!error) {
    box.hidden = true;
    box.textContent = "";
    return;
  }
  box.hidden = false;
  box.textContent = `Error: ${error.message || error}`;
}

function actorLabel(actor) {
  if (!actor) return "—";
  const name = actor.name || actor.text;
  return actor.country && actor.country !== name ? `${name} (${actor.country})` : name;
}

function goldsteinColour(value) {
  // red (conflict, -10) through grey (0) to green (cooperation, +10)
  const v = Math.max(-10, Math.min(10, Number(value) || 0)) / 10;
  const grey = [150, 150, 150];
  const end = v < 0 ? [198, 40, 40] : [46, 125, 50];
  const t = Math.abs(v);
  const mix = grey.map((g, i) => Math.round(g + (end[i] - g) * t));
  return `rgb(${mix[0]}, ${mix[1]}, ${mix[2]})`;
}

function docLink(docId, label) {
  const query = filterQuery({ view: "document", doc: docId });
  const link = el("a", { href: `?${query}`, text: label || docId, class: "doc-link" });
  link.dataset.doc = docId;
  link.addEventListener("click", (event) => {
    event.preventDefault();
    navigate({ view: "document", doc: docId });
  });
  return link;
}

// The sentence as text nodes, with the trigger and the actors in <mark>s (spans from the API).
function evidence(record) {
  const sentence = String(record.sentence || "");
  const box = el("span", { class: "evidence" });
  let at = 0;
  for (const span of record.highlights || []) {
    if (span.start < at || span.end > sentence.length) continue;
    box.append(document.createTextNode(sentence.slice(at, span.start)));
    box.append(el("mark", { class: `hl-${span.role}`, title: span.role, text: sentence.slice(span.start, span.end) }));
    at = span.end;
  }
  box.append(document.createTextNode(sentence.slice(at)));
  return box;
}

function modality(record) {
  const parts = [record.modality];
  if (record.negated) parts.push("negated");
  if (record.reciprocal) parts.push("reciprocal");
  return parts.join(", ");
}

// -- filters and the URL ---------------------------------------------------------------------------

function readFiltersIntoForm() {
  const form = document.getElementById("filters");
  const current = params();
  for (const name of FILTERS) {
    const field = form.elements[name];
    const value = current.get(name) || "";
    if (field.tagName === "SELECT" && value && ![...field.options].some((o) => o.value === value)) {
      field.append(el("option", { value, text: value }));
    }
    field.value = value;
  }
}

function navigate(changes, replace) {
  const query = params();
  for (const [key, value] of Object.entries(changes)) {
    if (value === null || value === undefined || value === "") query.delete(key);
    else query.set(key, String(value));
  }
  if (query.get("view") !== "document") query.delete("doc");
  const url = `${window.location.pathname}?${query}`;
  if (replace) window.history.replaceState(null, "", url);
  else window.history.pushState(null, "", url);
  render();
}

function applyForm(event) {
  if (event) event.preventDefault();
  const form = document.getElementById("filters");
  const changes = {};
  for (const name of FILTERS) changes[name] = form.elements[name].value.trim();
  state.offsets = { events: 0, quotes: 0 };
  navigate(changes);
}

async function fillChoices() {
  const [meta, outlets, actors] = await Promise.all([
    api("meta", {}),
    fetch("/api/outlets").then((r) => r.json()),
    fetch("/api/actors?limit=300").then((r) => r.json()),
  ]);
  const c = meta.counts || {};
  document.getElementById("store-summary").textContent =
    `${meta.store}: ${c.documents || 0} documents, ${c.events || 0} events, ${c.actors || 0} actors, ${c.quotes || 0} quotes`;
  const typeSelect = document.querySelector("#filters select[name=type]");
  for (const kind of meta.event_types || []) typeSelect.append(el("option", { value: kind, text: kind }));
  const outletSelect = document.querySelector("#filters select[name=outlet]");
  for (const row of outlets.items || []) {
    if (row.outlet) outletSelect.append(el("option", { value: row.outlet, text: row.outlet }));
  }
  const list = document.getElementById("actor-list");
  for (const row of actors.items || []) {
    list.append(el("option", { value: row.actor_key, text: row.name || row.actor_key }));
  }
}

// -- the overview: network, timeline, events -----------------------------------------------------

async function renderGraph() {
  const data = await api("dyads", { limit: 150 });
  const box = document.getElementById("graph");
  const elements = [];
  for (const node of data.nodes) {
    elements.push({ data: { id: node.id, label: node.name, events: node.events } });
  }
  for (const edge of data.edges) {
    elements.push({
      data: {
        id: edge.id, source: edge.source, target: edge.target, events: edge.events,
        goldstein: edge.goldstein, colour: goldsteinColour(edge.goldstein),
        types: Object.entries(edge.types).map(([k, v]) => `${k} ${v}`).join(", "),
      },
    });
  }
  const most = Math.max(1, ...data.nodes.map((n) => n.events));
  if (state.cy) state.cy.destroy();
  state.cy = cytoscape({
    container: box,
    elements,
    style: [
      { selector: "node", style: {
        label: "data(label)", "font-size": 10, "text-valign": "bottom", "text-margin-y": 3,
        "background-color": "#486581", color: "#102a43",
        width: `mapData(events, 0, ${most}, 12, 48)`, height: `mapData(events, 0, ${most}, 12, 48)` } },
      { selector: "edge", style: {
        "line-color": "data(colour)", "target-arrow-color": "data(colour)", "target-arrow-shape": "triangle",
        "curve-style": "bezier", width: "mapData(events, 1, 20, 1.5, 8)", opacity: 0.85 } },
      { selector: "edge:selected", style: { "line-color": "#0b69a3", "target-arrow-color": "#0b69a3", width: 6 } },
    ],
    layout: { name: data.nodes.length > 150 ? "concentric" : "cose", animate: false, randomize: false, padding: 20 },
  });
  state.cy.on("tap", "edge", (event) => showEdge(event.target.data()));
  box.dataset.nodes = String(data.nodes.length);
  box.dataset.edges = String(data.edges.length);
  box.dataset.ready = "1";
  document.getElementById("graph-count").textContent =
    `${data.nodes.length} of ${data.nodes_total} actors, ${data.edges.length} of ${data.edges_total} pairs`;
}

async function showEdge(edge) {
  const box = document.getElementById("edge-events");
  box.replaceChildren(el("p", { class: "muted", text: "Loading…" }));
  const data = await api("events", { source: edge.source, target: edge.target, limit: 50 });
  const list = el("ul", { class: "evidence-list" });
  for (const record of data.items) {
    const doc = data.documents[record.doc_id] || {};
    list.append(el("li", {},
      el("strong", { text: `${record.event_type} ` }),
      el("span", { class: "muted", text: `${modality(record)} · ${record.date || record.published || "undated"} · ${record.outlet || "unknown outlet"} · ` }),
      docLink(record.doc_id, doc.title || record.doc_id),
      el("br"), evidence(record)));
  }
  const source = state.cy ? state.cy.getElementById(edge.source).data("label") : edge.source;
  const target = state.cy ? state.cy.getElementById(edge.target).data("label") : edge.target;
  box.replaceChildren(
    el("h3", { text: `${source} → ${target}` }),
    el("p", { class: "muted", text: `${data.total} events, mean Goldstein ${edge.goldstein}: ${edge.types}` }),
    list);
  box.dataset.edge = edge.id;
}

async function renderTimeline() {
  const data = await api("timeline", {});
  const canvas = document.getElementById("timeline");
  const datasets = Object.entries(data.quad_classes).map(([q, series]) => ({
    label: `${q} ${series.label}`, data: series.counts, backgroundColor: QUAD_COLOURS[q], stack: "events",
  }));
  if (state.chart) state.chart.destroy();
  state.chart = new Chart(canvas, {
    type: "bar",
    data: { labels: data.days, datasets },
    options: {
      animation: false, maintainAspectRatio: false, responsive: true,
      scales: { x: { stacked: true }, y: { stacked: true, beginAtZero: true, ticks: { precision: 0 } } },
      plugins: { legend: { position: "bottom" } },
    },
  });
  canvas.dataset.days = String(data.days.length);
  canvas.dataset.ready = "1";
  document.getElementById("timeline-note").textContent =
    `${data.total} events${data.undated ? `, ${data.undated} undated (not drawn)` : ""}`;
}

function pager(name, total) {
  const box = document.querySelector(`.pager[data-for=${name}]`);
  const offset = state.offsets[name];
  const last = Math.min(offset + PAGE, total);
  box.querySelector("span").textContent = total ? `${offset + 1}–${last} of ${total}` : "none";
  box.querySelector("[data-step='-1']").disabled = offset === 0;
  box.querySelector("[data-step='1']").disabled = last >= total;
}

async function renderEvents() {
  const data = await api("events", { limit: PAGE, offset: state.offsets.events });
  const body = document.querySelector("#events-table tbody");
  const rows = data.items.map((record) => {
    const doc = data.documents[record.doc_id] || {};
    const row = el("tr", { "data-event": record.event_id },
      el("td", { text: record.date || record.published || "" }),
      el("td", { text: record.outlet || "" }),
      el("td", {}, el("span", { class: `quad quad-${record.quad_class}`, text: record.event_type })),
      el("td", { text: `${actorLabel(record.source)} → ${actorLabel(record.target)}` }),
      el("td", {}, evidence(record)),
      el("td", { text: modality(record) }),
      el("td", {}, docLink(record.doc_id, doc.title || record.doc_id)));
    return row;
  });
  body.replaceChildren(...rows);
  const table = document.getElementById("events-table");
  table.dataset.total = String(data.total);
  table.dataset.rows = String(rows.length);
  table.dataset.ready = "1";
  document.getElementById("events-count").textContent = `${data.total} events`;
  pager("events", data.total);
}

// -- quotes, stories, outlets, one document ---------------------------------------------------------

async function renderQuotes() {
  const data = await api("quotes", { limit: PAGE, offset: state.offsets.quotes, sort: "speaker" });
  const speakers = document.getElementById("speakers");
  speakers.replaceChildren(...data.speakers.map((s) => {
    const link = el("a", { href: "#", text: `${s.name || "unattributed"}${s.country ? ` (${s.country})` : ""}` });
    link.addEventListener("click", (event) => {
      event.preventDefault();
      if (s.key) navigate({ actor: s.key });
    });
    return el("li", {}, link, el("span", { class: "muted", text: ` ${s.quotes}` }));
  }));
  const groups = new Map();
  for (const quote of data.items) {
    const name = quote.speaker ? actorLabel(quote.speaker) : "Unattributed";
    if (!groups.has(name)) groups.set(name, []);
    groups.get(name).push(quote);
  }
  const box = document.getElementById("quotes");
  box.replaceChildren(...[...groups.entries()].map(([name, quotes]) => el("section", { class: "speaker" },
    el("h3", { text: name }),
    el("ul", {}, ...quotes.map((q) => el("li", {},
      el("q", { class: q.direct ? "direct" : "indirect", text: q.text }),
      el("span", { class: "muted", text: ` ${[q.cue, q.document.outlet, q.document.published].filter(Boolean).join(" · ")} · ` }),
      docLink(q.doc_id, q.document.title || q.doc_id)))))));
  box.dataset.total = String(data.total);
  document.getElementById("quotes-count").textContent = `${data.total} quotes`;
  pager("quotes", data.total);
}

// Any JSON value as DOM (text only): arrays of objects as tables, objects as definition lists.
function renderValue(value, depth) {
  if (value === null || value === undefined) return el("span", { class: "muted", text: "—" });
  if (typeof value !== "object") return document.createTextNode(String(value));
  if (depth > 3) return el("code", { text: JSON.stringify(value) });
  if (Array.isArray(value)) {
    if (value.length && value.every((v) => v && typeof v === "object" && !Array.isArray(v))) {
      const columns = [...new Set(value.flatMap((v) => Object.keys(v)))].slice(0, 14);
      return el("table", { class: "generic" },
        el("thead", {}, el("tr", {}, ...columns.map((c) => el("th", { text: c })))),
        el("tbody", {}, ...value.slice(0, 200).map((row) => el("tr", {},
          ...columns.map((c) => el("td", {}, renderValue(row[c], depth + 1)))))));
    }
    return el("span", {}, value.map((v) => (typeof v === "object" ? JSON.stringify(v) : String(v))).join(", "));
  }
  return el("dl", {}, ...Object.entries(value).flatMap(([k, v]) => [el("dt", { text: k }), el("dd", {}, renderValue(v, depth + 1))]));
}

function storyCard(story) {
  const title = story.title || story.label || story.headline || story.story_id || "Story";
  const known = ["first_published", "last_published", "documents", "outlets", "events"];
  const summary = known.every((k) => k in story)
    ? el("p", { class: "muted", text: `${story.first_published || "undated"} – ${story.last_published || ""} · ${story.documents} documents · ${story.outlets} outlets${Array.isArray(story.outlet_names) ? ` (${story.outlet_names.join(", ")})` : ""} · ${story.events} events` })
    : renderValue(Object.fromEntries(Object.entries(story).filter(([, v]) => v === null || typeof v !== "object")), 0);
  const card = el("article", { class: "story" }, el("h3", { text: title }), summary);
  if (story.story_id) {
    const detail = el("div", { class: "story-detail" });
    const button = el("button", { type: "button", text: "Compare the outlets" });
    button.addEventListener("click", async () => {
      detail.replaceChildren(el("p", { class: "muted", text: "Loading…" }));
      try {
        const response = await fetch(`/api/stories/${encodeURIComponent(story.story_id)}`);
        const body = await response.json();
        if (!response.ok) throw new Error(body.error ? body.error.message : "request failed");
        detail.replaceChildren(renderValue(body.comparison || body, 0));
      } catch (error) {
        detail.replaceChildren(el("p", { class: "muted", text: `Error: ${error.message}` }));
      }
    });
    card.append(button, detail);
  }
  return card;
}

async function renderStories() {
  const [stories, outlets] = await Promise.all([api("stories", { limit: 100 }), api("outlets", {})]);
  const box = document.getElementById("stories");
  document.getElementById("stories-count").textContent = `${stories.total}`;
  if (!stories.items.length) {
    box.replaceChildren(el("p", { class: "placeholder", text: stories.note || "No stories in this store yet." }),
      el("p", { class: "muted", text: "Until stories are grouped, compare how the outlets told the news below." }));
  } else {
    box.replaceChildren(...stories.items.map(storyCard));
  }
  const body = document.querySelector("#outlets-table tbody");
  body.replaceChildren(...outlets.items.map((o) => el("tr", {},
    el("td", {}, (() => {
      const link = el("a", { href: "#", text: o.outlet || "(unknown)" });
      link.addEventListener("click", (e) => { e.preventDefault(); navigate({ outlet: o.outlet || "", view: "overview" }); });
      return link;
    })()),
    el("td", { text: o.documents }), el("td", { text: o.events }),
    ...[1, 2, 3, 4].map((q) => el("td", { text: o.quad_classes[q] })),
    el("td", { text: o.goldstein ?? "" }), el("td", { text: o.quotes }),
    el("td", { text: o.first || "" }), el("td", { text: o.last || "" }))));
}

async function renderDocument() {
  const docId = params().get("doc") || "";
  const response = await fetch(`/api/documents/${encodeURIComponent(docId).replace(/%2F/g, "/")}`);
  const doc = await response.json();
  if (!response.ok) throw new Error(doc.error ? doc.error.message : "document not found");
  document.getElementById("doc-title").textContent = doc.title || doc.doc_id;
  const meta = document.getElementById("doc-meta");
  meta.replaceChildren(`${doc.outlet || "unknown outlet"} · ${doc.published || "undated"} · ${doc.doc_id} `);
  const url = safeUrl(doc.url);
  if (url) meta.append(el("a", { href: url, text: "original", rel: "noopener noreferrer", target: "_blank" }));
  const text = document.getElementById("doc-text");
  text.replaceChildren(...String(doc.text || "").split(/\n\s*\n/).map((p) => el("p", { text: p })));
  document.getElementById("doc-events").replaceChildren(...doc.events.map((r) => el("li", {},
    el("strong", { text: `${r.event_type} ` }),
    el("span", { class: "muted", text: `${actorLabel(r.source)} → ${actorLabel(r.target)} · ${modality(r)}` }),
    el("br"), evidence(r))));
  document.getElementById("doc-quotes").replaceChildren(...doc.quotes.map((q) => el("li", {},
    el("q", { text: q.text }), el("span", { class: "muted", text: ` — ${q.speaker ? actorLabel(q.speaker) : "unattributed"}` }))));
}

// -- the map -------------------------------------------------------------------------------------

function loadWorld() {
  if (!state.world) {
    state.world = fetch("/static/vendor/world-atlas-2.0.2.countries-110m.json")
      .then((response) => {
        if (!response.ok) throw new Error("the world map's boundaries could not be loaded");
        return response.json();
      })
      .then((topology) => topojson.feature(topology, topology.objects.countries).features)
      .catch((error) => {
        state.world = null;
        throw error;
      });
  }
  return state.world;
}

function mapLegend() {
  const box = document.getElementById("map-quads");
  if (box.childElementCount) return;
  for (const q of [1, 2, 3, 4]) {
    const swatch = el("span", { class: "dot" });
    swatch.style.background = QUAD_COLOURS[q];
    box.append(el("span", { class: "key" }, swatch, `${q} ${QUAD_LABELS[q]}`));
  }
}

function plural(n, one, many) {
  return `${n} ${n === 1 ? one : many}`;
}

function showPlace(point, circle) {
  const box = document.getElementById("place-events");
  const where = [point.name, point.admin1, point.country].filter(Boolean).join(", ") || "unnamed place";
  const precision = { city: "a city", admin1: "a first-level division", country: "a country (its point)" }[point.precision] || "a place";
  const counts = el("p", { class: "place-counts" }, `${plural(point.total, "event", "events")}: `);
  for (const q of [1, 2, 3, 4]) {
    const n = (point.quad_classes || {})[q] || 0;
    if (!n) continue;
    const badge = el("span", { class: "quad", text: `${n} ${QUAD_LABELS[q]}` });
    badge.style.background = QUAD_COLOURS[q];
    counts.append(badge, " ");
  }
  const list = el("ul", { class: "evidence-list" }, ...(point.examples || []).map((e) => el("li", {},
    el("strong", { text: `${e.event_type} ` }),
    el("span", { class: "muted", text: `${e.source || "—"} → ${e.target || "—"} · ${e.date || "undated"} · ${e.outlet || "unknown outlet"} · ` }),
    docLink(e.doc_id),
    el("br"), el("span", { class: "evidence", text: e.sentence }))));
  const more = point.total > (point.examples || []).length
    ? el("p", { class: "muted", text: `the ${(point.examples || []).length} latest of ${point.total}` }) : null;
  box.replaceChildren(...[
    el("h3", { text: where }),
    el("p", { class: "muted", text: `${precision} · ${Number(point.lat).toFixed(2)}, ${Number(point.lon).toFixed(2)}` }),
    counts, list, more].filter(Boolean));
  box.dataset.place = where;
  for (const other of document.querySelectorAll("#map .map-point.selected")) other.classList.remove("selected");
  circle.classList.add("selected");
}

async function renderMap() {
  mapLegend();
  const [features, data] = await Promise.all([loadWorld(), api("map", { limit: MAP_POINTS })]);
  const box = document.getElementById("map");
  if (!state.map || !box.contains(state.map.svg)) state.map = TacitusMap.create(box, features);
  TacitusMap.drawPoints(state.map, data.points, QUAD_COLOURS, showPlace);
  const place = document.getElementById("place-events");
  place.replaceChildren(el("p", { class: "muted", text: "Hover over or click a point to see its place, its events by quad class and example sentences." }));
  delete place.dataset.place;
  const shown = data.capped
    ? `the ${data.points.length} places with most events (of ${data.points_total})`
    : plural(data.points.length, "place", "places");
  document.getElementById("map-count").textContent = `${shown}, ${data.located} of ${plural(data.total, "event", "events")}` +
    (data.unlocated ? `; ${plural(data.unlocated, "event", "events")} without a place (not drawn)` : "");
  box.dataset.countries = String(features.length);
  box.dataset.points = String(data.points.length);
  box.dataset.unlocated = String(data.unlocated);
  box.dataset.ready = "1";
}

// -- views ----------------------------------------------------------------------------------------

const VIEWS = {
  overview: () => Promise.all([renderGraph(), renderTimeline(), renderEvents()]),
  quotes: renderQuotes,
  stories: renderStories,
  map: renderMap,
  document: renderDocument,
};

async function render() {
  const view = VIEWS[params().get("view")] ? params().get("view") : "overview";
  state.view = view;
  readFiltersIntoForm();
  for (const section of document.querySelectorAll(".view")) section.hidden = section.id !== `view-${view}`;
  for (const tab of document.querySelectorAll("#tabs a")) tab.classList.toggle("active", tab.dataset.view === view);
  showError(null);
  document.body.dataset.ready = "0";
  try {
    await VIEWS[view]();
    document.body.dataset.ready = "1";
    if (!performance.getEntriesByName("tacitus:rendered").length) performance.mark("tacitus:rendered");
  } catch (error) {
    showError(error);
    document.body.dataset.ready = "error";
  }
}

function init() {
  document.getElementById("filters").addEventListener("submit", applyForm);
  for (const field of document.querySelectorAll("#filters select, #filters input[type=date]")) {
    field.addEventListener("change", applyForm);
  }
  document.getElementById("reset").addEventListener("click", () => {
    const changes = {};
    for (const name of FILTERS) changes[name] = "";
    state.offsets = { events: 0, quotes: 0 };
    navigate(changes);
  });
  for (const tab of document.querySelectorAll("#tabs a")) {
    tab.addEventListener("click", (event) => {
      event.preventDefault();
      navigate({ view: tab.dataset.view });
    });
  }
  document.getElementById("back").addEventListener("click", (event) => {
    event.preventDefault();
    window.history.back();
  });
  for (const box of document.querySelectorAll(".pager")) {
    box.addEventListener("click", (event) => {
      const step = Number(event.target.dataset.step || 0);
      if (!step) return;
      const name = box.dataset.for;
      state.offsets[name] = Math.max(0, state.offsets[name] + step * PAGE);
      (name === "events" ? renderEvents() : renderQuotes()).catch(showError);
    });
  }
  window.addEventListener("popstate", render);
  fillChoices().catch(showError).finally(readFiltersIntoForm);
  render();
}

document.addEventListener("DOMContentLoaded", init);
