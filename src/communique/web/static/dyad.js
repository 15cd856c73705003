/* /ui/dyad: two actors over time. Stacked bars count events by quad class per
   period; a line shows the mean Goldstein score (right axis, -10..+10).
   Click a period to list the events behind it. Drawn as inline SVG. */
(function () {
  "use strict";
  const { api, el, clear, query, showMessage, quadName, signed } = window.C;
  const SVG = "http://www.w3.org/2000/svg";
  const form = document.getElementById("dyad-form");
  const chart = document.getElementById("chart");
  const legend = document.getElementById("legend");
  const point = document.getElementById("point");
  let current = null;

  window.C.fillActorList(document.getElementById("actor-codes"));

  function svg(tag, attrs, text) {
    const node = document.createElementNS(SVG, tag);
    for (const [k, v] of Object.entries(attrs || {})) node.setAttribute(k, String(v));
    if (text !== undefined) node.textContent = String(text);
    return node;
  }

  function niceMax(n) {
    if (n <= 5) return 5;
    const p = Math.pow(10, Math.floor(Math.log10(n)));
    for (const m of [1, 2, 2.5, 5, 10]) if (m * p >= n) return m * p;
    return 10 * p;
  }

  function draw(items) {
    clear(chart);
    const W = 880, L = 48, R = 56, T = 18, B = items.length > 8 ? 64 : 36, H = 276 + B;
    const pw = W - L - R, ph = H - T - B;
    const root = svg("svg", { viewBox: "0 0 " + W + " " + H, class: "dyad-chart", id: "dyad-svg", role: "img",
                              "aria-label": "Events by quad class and mean Goldstein score per period" });
    const n = items.length;
    const maxN = niceMax(Math.max(1, ...items.map((p) => Number(p.n) || 0)));
    const band = pw / Math.max(n, 1);
    const barW = Math.max(4, Math.min(44, band * 0.62));
    const yN = (v) => T + ph - (v / maxN) * ph;
    const yG = (g) => T + ph / 2 - (g / 10) * (ph / 2);
    const grid = svg("g", { class: "grid-lines" });
    for (let i = 0; i <= 5; i++) {
      const v = (maxN / 5) * i, y = yN(v);
      grid.appendChild(svg("line", { x1: L, x2: W - R, y1: y, y2: y }));
      grid.appendChild(svg("text", { x: L - 8, y: y + 4, class: "axis-label", "text-anchor": "end" }, Number.isInteger(v) ? v : v.toFixed(1)));
    }
    for (const g of [-10, -5, 0, 5, 10]) {
      grid.appendChild(svg("text", { x: W - R + 8, y: yG(g) + 4, class: "axis-label g-axis" }, (g > 0 ? "+" : "") + g));
    }
    grid.appendChild(svg("line", { x1: L, x2: W - R, y1: yG(0), y2: yG(0), class: "zero" }));
    root.appendChild(grid);
    root.appendChild(svg("text", { x: 12, y: T + ph / 2, class: "axis-title", transform: "rotate(-90 12 " + (T + ph / 2) + ")", "text-anchor": "middle" }, "events"));
    root.appendChild(svg("text", { x: W - 10, y: T + ph / 2, class: "axis-title g-axis", transform: "rotate(90 " + (W - 10) + " " + (T + ph / 2) + ")", "text-anchor": "middle" }, "Goldstein mean"));

    const every = Math.ceil(n / 18);
    const path = [];
    items.forEach((p, i) => {
      const cx = L + band * i + band / 2;
      const g = svg("g", { class: "period", "data-i": i, tabindex: 0, role: "button" });
      g.appendChild(svg("rect", { x: L + band * i, y: T, width: band, height: ph, class: "hit" }));
      let acc = 0;
      for (const q of [1, 2, 3, 4]) {
        const v = Number(p["q" + q]) || 0;
        if (!v) continue;
        const y0 = yN(acc), y1 = yN(acc + v);
        g.appendChild(svg("rect", { x: cx - barW / 2, y: y1, width: barW, height: Math.max(1, y0 - y1), class: "bar q" + q }));
        acc += v;
      }
      g.appendChild(svg("title", {}, p.period + ": " + p.n + " events, Goldstein mean " + signed(p.goldstein_mean)));
      if (i % every === 0) {
        const ly = T + ph + 16;
        g.appendChild(svg("text", { x: cx, y: ly, class: "axis-label", "text-anchor": n > 8 ? "end" : "middle",
                                    transform: n > 8 ? "rotate(-35 " + cx + " " + ly + ")" : "" }, p.period));
      }
      g.addEventListener("click", () => showPoint(i));
      g.addEventListener("keydown", (ev) => { if (ev.key === "Enter" || ev.key === " ") { ev.preventDefault(); showPoint(i); } });
      root.appendChild(g);
      if (p.goldstein_mean !== null && p.goldstein_mean !== undefined) path.push([cx, yG(Number(p.goldstein_mean)), i]);
    });
    // one line per run of consecutive scored periods: no line across empty periods
    let run = [];
    const flush = () => {
      if (run.length > 1) root.appendChild(svg("polyline", { points: run.map((q) => q[0] + "," + q[1]).join(" "), class: "g-line" }));
      run = [];
    };
    path.forEach((q, k) => {
      if (k && q[2] !== path[k - 1][2] + 1) flush();
      run.push(q);
    });
    flush();
    for (const [x, y, i] of path) {
      const dot = svg("circle", { cx: x, cy: y, r: 4.5, class: "g-dot" });
      dot.addEventListener("click", () => showPoint(i));
      root.appendChild(dot);
    }
    chart.appendChild(root);

    clear(legend);
    for (const q of [1, 2, 3, 4]) {
      legend.appendChild(el("span", { class: "legend-item" }, el("span", { class: "swatch q" + q }), quadName(q)));
    }
    legend.appendChild(el("span", { class: "legend-item" }, el("span", { class: "swatch gline" }), "Goldstein mean"));
  }

  /** The date range of a period label: 2023, 2023-05, 2023-05-10, 2023-Q2, 2023-W19. */
  function periodRange(label) {
    const s = String(label);
    let m;
    const iso = (d) => d.toISOString().slice(0, 10);
    if ((m = /^(\d{4})-(\d{2})-(\d{2})/.exec(s))) return [m[0], m[0]];
    if ((m = /^(\d{4})-(\d{2})$/.exec(s))) {
      const last = new Date(Date.UTC(+m[1], +m[2], 0));
      return [s + "-01", iso(last)];
    }
    if ((m = /^(\d{4})-?Q([1-4])$/.exec(s))) {
      const q = +m[2];
      return [iso(new Date(Date.UTC(+m[1], (q - 1) * 3, 1))), iso(new Date(Date.UTC(+m[1], q * 3, 0)))];
    }
    if ((m = /^(\d{4})-?W(\d{1,2})$/.exec(s))) {
      const jan4 = new Date(Date.UTC(+m[1], 0, 4));
      const monday = new Date(jan4.getTime() - ((jan4.getUTCDay() + 6) % 7) * 864e5 + (+m[2] - 1) * 7 * 864e5);
      return [iso(monday), iso(new Date(monday.getTime() + 6 * 864e5))];
    }
    if ((m = /^(\d{4})$/.exec(s))) return [s + "-01-01", s + "-12-31"];
    return [null, null];
  }

  function isoWeek(d) {
    const t = new Date(Date.UTC(d.getUTCFullYear(), d.getUTCMonth(), d.getUTCDate()));
    t.setUTCDate(t.getUTCDate() + 3 - ((t.getUTCDay() + 6) % 7));
    const jan4 = new Date(Date.UTC(t.getUTCFullYear(), 0, 4));
    const week = 1 + Math.round(((t - jan4) / 864e5 - 3 + ((jan4.getUTCDay() + 6) % 7)) / 7);
    return t.getUTCFullYear() + "-W" + String(week).padStart(2, "0");
  }

  /** The label of the period after ``label``. */
  function nextLabel(label, by) {
    const [first] = periodRange(label);
    if (!first) return null;
    const d = new Date(first + "T00:00:00Z");
    if (by === "year") return String(d.getUTCFullYear() + 1);
    if (by === "month") {
      const n = new Date(Date.UTC(d.getUTCFullYear(), d.getUTCMonth() + 1, 1));
      return n.toISOString().slice(0, 7);
    }
    if (by === "week") return isoWeek(new Date(d.getTime() + 7 * 864e5));
    if (by === "day") return new Date(d.getTime() + 864e5).toISOString().slice(0, 10);
    return null;
  }

  /** Insert empty periods between the stored ones, so the time axis is even (up to 400 points). */
  function fillGaps(items, by) {
    if (items.length < 2) return items;
    const byLabel = new Map(items.map((p) => [String(p.period), p]));
    const out = [];
    let label = String(items[0].period);
    const last = String(items[items.length - 1].period);
    while (label && out.length <= 400) {
      out.push(byLabel.get(label) || { period: label, n: 0, q1: 0, q2: 0, q3: 0, q4: 0,
                                       goldstein_sum: 0, goldstein_mean: null, event_ids: [] });
      if (label === last) return out;
      label = nextLabel(label, by);
    }
    return items;
  }

  async function showPoint(i) {
    if (!current) return;
    const p = current.items[i];
    if (!p.n) { point.hidden = true; return; }
    for (const g of chart.querySelectorAll(".period")) g.classList.toggle("selected", Number(g.dataset.i) === i);
    point.hidden = false;
    document.getElementById("point-title").textContent =
      current.a + " ↔ " + current.b + ", " + p.period + ": " + p.n + " event" + (p.n === 1 ? "" : "s") +
      " · Goldstein mean " + signed(p.goldstein_mean);
    const [start, end] = periodRange(p.period);
    const table = document.getElementById("point-events");
    try {
      const body = await api("/events" + query({ actor: current.a, start, end, limit: 1000 }));
      const ids = new Set((p.event_ids || []).map(String));
      const idOf = (r) => String(r.event_key || r.uid || r.event_id || r.id);
      let rows = body.items.filter((r) => ids.has(idOf(r)) || ids.has(String(r.id)));
      if (!rows.length) rows = body.items;
      window.C.renderEvents(table, rows);
    } catch (err) {
      showMessage(err.message);
    }
    point.scrollIntoView({ block: "nearest" });
  }

  async function load(a, b, by) {
    showMessage(null);
    point.hidden = true;
    try {
      const body = await api("/dyads/" + encodeURIComponent(a) + "/" + encodeURIComponent(b) + query({ by }));
      current = { a, b, by, items: fillGaps(body.items || [], by) };
      if (!current.items.length) {
        clear(chart).appendChild(el("p", { class: "muted empty-chart" }, "No events between " + a + " and " + b + "."));
        clear(legend);
      } else {
        draw(current.items);
      }
      document.body.dataset.ready = "1";
    } catch (err) {
      showMessage(err.message);
      document.body.dataset.ready = "error";
    }
  }

  form.addEventListener("submit", (ev) => {
    ev.preventDefault();
    const a = form.elements.a.value.trim(), b = form.elements.b.value.trim(), by = form.elements.by.value;
    history.replaceState(null, "", location.pathname + query({ a, b, by }));
    load(a, b, by);
  });

  const params = new URLSearchParams(location.search);
  if (params.get("a") && params.get("b")) {
    form.elements.a.value = params.get("a");
    form.elements.b.value = params.get("b");
    if (params.get("by")) form.elements.by.value = params.get("by");
    load(params.get("a"), params.get("b"), form.elements.by.value);
  }
})();
