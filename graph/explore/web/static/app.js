// briefgraph explorer: talks to /api/explore/ and draws with cytoscape.
// Plain browser JavaScript, no build step. Every text from the graph goes
// through textContent, never innerHTML.
(function () {
  'use strict';
  var API = 'api/explore/';
  var $ = function (id) { return document.getElementById(id); };

  function el(tag, attrs, children) {
    var e = document.createElement(tag);
    Object.keys(attrs || {}).forEach(function (k) {
      if (k === 'text') e.textContent = attrs[k];
      else if (k === 'onclick') e.addEventListener('click', attrs[k]);
      else e.setAttribute(k, attrs[k]);
    });
    (children || []).forEach(function (c) { if (c) e.appendChild(typeof c === 'string' ? document.createTextNode(c) : c); });
    return e;
  }

  function status(msg, isError) {
    var s = $('status');
    s.textContent = msg || '';
    s.className = isError ? 'error' : '';
  }

  function get(path, params) {
    var q = new URLSearchParams(params || {}).toString();
    return fetch(API + path + (q ? '?' + q : '')).then(function (r) {
      return r.json().then(function (body) {
        if (!r.ok) throw new Error(body.error || r.statusText);
        return body;
      });
    });
  }

  var colors = {
    Country: '#2563eb', Organization: '#059669', GovernmentOrganization: '#0d9488',
    Person: '#7c3aed', Place: '#d97706', AidAction: '#9ca3af', Document: '#6b7280', Turn: '#9ca3af'
  };
  var cy = cytoscape({
    container: $('cy'),
    wheelSensitivity: 0.3,
    style: [
      { selector: 'node', style: {
        'label': 'data(name)', 'font-size': 10, 'text-valign': 'bottom', 'text-margin-y': 3,
        'background-color': function (n) { return colors[n.data('class')] || '#94a3b8'; },
        'width': 22, 'height': 22 } },
      { selector: 'node[class = "AidAction"]', style: { 'shape': 'diamond', 'width': 14, 'height': 14, 'font-size': 8 } },
      { selector: 'node[class = "Document"]', style: { 'shape': 'round-rectangle' } },
      { selector: 'node[size]', style: { 'width': 'data(size)', 'height': 'data(size)', 'font-size': 'data(fontSize)' } },
      { selector: 'node.center', style: { 'border-width': 3, 'border-color': '#111827' } },
      { selector: 'edge', style: {
        'label': 'data(label)', 'font-size': 8, 'curve-style': 'bezier', 'target-arrow-shape': 'triangle',
        'width': 1.5, 'line-color': '#cbd5e1', 'target-arrow-color': '#cbd5e1', 'text-rotation': 'autorotate' } },
      { selector: 'edge.overview', style: { 'width': 'data(weight)', 'line-color': '#93a8c9', 'target-arrow-color': '#93a8c9', 'arrow-scale': 0.8 } },
      { selector: 'edge.path', style: { 'line-color': '#dc2626', 'target-arrow-color': '#dc2626', 'width': 3, 'color': '#991b1b' } },
      { selector: 'node.path', style: { 'border-width': 3, 'border-color': '#dc2626' } },
      { selector: ':selected', style: { 'overlay-opacity': 0.15 } }
    ]
  });
  window.explorer = { cy: cy };

  function addNodes(nodes) {
    nodes.forEach(function (n) {
      if (cy.getElementById(n.id).empty()) cy.add({ group: 'nodes', data: { id: n.id, name: n.name, class: n.class || '' } });
    });
  }
  function addEdges(edges) {
    edges.forEach(function (e) {
      // An aid action replaces the overview's aggregate of its provider and
      // recipient: the action carries its evidence and speaker.
      if (e.action) {
        cy.edges('.overview').filter(function (o) {
          return o.data('source') === e.source && o.data('target') === e.target;
        }).remove();
      }
      if (cy.getElementById(e.id).empty()) cy.add({ group: 'edges', data: e });
    });
  }

  // showOverview draws who gave aid to whom: countries, organisations and
  // regions, sized by their number of counterparts, linked by one edge per
  // provider and recipient (labelled with the aid types and count).
  // On the first load it draws nothing if the user has already drawn something.
  function showOverview(firstLoad) {
    return get('overview').then(function (ov) {
      if (firstLoad === true && cy.elements().nonempty()) return;
      cy.elements().remove();
      $('path-result').replaceChildren();
      var maxDeg = ov.nodes.reduce(function (m, n) { return Math.max(m, n.degree); }, 1);
      ov.nodes.forEach(function (n) {
        var size = 16 + 44 * Math.sqrt(n.degree / maxDeg);
        cy.add({ group: 'nodes', data: { id: n.id, name: n.name, class: n.class, degree: n.degree,
          given: n.given, received: n.received, size: size, fontSize: Math.round(9 + size / 10) } });
      });
      ov.edges.forEach(function (e) {
        cy.add({ group: 'edges', classes: 'overview', data: { id: e.id, source: e.source, target: e.target,
          label: e.label, count: e.count, overview: true, weight: 1 + Math.min(e.count, 8) * 0.6 } });
      });
      // Rings by degree: the best-connected givers and receivers in the middle.
      cy.layout({ name: 'concentric', animate: false, padding: 30, minNodeSpacing: 6,
        concentric: function (n) { return n.data('degree'); },
        levelWidth: function () { return Math.max(1, maxDeg / 4); } }).run();
      status('Aid overview: ' + ov.nodes.length + ' countries, organisations and regions, ' + ov.edges.length +
        (ov.truncated ? ' (heaviest of ' + ov.totalEdges + ')' : '') + ' links');
    }).catch(function (err) { status(err.message, true); });
  }
  function relayout() {
    cy.layout({ name: 'cose', animate: false, randomize: cy.nodes().length < 300, nodeDimensionsIncludeLabels: true, padding: 20 }).run();
  }

  // expand adds an entity's neighbourhood to the graph.
  function expand(id) {
    return get('neighbors', { id: id }).then(function (g) {
      addNodes(g.nodes);
      addEdges(g.edges);
      cy.nodes().removeClass('center');
      cy.getElementById(g.center.id).addClass('center');
      relayout();
      status(g.nodes.length + ' nodes around ' + g.center.name + (g.truncated ? ' (truncated)' : ''));
    });
  }

  // select shows an entity: profile, aid table, neighbourhood.
  function select(id) {
    return Promise.all([get('entity', { id: id }), get('aid', { id: id }), expand(id)]).then(function (r) {
      showEntity(r[0]);
      showAid(r[1]);
    }).catch(function (err) { status(err.message, true); });
  }

  function nodeLink(n) {
    return el('button', { class: 'link', type: 'button', text: n.name, title: n.id, onclick: function () { select(n.id); } });
  }

  function showEntity(e) {
    var d = $('detail');
    d.replaceChildren();
    d.appendChild(el('h2', { text: e.name }, [el('span', { class: 'cls', text: e.class })]));
    var facts = [];
    if (e.alternateNames) facts.push('also: ' + e.alternateNames.join(', '));
    if (e.iso2) facts.push('ISO ' + e.iso2 + ' / ' + (e.iso3 || ''));
    if (e.jobTitle) facts.push(e.jobTitle);
    facts.forEach(function (f) { d.appendChild(el('div', { class: 'meta', text: f })); });
    (e.sameAs || []).forEach(function (s) {
      d.appendChild(el('div', { class: 'meta' }, ['Wikidata: ', el('a', { href: s, text: s.replace(/.*\//, ''), rel: 'noopener' })]));
    });
    if (e.country) d.appendChild(el('div', { class: 'meta' }, ['country: ', nodeLink(e.country)]));
    (e.affiliations || []).forEach(function (a) { d.appendChild(el('div', { class: 'meta' }, ['works for: ', nodeLink(a)])); });
    d.appendChild(el('div', { class: 'meta', text: 'aid given ' + e.aid.given + ', received ' + e.aid.received }));
    if (e.documents.length) {
      d.appendChild(el('h3', { text: 'Mentioned in' }));
      var ul = el('ul');
      e.documents.forEach(function (doc) { ul.appendChild(el('li', {}, [docLink(doc)])); });
      d.appendChild(ul);
    }
  }

  function aidRows(list, counterpartLabel) {
    var t = el('table');
    t.appendChild(el('tr', {}, [el('th', { text: 'type' }), el('th', { text: counterpartLabel }), el('th', { text: 'quantity' }), el('th', { text: 'evidence' })]));
    list.forEach(function (a) {
      var ev = el('td');
      if (a.evidence) {
        ev.appendChild(el('div', { class: 'evidence', text: '“' + a.evidence.text + '”' }));
        ev.appendChild(el('div', { class: 'meta', text: (a.statedBy ? a.statedBy.name + ' · ' : '') + (a.modality || '') +
          ' · ' + (a.evidence.document.title || a.evidence.document.id) + ' [' + a.evidence.start + '–' + a.evidence.end + ']' }));
      } else if (a.statedBy) {
        ev.appendChild(el('div', { class: 'meta', text: a.statedBy.name }));
      }
      t.appendChild(el('tr', { class: 'aid-row', 'data-action': a.id }, [
        el('td', { text: a.type.replace(/_/g, ' ') }),
        el('td', {}, [a.counterpart ? nodeLink(a.counterpart) : '']),
        el('td', { text: a.quantity || '' }),
        ev]));
    });
    return t;
  }

  function showAid(a) {
    var box = $('aid');
    box.replaceChildren();
    box.appendChild(el('h2', { text: 'Aid of ' + a.entity.name }));
    box.appendChild(el('h3', { text: 'Given (' + a.given.length + ')' }));
    box.appendChild(a.given.length ? aidRows(a.given, 'to') : el('p', { class: 'hint', text: 'none' }));
    box.appendChild(el('h3', { text: 'Received (' + a.received.length + ')' }));
    box.appendChild(a.received.length ? aidRows(a.received, 'from') : el('p', { class: 'hint', text: 'none' }));
    if (a.truncated) box.appendChild(el('p', { class: 'meta', text: 'Lists truncated.' }));
  }

  function docLink(doc) {
    return el('button', { class: 'link', type: 'button', text: doc.title || doc.id, title: doc.id, onclick: function () { showDocument(doc.id); } });
  }

  function showDocument(id) {
    get('document', { id: id }).then(function (doc) {
      var d = $('detail');
      d.replaceChildren();
      d.appendChild(el('h2', { text: doc.title }, [el('span', { class: 'cls', text: doc.date || '' })]));
      d.appendChild(el('h3', { text: 'Speakers' }));
      var ul = el('ul');
      doc.speakers.forEach(function (s) { ul.appendChild(el('li', {}, [nodeLink(s), el('span', { class: 'cls', text: (s.jobTitle || '') + ' · ' + s.turns + ' turn(s)' })])); });
      d.appendChild(ul);
      d.appendChild(el('h3', { text: 'Turns' }));
      var ol = el('ol');
      doc.turns.forEach(function (t) { ol.appendChild(el('li', { text: t.role + (t.speaker ? ' — ' + t.speaker.name : '') + (t.asker ? ' — ' + t.asker.name : '') })); });
      d.appendChild(ol);
      var box = $('aid');
      box.replaceChildren(el('h2', { text: 'Facts (' + doc.facts.length + ')' }));
      doc.facts.forEach(function (f) {
        box.appendChild(el('div', { class: 'aid-row' }, [
          el('strong', { text: f.type.replace(/_/g, ' ') + ': ' }), nodeLink(f.provider), ' → ', nodeLink(f.recipient),
          f.evidence ? el('div', { class: 'evidence', text: '“' + f.evidence.text + '”' }) : null,
          el('div', { class: 'meta', text: (f.statedBy ? f.statedBy.name + ' · ' : '') + (f.modality || '') + (f.quantity ? ' · ' + f.quantity : '') })]));
      });
    }).catch(function (err) { status(err.message, true); });
  }

  function loadDocuments() {
    get('documents').then(function (list) {
      var ul = $('documents');
      ul.replaceChildren();
      list.documents.forEach(function (doc) { ul.appendChild(el('li', {}, [docLink(doc), el('span', { class: 'cls', text: doc.facts + ' facts' })])); });
    }).catch(function (err) { status(err.message, true); });
  }

  function search(q, cls) {
    var params = { q: q };
    if (cls) params.class = cls;
    return get('search', params);
  }

  $('search-form').addEventListener('submit', function (ev) {
    ev.preventDefault();
    search($('search').value, $('search-class').value).then(function (r) {
      var ul = $('results');
      ul.replaceChildren();
      r.hits.forEach(function (h) { ul.appendChild(el('li', {}, [nodeLink(h), el('span', { class: 'cls', text: h.class })])); });
      if (!r.hits.length) ul.appendChild(el('li', { class: 'hint', text: 'No match.' }));
      if (r.hits.length) return select(r.hits[0].id);
    }).catch(function (err) { status(err.message, true); });
  });

  // resolve turns what the user typed (a name or an IRI) into an IRI.
  function resolve(text) {
    if (/^https?:\/\//.test(text)) return Promise.resolve(text);
    return search(text).then(function (r) {
      if (!r.hits.length) throw new Error('no entity matches “' + text + '”');
      return r.hits[0].id;
    });
  }

  $('path-form').addEventListener('submit', function (ev) {
    ev.preventDefault();
    var via = Array.prototype.map.call(document.querySelectorAll('input[name=via]:checked'), function (c) { return c.value; });
    if (!via.length) via = ['all'];
    Promise.all([resolve($('path-from').value.trim()), resolve($('path-to').value.trim())]).then(function (ids) {
      return get('paths', { from: ids[0], to: ids[1], max: $('path-max').value || '4', via: via.join(',') });
    }).then(showPaths).catch(function (err) {
      $('path-result').replaceChildren(el('p', { class: 'error', text: err.message }));
    });
  });

  function showPaths(res) {
    var box = $('path-result');
    box.replaceChildren();
    cy.elements().removeClass('path');
    if (res.hops < 0) {
      box.appendChild(el('p', { class: 'hint', text: 'No path from ' + res.from.name + ' to ' + res.to.name + ' within ' + res.maxHops + ' hops.' }));
      return;
    }
    box.appendChild(el('h2', { text: 'Path ' + res.from.name + ' → ' + res.to.name + ' (' + res.hops + ' hops, ' + res.paths.length + ' shortest)' }));
    var ol = el('ol');
    res.paths.forEach(function (p) {
      addNodes(p.nodes);
      p.edges.forEach(function (e) {
        var id = e.source + ' ' + e.predicate + ' ' + e.target;
        if (cy.getElementById(id).empty()) cy.add({ group: 'edges', data: { id: id, source: e.source, target: e.target, label: e.label } });
        cy.getElementById(id).addClass('path');
      });
      p.nodes.forEach(function (n) { cy.getElementById(n.id).addClass('path'); });
      ol.appendChild(el('li', { class: 'path-item', text: p.nodes.map(function (n) { return n.name; }).join(' — ') }));
    });
    box.appendChild(ol);
    relayout();
    cy.fit(cy.elements('.path'), 40);
  }

  cy.on('tap', 'node', function (ev) {
    var d = ev.target.data();
    if (d.class === 'Document') showDocument(d.id);
    else if (['Country', 'Organization', 'GovernmentOrganization', 'Person', 'Place'].indexOf(d.class) >= 0) select(d.id);
  });
  cy.on('tap', 'edge', function (ev) {
    var d = ev.target.data();
    if (d.overview) {
      $('detail').replaceChildren(el('h2', { text: cy.getElementById(d.source).data('name') + ' → ' + cy.getElementById(d.target).data('name') }),
        el('div', { text: d.label }),
        el('div', { class: 'meta', text: d.count + ' aid action' + (d.count > 1 ? 's' : '') + '. Click either end to see each one with its evidence.' }));
      return;
    }
    if (!d.evidence) return;
    var box = $('detail');
    box.replaceChildren(el('h2', { text: d.label }),
      el('div', { class: 'evidence', text: '“' + d.evidence + '”' }),
      el('div', { class: 'meta', text: d.statedBy ? 'stated by ' + d.statedBy : '' }));
  });
  $('clear-graph').addEventListener('click', function () { cy.elements().remove(); $('path-result').replaceChildren(); status(''); });
  $('show-overview').addEventListener('click', showOverview);

  // An example per language (from the server, which knows the vocabulary);
  // switching language swaps an untouched example.
  var examples = {};
  var lastLang = $('console-lang').value;
  get('examples').then(function (ex) {
    examples = ex;
    if (!$('console-query').value) $('console-query').value = examples[lastLang] || '';
  }).catch(function (err) { status(err.message, true); });
  $('console-lang').addEventListener('change', function () {
    var lang = $('console-lang').value;
    if (!$('console-query').value || $('console-query').value === examples[lastLang]) $('console-query').value = examples[lang] || '';
    lastLang = lang;
  });

  $('console-form').addEventListener('submit', function (ev) {
    ev.preventDefault();
    var out = $('console-output');
    out.textContent = 'running…';
    fetch('api/v2/query?lang=' + encodeURIComponent($('console-lang').value), { method: 'POST', body: $('console-query').value })
      .then(function (r) { return r.text().then(function (t) { return { ok: r.ok, status: r.status, text: t }; }); })
      .then(function (r) {
        var t = r.text;
        try { t = JSON.stringify(JSON.parse(t), null, 2); } catch (e) { /* not JSON: show as is */ }
        out.textContent = (r.ok ? '' : 'HTTP ' + r.status + '\n') + t;
        out.className = r.ok ? '' : 'error';
      })
      .catch(function (err) { out.textContent = err.message; out.className = 'error'; });
  });

  loadDocuments();
  window.explorer.overview = showOverview(true);
})();
