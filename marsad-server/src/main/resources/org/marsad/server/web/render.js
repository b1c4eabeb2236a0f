// Shows an article JSON in place: its text with the people, places, organisations, quotations and dates marked
// from their spans (offsets into the text), and the lists beside it. Shared by the article and analyze pages.
window.Marsad = (function () {
  const typeNames = { PER: 'شخص', LOC: 'مكان', ORG: 'جهة', MISC: 'أخرى' };

  function el(tag, text, cls) {
    const e = document.createElement(tag);
    if (text !== undefined && text !== null) e.textContent = text;
    if (cls) e.className = cls;
    return e;
  }

  // Every span of every layer, as {start, end, cls, title}; overlapping spans are shown by cutting the text at
  // every boundary and giving each piece the classes of all spans that cover it.
  function spans(article) {
    const list = [];
    (article.entities || []).forEach(function (e) {
      e.mentions.forEach(function (m) {
        list.push({ start: m.start, end: m.end, cls: e.type, title: typeNames[e.type] + ': ' + e.name, entity: e.name });
      });
    });
    (article.quotes || []).forEach(function (q) {
      list.push({ start: q.start, end: q.end, cls: 'quote', title: 'قول' + (q.speakerName ? ' — ' + q.speakerName : '') });
    });
    (article.times || []).forEach(function (t) {
      list.push({ start: t.start, end: t.end, cls: 'time', title: t.type + (t.value ? ' ' + t.value : '') });
    });
    return list;
  }

  function text(article, container) {
    const t = article.text;
    const list = spans(article);
    const cuts = new Set([0, t.length]);
    list.forEach(function (s) { cuts.add(s.start); cuts.add(s.end); });
    const points = Array.from(cuts).sort(function (a, b) { return a - b; });
    for (let i = 0; i + 1 < points.length; i++) {
      const from = points[i], to = points[i + 1];
      const covering = list.filter(function (s) { return s.start <= from && s.end >= to; });
      const piece = t.substring(from, to);
      if (!covering.length) { container.appendChild(document.createTextNode(piece)); continue; }
      const span = el('span', piece, covering.map(function (s) { return s.cls; }).join(' '));
      span.title = covering.map(function (s) { return s.title; }).join(' | ');
      const named = covering.find(function (s) { return s.entity; });
      if (named) span.dataset.entity = named.entity;
      container.appendChild(span);
    }
    container.addEventListener('click', function (e) {
      const target = e.target.closest('[data-entity]');
      if (target) location.href = '/entity.html?name=' + encodeURIComponent(target.dataset.entity);
    });
  }

  function show(article, root) {
    root.textContent = '';
    root.appendChild(el('h1', article.headline || '(بلا عنوان)'));
    const meta = [article.source && article.source.site, article.published && article.published.date,
      article.byline && article.byline.authors && article.byline.authors.join('، ')].filter(Boolean).join(' · ');
    root.appendChild(el('div', meta, 'meta'));
    const legend = el('p', null, 'legend');
    [['PER', 'أشخاص'], ['LOC', 'أماكن'], ['ORG', 'جهات'], ['quote', 'أقوال'], ['time', 'تواريخ']].forEach(function (l) {
      legend.appendChild(el('span', l[1], l[0]));
    });
    root.appendChild(legend);
    const body = el('div', null, 'text');
    body.id = 'article-text';
    body.style.whiteSpace = 'pre-wrap';
    text(article, body);
    root.appendChild(body);
    if ((article.quotes || []).length) {
      root.appendChild(el('h2', 'الأقوال'));
      const list = el('ul');
      article.quotes.forEach(function (q) {
        list.appendChild(el('li', (q.speakerName || (q.speakerSpan && q.speakerSpan.text) || 'قائل غير معروف') + ': «' + q.text + '»'));
      });
      root.appendChild(list);
    }
  }

  return { el: el, show: show };
})();
