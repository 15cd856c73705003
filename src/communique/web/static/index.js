/* /: stored articles, newest first, with paging. */
(function () {
  "use strict";
  const { api, el, clear, readerHref, showMessage } = window.C;
  const tbody = document.querySelector("#articles tbody");
  const info = document.getElementById("page-info");
  const prev = document.getElementById("prev");
  const next = document.getElementById("next");
  const limit = 50;
  let offset = 0;

  async function counts() {
    const line = document.getElementById("counts");
    try {
      const body = await api("/counts");
      if (!body.database) { line.textContent = "No database is open: paste an article to read it."; return; }
      const parts = Object.entries(body.counts || {}).map(([k, v]) => v + " " + k.replace(/_/g, " "));
      line.textContent = parts.length ? parts.join(" · ") : "The database is empty.";
    } catch (err) { line.textContent = err.message; }
  }

  async function load() {
    try {
      const body = await api("/articles?limit=" + limit + "&offset=" + offset);
      clear(tbody);
      for (const a of body.items) {
        tbody.appendChild(el("tr", {},
          el("td", {}, el("a", { href: readerHref(a.id) }, a.title || a.id)),
          el("td", { class: "nowrap" }, a.published || "—"),
          el("td", {}, a.source || ""),
          el("td", { class: "num" }, a.n_events === undefined ? "" : String(a.n_events)),
          el("td", { class: "num" }, a.n_quotes === undefined ? "" : String(a.n_quotes))));
      }
      if (!body.items.length) tbody.appendChild(el("tr", {}, el("td", { colspan: "5", class: "muted" }, "No articles here.")));
      prev.disabled = offset === 0;
      next.disabled = body.items.length < limit;
      info.textContent = body.items.length ? (offset + 1) + "–" + (offset + body.items.length) : "";
    } catch (err) {
      showMessage(err.code === "E806" ? "No database is open. Start the server with --db FILE, or paste an article." : err.message);
      prev.disabled = next.disabled = true;
    }
  }
  prev.addEventListener("click", () => { offset = Math.max(0, offset - limit); load(); });
  next.addEventListener("click", () => { offset += limit; load(); });
  counts();
  load();
})();
