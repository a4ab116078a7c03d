/* Tacitus dashboard: stories, the outlet comparison of one story, and the outlets.
 *
 * Stories told by several articles come first, most outlets first, 20 a page; single-article
 * stories are folded below (opened, they page too). "Compare the outlets" shows what `tacitus
 * compare` prints: the outlets, events × outlets and quotes × outlets with actor names and each
 * outlet's sentences, what only one outlet reported, and the conflicting claims with their
 * sentences.
 */
"use strict";

const STORIES_PAGE = 20;
const MATRIX_ROWS = 25;

function storyDates(story) {
  const first = story.first_published || "undated";
  const last = story.last_published && story.last_published !== first ? ` – ${story.last_published}` : "";
  return `${first}${last}`;
}

function storyCard(story) {
  const articles = story.articles ?? story.documents ?? 0;
  const names = Array.isArray(story.outlet_names) && story.outlet_names.length ? ` (${story.outlet_names.join(", ")})` : "";
  const counts = [storyDates(story), plural(articles, "article", "articles")];
  if (story.documents !== undefined && story.documents !== articles) counts.push(`${story.documents} documents`);
  if (story.outlets !== undefined) counts.push(`${plural(story.outlets, "outlet", "outlets")}${names}`);
  if (story.copies) {
    const agencies = (story.agencies || []).length ? `: ${story.agencies.join(", ")}` : "";
    counts.push(`${plural(story.independent, "independent source", "independent sources")} (${plural(story.copies, "agency copy", "agency copies")}${agencies})`);
  }
  if (story.events !== undefined) counts.push(plural(story.events, "merged event", "merged events"));
  const card = el("article", { class: "story", "data-story": story.story_id || "" },
    el("h3", { text: story.title || story.story_id || "Story" }),
    el("p", { class: "muted", text: counts.join(" · ") }));
  if (story.story_id) {
    const detail = el("div", { class: "story-detail" });
    const button = el("button", { type: "button", text: "Compare the outlets", "aria-expanded": "false" });
    button.addEventListener("click", () => toggleComparison(story.story_id, button, detail));
    card.append(button, detail);
  }
  return card;
}

async function toggleComparison(storyId, button, detail) {
  if (button.getAttribute("aria-expanded") === "true") {
    button.setAttribute("aria-expanded", "false");
    button.textContent = "Compare the outlets";
    detail.replaceChildren();
    return;
  }
  button.setAttribute("aria-expanded", "true");
  button.textContent = "Hide the comparison";
  detail.replaceChildren(el("p", { class: "muted", text: "Loading…" }));
  try {
    const body = await getJson(`/api/stories/${encodeURIComponent(storyId)}`);
    detail.replaceChildren(renderComparison(body.comparison || {}));
  } catch (error) {
    detail.replaceChildren(el("p", { class: "muted", text: `Error: ${error.message}` }));
  }
}

function table(headers, rows, cls) {
  return el("table", { class: cls || "compact" },
    el("thead", {}, el("tr", {}, ...headers.map((h) => el("th", { text: h })))),
    el("tbody", {}, ...rows.map((cells) => el("tr", {}, ...cells.map((c) => el("td", {}, c))))));
}

// items × outlets: a mark where the outlet reported the item, each outlet's wording below
function matrix(items, outlets, kind) {
  if (!items.length) return el("p", { class: "muted", text: `No ${kind} in this story.` });
  const rows = items.map((item) => {
    const by = item.by_outlet || {};
    const wording = el("details", {}, el("summary", { text: `as ${plural(Object.keys(by).length, "outlet", "outlets")} told it` }),
      el("ul", {}, ...Object.entries(by).map(([outlet, texts]) => el("li", {},
        el("strong", { text: `${outlet}: ` }), (texts || []).join(" · ")))));
    const label = el("div", {}, el("span", { class: "item-label", text: item.label || "" }), wording);
    return el("tr", { "data-item": item.merged_id || item.quote_id || "" }, el("td", {}, label),
      ...outlets.map((outlet) => el("td", { class: "mark", title: by[outlet] ? by[outlet][0] : "", text: by[outlet] ? "●" : "" })));
  });
  const body = el("tbody", {}, ...rows.slice(0, MATRIX_ROWS));
  const grid = el("table", { class: `matrix matrix-${kind}` },
    el("thead", {}, el("tr", {}, el("th", { text: kind === "events" ? "Merged event" : "Quote" }),
      ...outlets.map((o) => el("th", { class: "outlet", text: o })))), body);
  if (rows.length <= MATRIX_ROWS) return grid;
  const more = el("button", { type: "button", text: `Show all ${rows.length}` });
  more.addEventListener("click", () => { body.replaceChildren(...rows); more.remove(); });
  return el("div", {}, grid, more);
}

function exclusives(c) {
  const sentences = new Map();
  for (const item of [...(c.events || []), ...(c.quotes || [])]) sentences.set(item.label, item.by_outlet || {});
  const folds = [];
  for (const [outlet, kinds] of Object.entries(c.exclusive || {})) {
    const items = [];
    for (const [kind, labels] of Object.entries(kinds)) {
      for (const label of labels) {
        const told = (sentences.get(label) || {})[outlet] || [];
        items.push(el("li", { class: kind === "events" ? "only-event" : "only-quote" },
          el("span", { class: "item-label", text: label }), el("br"), el("span", { class: "evidence", text: told[0] || "" })));
      }
    }
    if (!items.length) continue;
    const events = (kinds.events || []).length;
    const quotes = (kinds.quotes || []).length;
    folds.push(el("details", { class: "exclusive", "data-outlet": outlet },
      el("summary", {}, el("strong", { text: outlet }), `: ${plural(events, "event", "events")} and ${plural(quotes, "quote", "quotes")} no other outlet reported`),
      el("ul", { class: "evidence-list" }, ...items)));
  }
  if (!folds.length) return el("p", { class: "muted", text: "Every item was reported by more than one outlet (or the story has one outlet)." });
  return el("div", {}, ...folds);
}

function conflictList(conflicts) {
  if (!conflicts || !conflicts.length) {
    return el("p", { class: "muted", text: "No conflicting claims found: no two accounts of the same pair of actors with opposite sign, one negated, or different counts, and no statement given to different speakers." });
  }
  return el("ol", { class: "conflicts" }, ...conflicts.map((c) => el("li", { class: "conflict" },
    el("strong", { text: `${c.kind}: ${(c.dyad || []).join(" and ")}` }),
    c.detail ? el("span", { class: "muted", text: ` (${c.detail})` }) : null,
    ...["a", "b"].map((side) => el("div", { class: "claim" },
      el("span", { class: "item-label", text: c[side].label }),
      el("span", { class: "muted", text: ` — ${(c[side].outlets || []).join(", ")}` }),
      el("br"), el("span", { class: "evidence", text: c[side].sentence || "" }))),
    (c.only_a && c.only_a.length) || (c.only_b && c.only_b.length)
      ? el("p", { class: "muted", text: `Only the first: ${(c.only_a || []).join(", ") || "none"}; only the second: ${(c.only_b || []).join(", ") || "none"}` })
      : null)));
}

function renderComparison(c) {
  const story = c.story || {};
  const outlets = (c.outlets || []).map((o) => o.outlet);
  const events = c.events || [];
  const quotes = c.quotes || [];
  return el("div", { class: "comparison" },
    el("p", { class: "muted", text: `${plural(story.documents || 0, "document", "documents")}, ${plural(outlets.length, "outlet", "outlets")}, ${plural(events.length, "merged event", "merged events")}, ${plural(quotes.length, "quote", "quotes")}` }),
    table(["Outlet", "Documents", "Near-duplicates", "Events", "Quotes"],
      (c.outlets || []).map((o) => [o.outlet, o.documents, o.duplicates, o.events, o.quotes]), "compact outlets"),
    el("h4", { text: "Events × outlets" }), matrix(events, outlets, "events"),
    el("details", { class: "quotes-fold" }, el("summary", {}, el("h4", { text: `Quotes × outlets (${quotes.length})` })), matrix(quotes, outlets, "quotes")),
    el("h4", { text: "Reported by one outlet only" }), exclusives(c),
    el("h4", { text: "Conflicting claims" }), conflictList(c.conflicts));
}

async function renderStories() {
  const offset = state.offsets.stories;
  const [several, single] = await Promise.all([
    api("stories", { sort: "outlets", min_articles: 2, limit: STORIES_PAGE, offset }),
    api("stories", { max_articles: 1, limit: 0 }),
  ]);
  const box = document.getElementById("stories");
  document.getElementById("stories-count").textContent =
    `${plural(several.total, "story", "stories")} told by several articles, ${single.total} by one`;
  if (!several.items.length) {
    box.replaceChildren(el("p", { class: "placeholder", text: several.note || "No story here is told by more than one article." }));
  } else {
    box.replaceChildren(...several.items.map(storyCard));
  }
  box.dataset.total = String(several.total);
  pager("stories", several.total, STORIES_PAGE);
  const fold = document.getElementById("singles");
  fold.hidden = !single.total;
  fold.dataset.total = String(single.total);
  fold.querySelector("summary").textContent = `${plural(single.total, "single-article story", "single-article stories")}`;
  if (fold.open) await renderSingles();
  box.dataset.ready = "1";
}

async function renderSingles() {
  const data = await api("stories", { max_articles: 1, limit: STORIES_PAGE, offset: state.offsets.singles });
  const list = document.getElementById("singles-list");
  list.replaceChildren(...data.items.map((story) => el("li", { "data-story": story.story_id },
    el("span", { class: "muted", text: `${storyDates(story)} · ${(story.outlet_names || []).join(", ")} · ${plural(story.events || 0, "event", "events")} · ` }),
    story.first_doc ? docLink(story.first_doc, story.title || story.first_doc) : el("span", { text: story.title || "" }))));
  pager("singles", data.total, STORIES_PAGE);
}

async function renderOutlets() {
  const outlets = await api("outlets", {});
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
  document.getElementById("outlets-count").textContent = plural(outlets.total, "outlet", "outlets");
}

function initStories() {
  document.getElementById("singles").addEventListener("toggle", (event) => {
    if (event.target.open) renderSingles().catch(showError);
  });
  document.getElementById("to-outlets").addEventListener("click", (event) => {
    event.preventDefault();
    navigate({ view: "outlets" });
  });
}
