/*
 * The search on sok.html. Looks the reader's words up in window.LUP_SOKINDEX (assets/sokindex.js, written
 * when the site was built; see lupsite.render.SearchIndex), so it works offline and from file://. Each word
 * must match a term of the document exactly (best), as its start, or inside it (a part of a compound word:
 * "medicin" finds "försäkringsmedicin"). Results are built with textContent only, never as HTML.
 */
(() => {
  'use strict';
  const index = window.LUP_SOKINDEX;
  const MAX_RESULTS = 50;

  /** The same folding as SearchIndex.terms in Java: "Försäkring" -> "forsakring". */
  const terms = text => text.normalize('NFD').replace(/\p{M}+/gu, '').toLowerCase()
    .split(/[^\p{L}\p{N}]+/u).filter(word => [...word].length >= 2);

  /** Documents holding every word, best first: [{kind, href, title, summary}]. */
  const search = query => {
    const words = [...new Set(terms(query))];
    if (words.length === 0) {
      return [];
    }
    let scores = null;
    for (const word of words) {
      const found = new Map();
      for (const [term, postings] of Object.entries(index.terms)) {
        const factor = term === word ? 3 : term.startsWith(word) ? 2
          : (word.length >= 3 && term.includes(word)) ? 1 : 0;
        for (let i = 0; factor > 0 && i < postings.length; i += 2) {
          found.set(postings[i], (found.get(postings[i]) || 0) + factor * postings[i + 1]);
        }
      }
      scores = scores === null ? found : new Map([...scores].filter(([doc]) => found.has(doc))
        .map(([doc, score]) => [doc, score + found.get(doc)]));
    }
    return [...scores].sort((a, b) => b[1] - a[1] || a[0] - b[0]).map(([doc]) => {
      const [kind, href, title, summary] = index.docs[doc];
      return {kind, href, title, summary};
    });
  };

  window.LupSok = {terms, search};

  const form = document.getElementById('sok-formular');
  if (!form || !index) {
    return;
  }
  const input = document.getElementById('sok-ord');
  const status = document.getElementById('sok-status');
  const list = document.getElementById('sok-traffar');
  document.getElementById('sok-utan-js').hidden = true;

  const message = (key, values) => status.dataset[key].replace(/\{(\w+)\}/g, (_, name) => values[name]);

  const element = (tag, className, text) => {
    const e = document.createElement(tag);
    e.className = className;
    e.textContent = text;
    return e;
  };

  const show = query => {
    const hits = terms(query).length === 0 ? null : search(query);
    list.replaceChildren(...(hits || []).slice(0, MAX_RESULTS).map(hit => {
      const item = document.createElement('li');
      const link = element('a', 'search-title', hit.title);
      link.href = hit.href;
      item.append(link, ' ', element('span', 'search-kind', hit.kind));
      if (hit.summary) {
        item.append(element('p', 'search-summary', hit.summary));
      }
      return item;
    }));
    const values = {q: query.trim(), n: hits ? hits.length : 0, max: MAX_RESULTS};
    status.textContent = hits === null ? message('tooShort', values)
      : message(hits.length === 0 ? 'none' : hits.length === 1 ? 'one' : 'many', values)
        + (hits.length > MAX_RESULTS ? ' ' + message('first', values) : '');
  };

  form.addEventListener('submit', event => {
    event.preventDefault();
    show(input.value);
  });
  const query = new URLSearchParams(location.search).get('q');
  if (query) {
    input.value = query;
    show(query);
  }
})();
