/* Shared helpers for the Communique pages. Article content is only ever
   inserted as text nodes (never as HTML), so markup in an article shows as text. */
(function () {
  "use strict";

  /** Make an element; string children become text nodes. */
  function el(tag, attrs, ...children) {
    const node = document.createElement(tag);
    for (const [key, value] of Object.entries(attrs || {})) {
      if (value === null || value === undefined || value === false) continue;
      if (key === "class") node.className = value;
      else if (key === "text") node.textContent = String(value);
      else if (key.startsWith("on") && typeof value === "function") node.addEventListener(key.slice(2), value);
      else if (key === "href") node.setAttribute("href", safeHref(value));
      else node.setAttribute(key, String(value));
    }
    append(node, children);
    return node;
  }

  function append(node, children) {
    for (const child of children) {
      if (child === null || child === undefined || child === false) continue;
      if (Array.isArray(child)) append(node, child);
      else if (child instanceof Node) node.appendChild(child);
      else node.appendChild(document.createTextNode(String(child)));
    }
    return node;
  }

  /** Only same-site paths and http(s) links; anything else (javascript:, data:) becomes "#". */
  function safeHref(value) {
    const text = String(value);
    if (text.startsWith("/") && !text.startsWith("//")) return text;
    try {
      const url = new URL(text);
      if (url.protocol === "http:" || url.protocol === "https:") return url.href;
    } catch (e) { /* not a URL */ }
    return "#";
  }

  function clear(node) {
    while (node.firstChild) node.removeChild(node.firstChild);
    return node;
  }

  /** Fetch JSON from the API; throws an Error carrying the API's error code and message. */
  async function api(path, options) {
    const opts = Object.assign({ headers: { Accept: "application/json" } }, options || {});
    if (opts.json !== undefined) {
      opts.method = opts.method || "POST";
      opts.body = JSON.stringify(opts.json);
      opts.headers = Object.assign({ "Content-Type": "application/json" }, opts.headers);
      delete opts.json;
    }
    const response = await fetch(path, opts);
    let body = null;
    try { body = await response.json(); } catch (e) { body = null; }
    if (!response.ok || (body && body.ok === false)) {
      const error = body && body.error ? body.error : { code: "HTTP" + response.status, message: response.statusText };
      const err = new Error(error.message);
      err.code = error.code;
      err.status = response.status;
      throw err;
    }
    return body;
  }

  function showMessage(text, kind) {
    const box = document.getElementById("message");
    if (!box) return;
    if (!text) { box.hidden = true; clear(box); return; }
    box.className = "message " + (kind || "error");
    clear(box).appendChild(document.createTextNode(text));
    box.hidden = false;
  }

  const QUADS = { 1: "verbal cooperation", 2: "material cooperation", 3: "verbal conflict", 4: "material conflict" };

  function quadName(q) { return QUADS[q] || "unknown quad class"; }

  /** "Name (CODE)" for an actor reference of an event, quote or claim. */
  function refText(ref) {
    if (!ref) return "—";
    if (typeof ref === "string") return ref;
    if (ref.name && ref.code) return ref.name + " (" + ref.code + ")";
    return ref.code || ref.name || ref.actor || "—";
  }

  function signed(x) {
    if (x === null || x === undefined || x === "") return "—";
    const n = Number(x);
    if (Number.isNaN(n)) return String(x);
    return (n > 0 ? "+" : "") + n.toFixed(1);
  }

  function readerHref(id) { return "/read/" + encodeURIComponent(id); }

  /** Text for a table cell from any JSON value. */
  function cellText(value) {
    if (value === null || value === undefined) return "";
    if (Array.isArray(value)) return value.map(cellText).filter(Boolean).join(", ");
    if (typeof value === "object") {
      if ("code" in value || "name" in value) return refText(value);
      if ("value" in value) return cellText(value.value);
      if ("text" in value) return cellText(value.text);
      return JSON.stringify(value);
    }
    return String(value);
  }

  function formValues(form) {
    const out = {};
    for (const [k, v] of new FormData(form).entries()) if (String(v).trim() !== "") out[k] = String(v).trim();
    return out;
  }

  function query(params) {
    const q = new URLSearchParams();
    for (const [k, v] of Object.entries(params)) if (v !== null && v !== undefined && v !== "") q.set(k, v);
    const s = q.toString();
    return s ? "?" + s : "";
  }

  async function fillActorList(datalist) {
    try {
      const body = await api("/actors?limit=1000");
      const codes = new Set();
      for (const a of body.items) {
        const code = a.code || a.actor || a.name;
        if (code && !codes.has(code)) {
          codes.add(code);
          datalist.appendChild(el("option", { value: code }, a.name && a.name !== code ? a.name : null));
        }
      }
    } catch (e) { /* the list is a convenience only */ }
  }

  window.C = { el, append, clear, api, showMessage, quadName, refText, signed, readerHref,
               cellText, formValues, query, safeHref, fillActorList };
})();
