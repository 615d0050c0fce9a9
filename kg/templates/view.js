/* The kg graph view.
 *
 * Reads the graph from the JSON in #kg-data (see kg/views.py: view_payload) and
 * draws it with vis-network. Every piece of data reaches the DOM through
 * textContent or as a DOM element built here: never as HTML.
 * window.kgView exposes the state that tests and the benchmark read.
 */
(function () {
  "use strict";

  const data = JSON.parse(document.getElementById("kg-data").textContent);
  const meta = data.meta;
  const S = data.strings;
  const large = meta.large;
  const rootNames = new Map(data.roots);

  // ------------------------------------------------------------------ helpers

  /** An element with a class and text: the only way data enters the page. */
  function el(tag, className, text) {
    const node = document.createElement(tag);
    if (className) node.className = className;
    if (text !== undefined && text !== null) node.textContent = String(text);
    return node;
  }

  function $(id) {
    return document.getElementById(id);
  }

  function plural(n, one, many) {
    return n.toLocaleString("en") + " " + (n === 1 ? one : many || one + "s");
  }

  function dayOf(index) {
    return index >= 0 ? data.days[index] : "";
  }

  // Node columns: label, type, code, affiliation, role, total, inView, x, y, size.
  const N = { label: 0, type: 1, code: 2, aff: 3, role: 4, total: 5, inView: 6, x: 7, y: 8, size: 9 };
  // Edge columns: from, to, root, quad, weight, negated, negCount, hyp, relations, goldstein, dates, evidence, curve.
  const E = { from: 0, to: 1, root: 2, quad: 3, weight: 4, neg: 5, negCount: 6, hyp: 7, rels: 8, gold: 9, dates: 10, ev: 11, curve: 12 };

  function typeName(i) {
    return data.types[data.nodes[i][N.type]];
  }

  function styleOf(i) {
    return data.styles[typeName(i)];
  }

  function edgeTitle(j) {
    const e = data.edges[j];
    return data.nodes[e[E.from]][N.label] + " → " + data.nodes[e[E.to]][N.label];
  }

  function relationText(e) {
    return e[E.rels].map((r) => S[r[0]] + (r[1] > 1 ? " (" + r[1] + ")" : "")).join("; ");
  }

  function evidenceLine(item) {
    const article = data.articles[item[1]];
    const parts = [];
    if (article[1]) parts.push(article[1]);
    else parts.push(article[0]);
    if (item[5] >= 0) parts.push(dayOf(item[5]));
    return "— " + parts.join(", ");
  }

  // ------------------------------------------------------------------ tooltips (DOM elements, text only)

  function nodeTooltip(i) {
    const n = data.nodes[i];
    const box = el("div");
    box.appendChild(el("span", "kg-tip-head", n[N.label]));
    let facts = typeName(i);
    if (n[N.code]) facts += " · " + n[N.code];
    if (n[N.aff]) facts += " · " + n[N.aff];
    if (n[N.role]) facts += " · " + n[N.role];
    box.appendChild(el("span", "kg-tip-line", facts));
    box.appendChild(el("span", "kg-tip-line", plural(n[N.inView], "statement") + " in this view, " + n[N.total].toLocaleString("en") + " in all"));
    box.appendChild(el("span", "kg-tip-line", plural(degree[i], "edge") + " · click for details"));
    return box;
  }

  function edgeTooltip(j) {
    const e = data.edges[j];
    const box = el("div");
    box.appendChild(el("span", "kg-tip-head", edgeTitle(j)));
    box.appendChild(el("span", "kg-tip-line", e[E.root] + " " + rootNames.get(e[E.root]) + " · " + data.quads[e[E.quad]].name));
    box.appendChild(el("span", "kg-tip-line", "Relations: " + relationText(e)));
    let counts = plural(e[E.weight], "statement");
    if (e[E.negCount]) counts += ", " + e[E.negCount] + " negated";
    box.appendChild(el("span", "kg-tip-line", counts));
    for (const item of e[E.ev].slice(0, 5)) {
      box.appendChild(el("span", "kg-tip-quote", "“" + S[item[0]] + "”"));
      box.appendChild(el("span", "kg-tip-src", evidenceLine(item)));
    }
    if (e[E.weight] > 5) box.appendChild(el("span", "kg-tip-src", "click the edge for more"));
    return box;
  }

  // Tooltips are elements: vis-network shows an Element as it is. Building them
  // all up front is cheap below a few thousand items; above, each is an empty
  // shell filled the first time the pointer reaches its item.
  const lazyTips = data.nodes.length + data.edges.length > 6000;
  const tipShells = { node: new Map(), edge: new Map() };

  function tooltip(kind, i) {
    if (!lazyTips) return kind === "node" ? nodeTooltip(i) : edgeTooltip(i);
    const shell = el("div");
    tipShells[kind].set(i, shell);
    return shell;
  }

  function fillTip(kind, i) {
    const shell = tipShells[kind].get(i);
    if (shell && !shell.firstChild) {
      shell.appendChild(kind === "node" ? nodeTooltip(i) : edgeTooltip(i));
    }
  }

  // ------------------------------------------------------------------ graph data

  const degree = new Array(data.nodes.length).fill(0);
  for (const e of data.edges) {
    degree[e[E.from]] += 1;
    if (e[E.to] !== e[E.from]) degree[e[E.to]] += 1;
  }
  const maxWeight = data.edges.reduce((m, e) => Math.max(m, e[E.weight]), 1);

  function nodeColor(i) {
    const c = styleOf(i).color;
    return { background: c, border: "#ffffff", highlight: { background: c, border: "#111" }, hover: { background: c, border: "#111" } };
  }

  // Opacity comes from the global options, so that dimming the whole graph is one
  // setOptions call rather than an update of every item (see dim()).
  function edgeColor(j, opacity) {
    const c = data.quads[data.edges[j][E.quad]].color;
    const color = { color: c, highlight: c, hover: c };
    if (opacity !== undefined) color.opacity = opacity;
    return color;
  }

  function edgeWidth(weight) {
    return Math.min(1.5 + 1.8 * Math.log2(weight), 12);
  }

  const nodeItems = data.nodes.map((n, i) => ({
    id: i,
    label: n[N.label],
    x: n[N.x],
    y: n[N.y],
    size: n[N.size],
    shape: styleOf(i).shape,
    color: nodeColor(i),
    borderWidth: 1.5,
    title: tooltip("node", i),
  }));

  const edgeItems = data.edges.map((e, j) => {
    const item = {
      id: j,
      from: e[E.from],
      to: e[E.to],
      width: edgeWidth(e[E.weight]),
      color: edgeColor(j),
      dashes: e[E.neg] === 1 ? [6, 5] : false,
      title: tooltip("edge", j),
    };
    if (meta.edgeLabels) item.label = S[e[E.rels][0][0]];
    if (!large) {
      if (e[E.curve]) item.smooth = { enabled: true, type: e[E.curve] > 0 ? "curvedCW" : "curvedCCW", roundness: Math.abs(e[E.curve]) };
    }
    return item;
  });

  const nodes = new vis.DataSet(nodeItems);
  const edges = new vis.DataSet(edgeItems);

  // ------------------------------------------------------------------ filter state

  const allRoots = data.roots.map((r) => r[0]);
  const state = {
    quads: new Set([1, 2, 3, 4]),
    roots: new Set(allRoots),
    minWeight: 1,
    from: 0,
    to: data.days.length - 1,
  };
  const edgeVisible = new Uint8Array(data.edges.length).fill(1);
  const nodeVisible = new Uint8Array(data.nodes.length).fill(1);

  function datesFiltered() {
    return data.days.length > 1 && (state.from > 0 || state.to < data.days.length - 1);
  }

  /** Statements of edge j within the date range (undated ones only count when the range is open). */
  function weightInRange(e) {
    if (!datesFiltered()) return e[E.weight];
    let w = 0;
    for (const d of e[E.dates]) if (d[0] >= state.from && d[0] <= state.to) w += d[1];
    return w;
  }

  function computeVisibility() {
    const live = new Uint32Array(data.nodes.length);
    data.edges.forEach((e, j) => {
      const w = weightInRange(e);
      const on = state.quads.has(e[E.quad]) && state.roots.has(e[E.root]) && w > 0 && w >= state.minWeight;
      edgeVisible[j] = on ? 1 : 0;
      if (on) {
        live[e[E.from]] += 1;
        live[e[E.to]] += 1;
      }
    });
    // An actor is shown while one of its edges is (or when it had none to begin with).
    for (let i = 0; i < nodeVisible.length; i++) nodeVisible[i] = live[i] > 0 || degree[i] === 0 ? 1 : 0;
  }

  const nodesView = new vis.DataView(nodes, { filter: (item) => nodeVisible[item.id] === 1 });
  const edgesView = new vis.DataView(edges, { filter: (item) => edgeVisible[item.id] === 1 });

  // ------------------------------------------------------------------ network

  // How items look normally and when dimmed around a selection.
  const LOOK = {
    normal: { node: 1, font: "#222222", edge: 0.85 },
    dimmed: { node: 0.18, font: "#bbbbbb", edge: 0.08 },
  };

  const options = {
    autoResize: true,
    layout: { improvedLayout: false, randomSeed: 7 },
    physics: { enabled: false },
    nodes: {
      opacity: LOOK.normal.node,
      font: { size: 14, color: LOOK.normal.font, strokeWidth: 3, strokeColor: "#ffffff" },
      scaling: { label: { enabled: false, drawThreshold: large ? 9 : 5 } },
    },
    edges: {
      arrows: { to: { enabled: true, scaleFactor: 0.6 } },
      color: { opacity: LOOK.normal.edge },
      font: { size: 11, color: "#444", strokeWidth: 3, strokeColor: "#ffffff", align: "horizontal" },
      smooth: false,
      selectionWidth: 1.5,
      hoverWidth: large ? 0 : 1,
      arrowStrikethrough: false,
    },
    interaction: {
      hover: true,
      tooltipDelay: 150,
      hideEdgesOnDrag: large,
      hideEdgesOnZoom: large,
      navigationButtons: false,
      keyboard: { enabled: true, bindToWindow: false },
      multiselect: false,
    },
  };

  computeVisibility();
  const network = new vis.Network($("kg-graph"), { nodes: nodesView, edges: edgesView }, options);

  const kgView = {
    ready: false,
    readyAt: null,
    network: network,
    nodes: nodesView,
    edges: edgesView,
    total: { nodes: data.nodes.length, edges: data.edges.length },
    counts: () => ({ nodes: nodesView.length, edges: edgesView.length }),
    selected: null,
    focus: focusActor,
    state: state,
  };
  window.kgView = kgView;

  /** Run fn with vis-network's redraws held back, then draw once. */
  function batch(fn) {
    const emitter = network.body && network.body.emitter;
    if (emitter) emitter.emit("_blockRedraw");
    try {
      fn();
    } finally {
      if (emitter) emitter.emit("_allowRedraw");
      network.redraw();
    }
  }

  network.once("afterDrawing", () => {
    kgView.ready = true;
    kgView.readyAt = performance.now();
    document.body.setAttribute("data-ready", "1");
  });

  if (lazyTips) {
    network.on("hoverNode", (p) => fillTip("node", p.node));
    network.on("hoverEdge", (p) => fillTip("edge", p.edge));
  }

  // ------------------------------------------------------------------ header

  $("kg-title").textContent = meta.title;
  const summary = [plural(meta.articles, "article")];
  if (meta.firstDay) summary.push(meta.firstDay === meta.lastDay ? meta.firstDay : meta.firstDay + " – " + meta.lastDay);
  summary.push(plural(meta.actors, "actor"));
  summary.push(plural(meta.statements, "statement"));
  summary.push(plural(data.edges.length, "edge"));
  $("kg-summary").textContent = summary.join(" · ");

  const f = meta.filters;
  const applied = [];
  if (f.actor) applied.push("around " + f.actor + " (depth " + f.depth + ")");
  if (f.since) applied.push("since " + f.since);
  if (f.until) applied.push("until " + f.until);
  if (f.cameo) applied.push("CAMEO " + f.cameo.join(", "));
  if (f.quad) applied.push("QuadClass " + f.quad.join(", "));
  if (f.minWeight > 1) applied.push("edges of at least " + plural(f.minWeight, "statement"));
  if (applied.length) {
    $("kg-filters").textContent = "Selected: " + applied.join(" · ");
    $("kg-filters").hidden = false;
  }

  const om = meta.omitted;
  if (om.actors > 0) {
    const notice = $("kg-notice");
    notice.appendChild(
      document.createTextNode(
        "This view shows the " + meta.actors.toLocaleString("en") + " actors with the most statements, of " +
          om.totalActors.toLocaleString("en") + "; it leaves out " + plural(om.actors, "actor") + " and " +
          plural(om.statements, "statement") + " (" + om.named.join(", ") + (om.actors > om.named.length ? ", …" : "") +
          "). To see them: "
      )
    );
    notice.appendChild(el("code", null, "kg view --actor NAME"));
    notice.appendChild(document.createTextNode(" for one actor's neighbourhood, or "));
    notice.appendChild(el("code", null, "kg view --max-nodes " + om.totalActors));
    notice.appendChild(document.createTextNode(" to raise the cap."));
    notice.hidden = false;
  }

  // ------------------------------------------------------------------ legend and controls

  const legendActors = $("kg-legend-actors");
  for (const type of data.types) {
    const li = el("li");
    const glyph = el("span", "kg-glyph", data.styles[type].glyph);
    glyph.style.color = data.styles[type].color;
    li.appendChild(glyph);
    li.appendChild(document.createTextNode(type));
    legendActors.appendChild(li);
  }
  const sizeNote = el("li", "kg-small", "size: number of statements");
  legendActors.appendChild(sizeNote);

  const quadCounts = {};
  const rootCounts = {};
  for (const e of data.edges) {
    quadCounts[e[E.quad]] = (quadCounts[e[E.quad]] || 0) + e[E.weight];
    rootCounts[e[E.root]] = (rootCounts[e[E.root]] || 0) + e[E.weight];
  }

  function checkbox(list, text, count, color, checked, onChange) {
    const li = el("li");
    const label = el("label");
    const box = el("input");
    box.type = "checkbox";
    box.checked = checked;
    box.addEventListener("change", () => onChange(box.checked));
    label.appendChild(box);
    if (color) {
      const swatch = el("span", "kg-swatch");
      swatch.style.background = color;
      label.appendChild(swatch);
    }
    label.appendChild(document.createTextNode(text + " "));
    label.appendChild(el("span", "kg-count", "(" + (count || 0) + ")"));
    li.appendChild(label);
    list.appendChild(li);
    return box;
  }

  const quadBoxes = {};
  for (const q of Object.keys(data.quads)) {
    const quad = Number(q);
    quadBoxes[q] = checkbox($("kg-quads"), data.quads[q].name, quadCounts[q], data.quads[q].color, true, (on) => {
      if (on) state.quads.add(quad);
      else state.quads.delete(quad);
      update();
    });
  }

  const legendEdges = $("kg-legend-edges");
  for (const [cls, text] of [["kg-dashed", "every statement negated"], ["kg-thick", "wider: more statements"]]) {
    const li = el("li");
    li.appendChild(el("span", cls));
    li.appendChild(document.createTextNode(text));
    legendEdges.appendChild(li);
  }
  legendEdges.appendChild(el("li", null, "arrow: subject → object"));

  const rootBoxes = {};
  for (const root of allRoots) {
    rootBoxes[root] = checkbox($("kg-roots"), root + " " + rootNames.get(root), rootCounts[root], null, true, (on) => {
      if (on) state.roots.add(root);
      else state.roots.delete(root);
      update();
    });
  }
  function setAllRoots(on) {
    for (const root of allRoots) {
      rootBoxes[root].checked = on;
      if (on) state.roots.add(root);
      else state.roots.delete(root);
    }
    update();
  }
  $("kg-roots-all").addEventListener("click", () => setAllRoots(true));
  $("kg-roots-none").addEventListener("click", () => setAllRoots(false));

  const weight = $("kg-weight");
  weight.max = String(maxWeight);
  weight.disabled = maxWeight <= 1;
  weight.addEventListener("input", () => {
    state.minWeight = Number(weight.value);
    $("kg-weight-value").textContent = weight.value;
    scheduleUpdate();
  });

  const from = $("kg-from");
  const to = $("kg-to");
  if (data.days.length > 1) {
    $("kg-dates-section").hidden = false;
    for (const input of [from, to]) {
      input.min = data.days[0];
      input.max = data.days[data.days.length - 1];
    }
    from.value = data.days[0];
    to.value = data.days[data.days.length - 1];
    const onDates = () => {
      // The first day on or after "from", the last on or before "to".
      const lo = from.value || data.days[0];
      const hi = to.value || data.days[data.days.length - 1];
      let a = data.days.findIndex((d) => d >= lo);
      let b = -1;
      for (let i = data.days.length - 1; i >= 0; i--) if (data.days[i] <= hi) { b = i; break; }
      if (a < 0) a = data.days.length;
      state.from = a;
      state.to = b;
      update();
    };
    from.addEventListener("change", onDates);
    to.addEventListener("change", onDates);
  }

  $("kg-reset").addEventListener("click", () => {
    for (const q of Object.keys(quadBoxes)) quadBoxes[q].checked = true;
    for (const root of allRoots) rootBoxes[root].checked = true;
    state.quads = new Set([1, 2, 3, 4]);
    state.roots = new Set(allRoots);
    state.minWeight = 1;
    weight.value = "1";
    $("kg-weight-value").textContent = "1";
    state.from = 0;
    state.to = data.days.length - 1;
    if (data.days.length > 1) {
      from.value = data.days[0];
      to.value = data.days[data.days.length - 1];
    }
    update();
  });
  $("kg-fit").addEventListener("click", () => network.fit({ animation: !large }));

  let pending = null;
  function scheduleUpdate() {
    if (pending !== null) clearTimeout(pending);
    pending = setTimeout(() => {
      pending = null;
      update();
    }, large ? 120 : 0);
  }

  function showCounts() {
    const c = kgView.counts();
    $("kg-counts").textContent = "Showing " + plural(c.nodes, "actor") + " and " + plural(c.edges, "edge") + " of " + data.nodes.length.toLocaleString("en") + " and " + data.edges.length.toLocaleString("en") + ".";
  }

  function update() {
    batch(() => {
      computeVisibility();
      nodesView.refresh();
      edgesView.refresh();
      if (kgView.selected !== null && kgView.selected.kind === "node" && !nodeVisible[kgView.selected.id]) clearSelection();
    });
    showCounts();
  }

  // ------------------------------------------------------------------ search

  const datalist = $("kg-actors");
  const byLabel = new Map();
  const order = data.nodes.map((n, i) => i).sort((a, b) => data.nodes[b][N.inView] - data.nodes[a][N.inView]);
  for (const i of order) {
    byLabel.set(data.nodes[i][N.label].toLowerCase(), i);
    if (data.nodes[i][N.code]) {
      const code = data.nodes[i][N.code].toLowerCase();
      if (!byLabel.has(code)) byLabel.set(code, i);
    }
  }
  // A datalist of thousands of options is slow to open: offer the top ones.
  for (const i of order.slice(0, 2000)) {
    const option = el("option");
    option.value = data.nodes[i][N.label];
    datalist.appendChild(option);
  }

  function findActor(text) {
    const q = text.trim().toLowerCase();
    if (!q) return -1;
    if (byLabel.has(q)) return byLabel.get(q);
    for (const i of order) if (data.nodes[i][N.label].toLowerCase().startsWith(q)) return i;
    for (const i of order) if (data.nodes[i][N.label].toLowerCase().includes(q)) return i;
    return -1;
  }

  /** Centre the view on the actor matching text, select it and show its details. */
  function focusActor(text) {
    const message = $("kg-search-message");
    const i = findActor(text);
    if (i < 0) {
      message.textContent = "No actor matches “" + text + "”.";
      return false;
    }
    if (!nodeVisible[i]) {
      message.textContent = data.nodes[i][N.label] + " is hidden by the filters; reset them to see it.";
      return false;
    }
    message.textContent = "";
    batch(() => {
      network.focus(i, { scale: Math.max(network.getScale(), 1.0), animation: large ? false : { duration: 400 } });
      network.selectNodes([i]);
      selectNode(i);
    });
    return true;
  }

  $("kg-search-form").addEventListener("submit", (event) => {
    event.preventDefault();
    focusActor($("kg-search").value);
  });

  // ------------------------------------------------------------------ highlight and details

  // Dimming: the global options dim everything in one call; the selection's items
  // carry their own opacity. Items once given their own keep it (normal or dimmed as
  // the state requires), so the per-item work is only ever the selections' size.
  const ownNodes = new Set();
  const ownEdges = new Set();
  let dimmed = false;

  /** Dim everything outside keepNodes / keepEdges (or nothing when they are null). */
  function dim(keepNodes, keepEdges) {
    const on = keepNodes !== null;
    const nodeLook = (i, look) => ({ id: i, opacity: look.node, font: { color: look.font } });
    const edgeLook = (j, look) => ({ id: j, color: edgeColor(j, look.edge) });
    const nodeUpdates = [];
    const edgeUpdates = [];
    for (const i of ownNodes) if (!on || !keepNodes.has(i)) nodeUpdates.push(nodeLook(i, on ? LOOK.dimmed : LOOK.normal));
    for (const j of ownEdges) if (!on || !keepEdges.has(j)) edgeUpdates.push(edgeLook(j, on ? LOOK.dimmed : LOOK.normal));
    if (on) {
      for (const i of keepNodes) {
        nodeUpdates.push(nodeLook(i, LOOK.normal));
        ownNodes.add(i);
      }
      for (const j of keepEdges) {
        edgeUpdates.push(edgeLook(j, LOOK.normal));
        ownEdges.add(j);
      }
    }
    if (nodeUpdates.length) nodes.update(nodeUpdates);
    if (edgeUpdates.length) edges.update(edgeUpdates);
    if (on !== dimmed) {
      dimmed = on;
      const look = on ? LOOK.dimmed : LOOK.normal;
      network.setOptions({ nodes: { opacity: look.node, font: { color: look.font } }, edges: { color: { opacity: look.edge } } });
    }
  }

  function clearSelection() {
    kgView.selected = null;
    dim(null, null);
    $("kg-details").hidden = true;
  }

  function visibleEdgesOf(i) {
    const result = [];
    data.edges.forEach((e, j) => {
      if (edgeVisible[j] && (e[E.from] === i || e[E.to] === i)) result.push(j);
    });
    return result;
  }

  function evidenceList(e, limit) {
    const list = el("ul");
    for (const item of e[E.ev].slice(0, limit)) {
      const li = el("li");
      li.appendChild(el("span", "kg-sentence", "“" + S[item[0]] + "”"));
      const src = el("span", "kg-source", S[item[2]] + " " + evidenceLine(item));
      if (item[3]) src.appendChild(el("span", "kg-flag", "negated"));
      if (item[4]) src.appendChild(el("span", "kg-flag", "hypothetical"));
      li.appendChild(src);
      list.appendChild(li);
    }
    const more = e[E.weight] - Math.min(e[E.ev].length, limit);
    if (more > 0) list.appendChild(el("li", "kg-source", plural(more, "more statement") + " not listed (same or further sentences)."));
    return list;
  }

  // The details of an actor list its heaviest edges, each with a few sentences;
  // the details of an edge list all the sentences the page holds.
  const DETAIL_EDGES = 100;
  const DETAIL_EVIDENCE = 5;

  function edgeSection(j, otherSide, limit) {
    const e = data.edges[j];
    const section = el("section");
    const head = otherSide === undefined ? edgeTitle(j) : otherSide;
    section.appendChild(el("h3", null, head + " · " + S[e[E.rels][0][0]] + " (" + e[E.weight] + ")"));
    section.appendChild(el("p", "kg-facts", e[E.root] + " " + rootNames.get(e[E.root]) + " · " + data.quads[e[E.quad]].name + " · relations: " + relationText(e)));
    section.appendChild(evidenceList(e, limit || e[E.ev].length));
    return section;
  }

  function showDetails(build) {
    const body = $("kg-details-body");
    body.replaceChildren();
    build(body);
    $("kg-details").hidden = false;
    $("kg-details").scrollTop = 0;
  }

  function selectNode(i) {
    const n = data.nodes[i];
    const mine = visibleEdgesOf(i);
    const keepNodes = new Set([i]);
    for (const j of mine) {
      keepNodes.add(data.edges[j][E.from]);
      keepNodes.add(data.edges[j][E.to]);
    }
    kgView.selected = { kind: "node", id: i };
    dim(keepNodes, new Set(mine));
    showDetails((body) => {
      body.appendChild(el("h2", null, n[N.label]));
      let facts = typeName(i);
      if (n[N.code]) facts += " · code " + n[N.code];
      if (n[N.aff]) facts += " · affiliated with " + n[N.aff];
      if (n[N.role]) facts += " · " + n[N.role];
      body.appendChild(el("p", "kg-facts", facts));
      body.appendChild(el("p", "kg-facts", plural(n[N.inView], "statement") + " in this view (" + n[N.total].toLocaleString("en") + " in all), " + plural(mine.length, "edge") + " shown."));
      mine.sort((a, b) => data.edges[b][E.weight] - data.edges[a][E.weight] || a - b);
      for (const j of mine.slice(0, DETAIL_EDGES)) {
        const e = data.edges[j];
        const outgoing = e[E.from] === i;
        const other = data.nodes[outgoing ? e[E.to] : e[E.from]][N.label];
        body.appendChild(edgeSection(j, outgoing ? "→ " + other : "← " + other, DETAIL_EVIDENCE));
      }
      if (mine.length > DETAIL_EDGES) {
        body.appendChild(
          el("p", "kg-facts", (mine.length - DETAIL_EDGES).toLocaleString("en") + " lighter edges not listed; click them in the graph, or run kg view --actor \"" + n[N.label] + "\".")
        );
      }
    });
  }

  function selectEdge(j) {
    const e = data.edges[j];
    kgView.selected = { kind: "edge", id: j };
    dim(new Set([e[E.from], e[E.to]]), new Set([j]));
    showDetails((body) => {
      body.appendChild(el("h2", null, edgeTitle(j)));
      body.appendChild(edgeSection(j));
    });
  }

  network.on("click", (params) => {
    batch(() => {
      if (params.nodes.length) selectNode(params.nodes[0]);
      else if (params.edges.length) selectEdge(params.edges[0]);
      else clearSelection();
    });
  });
  $("kg-details-close").addEventListener("click", () => {
    batch(() => {
      network.unselectAll();
      clearSelection();
    });
  });

  showCounts();
})();
