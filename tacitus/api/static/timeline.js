/* Tacitus dashboard: the timeline on a time axis.
 *
 * GET /api/timeline gives events per day and quad class, the range that holds the bulk of the
 * events and the events dated far outside it. The chart draws the range on a linear axis of
 * days (one bar per day, empty days taking their width: a week is seven times a day), with
 * ticks on days, Mondays, months or years as the span asks. Events outside the range (a 1962
 * crisis recalled in a 2025 article) are counted in the caption and listed below, not drawn.
 */
"use strict";

const DAY_MS = 86400000;
const MONTHS = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"];

function dayMs(day) {
  return Date.parse(`${day}T00:00:00Z`);
}

function isoDay(ms) {
  return new Date(ms).toISOString().slice(0, 10);
}

// Tick values (ms) and how to print them, for a span of days.
function timeTicks(min, max) {
  const span = (max - min) / DAY_MS;
  const first = new Date(min);
  const ticks = [];
  let unit = "day";
  if (span <= 16) {
    for (let t = dayMs(isoDay(min + DAY_MS / 2)); t <= max; t += DAY_MS) ticks.push(t);
  } else if (span <= 120) {
    unit = "week";
    let t = dayMs(isoDay(min + DAY_MS / 2));
    while (new Date(t).getUTCDay() !== 1) t += DAY_MS;
    for (; t <= max; t += 7 * DAY_MS) ticks.push(t);
  } else if (span <= 1500) {
    unit = "month";
    const step = span > 550 ? 3 : 1;
    for (let m = first.getUTCMonth() + 1; ; m += step) {
      const t = Date.UTC(first.getUTCFullYear(), m, 1);
      if (t > max) break;
      ticks.push(t);
    }
  } else {
    unit = "year";
    const step = Math.max(1, Math.ceil(span / 365 / 12));
    for (let y = first.getUTCFullYear() + 1; ; y += step) {
      const t = Date.UTC(y, 0, 1);
      if (t > max) break;
      ticks.push(t);
    }
  }
  const label = (value) => {
    const d = new Date(value);
    if (unit === "year") return String(d.getUTCFullYear());
    if (unit === "month") return `${MONTHS[d.getUTCMonth()]} ${d.getUTCFullYear()}`;
    return `${MONTHS[d.getUTCMonth()]} ${d.getUTCDate()}`;
  };
  return { ticks, unit, label };
}

// per quad class, the counts of every day of the range (empty days too) as {x: ms, y: n}
function rangeSeries(data, since, until) {
  const index = new Map(data.days.map((d, i) => [d, i]));
  const series = {};
  for (const [q, s] of Object.entries(data.quad_classes)) {
    const points = [];
    for (let t = dayMs(since); t <= dayMs(until); t += DAY_MS) {
      const i = index.get(isoDay(t));
      points.push({ x: t, y: i === undefined ? 0 : s.counts[i] });
    }
    series[q] = points;
  }
  return series;
}

async function renderTimeline() {
  const data = await api("timeline", {});
  const canvas = document.getElementById("timeline");
  if (state.chart) state.chart.destroy();
  state.chart = null;
  const { since, until } = data.range;
  const drawn = data.total - data.undated - data.outside.total;
  if (since && until) {
    const series = rangeSeries(data, since, until);
    const min = dayMs(since) - DAY_MS / 2;
    const max = dayMs(until) + DAY_MS / 2;
    const axis = timeTicks(min, max);
    state.chart = new Chart(canvas, {
      type: "bar",
      data: {
        datasets: Object.entries(data.quad_classes).map(([q, s]) => ({
          label: `${q} ${s.label}`, data: series[q], backgroundColor: QUAD_COLOURS[q], stack: "events",
          barPercentage: 1, categoryPercentage: 0.9,
        })),
      },
      options: {
        animation: false, maintainAspectRatio: false, responsive: true,
        scales: {
          x: {
            type: "linear", min, max, stacked: true, offset: false,
            afterBuildTicks: (scale) => { scale.ticks = axis.ticks.map((value) => ({ value })); },
            ticks: { callback: (value) => axis.label(value), autoSkip: true, maxRotation: 0 },
            grid: { offset: false },
          },
          y: { stacked: true, beginAtZero: true, ticks: { precision: 0 } },
        },
        plugins: {
          legend: { position: "bottom" },
          tooltip: { callbacks: { title: (items) => (items.length ? isoDay(items[0].parsed.x) : "") } },
        },
      },
    });
    canvas.dataset.unit = axis.unit;
  }
  canvas.dataset.axis = "time";
  canvas.dataset.since = since || "";
  canvas.dataset.until = until || "";
  canvas.dataset.days = since && until ? String(Math.round((dayMs(until) - dayMs(since)) / DAY_MS) + 1) : "0";
  canvas.dataset.drawn = String(drawn);
  canvas.dataset.outside = String(data.outside.total);
  canvas.dataset.ready = "1";
  const parts = [`${plural(data.total, "event", "events")}`];
  if (since && until) parts.push(`${drawn} drawn from ${since} to ${until}`);
  if (data.outside.total) parts.push(`${data.outside.total} dated far outside (listed below)`);
  if (data.undated) parts.push(`${data.undated} undated (not drawn)`);
  document.getElementById("timeline-note").textContent = parts.join(", ");
  renderOutside(data.outside);
}

function renderOutside(outside) {
  const box = document.getElementById("timeline-outside");
  box.hidden = !outside.total;
  if (!outside.total) return;
  const first = outside.days.length ? outside.days[0].day.slice(0, 4) : "";
  const last = outside.days.length ? outside.days[outside.days.length - 1].day.slice(0, 4) : "";
  const years = first === last ? first : `${first}–${last}`;
  const listed = outside.events.length < outside.total ? ` (the earliest ${outside.events.length})` : "";
  box.querySelector("summary").textContent =
    `${plural(outside.total, "event", "events")} dated far outside the range (${years}): ` +
    `${outside.before} before, ${outside.after} after — historic references and distant dates${listed}`;
  const list = box.querySelector("ul");
  list.replaceChildren(...outside.events.map((e) => el("li", { "data-day": e.day },
    el("strong", { text: `${dayLabel(e.day, e.date_precision)} ` }),
    el("span", { class: `quad quad-${e.quad_class}`, text: e.event_type }),
    el("span", { class: "muted", text: ` ${e.source || "—"} → ${e.target || "—"} · ${e.outlet || "unknown outlet"} · ` }),
    docLink(e.doc_id), el("br"), el("span", { class: "evidence", text: e.sentence }))));
}
