/* Tacitus dashboard: the world map (SVG, no tiles, no network beyond this server).
 *
 * Country boundaries: world-atlas 2.0.2 (Natural Earth 1:110m, TopoJSON), decoded with
 * topojson-client 3.1.0, both vendored in /static/vendor/. The projection is Natural Earth I
 * (Šavrič, Patterson, Jenny and Jenny, 2015: a polynomial in latitude), written here: rings
 * that cross the antimeridian are unwrapped and drawn again 360° away, rings around a pole are
 * closed along it, and the whole is clipped to the outline of the globe. Pan: drag; zoom:
 * wheel or the +/- buttons; double-click resets.
 *
 * Names from the data (countries, places) go in as text nodes (<title>), never as markup.
 */
"use strict";

const TacitusMap = (() => {
  const SVG = "http://www.w3.org/2000/svg";
  const WIDTH = 960;
  const HEIGHT = 500;
  const PAD = 6;
  const RAD = Math.PI / 180;

  // Natural Earth I, in radians; x grows east, y north.
  function naturalEarth(lambda, phi) {
    const phi2 = phi * phi;
    const phi4 = phi2 * phi2;
    return [
      lambda * (0.8707 - 0.131979 * phi2 + phi4 * (-0.013791 + phi4 * (0.003971 * phi2 - 0.001529 * phi4))),
      phi * (1.007226 + phi2 * (0.015085 + phi4 * (-0.044475 + 0.028874 * phi2 - 0.005916 * phi4))),
    ];
  }

  const [X_MAX] = naturalEarth(Math.PI, 0);
  const [, Y_MAX] = naturalEarth(0, Math.PI / 2);
  const SCALE = Math.min((WIDTH - 2 * PAD) / (2 * X_MAX), (HEIGHT - 2 * PAD) / (2 * Y_MAX));

  // [lon, lat] in degrees (lon may run past ±180 for unwrapped rings) → SVG user units.
  function project(lon, lat) {
    const [x, y] = naturalEarth(lon * RAD, Math.max(-90, Math.min(90, lat)) * RAD);
    return [WIDTH / 2 + x * SCALE, HEIGHT / 2 - y * SCALE];
  }

  function pathOf(points) {
    let d = "";
    for (let i = 0; i < points.length; i++) {
      const [x, y] = project(points[i][0], points[i][1]);
      d += `${i ? "L" : "M"}${x.toFixed(1)},${y.toFixed(1)}`;
    }
    return `${d}Z`;
  }

  // The globe's outline: the meridians ±180 and the flat poles.
  function outline() {
    const points = [];
    for (let lat = -90; lat <= 90; lat += 2) points.push([180, lat]);
    for (let lat = 90; lat >= -90; lat -= 2) points.push([-180, lat]);
    return pathOf(points);
  }

  // A ring with continuous longitudes (no jump over 180°); a ring that goes round a pole (its
  // longitudes change by ±360° in all) is closed along that pole.
  function unwrap(ring) {
    const out = [];
    let shift = 0;
    for (let i = 0; i < ring.length; i++) {
      let lon = ring[i][0] + shift;
      if (i) {
        const previous = out[i - 1][0];
        while (lon - previous > 180) { lon -= 360; shift -= 360; }
        while (lon - previous < -180) { lon += 360; shift += 360; }
      }
      out.push([lon, ring[i][1]]);
    }
    const turn = out[out.length - 1][0] - out[0][0];
    if (Math.abs(turn) > 180) {
      let south = 0;
      for (const point of out) south += point[1];
      const pole = south < 0 ? -90 : 90;
      out.push([out[out.length - 1][0], pole], [out[0][0], pole]);
    }
    return out;
  }

  function ringPaths(ring) {
    const points = unwrap(ring);
    let min = Infinity;
    let max = -Infinity;
    for (const [lon] of points) {
      if (lon < min) min = lon;
      if (lon > max) max = lon;
    }
    let d = "";
    for (const offset of [-360, 0, 360]) {
      if (max + offset < -180 || min + offset > 180) continue;
      d += pathOf(offset ? points.map(([lon, lat]) => [lon + offset, lat]) : points);
    }
    return d;
  }

  function featurePath(geometry) {
    if (!geometry) return "";
    const polygons = geometry.type === "Polygon" ? [geometry.coordinates]
      : geometry.type === "MultiPolygon" ? geometry.coordinates : [];
    let d = "";
    for (const polygon of polygons) for (const ring of polygon) d += ringPaths(ring);
    return d;
  }

  function node(tag, attrs, text) {
    const element = document.createElementNS(SVG, tag);
    for (const [key, value] of Object.entries(attrs || {})) element.setAttribute(key, String(value));
    if (text !== undefined) element.append(document.createTextNode(String(text)));
    return element;
  }

  // The SVG with the globe and the countries (made once; points are redrawn per filter).
  function create(container, features) {
    const svg = node("svg", {
      viewBox: `0 0 ${WIDTH} ${HEIGHT}`, role: "img", "aria-label": "World map of the events",
      preserveAspectRatio: "xMidYMid meet",
    });
    const defs = node("defs");
    const clip = node("clipPath", { id: "map-globe-clip" });
    clip.append(node("path", { d: outline() }));
    defs.append(clip);
    const view = node("g", { class: "map-view" });
    const globe = node("g", { "clip-path": "url(#map-globe-clip)" });
    globe.append(node("path", { class: "map-sphere", d: outline() }));
    const countries = node("g", { class: "map-countries" });
    for (const feature of features) {
      const path = node("path", { class: "map-country", d: featurePath(feature.geometry) });
      if (feature.id !== undefined) path.setAttribute("data-id", String(feature.id));
      const name = feature.properties && feature.properties.name;
      if (name) path.append(node("title", {}, name));
      countries.append(path);
    }
    globe.append(countries);
    view.append(globe, node("path", { class: "map-outline", d: outline() }), node("g", { class: "map-points" }));
    svg.append(defs, view);
    container.replaceChildren(svg);
    const map = { svg, view, points: svg.querySelector(".map-points"), k: 1, x: 0, y: 0, circles: [] };
    panZoom(map);
    return map;
  }

  function applyView(map) {
    map.view.setAttribute("transform", `translate(${map.x.toFixed(2)},${map.y.toFixed(2)}) scale(${map.k.toFixed(4)})`);
    for (const circle of map.circles) circle.setAttribute("r", (Number(circle.dataset.r) / Math.sqrt(map.k)).toFixed(2));
  }

  // Zoom by `factor` keeping the SVG point (px, py) where it is.
  function zoom(map, factor, px, py) {
    const k = Math.max(1, Math.min(24, map.k * factor));
    const f = k / map.k;
    map.x = px - (px - map.x) * f;
    map.y = py - (py - map.y) * f;
    map.k = k;
    clamp(map);
    applyView(map);
  }

  function clamp(map) {
    map.x = Math.min(0, Math.max(WIDTH - WIDTH * map.k, map.x));
    map.y = Math.min(0, Math.max(HEIGHT - HEIGHT * map.k, map.y));
  }

  function reset(map) {
    map.k = 1;
    map.x = 0;
    map.y = 0;
    applyView(map);
  }

  function svgPoint(svg, event) {
    const matrix = svg.getScreenCTM();
    if (!matrix) return [WIDTH / 2, HEIGHT / 2];
    const point = new DOMPoint(event.clientX, event.clientY).matrixTransform(matrix.inverse());
    return [point.x, point.y];
  }

  function panZoom(map) {
    const { svg } = map;
    svg.addEventListener("wheel", (event) => {
      event.preventDefault();
      const [px, py] = svgPoint(svg, event);
      zoom(map, event.deltaY < 0 ? 1.25 : 0.8, px, py);
    }, { passive: false });
    let drag = null;
    svg.addEventListener("pointerdown", (event) => {
      if (event.button !== 0) return;
      drag = { start: svgPoint(svg, event), x: map.x, y: map.y, moved: false };
    });
    svg.addEventListener("pointermove", (event) => {
      if (!drag) return;
      const [px, py] = svgPoint(svg, event);
      const dx = px - drag.start[0];
      const dy = py - drag.start[1];
      if (!drag.moved && Math.hypot(dx, dy) < 3) return;
      if (!drag.moved) svg.setPointerCapture(event.pointerId);
      drag.moved = true;
      map.x = drag.x + dx;
      map.y = drag.y + dy;
      clamp(map);
      applyView(map);
    });
    const end = () => { drag = null; };
    svg.addEventListener("pointerup", end);
    svg.addEventListener("pointercancel", end);
    svg.addEventListener("dblclick", (event) => {
      event.preventDefault();
      reset(map);
    });
  }

  // The quad class with the most events (a tie goes to the more conflictual class).
  function dominant(counts) {
    let best = 0;
    let most = -1;
    for (const q of [1, 2, 3, 4]) {
      const n = Number((counts || {})[q] || 0);
      if (n >= most) { most = n; best = q; }
    }
    return best;
  }

  const ORDER = { country: 0, admin1: 1, city: 2 };

  // Circles for the API's points: size by events, style by precision, colour by quad class.
  function drawPoints(map, points, colours, onSelect) {
    const most = Math.max(1, ...points.map((p) => p.total));
    const sorted = [...points].sort((a, b) =>
      (ORDER[a.precision] ?? 2) - (ORDER[b.precision] ?? 2) || b.total - a.total);
    map.circles = [];
    const circles = sorted.map((point) => {
      const precision = ORDER[point.precision] === undefined ? "city" : point.precision;
      const quad = dominant(point.quad_classes);
      const colour = colours[quad] || "#627d98";
      const size = Math.sqrt(point.total / most);
      const r = precision === "country" ? 7 + 15 * size : 2.5 + 9 * size;
      const [x, y] = project(point.lon, point.lat);
      const circle = node("circle", {
        class: `map-point point-${precision}`, cx: x.toFixed(1), cy: y.toFixed(1), r: r.toFixed(2),
        stroke: colour, fill: precision === "admin1" ? "#ffffff" : colour,
        tabindex: 0, "data-quad": quad, "data-precision": precision, "data-total": point.total, "data-r": r,
      });
      const where = [point.name, point.admin1, point.country].filter(Boolean).join(", ");
      circle.append(node("title", {}, `${where || "unnamed place"} (${precision}): ${point.total} event${point.total === 1 ? "" : "s"}`));
      const select = () => onSelect(point, circle);
      circle.addEventListener("click", select);
      circle.addEventListener("mouseenter", select);
      circle.addEventListener("focus", select);
      map.circles.push(circle);
      return circle;
    });
    map.points.replaceChildren(...circles);
    applyView(map);
    return circles;
  }

  return { create, drawPoints, project, dominant, featurePath, reset, zoom, WIDTH, HEIGHT };
})();
