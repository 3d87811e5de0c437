/* conflictkg explorer: the page script.
 *
 * Plain ES2017, no modules and no requests, so the page works from file:// in any
 * current browser. The graph is read from the JSON block #kg-data. Every string in it
 * (names, aliases, sentences, titles, URLs) is untrusted: it reaches the DOM only
 * through textContent, an <a> only gets an href when the URL is http(s), and the
 * canvas draws labels as plain text (vis-network's "multi" markup stays off).
 *
 * Scripting: window.network is the vis-network Network; window.explorer exposes
 * read-only state, counts and a few actions (focus, showActor, showRelation...).
 */
(function () {
  'use strict';

  var timings = { start: performance.now() };
  var DATA = JSON.parse(document.getElementById('kg-data').textContent);
  timings.parsed = performance.now();
  var TYPES = DATA.vocabulary.types;
  var PREDICATES = DATA.vocabulary.predicates;
  var QUALIFIERS = DATA.vocabulary.qualifiers || {};
  function qualifierLabel(name) {
    var label = (QUALIFIERS[name] || { label: name }).label;
    return label.charAt(0).toUpperCase() + label.slice(1);
  }
  var ACTORS = DATA.actors;
  var RELATIONS = DATA.relations;
  var DOCUMENTS = DATA.documents;
  var DATES = DATA.dates;
  var BIG = DATA.layout.precomputed;

  var NEGATED_COLOR = '#3f3f46';
  var NEGATED_DASHES = [10, 6];
  var HEDGED_DASHES = [3, 5];
  var HALO_COLOR = 'rgba(250, 180, 0, 0.9)';
  var UNKNOWN_TYPE = { label: 'Unknown type', color: '#9ca3af', shape: 'dot' };

  // ---------------------------------------------------------------- indexes
  var actorById = Object.create(null);
  var relsByActor = Object.create(null);
  ACTORS.forEach(function (a) { actorById[a.id] = a; relsByActor[a.id] = []; });
  RELATIONS.forEach(function (r) {
    if (relsByActor[r.s]) relsByActor[r.s].push(r);
    if (r.o !== r.s && relsByActor[r.o]) relsByActor[r.o].push(r);
  });
  var predicateOrder = Object.keys(PREDICATES);
  var typeOrder = Object.keys(TYPES);

  function typeOf(a) { return TYPES[a.type] || UNKNOWN_TYPE; }
  function predicateOf(r) { return PREDICATES[r.predicate] || { label: r.predicate, color: '#9ca3af', symmetric: false }; }
  function isHedged(r) { return r.modality !== null && r.modality !== undefined; }

  function relationLabel(r) {
    var label = (r.negated ? 'NOT ' : '') + predicateOf(r).label;
    if (isHedged(r)) label += ' (' + r.modality + ')';
    if (r.former) label += ' (former)';
    if (r.contested) label += ' (contested)';
    return label;
  }

  // ---------------------------------------------------------------- state
  var minSourcesAvailable = RELATIONS.reduce(function (m, r) { return Math.min(m, r.sources); }, 1);
  var maxSourcesAvailable = RELATIONS.reduce(function (m, r) { return Math.max(m, r.sources); }, 1);

  function defaultState() {
    var s = {
      predicates: {}, types: {}, negated: true, hedged: true, isolated: false,
      neighbourhoodOnly: false, edgeLabels: !BIG, sizeBy: 'degree',
      minSources: minSourcesAvailable, dateFrom: 0, dateTo: Math.max(DATES.length - 1, 0), undated: true,
      focus: null
    };
    predicateOrder.forEach(function (p) { s.predicates[p] = true; });
    typeOrder.forEach(function (t) { s.types[t] = true; });
    // Predicates or types not in this vocabulary (an older graph) stay visible too.
    RELATIONS.forEach(function (r) { if (!(r.predicate in s.predicates)) s.predicates[r.predicate] = true; });
    ACTORS.forEach(function (a) { if (!(a.type in s.types)) s.types[a.type] = true; });
    return s;
  }
  var state = defaultState();
  var edgeHidden = new Array(RELATIONS.length).fill(false);
  var nodeHidden = Object.create(null);
  var neighbourhood = [];

  // ---------------------------------------------------------------- DOM helpers
  function $(id) { return document.getElementById(id); }
  function el(tag, className, text) {
    var e = document.createElement(tag);
    if (className) e.className = className;
    if (text !== undefined && text !== null) e.textContent = String(text);
    return e;
  }
  function clear(node) { while (node.firstChild) node.removeChild(node.firstChild); }
  function safeHref(url) {
    if (typeof url !== 'string' || !url) return null;
    var parsed;
    try { parsed = new URL(url); } catch (err) { return null; }
    return (parsed.protocol === 'http:' || parsed.protocol === 'https:') ? parsed.href : null;
  }
  function plural(n, one, many) { return n + ' ' + (n === 1 ? one : (many || one + 's')); }
  function darker(hex, f) {
    var m = /^#([0-9a-f]{6})$/i.exec(hex);
    if (!m) return hex;
    var v = parseInt(m[1], 16);
    var c = [(v >> 16) & 255, (v >> 8) & 255, v & 255].map(function (x) { return Math.round(x * f); });
    return 'rgb(' + c.join(',') + ')';
  }
  function dateStart(d) { return d.length === 4 ? d + '-01-01' : (d.length === 7 ? d + '-01' : d); }
  function dateEnd(d) { return d.length === 4 ? d + '-12-31' : (d.length === 7 ? d + '-31' : d); }

  // Shapes as vis-network draws them, for legend swatches and the PNG legend.
  function drawShape(ctx, shape, x, y, r, fill, stroke) {
    ctx.beginPath();
    var i, a;
    switch (shape) {
      case 'square': ctx.rect(x - r, y - r, 2 * r, 2 * r); break;
      case 'diamond': ctx.moveTo(x, y - r); ctx.lineTo(x + r, y); ctx.lineTo(x, y + r); ctx.lineTo(x - r, y); ctx.closePath(); break;
      case 'triangle': ctx.moveTo(x, y - r); ctx.lineTo(x + r, y + r * 0.8); ctx.lineTo(x - r, y + r * 0.8); ctx.closePath(); break;
      case 'triangleDown': ctx.moveTo(x, y + r); ctx.lineTo(x + r, y - r * 0.8); ctx.lineTo(x - r, y - r * 0.8); ctx.closePath(); break;
      case 'hexagon':
        for (i = 0; i < 6; i++) { a = Math.PI / 3 * i; ctx[i ? 'lineTo' : 'moveTo'](x + r * Math.cos(a), y + r * Math.sin(a)); }
        ctx.closePath(); break;
      case 'star':
        for (i = 0; i < 10; i++) {
          a = -Math.PI / 2 + Math.PI / 5 * i;
          var rr = i % 2 ? r * 0.45 : r;
          ctx[i ? 'lineTo' : 'moveTo'](x + rr * Math.cos(a), y + rr * Math.sin(a));
        }
        ctx.closePath(); break;
      default: ctx.arc(x, y, r, 0, 2 * Math.PI);
    }
    ctx.fillStyle = fill; ctx.fill();
    ctx.lineWidth = 1; ctx.strokeStyle = stroke; ctx.stroke();
  }
  function drawLine(ctx, x0, y, x1, color, dashes, end) {
    ctx.save();
    ctx.strokeStyle = color; ctx.fillStyle = color; ctx.lineWidth = 2;
    ctx.setLineDash(dashes || []);
    ctx.beginPath(); ctx.moveTo(x0, y); ctx.lineTo(x1 - 4, y); ctx.stroke();
    ctx.setLineDash([]);
    if (end === 'arrow') { ctx.beginPath(); ctx.moveTo(x1, y); ctx.lineTo(x1 - 7, y - 4); ctx.lineTo(x1 - 7, y + 4); ctx.closePath(); ctx.fill(); }
    if (end === 'bar') { ctx.beginPath(); ctx.moveTo(x1 - 3, y - 5); ctx.lineTo(x1 - 3, y + 5); ctx.stroke(); }
    ctx.restore();
  }
  function swatch(draw) {
    var c = el('canvas', 'swatch');
    var ratio = window.devicePixelRatio || 1;
    c.width = 28 * ratio; c.height = 16 * ratio;
    c.style.width = '28px'; c.style.height = '16px';
    var ctx = c.getContext('2d');
    ctx.scale(ratio, ratio);
    draw(ctx);
    return c;
  }
  function typeSwatch(t) {
    return swatch(function (ctx) { drawShape(ctx, t.shape, 14, 8, 6, t.color, darker(t.color, 0.7)); });
  }
  function predicateSwatch(p, negated, hedged) {
    return swatch(function (ctx) {
      drawLine(ctx, 2, 8, 26, negated ? NEGATED_COLOR : p.color,
        negated ? NEGATED_DASHES.map(function (d) { return d / 2; }) : (hedged ? HEDGED_DASHES : null),
        negated ? 'bar' : (p.symmetric ? null : 'arrow'));
    });
  }

  // ---------------------------------------------------------------- vis items
  function nodeSize(a) {
    var v = state.sizeBy === 'sources' ? a.sources : a.degree;
    return Math.min(Math.round((BIG ? 8 : 12) + 6 * Math.log2(1 + v)), 60);
  }
  function edgeWidth(r) { return Math.min(1 + 1.5 * Math.log2(Math.max(1, r.sources)), 8); }

  // Actor types are vis-network groups; edges carry only what differs from the defaults,
  // which keeps 30,000 of them quick to create.
  function groupFor(t) {
    return {
      shape: t.shape,
      color: {
        background: t.color, border: darker(t.color, 0.7),
        highlight: { background: t.color, border: '#111111' },
        hover: { background: t.color, border: '#111111' }
      }
    };
  }
  // A name from an article can be any length: the canvas shows a short form, the panel the whole name.
  var LABEL_MAX = 40;
  function shortLabel(name) {
    var chars = Array.from(name);
    return chars.length > LABEL_MAX ? chars.slice(0, LABEL_MAX - 1).join('') + '\u2026' : name;
  }
  function nodeItem(a) {
    var item = { id: a.id, label: shortLabel(a.name), group: a.type, size: nodeSize(a) };
    if (typeof a.x === 'number') { item.x = a.x; item.y = a.y; }
    return item;
  }
  function edgeItem(r) {
    var p = predicateOf(r);
    var item = { id: r.id, from: r.s, to: r.o };
    if (r.negated) {
      item.color = NEGATED_COLOR;
      item.dashes = NEGATED_DASHES;
      item.arrows = { to: { enabled: true, type: 'bar', scaleFactor: 0.6 }, from: { enabled: !!p.symmetric, type: 'bar', scaleFactor: 0.6 } };
    } else {
      item.color = isHedged(r) ? { color: p.color, highlight: p.color, hover: p.color, opacity: 0.75 } : p.color;
      if (isHedged(r)) item.dashes = HEDGED_DASHES;
      if (p.symmetric) item.arrows = { to: { enabled: false } };
    }
    if (r.sources > 1) item.width = edgeWidth(r);
    if (edgeHidden[r.id]) item.hidden = true;
    if (r.curve) item.smooth = { enabled: true, type: r.curve.type, roundness: r.curve.roundness };
    // Labels cost a canvas save/restore per edge and frame even when too small to see,
    // so large graphs start without them.
    if (state.edgeLabels) item.label = relationLabel(r);
    return item;
  }

  // ---------------------------------------------------------------- network
  var container = $('network');
  var nodes = new vis.DataSet(ACTORS.map(nodeItem));
  var edges = new vis.DataSet(RELATIONS.map(edgeItem));
  var groups = {};
  typeOrder.forEach(function (t) { groups[t] = groupFor(TYPES[t]); });
  ACTORS.forEach(function (a) { if (!groups[a.type]) groups[a.type] = groupFor(UNKNOWN_TYPE); });
  var options = {
    autoResize: true,
    layout: { randomSeed: DATA.layout.seed, improvedLayout: !BIG },
    physics: BIG ? { enabled: false } : {
      enabled: true,
      solver: 'forceAtlas2Based',
      forceAtlas2Based: { gravitationalConstant: -80, centralGravity: 0.012, springLength: 130, springConstant: 0.05, damping: 0.5, avoidOverlap: 0.5 },
      stabilization: { enabled: true, iterations: 500, updateInterval: 100, fit: true }
    },
    groups: groups,
    nodes: {
      borderWidth: 1.5,
      font: { size: 14, face: 'system-ui, sans-serif', color: '#1d2430', strokeWidth: 3, strokeColor: '#ffffff' },
      scaling: { label: { drawThreshold: 6 } }
    },
    edges: {
      smooth: false,
      width: 1,
      color: { inherit: false },
      arrows: { to: { enabled: true, type: 'arrow', scaleFactor: 0.6 } },
      font: { size: 11, face: 'system-ui, sans-serif', color: '#374151', strokeWidth: 3, strokeColor: '#ffffff', align: 'middle' },
      selectionWidth: function (w) { return w + 2; },
      arrowStrikethrough: false
    },
    interaction: { hover: false, hideEdgesOnDrag: BIG, hideEdgesOnZoom: BIG, multiselect: false, keyboard: false, tooltipDelay: 300 }
  };
  // Listeners first, data second, so no early draw is missed.
  timings.datasets = performance.now();
  var network = new vis.Network(container, {}, options);
  window.network = network;
  var ready = false;
  function markReady() {
    if (ready) return;
    ready = true;
    timings.ready = performance.now();
    window.explorerReady = true;
    document.body.setAttribute('data-ready', '1');
  }
  if (BIG || ACTORS.length === 0) {
    network.once('afterDrawing', markReady);
  } else {
    network.once('stabilizationIterationsDone', function () {
      // Freeze the stabilised picture: dragging a node moves only that node.
      network.setOptions({ physics: { enabled: false } });
      network.fit();
      network.once('afterDrawing', markReady);
      requestRedraw();
    });
  }
  network.on('afterDrawing', drawHalos);
  // One draw in the next frame, however many changes ask for it (network.redraw() draws at once).
  function requestRedraw() { network.body.emitter.emit('_requestRedraw'); }
  // With physics off, every DataSet change draws the whole graph at once: hold the
  // drawing while a batch of changes goes in, then draw once.
  function batch(change) {
    network.body.emitter.emit('_blockRedraw');
    try { change(); } finally {
      network.body.emitter.emit('_allowRedraw');
      requestRedraw();
    }
  }
  network.setData({ nodes: nodes, edges: edges });
  timings.setData = performance.now();

  // ---------------------------------------------------------------- filters
  function relationPasses(r, lo, hi, datesActive) {
    if (!state.predicates[r.predicate]) return false;
    if (r.negated && !state.negated) return false;
    if (isHedged(r) && !state.hedged) return false;
    if (r.sources < state.minSources) return false;
    if (!r.span) return state.undated;
    if (datesActive && (r.span[1] < lo || r.span[0] > hi)) return false;
    return true;
  }

  function applyFilters() {
    var datesActive = DATES.length > 0 && (state.dateFrom > 0 || state.dateTo < DATES.length - 1);
    var lo = DATES.length ? dateStart(DATES[state.dateFrom]) : '';
    var hi = DATES.length ? dateEnd(DATES[state.dateTo]) : '';
    var focus = state.neighbourhoodOnly ? state.focus : null;
    var typeOk = Object.create(null);
    var visibleDegree = Object.create(null);
    ACTORS.forEach(function (a) { typeOk[a.id] = !!state.types[a.type]; visibleDegree[a.id] = 0; });

    var edgeChanges = [];
    RELATIONS.forEach(function (r, i) {
      var show = typeOk[r.s] && typeOk[r.o] && relationPasses(r, lo, hi, datesActive);
      if (show && focus !== null) show = r.s === focus || r.o === focus;
      if (show) { visibleDegree[r.s] += 1; visibleDegree[r.o] += 1; }
      if (edgeHidden[i] === show) {
        edgeHidden[i] = !show;
        edgeChanges.push({ id: r.id, hidden: !show });
      }
    });
    var nodeChanges = [];
    ACTORS.forEach(function (a) {
      var show = typeOk[a.id];
      if (show && focus !== null) show = a.id === focus || visibleDegree[a.id] > 0;
      else if (show) show = visibleDegree[a.id] > 0 || a.degree === 0 || state.isolated;
      if (!!nodeHidden[a.id] === show) {
        nodeHidden[a.id] = !show;
        nodeChanges.push({ id: a.id, hidden: !show });
      }
    });
    batch(function () {
      if (nodeChanges.length) nodes.update(nodeChanges);
      if (edgeChanges.length) edges.update(edgeChanges);
    });
    computeNeighbourhood();
    renderSummary();
    requestRedraw();
  }

  // ---------------------------------------------------------------- summary strip
  function counts() {
    var visibleActors = 0, visibleRelations = 0;
    ACTORS.forEach(function (a) { if (!nodeHidden[a.id]) visibleActors += 1; });
    edgeHidden.forEach(function (h) { if (!h) visibleRelations += 1; });
    return {
      actors: ACTORS.length, relations: RELATIONS.length, sources: DATA.summary.sources,
      negated: DATA.summary.negated, hedged: DATA.summary.hedged,
      visibleActors: visibleActors, visibleRelations: visibleRelations
    };
  }
  function renderSummary() {
    var c = counts();
    var s = DATA.summary;
    var box = $('summary');
    clear(box);
    var parts = [plural(c.actors, 'actor'), plural(c.relations, 'relation') +
      (c.negated ? ' (' + c.negated + ' negated)' : ''), plural(c.sources, 'source')];
    if (s.first) parts.push(s.first === s.last ? s.first : s.first + ' \u2013 ' + s.last);
    box.appendChild(document.createTextNode(parts.join(' \u00b7 ')));
    if (c.visibleActors !== c.actors || c.visibleRelations !== c.relations) {
      box.appendChild(el('span', 'shown', ' \u00b7 showing ' + c.visibleActors + ' actors, ' + c.visibleRelations + ' relations'));
    }
  }

  // ---------------------------------------------------------------- controls
  function checkboxRow(name, label, count, swatchEl, checked, onChange) {
    var row = el('label');
    var box = el('input');
    box.type = 'checkbox'; box.checked = checked; box.value = name;
    box.addEventListener('change', function () { onChange(box.checked); });
    row.appendChild(box);
    row.appendChild(swatchEl);
    row.appendChild(el('span', null, label));
    row.appendChild(el('span', 'count', count));
    if (!count) row.classList.add('absent');
    return row;
  }
  function buildControls() {
    var predCount = {}, typeCount = {};
    RELATIONS.forEach(function (r) { predCount[r.predicate] = (predCount[r.predicate] || 0) + 1; });
    ACTORS.forEach(function (a) { typeCount[a.type] = (typeCount[a.type] || 0) + 1; });

    var pf = $('predicate-filters');
    clear(pf);
    Object.keys(state.predicates).forEach(function (p) {
      var info = predicateOf({ predicate: p });
      pf.appendChild(checkboxRow(p, info.label, predCount[p] || 0, predicateSwatch(info), state.predicates[p],
        function (on) { state.predicates[p] = on; applyFilters(); }));
    });
    var tf = $('type-filters');
    clear(tf);
    Object.keys(state.types).forEach(function (t) {
      var info = TYPES[t] || UNKNOWN_TYPE;
      tf.appendChild(checkboxRow(t, info.label, typeCount[t] || 0, typeSwatch(info), state.types[t],
        function (on) { state.types[t] = on; applyFilters(); }));
    });
    Array.prototype.forEach.call(document.querySelectorAll('[data-bulk]'), function (b) {
      b.onclick = function () {
        var group = b.getAttribute('data-bulk'), on = b.getAttribute('data-value') === '1';
        Object.keys(state[group]).forEach(function (k) { state[group][k] = on; });
        var list = $(group === 'predicates' ? 'predicate-filters' : 'type-filters');
        Array.prototype.forEach.call(list.querySelectorAll('input'), function (i) { i.checked = on; });
        applyFilters();
      };
    });

    bindCheckbox('show-negated', 'negated');
    bindCheckbox('show-hedged', 'hedged');
    bindCheckbox('show-isolated', 'isolated');
    bindCheckbox('neighbourhood-only', 'neighbourhoodOnly');
    var labels = $('edge-labels');
    labels.checked = state.edgeLabels;
    labels.onchange = function () {
      state.edgeLabels = labels.checked;
      // A DataSet update cannot drop a property: replace the edges.
      var selected = network.getSelectedEdges();
      batch(function () {
        edges.clear();
        edges.add(RELATIONS.map(edgeItem));
      });
      if (selected.length) network.selectEdges(selected);
    };
    var sizeBy = $('size-by');
    sizeBy.value = state.sizeBy;
    sizeBy.onchange = function () {
      state.sizeBy = sizeBy.value;
      batch(function () { nodes.update(ACTORS.map(function (a) { return { id: a.id, size: nodeSize(a) }; })); });
    };

    var ms = $('min-sources');
    ms.min = String(minSourcesAvailable); ms.max = String(maxSourcesAvailable); ms.value = String(state.minSources);
    ms.disabled = minSourcesAvailable === maxSourcesAvailable;
    $('min-sources-value').textContent = String(state.minSources);
    ms.oninput = function () {
      state.minSources = Number(ms.value);
      $('min-sources-value').textContent = ms.value;
      applyFilters();
    };

    var section = $('date-section');
    section.hidden = DATES.length === 0;
    var from = $('date-from'), to = $('date-to');
    [from, to].forEach(function (input) { input.min = '0'; input.max = String(Math.max(DATES.length - 1, 0)); });
    from.value = String(state.dateFrom); to.value = String(state.dateTo);
    from.disabled = to.disabled = DATES.length < 2;
    function onDates(changed) {
      var f = Number(from.value), t = Number(to.value);
      if (f > t) { if (changed === from) { t = f; to.value = String(t); } else { f = t; from.value = String(f); } }
      state.dateFrom = f; state.dateTo = t;
      $('date-from-value').textContent = DATES[f] || '';
      $('date-to-value').textContent = DATES[t] || '';
      applyFilters();
    }
    from.oninput = function () { onDates(from); };
    to.oninput = function () { onDates(to); };
    $('date-from-value').textContent = DATES[state.dateFrom] || '';
    $('date-to-value').textContent = DATES[state.dateTo] || '';
    bindCheckbox('show-undated', 'undated');
    $('reset').onclick = resetFilters;
  }
  function bindCheckbox(id, key) {
    var box = $(id);
    box.checked = state[key];
    box.onchange = function () { state[key] = box.checked; applyFilters(); };
  }
  function resetFilters() {
    var focus = state.focus;
    var fresh = defaultState();
    fresh.focus = focus;
    fresh.edgeLabels = state.edgeLabels;
    fresh.sizeBy = state.sizeBy;
    state = fresh;
    buildControls();
    applyFilters();
  }

  function buildLegend() {
    var box = $('legend');
    clear(box);
    box.appendChild(el('h3', null, 'Actor types (shape and colour)'));
    typeOrder.forEach(function (t) {
      var row = el('div', 'row');
      row.appendChild(typeSwatch(TYPES[t]));
      row.appendChild(el('span', null, TYPES[t].label));
      box.appendChild(row);
    });
    box.appendChild(el('h3', null, 'Relations (colour; arrow points to the object)'));
    predicateOrder.forEach(function (p) {
      var row = el('div', 'row');
      row.appendChild(predicateSwatch(PREDICATES[p]));
      row.appendChild(el('span', null, PREDICATES[p].label + (PREDICATES[p].symmetric ? ' (symmetric)' : '')));
      box.appendChild(row);
    });
    box.appendChild(el('h3', null, 'Line style'));
    var neg = el('div', 'row');
    neg.appendChild(predicateSwatch(PREDICATES[predicateOrder[0]] || { color: '#999' }, true));
    neg.appendChild(el('span', null, 'NOT \u2026: the sources say it does not hold'));
    box.appendChild(neg);
    var hedged = el('div', 'row');
    hedged.appendChild(predicateSwatch({ color: '#6b7280' }, false, true));
    hedged.appendChild(el('span', null, 'hedged: reported, alleged, claimed'));
    box.appendChild(hedged);
    box.appendChild(el('div', 'hint', 'Thicker lines and larger actors: more sources or relations.'));
  }

  // ---------------------------------------------------------------- focus and halos
  function computeNeighbourhood() {
    neighbourhood = [];
    var f = state.focus;
    if (f === null || nodeHidden[f]) return;
    var seen = Object.create(null);
    seen[f] = true;
    neighbourhood.push(f);
    (relsByActor[f] || []).forEach(function (r) {
      if (edgeHidden[r.id]) return;
      var other = r.s === f ? r.o : r.s;
      if (!seen[other] && !nodeHidden[other]) { seen[other] = true; neighbourhood.push(other); }
    });
  }
  function drawHalos(ctx) {
    if (!neighbourhood.length) return;
    var pos = network.getPositions(neighbourhood);
    var px = 1 / network.getScale();  // halos keep their on-screen size at any zoom
    ctx.save();
    ctx.strokeStyle = HALO_COLOR;
    neighbourhood.forEach(function (id, i) {
      var p = pos[id];
      var item = nodes.get(id);
      if (!p || !item) return;
      ctx.lineWidth = (i === 0 ? 5 : 3) * px;
      ctx.beginPath();
      ctx.arc(p.x, p.y, (item.size || 12) + (i === 0 ? 8 : 5) * px, 0, 2 * Math.PI);
      ctx.stroke();
    });
    ctx.restore();
  }
  function setFocus(id) {
    state.focus = id;
    if (state.neighbourhoodOnly) applyFilters();
    else { computeNeighbourhood(); requestRedraw(); }
  }
  function focusActor(idOrName, opts) {
    var id = resolveActor(idOrName);
    if (id === null) return null;
    setFocus(id);
    // The panel first: opening it narrows the canvas, and the camera must aim at the new centre.
    showActor(id);
    if (!nodeHidden[id]) {
      network.selectNodes([id], true);
      if (!opts || opts.move !== false) {
        network.canvas.setSize();
        network.focus(id, { scale: neighbourhoodScale(id), animation: BIG ? false : { duration: 400, easingFunction: 'easeInOutQuad' } });
      }
    } else {
      network.unselectAll();
    }
    return id;
  }
  // The zoom that keeps the actor in the middle and all its visible neighbours in view.
  function neighbourhoodScale(id) {
    var pos = network.getPositions(neighbourhood.length ? neighbourhood : [id]);
    var centre = pos[id];
    var radius = 0;
    Object.keys(pos).forEach(function (n) {
      radius = Math.max(radius, Math.hypot(pos[n].x - centre.x, pos[n].y - centre.y));
    });
    var room = Math.min(container.clientWidth, container.clientHeight) / 2 - 40;
    return radius > 0 ? Math.max(0.05, Math.min(1.5, room / (radius + 40))) : 1.2;
  }
  function clearFocus() {
    state.focus = null;
    network.unselectAll();
    if (state.neighbourhoodOnly) applyFilters();
    else { computeNeighbourhood(); requestRedraw(); }
  }

  // ---------------------------------------------------------------- search
  var searchIndex = [];
  ACTORS.forEach(function (a) {
    searchIndex.push({ key: a.name.toLowerCase(), text: a.name, actor: a, alias: false });
    a.aliases.forEach(function (alias) {
      searchIndex.push({ key: alias.toLowerCase(), text: alias, actor: a, alias: true });
    });
  });
  function searchActors(query, limit) {
    var q = String(query || '').trim().toLowerCase();
    if (!q) return [];
    var best = Object.create(null);
    searchIndex.forEach(function (entry) {
      var pos = entry.key.indexOf(q);
      if (pos < 0) return;
      var rank = entry.key === q ? 0 : (pos === 0 ? 1 : (entry.key.charAt(pos - 1) === ' ' ? 2 : 3));
      if (entry.alias) rank += 0.5;
      var prev = best[entry.actor.id];
      if (!prev || rank < prev.rank) best[entry.actor.id] = { rank: rank, entry: entry };
    });
    var hits = Object.keys(best).map(function (id) { return best[id]; });
    hits.sort(function (x, y) {
      return x.rank - y.rank || y.entry.actor.degree - x.entry.actor.degree ||
        (x.entry.actor.name < y.entry.actor.name ? -1 : x.entry.actor.name > y.entry.actor.name ? 1 : 0);
    });
    return hits.slice(0, limit || 12);
  }
  function resolveActor(idOrName) {
    if (idOrName === null || idOrName === undefined) return null;
    if (actorById[idOrName]) return idOrName;
    var hits = searchActors(idOrName, 1);
    return hits.length ? hits[0].entry.actor.id : null;
  }

  var searchInput = $('search');
  var suggestionList = $('suggestions');
  var suggestions = [];
  var active = -1;
  function renderSuggestions() {
    clear(suggestionList);
    suggestions.forEach(function (hit, i) {
      var a = hit.entry.actor;
      var li = el('li');
      li.setAttribute('role', 'option');
      li.setAttribute('aria-selected', i === active ? 'true' : 'false');
      li.appendChild(el('span', null, a.name));
      if (hit.entry.alias) li.appendChild(el('span', 'via', '(' + hit.entry.text + ')'));
      li.appendChild(el('span', 'type', typeOf(a).label));
      li.addEventListener('mousedown', function (ev) { ev.preventDefault(); choose(i); });
      suggestionList.appendChild(li);
    });
    suggestionList.hidden = suggestions.length === 0;
    searchInput.setAttribute('aria-expanded', suggestions.length ? 'true' : 'false');
  }
  function choose(i) {
    var hit = suggestions[i];
    if (!hit) return;
    searchInput.value = hit.entry.actor.name;
    suggestions = []; active = -1;
    renderSuggestions();
    focusActor(hit.entry.actor.id);
  }
  searchInput.addEventListener('input', function () {
    suggestions = searchActors(searchInput.value, 12);
    active = suggestions.length ? 0 : -1;
    renderSuggestions();
  });
  searchInput.addEventListener('keydown', function (ev) {
    if (ev.key === 'ArrowDown' && suggestions.length) { active = (active + 1) % suggestions.length; renderSuggestions(); ev.preventDefault(); }
    else if (ev.key === 'ArrowUp' && suggestions.length) { active = (active - 1 + suggestions.length) % suggestions.length; renderSuggestions(); ev.preventDefault(); }
    else if (ev.key === 'Enter') {
      if (!suggestions.length) suggestions = searchActors(searchInput.value, 12);
      choose(active >= 0 ? active : 0);
      ev.preventDefault();
    } else if (ev.key === 'Escape') { suggestions = []; active = -1; renderSuggestions(); }
  });
  searchInput.addEventListener('blur', function () { suggestions = []; active = -1; renderSuggestions(); });

  // ---------------------------------------------------------------- side panel
  var panel = $('panel');
  var panelBody = $('panel-body');
  var panelView = null;
  function openPanel(view) {
    clear(panelBody);
    var opening = panel.hidden;
    panel.hidden = false;
    panelView = view;
    if (opening) resizeCanvas();
  }
  $('panel-close').onclick = function () { panel.hidden = true; panelView = null; resizeCanvas(); };
  // vis-network polls its container's size once a second; the panel changes it now.
  function resizeCanvas() { if (network.canvas.setSize()) requestRedraw(); }
  if (window.ResizeObserver) new ResizeObserver(resizeCanvas).observe(container);

  function actorButton(id) {
    var a = actorById[id];
    var b = el('button', 'linkish', a ? a.name : id);
    b.type = 'button';
    b.onclick = function () { focusActor(id); };
    return b;
  }
  function addField(dl, label, value) {
    if (value === null || value === undefined || value === '') return;
    dl.appendChild(el('dt', null, label));
    var dd = el('dd');
    if (value instanceof Node) dd.appendChild(value); else dd.textContent = String(value);
    dl.appendChild(dd);
  }

  function showActor(id) {
    var a = actorById[id];
    if (!a) return;
    openPanel({ kind: 'actor', id: id });
    var t = typeOf(a);
    panelBody.appendChild(el('h2', null, a.name));
    var typeLine = el('div', 'typeline');
    typeLine.appendChild(typeSwatch(t));
    typeLine.appendChild(el('span', null, t.label));
    panelBody.appendChild(typeLine);
    if (nodeHidden[id]) panelBody.appendChild(el('p', 'muted', 'Hidden by the current filters.'));

    var dl = el('dl');
    addField(dl, 'Aliases', a.aliases.length ? a.aliases.join('; ') : null);
    a.ids.forEach(function (pair) { addField(dl, pair[0], pair[1]); });
    addField(dl, 'Relations', String(a.degree));
    addField(dl, 'Sources', String(a.sources));
    panelBody.appendChild(dl);

    var actions = el('div', 'actions');
    var only = el('button', null, state.neighbourhoodOnly && state.focus === id ? 'Show everything' : 'Show only its neighbours');
    only.type = 'button';
    only.onclick = function () {
      var on = !(state.neighbourhoodOnly && state.focus === id);
      state.focus = id;
      state.neighbourhoodOnly = on;
      $('neighbourhood-only').checked = on;
      applyFilters();
      if (on) network.fit({ nodes: neighbourhood.length ? neighbourhood : [id], animation: false });
      showActor(id);
    };
    actions.appendChild(only);
    panelBody.appendChild(actions);

    var groups = Object.create(null);
    (relsByActor[id] || []).forEach(function (r) {
      var key = (r.negated ? 'not:' : '') + r.predicate;
      (groups[key] = groups[key] || []).push(r);
    });
    var keys = Object.keys(groups).sort(function (x, y) {
      var px = x.replace(/^not:/, ''), py = y.replace(/^not:/, '');
      var ix = predicateOrder.indexOf(px), iy = predicateOrder.indexOf(py);
      return (ix - iy) || (x < y ? -1 : x > y ? 1 : 0);
    });
    if (!keys.length) panelBody.appendChild(el('p', 'muted', 'No relations.'));
    keys.forEach(function (key) {
      var rels = groups[key];
      var first = rels[0];
      var h = el('h3');
      h.appendChild(predicateSwatch(predicateOf(first), first.negated));
      h.appendChild(document.createTextNode(' ' + (first.negated ? 'NOT ' : '') + predicateOf(first).label + ' (' + rels.length + ')'));
      panelBody.appendChild(h);
      var ul = el('ul');
      rels.forEach(function (r) {
        var li = el('li');
        if (edgeHidden[r.id]) li.className = 'filtered';
        var symmetric = predicateOf(r).symmetric;
        var other = r.s === id ? r.o : r.s;
        var arrow = symmetric ? '\u2194 ' : (r.s === id ? '\u2192 ' : '\u2190 ');
        li.appendChild(document.createTextNode(arrow));
        li.appendChild(actorButton(other));
        var meta = [plural(r.sources, 'source')];
        if (r.when) meta.push(r.when);
        if (isHedged(r)) meta.push(r.modality);
        if (r.former) meta.push('former');
        if (edgeHidden[r.id]) meta.push('hidden by filters');
        li.appendChild(document.createTextNode(' '));
        var ev = el('button', 'linkish', 'evidence');
        ev.type = 'button';
        ev.onclick = function () { selectRelation(r.id); };
        li.appendChild(ev);
        li.appendChild(el('div', 'meta', meta.join(' \u00b7 ')));
        ul.appendChild(li);
      });
      panelBody.appendChild(ul);
    });
  }

  function selectRelation(id) {
    var r = RELATIONS[id];
    if (!r) return;
    if (!edgeHidden[id]) network.setSelection({ nodes: [], edges: [id] }, { unselectAll: true, highlightEdges: false });
    showRelation(id);
  }

  function showRelation(id) {
    var r = RELATIONS[id];
    if (!r) return;
    openPanel({ kind: 'relation', id: id });
    var p = predicateOf(r);
    var h = el('h2');
    h.appendChild(actorButton(r.s));
    h.appendChild(document.createTextNode(' ' + (r.negated ? 'NOT ' : '') + p.label + ' '));
    h.appendChild(actorButton(r.o));
    panelBody.appendChild(h);
    if (r.negated) panelBody.appendChild(el('div', 'flag negated', 'Negated: the sources say this relation does NOT hold.'));
    if (r.contested) {
      panelBody.appendChild(el('div', 'flag contested', r.negated
        ? 'Contested: other sources state that it does hold.'
        : 'Contested: other sources state that it does NOT hold.'));
    }
    if (isHedged(r)) {
      panelBody.appendChild(el('div', 'flag hedged', 'Hedged: ' + r.modality + (r.attributed_to ? ', according to ' + r.attributed_to : '') + '.'));
    }
    if (edgeHidden[id]) panelBody.appendChild(el('p', 'muted', 'Hidden by the current filters.'));
    var dl = el('dl');
    // The qualifiers the vocabulary declares, in its order; modality is shown as the hedge flag above.
    Object.keys(QUALIFIERS).forEach(function (name) {
      var value = r[name];
      if (name === 'date') value = r.date ? r.date : (r.when ? 'not stated (first reported ' + r.when + ')' : 'not stated');
      else if (name === 'modality' || (name === 'attributed_to' && isHedged(r))) return;
      else if (QUALIFIERS[name].datatype === 'boolean') value = value ? 'yes' : null;
      addField(dl, qualifierLabel(name), value);
    });
    addField(dl, 'Confidence', r.confidence);
    addField(dl, 'Rule', r.rule);
    addField(dl, 'Sources', String(r.sources));
    panelBody.appendChild(dl);

    panelBody.appendChild(el('h3', null, 'Evidence (' + r.evidence.length + ')'));
    if (!r.evidence.length) panelBody.appendChild(el('p', 'muted', 'No evidence recorded.'));
    var ol = el('ol', 'evidence');
    r.evidence.forEach(function (ev) {
      var doc = DOCUMENTS[ev[0]] || { id: '?', title: '', url: '', published: null };
      var li = el('li');
      li.appendChild(el('blockquote', null, ev[1]));
      var source = el('div', 'meta');
      source.appendChild(el('span', null, doc.title || doc.id));
      if (doc.published) source.appendChild(document.createTextNode(' \u00b7 ' + doc.published));
      if (doc.url) {
        source.appendChild(document.createTextNode(' \u00b7 '));
        var href = safeHref(doc.url);
        if (href) {
          var a = el('a', null, doc.url);
          a.href = href;
          a.target = '_blank';
          a.rel = 'noopener noreferrer';
          source.appendChild(a);
        } else {
          source.appendChild(el('span', 'url-text', doc.url));
        }
      }
      li.appendChild(source);
      var how = [];
      if (ev[2]) how.push('rule ' + ev[2]);
      if (ev[3] !== null && ev[3] !== undefined) how.push('confidence ' + ev[3]);
      if (how.length) li.appendChild(el('div', 'meta', how.join(' \u00b7 ')));
      ol.appendChild(li);
    });
    panelBody.appendChild(ol);
  }

  // ---------------------------------------------------------------- clicks and tooltips
  network.on('click', function (params) {
    hideTip();
    if (params.nodes.length) {
      setFocus(params.nodes[0]);
      showActor(params.nodes[0]);
    } else if (params.edges.length) {
      showRelation(params.edges[0]);
    } else if (state.focus !== null && !state.neighbourhoodOnly) {
      clearFocus();
    }
  });
  network.on('dragStart', hideTip);
  network.on('zoom', hideTip);

  var tip = $('tooltip');
  var tipTimer = null;
  function hideTip() { clearTimeout(tipTimer); tip.hidden = true; }
  function showTip(parts, x, y) {
    clear(tip);
    parts.forEach(function (part, i) { tip.appendChild(el(i === 0 ? 'strong' : 'div', i === 0 ? null : 'meta', part)); });
    tip.hidden = false;
    var w = tip.offsetWidth, h = tip.offsetHeight;
    tip.style.left = Math.min(x + 14, window.innerWidth - w - 4) + 'px';
    tip.style.top = Math.min(y + 14, window.innerHeight - h - 4) + 'px';
  }
  function nodeTip(a) {
    var parts = [a.name, typeOf(a).label];
    if (a.aliases.length) parts.push('also: ' + a.aliases.slice(0, 5).join('; ') + (a.aliases.length > 5 ? '; \u2026' : ''));
    parts.push(plural(a.degree, 'relation') + ' \u00b7 ' + plural(a.sources, 'source'));
    return parts;
  }
  function edgeTip(r) {
    var s = actorById[r.s], o = actorById[r.o];
    var parts = [(s ? s.name : r.s) + ' ' + relationLabel(r) + ' ' + (o ? o.name : r.o)];
    var meta = [plural(r.sources, 'source')];
    if (r.when) meta.push(r.when);
    parts.push(meta.join(' \u00b7 '));
    if (r.evidence.length) {
      var sentence = r.evidence[0][1];
      parts.push('\u201c' + (sentence.length > 220 ? sentence.slice(0, 220) + '\u2026' : sentence) + '\u201d');
    }
    parts.push('Click for the evidence.');
    return parts;
  }
  container.addEventListener('mousemove', function (ev) {
    hideTip();
    var rect = container.getBoundingClientRect();
    var pointer = { x: ev.clientX - rect.left, y: ev.clientY - rect.top };
    tipTimer = setTimeout(function () {
      var nodeId = network.getNodeAt(pointer);
      if (nodeId !== undefined && actorById[nodeId]) { showTip(nodeTip(actorById[nodeId]), ev.clientX, ev.clientY); return; }
      var edgeId = network.getEdgeAt(pointer);
      if (edgeId !== undefined && RELATIONS[edgeId]) showTip(edgeTip(RELATIONS[edgeId]), ev.clientX, ev.clientY);
    }, 350);
  });
  container.addEventListener('mouseleave', hideTip);

  // ---------------------------------------------------------------- PNG export
  function renderPng() {
    var src = container.querySelector('canvas');
    var ratio = src.width / Math.max(src.clientWidth, 1);
    var types = [], preds = [], seenT = {}, seenP = {};
    ACTORS.forEach(function (a) { if (!nodeHidden[a.id] && !seenT[a.type]) { seenT[a.type] = 1; types.push(a.type); } });
    RELATIONS.forEach(function (r) {
      var k = (r.negated ? 'not:' : '') + r.predicate;
      if (!edgeHidden[r.id] && !seenP[k]) { seenP[k] = 1; preds.push(k); }
    });
    types.sort(function (x, y) { return typeOrder.indexOf(x) - typeOrder.indexOf(y); });
    preds.sort();
    var rows = Math.max(types.length, preds.length);
    var legendH = (rows + 2) * 18 + 10;
    var out = document.createElement('canvas');
    out.width = src.width;
    out.height = src.height + Math.round(legendH * ratio);
    var ctx = out.getContext('2d');
    ctx.fillStyle = '#ffffff';
    ctx.fillRect(0, 0, out.width, out.height);
    ctx.drawImage(src, 0, 0);
    ctx.scale(ratio, ratio);
    var top = src.height / ratio + 8;
    ctx.fillStyle = '#1d2430';
    ctx.font = '600 13px system-ui, sans-serif';
    ctx.textBaseline = 'middle';
    var c = counts();
    ctx.fillText(DATA.title + ' \u2014 ' + c.visibleActors + ' actors, ' + c.visibleRelations + ' relations shown', 10, top + 8);
    ctx.font = '12px system-ui, sans-serif';
    types.forEach(function (t, i) {
      var info = TYPES[t] || UNKNOWN_TYPE;
      var y = top + 30 + i * 18;
      drawShape(ctx, info.shape, 20, y, 6, info.color, darker(info.color, 0.7));
      ctx.fillStyle = '#1d2430';
      ctx.fillText(info.label, 34, y);
    });
    preds.forEach(function (k, i) {
      var negated = k.indexOf('not:') === 0;
      var p = predicateOf({ predicate: k.replace(/^not:/, '') });
      var y = top + 30 + i * 18;
      drawLine(ctx, 240, y, 270, negated ? NEGATED_COLOR : p.color, negated ? [5, 3] : null, negated ? 'bar' : (p.symmetric ? null : 'arrow'));
      ctx.fillStyle = '#1d2430';
      ctx.fillText((negated ? 'NOT ' : '') + p.label, 278, y);
    });
    return out.toDataURL('image/png');
  }
  function downloadPng() {
    var url = renderPng();
    var a = document.createElement('a');
    a.href = url;
    a.download = 'conflictkg-view.png';
    document.body.appendChild(a);
    a.click();
    document.body.removeChild(a);
    return url;
  }
  $('export-png').onclick = downloadPng;
  $('fit').onclick = function () { network.fit({ animation: BIG ? false : { duration: 300 } }); };
  document.addEventListener('keydown', function (ev) {
    if (ev.key === 'Escape' && document.activeElement !== searchInput) { hideTip(); clearFocus(); }
  });

  // ---------------------------------------------------------------- start
  buildControls();
  buildLegend();
  applyFilters();

  function copy(value) { return JSON.parse(JSON.stringify(value)); }
  window.explorer = Object.freeze({
    /** The graph as embedded in the page (treat as read-only). */
    data: DATA,
    /** The vis DataSets behind window.network. */
    nodes: nodes,
    edges: edges,
    /** A copy of the filter and focus state. */
    get state() { return copy(state); },
    /** Total and visible counts of actors and relations. */
    counts: counts,
    /** True once the graph is drawn and the page responds. */
    get ready() { return ready; },
    /** performance.now() at each start-up step (parsed, datasets, setData, ready). */
    timings: timings,
    /** Ids of the focused actor (first) and its visible neighbours, as haloed. */
    highlighted: function () { return neighbourhood.slice(); },
    /** Ids of hidden actors and relations. */
    hidden: function () {
      return {
        actors: ACTORS.filter(function (a) { return nodeHidden[a.id]; }).map(function (a) { return a.id; }),
        relations: RELATIONS.filter(function (r) { return edgeHidden[r.id]; }).map(function (r) { return r.id; })
      };
    },
    /** What the side panel shows: {kind: "actor"|"relation", id} or null. */
    panel: function () { return panelView && !panel.hidden ? copy(panelView) : null; },
    search: function (q, limit) { return searchActors(q, limit).map(function (h) { return h.entry.actor.id; }); },
    focus: focusActor,
    clearFocus: clearFocus,
    showActor: showActor,
    showRelation: selectRelation,
    resetFilters: resetFilters,
    /** The current view (with a legend) as a PNG data URL. */
    toPng: renderPng,
    exportPng: downloadPng
  });
}());
