/* The article reader: highlights actor mentions, event triggers, quotes and date
   phrases in the text, from the record's character spans.

   Spans may overlap or nest. The text is cut at every span boundary into
   segments; each segment is wrapped in one element per span covering it
   (longest outermost), so any overlap renders. Offsets count code points,
   as Python does, so the text is indexed through Array.from(). */
(function () {
  "use strict";
  const { el, clear, refText, signed, quadName, safeHref } = window.C;

  const KIND_ORDER = { quote: 0, actor: 1, date: 2, trigger: 3 };
  const KIND_LABEL = { actor: "Actor", trigger: "Event", quote: "Quote", date: "Date" };

  function validSpan(span, n) {
    return Array.isArray(span) && span.length === 2 && Number.isInteger(span[0]) &&
      Number.isInteger(span[1]) && span[0] >= 0 && span[0] < span[1] && span[1] <= n;
  }

  const spanKey = (span) => span[0] + ":" + span[1];

  /** Index a record: highlight spans, extra anchors, and who links to what. */
  function analyse(record, n) {
    const spans = [];
    const anchors = [];
    const byKey = new Map();
    const eventsAt = new Map(); // "start:end" of an actor span -> [{event, role}]
    const datedAt = new Map(); // "start:end" of a date span -> [event]
    const spokenAt = new Map(); // "start:end" of a speaker mention -> [quote]
    const add = (s) => { spans.push(s); byKey.set(s.key, s); };
    const note = (map, span, value) => {
      if (!validSpan(span, n)) return;
      const k = spanKey(span);
      if (!map.has(k)) map.set(k, []);
      map.get(k).push(value);
    };
    const actors = new Map();
    (record.actors || []).forEach((a) => {
      actors.set(a.id, a);
      (a.mentions || []).forEach((m, i) => {
        const span = [m.start, m.end];
        if (validSpan(span, n)) add({ kind: "actor", key: "actor:" + a.id + ":" + i, span, actor: a, mention: m });
      });
    });
    (record.events || []).forEach((e) => {
      const span = e.trigger && e.trigger.span;
      if (validSpan(span, n)) add({ kind: "trigger", key: "event:" + e.id, span, event: e });
      if (e.source) note(eventsAt, e.source.span, { event: e, role: "source" });
      if (e.target) note(eventsAt, e.target.span, { event: e, role: "target" });
      if (e.date) note(datedAt, e.date.span, e);
      if (e.sentence && validSpan(e.sentence.span, n)) anchors.push(e.sentence.span);
    });
    (record.quotes || []).forEach((q) => {
      if (validSpan(q.span, n)) add({ kind: "quote", key: "quote:" + q.id, span: q.span, quote: q });
      if (q.speaker && validSpan(q.speaker.span, n)) {
        anchors.push(q.speaker.span);
        note(spokenAt, q.speaker.span, q);
      }
    });
    (record.dates || []).forEach((d, i) => {
      if (validSpan(d.span, n)) add({ kind: "date", key: "date:" + i, span: d.span, date: d });
    });
    (record.claims || []).forEach((c) => {
      for (const s of claimSpans(c)) if (validSpan(s, n)) anchors.push(s);
    });
    return { spans, anchors, byKey, eventsAt, datedAt, spokenAt, actors };
  }

  function claimSpans(claim) {
    const ev = claim.evidence || {};
    if (Array.isArray(ev.spans) && ev.spans.length) return ev.spans;
    return ev.span ? [ev.span] : [];
  }

  /** Build the highlighted text: segments between boundaries, wrapped by covering spans. */
  function buildText(chars, index) {
    const bounds = new Set([0, chars.length]);
    for (const s of index.spans) { bounds.add(s.span[0]); bounds.add(s.span[1]); }
    for (const a of index.anchors) { bounds.add(a[0]); bounds.add(a[1]); }
    const cuts = Array.from(bounds).sort((x, y) => x - y);
    const ordered = index.spans.slice().sort((x, y) =>
      (y.span[1] - y.span[0]) - (x.span[1] - x.span[0]) || KIND_ORDER[x.kind] - KIND_ORDER[y.kind]);
    const body = el("div", { class: "text", id: "article-text" });
    for (let i = 0; i + 1 < cuts.length; i++) {
      const a = cuts[i], b = cuts[i + 1];
      let node = el("span", { class: "seg", "data-s": a, "data-e": b }, chars.slice(a, b).join(""));
      const covering = ordered.filter((s) => s.span[0] <= a && s.span[1] >= b);
      for (let j = covering.length - 1; j >= 0; j--) {
        const s = covering[j];
        const attrs = { class: "hl hl-" + s.kind, "data-key": s.key };
        if (s.kind === "trigger") { attrs.role = "button"; attrs.tabindex = "0"; }
        node = el("span", attrs, node);
      }
      body.appendChild(node);
    }
    return body;
  }

  function line(label, ...value) {
    return el("div", { class: "kv" }, el("span", { class: "k" }, label), el("span", { class: "v" }, ...value));
  }

  function quadBadge(event) {
    return el("span", { class: "code q" + (event.quad_class || 0), title: quadName(event.quad_class) }, event.cameo || "?");
  }

  function dateText(d) {
    if (!d) return "—";
    const value = d.value || "unresolved";
    return d.phrase ? value + " (“" + d.phrase + "”, " + d.granularity + ")" : value + " (" + d.granularity + ")";
  }

  function eventSummary(e) {
    const parts = [refText(e.source), "→", refText(e.target)];
    return parts.join(" ");
  }

  /** The description of one highlight, for the tooltip and the detail card. */
  function describe(s, index, full) {
    const box = el("div", { class: "desc desc-" + s.kind });
    if (s.kind === "actor") {
      const a = s.actor;
      box.appendChild(el("div", { class: "desc-title" }, el("span", { class: "chip chip-actor" }, "Actor"), " ", a.name));
      box.appendChild(line("Code", el("code", {}, a.code || "—")));
      const who = [a.kind, a.title || a.role, a.country].filter(Boolean).join(" · ");
      if (who) box.appendChild(line("Kind", who));
      const roles = index.eventsAt.get(spanKey(s.span)) || [];
      for (const r of roles) box.appendChild(line(r.role === "source" ? "Source of" : "Target of", eventLink(r.event, index)));
      for (const q of index.spokenAt.get(spanKey(s.span)) || []) box.appendChild(line("Speaker of", "“" + clip(q.text, 60) + "”"));
      if (full) box.appendChild(line("Mentions", String((a.mentions || []).length)));
    } else if (s.kind === "trigger") {
      const e = s.event;
      box.appendChild(el("div", { class: "desc-title" }, el("span", { class: "chip chip-trigger" }, "Event " + e.id), " ",
        quadBadge(e), " ", e.cameo_name || ""));
      box.appendChild(line("Who", eventSummary(e)));
      if (e.participants && e.participants.length) box.appendChild(line("With", e.participants.map(refText).join(", ")));
      box.appendChild(line("When", dateText(e.date)));
      box.appendChild(line("Mode", e.mode || "—"));
      box.appendChild(line("Class", quadName(e.quad_class) + " · Goldstein " + signed(e.goldstein)));
      if (full) {
        if (e.plover) box.appendChild(line("PLOVER", e.plover));
        if (e.place) box.appendChild(line("Where", e.place.name + (e.place.country ? " (" + e.place.country + ")" : "")));
        box.appendChild(line("Trigger", "“" + (e.trigger ? e.trigger.text : "") + "”"));
        if (e.sentence && e.sentence.text) box.appendChild(el("blockquote", { class: "sentence" }, e.sentence.text));
        box.appendChild(line("Confidence", e.confidence === undefined ? "—" : String(e.confidence)));
      }
    } else if (s.kind === "quote") {
      const q = s.quote;
      box.appendChild(el("div", { class: "desc-title" }, el("span", { class: "chip chip-quote" }, q.direct === false ? "Indirect quote" : "Quote"),
        " ", q.speaker ? refText(q.speaker) : "unknown speaker"));
      if (q.verb) box.appendChild(line("Verb", q.verb));
      if (full) box.appendChild(el("blockquote", { class: "sentence" }, q.text));
    } else if (s.kind === "date") {
      const d = s.date;
      box.appendChild(el("div", { class: "desc-title" }, el("span", { class: "chip chip-date" }, "Date"), " “" + d.phrase + "”"));
      box.appendChild(line("Resolved", d.value || "unresolved"));
      box.appendChild(line("Granularity", d.granularity || "—"));
      for (const e of index.datedAt.get(spanKey(s.span)) || []) box.appendChild(line("Dates", eventLink(e, index)));
    }
    return box;
  }

  function eventLink(e, index) {
    return el("a", { href: "#", class: "event-link", "data-event": e.id }, e.id + " · " + (e.cameo || "?") + " " + (e.cameo_name || ""));
  }

  /** Mount a record into the page. Returns a small controller (for tests and the paste page). */
  function render(record, opts) {
    const reader = opts.reader, panel = opts.panel, tooltip = opts.tooltip;
    const text = typeof record.text === "string" ? record.text : "";
    const chars = Array.from(text);
    const index = analyse(record, chars.length);
    clear(reader);
    clear(panel);

    // Header
    const meta = [];
    if (record.published) meta.push(el("span", {}, record.published));
    if (record.source) meta.push(el("span", {}, record.source));
    if (record.url && safeHref(record.url) !== "#") {
      meta.push(el("a", { href: record.url, rel: "noopener noreferrer nofollow", target: "_blank" }, "original"));
    }
    if (record.id) meta.push(el("span", { class: "mono" }, record.id));
    const counts = { actor: 0, trigger: 0, quote: 0, date: 0 };
    for (const s of index.spans) counts[s.kind]++;
    reader.appendChild(el("header", { class: "reader-head" },
      el("h1", { id: "article-title" }, record.title || "Untitled article"),
      el("div", { class: "meta" }, meta),
      el("div", { class: "legend", id: "reader-legend" },
        ["actor", "trigger", "quote", "date"].map((k) =>
          el("span", { class: "legend-item" }, el("span", { class: "hl hl-" + k + " sample" }, KIND_LABEL[k]), " " + counts[k])))));
    const problems = (record.errors || []);
    if (problems.length) {
      reader.appendChild(el("ul", { class: "problems" }, problems.map((p) => el("li", { class: p.level }, p.message))));
    }
    const body = buildText(chars, index);
    reader.appendChild(body);

    // Side panel
    const detail = el("section", { class: "detail", id: "detail" },
      el("p", { class: "muted hint" }, "Hover over a highlight, or click it (or an item below) for details."));
    panel.appendChild(detail);

    function section(title, id, items, empty) {
      return el("section", { class: "list", id },
        el("h2", {}, title, el("span", { class: "count" }, String(items.length))),
        items.length ? el("ol", {}, items) : el("p", { class: "muted" }, empty));
    }

    const eventItems = (record.events || []).map((e) => el("li", {},
      el("button", { type: "button", class: "item", "data-event": e.id },
        el("span", { class: "item-head" }, quadBadge(e), " ", e.cameo_name || "event", el("span", { class: "g" }, signed(e.goldstein))),
        el("span", { class: "item-sub" }, eventSummary(e)),
        el("span", { class: "item-sub muted" }, [(e.date && e.date.value) || "undated", e.mode !== "actual" ? e.mode : null].filter(Boolean).join(" · ")))));
    const quoteItems = (record.quotes || []).map((q) => el("li", {},
      el("button", { type: "button", class: "item", "data-quote": q.id },
        el("span", { class: "item-head" }, q.speaker ? refText(q.speaker) : "Unknown speaker"),
        el("span", { class: "item-sub quote-text" }, "“" + clip(q.text, 160) + "”"))));
    const claimItems = (record.claims || []).map((c, i) => el("li", {},
      el("button", { type: "button", class: "item", "data-claim": String(i) },
        el("span", { class: "item-head" }, el("code", {}, c.code || c.actor), " ", el("span", { class: "stance" }, c.stance)),
        el("span", { class: "item-sub" }, c.issue + (c.target ? " (to " + c.target + ")" : "")))));
    const actorItems = (record.actors || []).map((a) => el("li", {},
      el("button", { type: "button", class: "item", "data-actor": a.id },
        el("span", { class: "item-head" }, a.name, " ", el("code", {}, a.code)),
        el("span", { class: "item-sub muted" }, (a.mentions || []).length + " mention" + ((a.mentions || []).length === 1 ? "" : "s")))));
    panel.appendChild(section("Events", "panel-events", eventItems, "No events found."));
    panel.appendChild(section("Quotes", "panel-quotes", quoteItems, "No quotes found."));
    panel.appendChild(section("Claims", "panel-claims", claimItems, "No claims found."));
    panel.appendChild(section("Actors", "panel-actors", actorItems, "No actors found."));

    // Behaviour
    function focusRange(span) {
      if (!span) return;
      const leaves = Array.from(body.querySelectorAll(".seg")).filter((x) =>
        Number(x.dataset.s) >= span[0] && Number(x.dataset.e) <= span[1]);
      if (!leaves.length) return;
      leaves[0].scrollIntoView({ block: "center", behavior: "smooth" });
      for (const leaf of leaves) {
        leaf.classList.remove("flash");
        void leaf.offsetWidth; // restart the animation
        leaf.classList.add("flash");
      }
      setTimeout(() => leaves.forEach((leaf) => leaf.classList.remove("flash")), 1800);
    }

    function showDetail(node) {
      clear(detail).appendChild(node);
      detail.classList.add("on");
    }

    function select(button) {
      for (const b of panel.querySelectorAll(".item.selected")) b.classList.remove("selected");
      if (button) { button.classList.add("selected"); button.scrollIntoView({ block: "nearest" }); }
    }

    function openEvent(id, scroll) {
      const s = index.byKey.get("event:" + id);
      const e = (record.events || []).find((x) => x.id === id);
      if (!e) return;
      showDetail(describe(s || { kind: "trigger", event: e, span: [0, 0] }, index, true));
      select(panel.querySelector('.item[data-event="' + CSS.escape(id) + '"]'));
      if (scroll) focusRange(e.trigger && validSpan(e.trigger.span, chars.length) ? e.trigger.span : e.sentence && e.sentence.span);
    }

    function chainAt(target) {
      const out = [];
      for (let n = target; n && n !== body; n = n.parentNode) {
        if (n.classList && n.classList.contains("hl")) out.push(index.byKey.get(n.dataset.key));
      }
      return out.filter(Boolean); // innermost first
    }

    function hot(key, on) {
      for (const n of body.querySelectorAll('[data-key="' + CSS.escape(key) + '"]')) n.classList.toggle("hot", on);
    }

    let hotKey = null;
    body.addEventListener("mouseover", (ev) => {
      const chain = chainAt(ev.target);
      if (hotKey) { hot(hotKey, false); hotKey = null; }
      if (!chain.length) { tooltip.hidden = true; return; }
      hotKey = chain[0].key;
      hot(hotKey, true);
      clear(tooltip);
      for (const s of chain) tooltip.appendChild(describe(s, index, false));
      tooltip.hidden = false;
      placeTooltip(tooltip, ev);
    });
    body.addEventListener("mousemove", (ev) => { if (!tooltip.hidden) placeTooltip(tooltip, ev); });
    body.addEventListener("mouseleave", () => { tooltip.hidden = true; if (hotKey) { hot(hotKey, false); hotKey = null; } });

    function activate(target) {
      const chain = chainAt(target);
      if (!chain.length) return;
      const s = chain.find((x) => x.kind === "trigger") || chain[0];
      if (s.kind === "trigger") { openEvent(s.event.id, false); return; }
      showDetail(describe(s, index, true));
      if (s.kind === "quote") select(panel.querySelector('.item[data-quote="' + CSS.escape(s.quote.id) + '"]'));
      else if (s.kind === "actor") select(panel.querySelector('.item[data-actor="' + CSS.escape(s.actor.id) + '"]'));
      else select(null);
    }
    body.addEventListener("click", (ev) => activate(ev.target));
    body.addEventListener("keydown", (ev) => { if (ev.key === "Enter" || ev.key === " ") { ev.preventDefault(); activate(ev.target); } });

    panel.addEventListener("click", (ev) => {
      const link = ev.target.closest(".event-link");
      if (link) { ev.preventDefault(); openEvent(link.dataset.event, true); return; }
      const button = ev.target.closest(".item");
      if (!button) return;
      if (button.dataset.event !== undefined) { openEvent(button.dataset.event, true); return; }
      select(button);
      if (button.dataset.quote !== undefined) {
        const s = index.byKey.get("quote:" + button.dataset.quote);
        const q = (record.quotes || []).find((x) => x.id === button.dataset.quote);
        showDetail(describe(s || { kind: "quote", quote: q, span: [0, 0] }, index, true));
        if (q) focusRange(q.span);
      } else if (button.dataset.claim !== undefined) {
        const c = (record.claims || [])[Number(button.dataset.claim)];
        showDetail(claimCard(c, index));
        const spans = claimSpans(c);
        if (spans.length) focusRange(spans[0]);
      } else if (button.dataset.actor !== undefined) {
        const a = index.actors.get(button.dataset.actor);
        const first = (a.mentions || [])[0];
        const s = index.byKey.get("actor:" + a.id + ":0");
        showDetail(describe(s || { kind: "actor", actor: a, span: [0, 0] }, index, true));
        if (first) focusRange([first.start, first.end]);
      }
    });
    reader.addEventListener("click", (ev) => {
      const link = ev.target.closest(".event-link");
      if (link) { ev.preventDefault(); openEvent(link.dataset.event, true); }
    });
    tooltip.addEventListener("click", (ev) => {
      const link = ev.target.closest(".event-link");
      if (link) { ev.preventDefault(); openEvent(link.dataset.event, true); }
    });
    detail.addEventListener("click", (ev) => {
      const link = ev.target.closest(".event-link");
      if (link) { ev.preventDefault(); openEvent(link.dataset.event, true); }
    });

    document.title = (record.title || "Article") + " · Communique";
    return { openEvent, focusRange, index };
  }

  function claimCard(c, index) {
    const who = index.actors.get(c.actor);
    const box = el("div", { class: "desc desc-claim" },
      el("div", { class: "desc-title" }, el("span", { class: "chip chip-claim" }, "Claim"), " ", who ? who.name : (c.code || c.actor)),
      line("Code", el("code", {}, c.code || "—")),
      line("Stance", c.stance),
      line("Issue", c.issue));
    if (c.target) box.appendChild(line("Target", c.target));
    if (c.date) box.appendChild(line("Date", c.date));
    if (c.evidence && c.evidence.quote) box.appendChild(el("blockquote", { class: "sentence" }, c.evidence.quote));
    return box;
  }

  function clip(text, n) {
    const chars = Array.from(text || "");
    return chars.length > n ? chars.slice(0, n - 1).join("") + "…" : chars.join("");
  }

  function placeTooltip(tip, ev) {
    const pad = 14;
    const w = tip.offsetWidth, h = tip.offsetHeight;
    let x = ev.clientX + pad, y = ev.clientY + pad;
    if (x + w > window.innerWidth - 8) x = Math.max(8, ev.clientX - w - pad);
    if (y + h > window.innerHeight - 8) y = Math.max(8, ev.clientY - h - pad);
    tip.style.left = x + "px";
    tip.style.top = y + "px";
  }

  window.CommuniqueReader = { render, analyse };
})();
