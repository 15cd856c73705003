/* /ui/events: the events table, with the filters of GET /events; the URL keeps the filters. */
(function () {
  "use strict";
  const { api, clear, formValues, query, showMessage } = window.C;
  const renderTable = window.C.renderEvents;
  const form = document.getElementById("filters");
  const table = document.getElementById("events");
  const info = document.getElementById("page-info");
  const prev = document.getElementById("prev");
  const next = document.getElementById("next");
  const FIELDS = ["actor", "code", "root", "start", "end", "mode", "limit"];

  const params = new URLSearchParams(location.search);
  for (const f of FIELDS) if (params.get(f) && form.elements[f]) form.elements[f].value = params.get(f);
  let offset = Number(params.get("offset") || 0);

  window.C.fillActorList(document.getElementById("actor-codes"));

  function filters() {
    const v = formValues(form);
    const out = {};
    for (const f of FIELDS) if (v[f]) out[f] = v[f];
    if (!out.limit) out.limit = "50";
    return out;
  }

  async function load(push) {
    const f = filters();
    const q = query(Object.assign({}, f, { offset: offset || null }));
    if (push) history.replaceState(null, "", location.pathname + q);
    showMessage(null);
    try {
      const body = await api("/events" + q);
      renderTable(table, body.items);
      const limit = Number(f.limit);
      prev.disabled = offset === 0;
      next.disabled = body.items.length < limit;
      info.textContent = body.items.length ? "Events " + (offset + 1) + "–" + (offset + body.items.length) : "No events match.";
    } catch (err) {
      clear(table.tBodies[0]);
      showMessage(err.message);
    }
  }

  form.addEventListener("submit", (ev) => { ev.preventDefault(); offset = 0; load(true); });
  form.addEventListener("reset", () => { setTimeout(() => { offset = 0; load(true); }, 0); });
  prev.addEventListener("click", () => { offset = Math.max(0, offset - Number(filters().limit)); load(true); });
  next.addEventListener("click", () => { offset += Number(filters().limit); load(true); });
  load(false);

})();
