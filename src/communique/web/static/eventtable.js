/* The events table, shared by the events page and the dyad page. Columns adapt to the row keys. */
(function () {
  "use strict";
  const { el, clear, readerHref, cellText, quadName, signed } = window.C;

  /** An events table, shared with the dyad page. */
  function renderTable(tableNode, rows) {
    const head = clear(tableNode.tHead || tableNode.createTHead());
    const body = clear(tableNode.tBodies[0] || tableNode.createTBody());
    const cols = columns(rows);
    const cls = (c) => [c.num ? "num" : "", c.nowrap ? "nowrap" : ""].join(" ").trim() || null;
    head.appendChild(el("tr", {}, cols.map((c) => el("th", { class: cls(c) }, c.label))));
    for (const row of rows) {
      body.appendChild(el("tr", {}, cols.map((c) => el("td", { class: cls(c) }, c.cell(row)))));
    }
  }

  function columns(rows) {
    const keys = new Set();
    for (const r of rows.slice(0, 20)) Object.keys(r).forEach((k) => keys.add(k));
    const pick = (...names) => names.find((n) => keys.has(n));
    const cols = [];
    const dateKey = pick("date", "event_date", "date_value");
    if (dateKey) cols.push({ label: "Date", nowrap: true, cell: (r) => cellText(r[dateKey]) });
    const src = pick("source_code", "source");
    if (src) cols.push({ label: "Source", cell: (r) => el("code", {}, cellText(r[src])) });
    const cameo = pick("cameo", "code");
    if (cameo) {
      cols.push({ label: "Event", cell: (r) => [el("span", { class: "code q" + (r.quad_class || 0), title: quadName(r.quad_class) }, cellText(r[cameo])), " ", cellText(r.cameo_name || "")] });
    }
    const tgt = pick("target_code", "target");
    if (tgt) cols.push({ label: "Target", cell: (r) => el("code", {}, cellText(r[tgt])) });
    if (keys.has("goldstein")) cols.push({ label: "Goldstein", num: true, cell: (r) => signed(r.goldstein) });
    if (keys.has("mode")) cols.push({ label: "Mode", cell: (r) => cellText(r.mode) });
    const trig = pick("trigger_text", "trigger");
    if (trig) cols.push({ label: "Trigger", cell: (r) => cellText(r[trig]) });
    const art = pick("article_id", "article");
    if (art) {
      cols.push({ label: "Article", cell: (r) => {
        const id = cellText(r[art]);
        const evId = r.event_id || r.id;
        const href = readerHref(id) + (evId ? "?event=" + encodeURIComponent(evId) : "");
        return el("a", { href }, cellText(r.title) || id);
      } });
    }
    if (!cols.length) for (const k of keys) cols.push({ label: k, cell: (r) => cellText(r[k]) });
    return cols;
  }
  window.C.renderEvents = renderTable;
})();
