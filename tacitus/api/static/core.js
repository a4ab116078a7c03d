/* Tacitus dashboard: what every view shares (plain JS, classic scripts, loaded first).
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
const state = {
  view: "overview", offsets: { events: 0, quotes: 0, stories: 0, singles: 0 },
  cy: null, chart: null, map: null, world: null, edge: null, edgeTicket: 0, renderTicket: 0, suggestTicket: 0,
};

function el(tag, attrs, ...children) {
  const node = document.createElement(tag);
  for (const [key, value] of Object.entries(attrs || {})) {
    if (value === null || value === undefined) continue;
    if (key === "class") node.className = value;
    else if (key === "text") node.textContent = String(value);
    else if (key.startsWith("data-") || key.startsWith("aria-")) node.setAttribute(key, String(value));
    else if (key === "href") node.setAttribute("href", String(value));
    else node[key] = value;
  }
  for (const child of children) {
    if (child === null || child === undefined || child === false) continue;
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
  for (const [key, value] of Object.entries(extra || {})) {
    if (value !== null && value !== undefined) query.set(key, String(value));
  }
  return query;
}

async function getJson(url) {
  const response = await fetch(url, { headers: { Accept: "application/json" } });
  const body = await response.json();
  if (!response.ok) {
    const error = body && body.error ? body.error : { message: response.statusText };
    throw new Error(error.message || "request failed");
  }
  return body;
}

// GET /api/PATH with the page's filters (and ``extra``)
function api(path, extra) {
  return getJson(`/api/${path}?${filterQuery(extra)}`);
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

function plural(n, one, many) {
  return `${n} ${n === 1 ? one : many}`;
}

// "1962" for a year, "Feb 2022" for a month, the ISO day otherwise
function dayLabel(day, precision) {
  if (!day) return "undated";
  const [y, m] = day.split("-");
  if (precision === "year") return y;
  if (precision === "month") return `${new Date(Date.UTC(+y, +m - 1, 1)).toLocaleString("en", { month: "short", timeZone: "UTC" })} ${y}`;
  return day;
}

// exact false: total is a lower bound (a text search on a common word); more: whether a page
// follows (the answer's next_cursor), else told by the total
function pager(name, total, size, exact = true, more = null) {
  const box = document.querySelector(`.pager[data-for=${name}]`);
  const step = size || PAGE;
  const offset = state.offsets[name];
  const last = exact ? Math.min(offset + step, total) : offset + step;
  const of = exact ? `${total}` : `${Math.max(total, last)}+`;
  box.querySelector("span").textContent = total ? `${offset + 1}–${last} of ${of}` : "none";
  box.querySelector("[data-step='-1']").disabled = offset === 0;
  box.querySelector("[data-step='1']").disabled = more === null ? last >= total : !more;
  box.hidden = exact && total <= step && offset === 0;
}

function pagerBox(name) {
  return el("div", { class: "pager", "data-for": name },
    el("button", { type: "button", "data-step": "-1", text: "← Previous" }), el("span"),
    el("button", { type: "button", "data-step": "1", text: "Next →" }));
}
