// The search page: reads q, sort and offset from the address, asks /api/search, and shows hits and facets.
(function () {
  const params = new URLSearchParams(location.search);
  const form = document.getElementById('search');
  const q = document.getElementById('q');
  const sort = document.getElementById('sort');
  q.value = params.get('q') || '';
  sort.value = params.get('sort') || 'relevance';
  const offset = parseInt(params.get('offset') || '0', 10);
  const limit = 10;
  const labels = { person: 'الأشخاص', place: 'الأماكن', org: 'الجهات', site: 'المصادر', day: 'الأيام' };
  const fieldOf = { person: 'person', place: 'place', org: 'org', site: 'source', day: 'date' };

  form.addEventListener('submit', function (e) {
    e.preventDefault();
    location.search = new URLSearchParams({ q: q.value, sort: sort.value }).toString();
  });

  function text(tag, value, cls) {
    const el = document.createElement(tag);
    el.textContent = value;
    if (cls) el.className = cls;
    return el;
  }

  function quoted(value) {
    return '"' + value.replace(/"/g, '') + '"';
  }

  const status = document.getElementById('status');
  fetch('/api/search?' + new URLSearchParams({ q: q.value, sort: sort.value, offset: offset, limit: limit }))
    .then(function (r) { return r.json().then(function (body) { return { ok: r.ok, body: body }; }); })
    .then(function (answer) {
      if (!answer.ok) { status.className = 'status error'; status.textContent = answer.body.error.message; return; }
      const result = answer.body;
      status.textContent = result.total + ' مقالا';
      const hits = document.getElementById('hits');
      result.hits.forEach(function (hit) {
        const box = document.createElement('article');
        box.className = 'hit';
        const h = document.createElement('h2');
        const a = text('a', hit.headline || '(بلا عنوان)');
        a.href = '/article.html?id=' + encodeURIComponent(hit.id);
        h.appendChild(a);
        box.appendChild(h);
        box.appendChild(text('div', [hit.site, hit.day].filter(Boolean).join(' · '), 'meta'));
        const snippet = document.createElement('p');
        snippet.innerHTML = hit.snippet; // the server escapes the text and adds only <mark>
        box.appendChild(snippet);
        hits.appendChild(box);
      });
      const facets = document.getElementById('facets');
      Object.keys(result.facets).forEach(function (dim) {
        if (!result.facets[dim].length) return;
        facets.appendChild(text('h3', labels[dim] || dim));
        const list = document.createElement('ul');
        result.facets[dim].forEach(function (v) {
          const li = document.createElement('li');
          const link = text('a', v.value);
          const narrowed = (q.value ? q.value + ' ' : '') + fieldOf[dim] + ':' + quoted(v.value);
          link.href = dim === 'person' || dim === 'place' || dim === 'org'
            ? '/entity.html?name=' + encodeURIComponent(v.value)
            : '/?' + new URLSearchParams({ q: narrowed, sort: sort.value });
          li.appendChild(link);
          li.appendChild(text('span', ' (' + v.count + ')'));
          list.appendChild(li);
        });
        facets.appendChild(list);
      });
      const pages = document.getElementById('pages');
      function page(label, at) {
        const link = text('a', label);
        link.href = '/?' + new URLSearchParams({ q: q.value, sort: sort.value, offset: at });
        pages.appendChild(link);
      }
      if (offset > 0) page('السابق', Math.max(0, offset - limit));
      if (offset + limit < result.total) page('التالي', offset + limit);
    })
    .catch(function (e) { status.className = 'status error'; status.textContent = String(e); });
})();
