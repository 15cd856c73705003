/* /read/{id}: load one stored article and show it in the reader. */
(function () {
  "use strict";
  const { api, el, clear } = window.C;
  const reader = document.getElementById("reader");
  const id = decodeURIComponent(location.pathname.replace(/^\/read\//, ""));
  api("/articles/" + encodeURIComponent(id))
    .then((record) => {
      const view = window.CommuniqueReader.render(record, {
        reader, panel: document.getElementById("panel"), tooltip: document.getElementById("tooltip"),
      });
      const wanted = new URLSearchParams(location.search).get("event");
      if (wanted) view.openEvent(wanted, true);
      document.body.dataset.ready = "1";
    })
    .catch((err) => {
      clear(reader).appendChild(el("div", { class: "message error" }, err.message));
      document.body.dataset.ready = "error";
    });
})();
