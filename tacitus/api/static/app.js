/* Tacitus dashboard: the filters and the URL, the events table, quotes, one document, the map,
 * and the views (the network is network.js, the timeline timeline.js, stories and outlets
 * stories.js; what they share is core.js). The same JSON API as everyone else (/api, see /docs).
 */
"use strict";

const MAP_POINTS = 2000;
const MAP_EXAMPLES = 3; // each point's latest events in its box (the API gives one unless asked)
const PAGED = { events: () => renderEvents(), quotes: () => renderQuotes(), stories: () => renderStories(), singles: () => renderSingles() };

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

function resetOffsets() {
  for (const name of Object.keys(state.offsets)) state.offsets[name] = 0;
}

function applyForm(event) {
  if (event) event.preventDefault();
  const form = document.getElementById("filters");
  const changes = {};
  for (const name of FILTERS) changes[name] = form.elements[name].value.trim();
  resetOffsets();
  navigate(changes);
}

async function fillChoices() {
  const [meta, outlets] = await Promise.all([getJson("/api/meta"), getJson("/api/outlets")]);
  const c = meta.counts || {};
  document.getElementById("store-summary").textContent =
    `${meta.store}: ${c.documents || 0} documents, ${c.events || 0} events, ${c.actors || 0} actors, ${c.quotes || 0} quotes`;
  const typeSelect = document.querySelector("#filters select[name=type]");
  for (const kind of meta.event_types || []) typeSelect.append(el("option", { value: kind, text: kind }));
  const outletSelect = document.querySelector("#filters select[name=outlet]");
  for (const row of outlets.items || []) {
    if (row.outlet) outletSelect.append(el("option", { value: row.outlet, text: row.outlet }));
  }
}

// -- the actor filter: suggestions as one types, and what the filter matched -----------------------

function actorOption(actor) {
  const where = actor.country ? ` (${actor.country})` : "";
  const alias = actor.alias ? ` — as “${actor.alias}”` : "";
  return el("option", { value: actor.actor_key, text: `${actor.name || actor.actor_key}${where}${alias} · ${plural(actor.events, "event", "events")}` });
}

async function suggestActors(text) {
  const ticket = ++state.suggestTicket;
  const list = document.getElementById("actor-list");
  if (text.length < 2) return;
  const data = await getJson(`/api/actors?${new URLSearchParams({ q: text, limit: 10 })}`);
  if (ticket !== state.suggestTicket) return;
  list.replaceChildren(...data.items.map(actorOption));
  list.dataset.query = text;
}

function actorLink(actor) {
  const link = el("a", { href: "#", text: `${actor.name || actor.key}${actor.country ? ` (${actor.country})` : ""}`, "data-key": actor.key });
  link.addEventListener("click", (event) => {
    event.preventDefault();
    resetOffsets();
    navigate({ actor: actor.key });
  });
  return el("span", { class: "actor-choice" }, link, el("span", { class: "muted", text: ` ${plural(actor.events, "event", "events")}` }));
}

function joined(nodes) {
  const out = [];
  nodes.forEach((node, i) => out.push(...(i ? [", ", node] : [node])));
  return out;
}

async function renderActorMatch() {
  const box = document.getElementById("actor-match");
  const actor = params().get("actor");
  if (!actor) {
    box.hidden = true;
    box.dataset.state = "none";
    return;
  }
  const { match } = await getJson(`/api/actors?${new URLSearchParams({ q: actor, limit: 1 })}`);
  if (!match.keys.length) {
    const guesses = match.suggestions.map(actorLink);
    box.replaceChildren(`No actor matches “${actor}”.`, ...(guesses.length ? [" Did you mean: ", ...joined(guesses), "?"] : [" Try another name, or clear the filter."]));
    box.dataset.state = "nomatch";
  } else if (match.actors.some((a) => a.how !== "key")) {
    const shown = match.actors.slice(0, 12).map(actorLink);
    const rest = match.actors.length > shown.length ? [` and ${match.actors.length - shown.length} more`] : [];
    box.replaceChildren(`“${actor}” is ${plural(match.keys.length, "actor", "actors")}: `, ...joined(shown), ...rest, ". Pick one to see it alone.");
    box.dataset.state = "matched";
  } else {
    box.hidden = true;
    box.dataset.state = "key";
    return;
  }
  box.dataset.keys = match.keys.join(" ");
  box.hidden = false;
}

// -- the events table ------------------------------------------------------------------------------

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
  const exact = data.total_exact !== false; // false: a lower bound (a common word searched)
  document.getElementById("events-count").textContent = `${data.total}${exact ? "" : "+"} events`;
  pager("events", data.total, PAGE, exact, data.next_cursor != null);
}

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

// -- one document ------------------------------------------------------------------------------

// Paragraphs: blank lines part them; within a block a line break after a sentence's end, or
// after a short line (a heading, a dateline, a byline), parts them too; other line breaks are
// hard wraps inside a paragraph.
function paragraphsOf(text) {
  const found = [];
  for (const block of String(text || "").split(/\n\s*\n/)) {
    let current = "";
    for (const line of block.split("\n").map((l) => l.trim()).filter(Boolean)) {
      if (current && (/[.!?:;"”’')\]]$/.test(current) || current.length < 60)) {
        found.push(current);
        current = line;
      } else {
        current = current ? `${current} ${line}` : line;
      }
    }
    if (current) found.push(current);
  }
  return found;
}

async function renderDocument() {
  const docId = params().get("doc") || "";
  const doc = await getJson(`/api/documents/${encodeURIComponent(docId).replace(/%2F/g, "/")}`);
  document.getElementById("doc-title").textContent = doc.title || doc.doc_id;
  const meta = document.getElementById("doc-meta");
  meta.replaceChildren(`${doc.outlet || "unknown outlet"} · ${doc.published || "undated"} · ${doc.doc_id} `);
  const url = safeUrl(doc.url);
  if (url) meta.append(el("a", { href: url, text: "original", rel: "noopener noreferrer", target: "_blank" }));
  const text = document.getElementById("doc-text");
  text.replaceChildren(...paragraphsOf(doc.text).map((p) => el("p", { text: p })));
  text.dataset.paragraphs = String(text.childElementCount);
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
  const [features, data] = await Promise.all([loadWorld(), api("map", { limit: MAP_POINTS, examples: MAP_EXAMPLES })]);
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
  outlets: renderOutlets,
  map: renderMap,
  document: renderDocument,
};

async function render() {
  const view = VIEWS[params().get("view")] ? params().get("view") : "overview";
  const ticket = ++state.renderTicket;
  state.view = view;
  readFiltersIntoForm();
  for (const section of document.querySelectorAll(".view")) section.hidden = section.id !== `view-${view}`;
  for (const tab of document.querySelectorAll("#tabs a")) tab.classList.toggle("active", tab.dataset.view === view);
  showError(null);
  document.body.dataset.ready = "0";
  try {
    await Promise.all([VIEWS[view](), view === "document" ? null : renderActorMatch()]);
    if (ticket !== state.renderTicket) return; // a later navigation is drawing
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
  const actor = document.querySelector("#filters input[name=actor]");
  let typing = null;
  actor.addEventListener("input", () => {
    clearTimeout(typing);
    typing = setTimeout(() => suggestActors(actor.value.trim()).catch(showError), 150);
  });
  document.getElementById("reset").addEventListener("click", () => {
    const changes = {};
    for (const name of FILTERS) changes[name] = "";
    resetOffsets();
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
      const size = name === "stories" || name === "singles" ? STORIES_PAGE : PAGE;
      state.offsets[name] = Math.max(0, state.offsets[name] + step * size);
      PAGED[name]().catch(showError);
    });
  }
  initNetwork();
  initStories();
  window.addEventListener("popstate", render);
  fillChoices().catch(showError).finally(readFiltersIntoForm);
  render();
}

document.addEventListener("DOMContentLoaded", init);
