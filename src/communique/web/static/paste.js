/* /paste: extract a pasted article on the server (POST /extract) and read it; nothing is stored. */
(function () {
  "use strict";
  const { api, formValues, showMessage } = window.C;
  const form = document.getElementById("paste-form");
  const status = document.getElementById("paste-status");
  const result = document.getElementById("paste-result");
  const button = document.getElementById("paste-submit");
  const published = document.getElementById("paste-published");
  if (!published.value) published.value = new Date().toISOString().slice(0, 10);

  form.addEventListener("submit", async (ev) => {
    ev.preventDefault();
    showMessage(null);
    const values = formValues(form);
    const body = { text: document.getElementById("paste-text").value };
    for (const k of ["title", "published", "source"]) if (values[k]) body[k] = values[k];
    button.disabled = true;
    status.textContent = "Extracting…";
    try {
      const record = await api("/extract", { json: body });
      result.hidden = false;
      window.CommuniqueReader.render(record, {
        reader: document.getElementById("reader"),
        panel: document.getElementById("panel"),
        tooltip: document.getElementById("tooltip"),
      });
      status.textContent = "";
      document.getElementById("paste-text").rows = 4;
      document.body.dataset.ready = "1";
      result.scrollIntoView({ block: "start" });
    } catch (err) {
      status.textContent = "";
      showMessage(err.message);
      document.body.dataset.ready = "error";
    } finally {
      button.disabled = false;
    }
  });
})();
