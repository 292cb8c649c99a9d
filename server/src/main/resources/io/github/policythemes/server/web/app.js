// The page: three views (read, archive, label) over the JSON API. Plain DOM calls, no framework, no
// build step. Article text only ever reaches the page through textContent and text nodes, never as
// markup, so an article containing <script> or other HTML shows as the text it is.
'use strict';
(function () {
  const state = {
    lang: 'en',
    health: null,
    taxonomy: null,
    model: null,
    view: 'read',
    search: {themes: new Set(), offset: 0, limit: 10},
    lastRead: null,
    queue: [],
    trainTimer: null,
  };
  const COLORS = ['#1f77b4', '#d62728', '#2ca02c', '#9467bd', '#ff7f0e', '#17becf', '#8c564b',
    '#e377c2', '#0b7a75', '#b8860b', '#393b79', '#637939'];
  const LANGUAGE_NAMES = {en: 'English', ko: '한국어', zh: '中文', ja: '日本語', de: 'Deutsch',
    fr: 'Français', es: 'Español', und: '?'};

  // ---- small helpers

  const $ = (id) => document.getElementById(id);

  /** Makes an element; string children become text nodes (never markup). */
  function el(tag, attrs, ...children) {
    const node = document.createElement(tag);
    for (const [key, value] of Object.entries(attrs || {})) {
      if (value === undefined || value === null || value === false) continue;
      if (key === 'class') node.className = value;
      else if (key === 'text') node.textContent = value;
      else if (key.startsWith('on')) node.addEventListener(key.slice(2), value);
      else node.setAttribute(key, value === true ? '' : String(value));
    }
    for (const child of children.flat()) {
      if (child === undefined || child === null || child === false) continue;
      node.append(typeof child === 'string' || typeof child === 'number' ? document.createTextNode(String(child)) : child);
    }
    return node;
  }

  function t(key, values) {
    const words = window.I18N[state.lang] || window.I18N.en;
    let text = words[key] !== undefined ? words[key] : window.I18N.en[key] !== undefined ? window.I18N.en[key] : key;
    for (const [name, value] of Object.entries(values || {})) {
      text = text.split(`{${name}}`).join(String(value));
    }
    return text;
  }

  function fmt(score) {
    return Number(score).toFixed(2);
  }

  function themeIndex(id) {
    const ids = state.taxonomy ? state.taxonomy.themes.map((th) => th.id) : [];
    const i = ids.indexOf(id);
    return i < 0 ? ids.length : i;
  }

  function colorOf(id) {
    return COLORS[themeIndex(id) % COLORS.length];
  }

  function labelOf(id) {
    const theme = state.taxonomy && state.taxonomy.themes.find((th) => th.id === id);
    if (!theme) return id;
    return theme.labels[state.lang] || theme.labels.en || Object.values(theme.labels)[0] || id;
  }

  function thresholdOf(id) {
    const theme = state.taxonomy && state.taxonomy.themes.find((th) => th.id === id);
    return theme ? theme.threshold : null;
  }

  function languageName(code) {
    return LANGUAGE_NAMES[code] || code;
  }

  async function api(path, options) {
    const response = await fetch(path, Object.assign({credentials: 'same-origin'}, options || {}));
    let body = null;
    try {
      body = await response.json();
    } catch (e) {
      body = null;
    }
    if (!response.ok) {
      const message = body && body.message ? body.message : `${response.status} ${response.statusText}`;
      throw new Error(message);
    }
    return body;
  }

  function post(path, value) {
    return api(path, {method: 'POST', headers: {'Content-Type': 'application/json'}, body: JSON.stringify(value)});
  }

  function showError(error) {
    const box = $('error');
    box.replaceChildren(el('strong', {}, `${t('error.prefix')}: `), error.message || String(error),
      el('button', {type: 'button', class: 'link', onclick: () => { box.hidden = true; }}, '×'));
    box.hidden = false;
  }

  function clearError() {
    $('error').hidden = true;
  }

  /** Text with some stretches marked: spans [{start, end, ...}] are offsets into text. */
  function marked(text, spans, makeMark) {
    const nodes = [];
    let at = 0;
    for (const span of spans) {
      if (span.start < at || span.end > text.length) continue;
      nodes.push(document.createTextNode(text.slice(at, span.start)));
      nodes.push(makeMark(text.slice(span.start, span.end), span));
      at = span.end;
    }
    nodes.push(document.createTextNode(text.slice(at)));
    return nodes;
  }

  // ---- language of the page

  function applyLanguage() {
    document.documentElement.lang = state.lang;
    document.querySelectorAll('[data-i18n]').forEach((node) => { node.textContent = t(node.dataset.i18n); });
    document.querySelectorAll('[data-i18n-placeholder]').forEach((node) => {
      node.placeholder = t(node.dataset.i18nPlaceholder);
    });
    $('lang-switch').textContent = t('switch');
  }

  function switchLanguage() {
    state.lang = state.lang === 'ko' ? 'en' : 'ko';
    try {
      localStorage.setItem('policy-themes.lang', state.lang);
    } catch (e) {
      // storage may be off; the switch still works for this page
    }
    applyLanguage();
    rerender();
  }

  function rerender() {
    if (state.lastRead) renderExplanation($('read-result'), state.lastRead);
    if (state.view === 'archive' && state.lastSearch) renderSearch(state.lastSearch);
    if (state.view === 'label') renderLabelCard();
    renderTrainPanel(state.training);
  }

  // ---- views

  function show(view) {
    state.view = ['read', 'archive', 'label'].includes(view) ? view : 'read';
    for (const name of ['read', 'archive', 'label']) {
      $(`view-${name}`).hidden = name !== state.view;
    }
    document.querySelectorAll('#tabs a').forEach((a) => a.classList.toggle('active', a.dataset.view === state.view));
    clearError();
    if (state.view === 'archive') enterArchive();
    if (state.view === 'label') enterLabel();
  }

  // ---- read view

  async function read() {
    const text = $('read-text').value;
    if (!text.trim()) {
      showError(new Error(t('read.empty')));
      return;
    }
    const request = {text};
    const lang = $('read-lang').value;
    if (lang !== 'auto') request.lang = lang;
    const min = $('read-min').value;
    if (min !== '') request.minScore = Number(min);
    try {
      clearError();
      state.lastRead = await post('/api/explain', request);
      renderExplanation($('read-result'), state.lastRead);
    } catch (e) {
      showError(e);
    }
  }

  /** Themes as bars, the text with its evidence marked, and the evidence per theme. */
  function renderExplanation(container, result) {
    const assigned = result.assigned || [];
    const header = el('p', {class: 'detected', 'data-lang': result.lang},
      result.langForced ? t('read.forced', {lang: languageName(result.lang)}) : t('read.detected', {lang: languageName(result.lang)}));
    const bars = el('ul', {class: 'bars'});
    for (const theme of result.themes) {
      const threshold = result.thresholds ? result.thresholds[theme.id] : thresholdOf(theme.id);
      bars.append(bar(theme.id, theme.score, threshold, theme.assigned));
    }
    const summary = assigned.length === 0 && result.themes.length > 0
      ? el('p', {class: 'no-theme'}, t('read.noTheme', {theme: labelOf(result.themes[0].id), score: fmt(result.themes[0].score)}))
      : null;
    const text = el('div', {class: 'article-text', lang: result.lang, id: 'read-article'},
      marked(result.content || '', result.highlights || [], (word, span) => {
        const mark = el('mark', {class: 'evidence', 'data-themes': span.themes.join(' '), title: span.themes.map(labelOf).join(', ')}, word);
        mark.style.borderBottomColor = colorOf(span.themes[0]);
        mark.style.backgroundColor = colorOf(span.themes[0]) + '26';
        return mark;
      }));
    const evidence = el('div', {class: 'evidence-list'});
    for (const theme of result.explanation || []) {
      const terms = el('ul', {class: 'terms'}, theme.terms.map((term) =>
        el('li', {}, el('span', {class: 'term'}, term.term), ` ${fmt(term.contribution)}`)));
      const sentences = el('ul', {class: 'sentences'}, theme.sentences.map((s) => el('li', {lang: result.lang}, s.text)));
      const block = el('section', {class: 'theme-evidence', 'data-theme': theme.theme},
        el('h4', {}, el('span', {class: 'swatch'}), `${labelOf(theme.theme)} · ${fmt(theme.score)}`),
        el('p', {class: 'small'}, t('read.terms')), terms,
        el('p', {class: 'small'}, t('read.sentences')), sentences);
      block.querySelector('.swatch').style.background = colorOf(theme.theme);
      evidence.append(block);
    }
    container.replaceChildren(header, el('h3', {}, t('read.themes')), bars, summary || '',
      el('h3', {}, t('read.text')), text, el('h3', {}, t('read.evidence')), evidence);
  }

  function bar(id, score, threshold, assigned) {
    const fill = el('span', {class: 'fill'});
    fill.style.width = `${Math.max(0, Math.min(1, score)) * 100}%`;
    fill.style.background = assigned ? colorOf(id) : '';
    const track = el('span', {class: 'track'}, fill);
    if (threshold !== null && threshold !== undefined) {
      const tick = el('span', {class: 'tick', title: t('read.threshold', {t: fmt(threshold)})});
      tick.style.left = `${Math.max(0, Math.min(1, threshold)) * 100}%`;
      track.append(tick);
    }
    return el('li', {class: assigned ? 'theme-bar assigned' : 'theme-bar', 'data-theme': id, 'data-score': score},
      el('span', {class: 'name'}, labelOf(id)), track,
      el('span', {class: 'value'}, fmt(score), assigned ? ` ✓ ${t('read.assigned')}` : ''),
      el('span', {class: 'thr'}, threshold === null || threshold === undefined ? '' : t('read.threshold', {t: fmt(threshold)})));
  }

  async function upload(event) {
    const file = event.target.files[0];
    if (!file) return;
    try {
      clearError();
      const bytes = await file.arrayBuffer();
      const parsed = await api(`/api/parse?name=${encodeURIComponent(file.name)}`,
        {method: 'POST', headers: {'Content-Type': 'application/octet-stream'}, body: bytes});
      let results = [];
      if (parsed.articles.length > 0) {
        const response = await post('/api/classify', {articles: parsed.articles.map((a) => ({id: a.id, title: a.title, text: a.text, lang: a.lang, date: a.date})), top: 3});
        results = response.results;
      }
      renderUpload(file.name, parsed, results);
    } catch (e) {
      showError(e);
    } finally {
      event.target.value = '';
    }
  }

  function renderUpload(name, parsed, results) {
    const rows = parsed.articles.map((article, i) => {
      const result = results[i];
      const themes = result ? result.assigned.map(labelOf).join(', ') || `(${labelOf(result.themes[0].id)} ${fmt(result.themes[0].score)})` : '';
      return el('tr', {'data-id': article.id},
        el('td', {}, article.id), el('td', {lang: article.lang || undefined}, article.title || article.text.slice(0, 80)),
        el('td', {}, themes),
        el('td', {}, el('button', {type: 'button', class: 'link', onclick: () => {
          $('read-text').value = article.title ? `${article.title}\n\n${article.text}` : article.text;
          $('read-lang').value = article.lang && [...$('read-lang').options].some((o) => o.value === article.lang) ? article.lang : 'auto';
          read();
        }}, t('read.pick'))));
    });
    const errors = parsed.errors.length === 0 ? '' : el('details', {class: 'upload-errors'},
      el('summary', {}, t('read.uploadErrors', {n: parsed.errors.length})),
      el('ul', {}, parsed.errors.map((e) => el('li', {}, `${e.line}: ${e.reason}`))));
    $('upload-list').replaceChildren(el('p', {}, t('read.uploaded', {n: parsed.articles.length, file: name})),
      el('table', {class: 'uploaded'}, el('tbody', {}, rows)), errors);
  }

  // ---- archive view

  function enterArchive() {
    if (!state.health || !state.health.archive) {
      $('archive-missing').hidden = false;
      $('search-form').hidden = true;
      return;
    }
    if (!state.lastSearch) search(0);
  }

  function searchParams(offset) {
    const params = new URLSearchParams();
    const q = $('q').value.trim();
    if (q) params.set('q', q);
    for (const theme of state.search.themes) params.append('theme', theme);
    if ($('f-lang').value) params.set('lang', $('f-lang').value);
    if ($('f-from').value.trim()) params.set('from', $('f-from').value.trim());
    if ($('f-to').value.trim()) params.set('to', $('f-to').value.trim());
    params.set('sort', $('f-sort').value);
    params.set('period', $('f-period').value);
    params.set('offset', String(offset));
    params.set('limit', String(state.search.limit));
    return params;
  }

  async function search(offset) {
    state.search.offset = offset;
    try {
      clearError();
      const params = searchParams(offset);
      const result = await api(`/api/search?${params}`);
      state.lastSearch = {result, q: $('q').value.trim(), period: $('f-period').value};
      renderSearch(state.lastSearch);
    } catch (e) {
      showError(e);
    }
  }

  function renderSearch(search) {
    const result = search.result;
    renderFacets(result.facets);
    const periodWord = t(`period.${search.period}`);
    window.TrendChart.draw($('chart'), result.trend, {
      title: search.q ? t('chart.titleQuery', {q: search.q, period: periodWord}) : t('chart.title', {period: periodWord}),
      labelOf, colorOf, empty: t('chart.none'), articlesWord: t('chart.articles'), maxThemes: 6,
    });
    $('total').textContent = result.total === 0 ? t('archive.none') : t('archive.total', {n: result.total.toLocaleString()});
    $('total').dataset.total = String(result.total);
    $('hits').replaceChildren(...result.hits.map(hitItem));
    const from = result.offset + 1;
    const to = result.offset + result.hits.length;
    const pager = [];
    if (result.offset > 0) pager.push(el('button', {type: 'button', class: 'link', onclick: () => search(Math.max(0, result.offset - state.search.limit))}, t('archive.prev')));
    if (result.hits.length > 0) pager.push(el('span', {}, t('archive.page', {from, to, n: result.total})));
    if (to < result.total) pager.push(el('button', {type: 'button', class: 'link', id: 'next-page', onclick: () => search(to)}, t('archive.next')));
    $('pager').replaceChildren(...pager);
  }

  function hitItem(hit) {
    const snippets = hit.snippets.map((snippet) => el('p', {class: 'snippet', lang: hit.lang},
      marked(snippet.text, snippet.highlights, (word) => el('mark', {}, word))));
    const themes = el('span', {class: 'chips'}, hit.assigned.map((id) => chip(id)));
    return el('li', {class: 'hit', 'data-id': hit.id, 'data-themes': hit.assigned.join(' ')},
      el('button', {type: 'button', class: 'hit-title link', lang: hit.lang, onclick: () => openArticle(hit.id)}, hit.title || hit.id),
      el('div', {class: 'meta'}, el('span', {}, hit.date || ''), el('span', {}, languageName(hit.lang)), el('span', {class: 'id'}, hit.id), themes),
      snippets);
  }

  function chip(id, extra) {
    const node = el('span', {class: 'chip', 'data-theme': id}, labelOf(id), extra || '');
    node.style.borderColor = colorOf(id);
    return node;
  }

  function renderFacets(facets) {
    const aside = $('facets');
    const themeList = el('ul', {class: 'facet-list'}, facets.themes.map((facet) => {
      const selected = state.search.themes.has(facet.value);
      const button = el('button', {type: 'button', class: selected ? 'facet facet-theme selected' : 'facet facet-theme',
        'data-theme': facet.value, 'aria-pressed': selected ? 'true' : 'false',
        onclick: () => toggleTheme(facet.value)},
      el('span', {class: 'swatch'}), el('span', {class: 'facet-name'}, labelOf(facet.value)), el('span', {class: 'count'}, String(facet.count)));
      button.querySelector('.swatch').style.background = colorOf(facet.value);
      return el('li', {}, button);
    }));
    for (const id of state.search.themes) {
      if (!facets.themes.some((f) => f.value === id)) {
        themeList.append(el('li', {}, el('button', {type: 'button', class: 'facet facet-theme selected', 'data-theme': id,
          onclick: () => toggleTheme(id)}, el('span', {class: 'facet-name'}, labelOf(id)), el('span', {class: 'count'}, '0'))));
      }
    }
    const langList = el('ul', {class: 'facet-list'}, facets.languages.map((facet) =>
      el('li', {}, el('button', {type: 'button', class: 'facet facet-lang', 'data-lang': facet.value, onclick: () => {
        $('f-lang').value = $('f-lang').value === facet.value ? '' : facet.value;
        search(0);
      }}, el('span', {class: 'facet-name'}, languageName(facet.value)), el('span', {class: 'count'}, String(facet.count))))));
    const yearList = el('ul', {class: 'facet-list'}, facets.years.map((facet) =>
      el('li', {}, el('button', {type: 'button', class: 'facet facet-year', onclick: () => {
        $('f-from').value = facet.value;
        $('f-to').value = facet.value;
        search(0);
      }}, el('span', {class: 'facet-name'}, facet.value), el('span', {class: 'count'}, String(facet.count))))));
    aside.replaceChildren(el('h4', {}, t('archive.themes')), themeList, el('h4', {}, t('archive.languages')), langList,
      el('h4', {}, t('archive.years')), yearList,
      el('button', {type: 'button', class: 'link', id: 'clear-filters', onclick: clearFilters}, t('archive.clear')));
  }

  function toggleTheme(id) {
    if (state.search.themes.has(id)) state.search.themes.delete(id);
    else state.search.themes.add(id);
    search(0);
  }

  function clearFilters() {
    state.search.themes.clear();
    $('f-lang').value = '';
    $('f-from').value = '';
    $('f-to').value = '';
    search(0);
  }

  async function openArticle(id) {
    try {
      const article = await api(`/api/article?id=${encodeURIComponent(id)}`);
      const panel = $('article-view');
      const bars = el('ul', {class: 'bars'}, article.themes.map((theme) =>
        bar(theme.themeId, theme.score, thresholdOf(theme.themeId), theme.assigned)));
      const explained = el('div', {class: 'explained'});
      panel.replaceChildren(
        el('div', {class: 'panel-head'},
          el('h2', {lang: article.lang, id: 'article-title'}, article.title || article.id),
          el('button', {type: 'button', class: 'link', id: 'article-close', onclick: () => { panel.hidden = true; }}, t('archive.close'))),
        el('p', {class: 'meta'}, [article.date || '', languageName(article.lang), article.id,
          article.source ? `${t('archive.source')}: ${article.source}${article.line ? ':' + article.line : ''}` : ''].filter(Boolean).join(' · ')),
        el('h4', {}, t('archive.stored')), bars,
        el('div', {class: 'article-text', lang: article.lang, id: 'article-text'}, article.text),
        el('button', {type: 'button', id: 'article-explain', onclick: async () => {
          try {
            const result = await post('/api/explain', {title: article.title, text: article.text, lang: article.lang});
            renderExplanation(explained, result);
          } catch (e) {
            showError(e);
          }
        }}, t('archive.explain')),
        explained);
      panel.dataset.id = article.id;
      panel.hidden = false;
      panel.scrollIntoView({block: 'start'});
    } catch (e) {
      showError(e);
    }
  }

  // ---- label view

  async function enterLabel() {
    if (!state.health || !state.health.archive) {
      $('label-missing').hidden = false;
      return;
    }
    await loadQueue();
    await refreshTraining();
  }

  async function loadQueue() {
    try {
      const queue = await api('/api/labels/queue?limit=10');
      state.queue = queue.items;
      state.queueInfo = queue;
      renderLabelCard();
    } catch (e) {
      showError(e);
    }
  }

  function renderLabelCard() {
    const card = $('label-card');
    const info = state.queueInfo;
    if (!info) return;
    const item = state.queue[0];
    const count = el('p', {class: 'count', id: 'label-count'}, t('label.count', {n: info.labelled, w: info.waiting}));
    if (!item) {
      card.replaceChildren(count, el('p', {}, t('label.done')));
      card.dataset.id = '';
      return;
    }
    const chosen = new Set(state.chosen && state.chosenFor === item.id ? state.chosen : item.suggested);
    state.chosen = chosen;
    state.chosenFor = item.id;
    const chips = el('div', {class: 'choices'}, item.themes.map((theme, index) => {
      const selected = chosen.has(theme.id);
      const button = el('button', {type: 'button', class: selected ? 'choice selected' : 'choice', 'data-theme': theme.id,
        'aria-pressed': selected ? 'true' : 'false', onclick: () => {
          if (chosen.has(theme.id)) chosen.delete(theme.id);
          else chosen.add(theme.id);
          renderLabelCard();
        }},
      el('span', {class: 'choice-name'}, labelOf(theme.id)),
      el('span', {class: 'choice-score'}, `${index < 10 ? `[${(index + 1) % 10}] ` : ''}${fmt(theme.score)} / ${fmt(theme.threshold)}`));
      button.style.borderColor = colorOf(theme.id);
      return button;
    }));
    card.replaceChildren(
      count,
      el('h3', {}, t('label.title')),
      el('p', {class: 'reason', 'data-reason': item.reason}, t(`label.reason.${item.reason}`),
        item.reason === 'models-disagree' ? ` · ${t('label.keyword', {themes: item.keywordThemes.map(labelOf).join(', ') || t('none')})}` : ''),
      el('h2', {lang: item.lang, class: 'label-title'}, item.title || item.id),
      el('p', {class: 'meta'}, [item.date || '', languageName(item.lang), item.id].filter(Boolean).join(' · ')),
      el('div', {class: 'article-text short', lang: item.lang}, item.text),
      chips,
      el('div', {class: 'actions'},
        el('button', {type: 'button', class: 'primary', id: 'label-accept', onclick: () => saveLabel(item, [...chosen])}, t('label.accept')),
        el('button', {type: 'button', id: 'label-none', onclick: () => saveLabel(item, [])}, t('label.none')),
        el('button', {type: 'button', class: 'link', id: 'label-skip', onclick: () => { state.queue.shift(); state.chosen = null; renderLabelCard(); }}, t('label.skip'))),
      el('p', {class: 'hint'}, t('label.hint', {file: info.file})),
      el('p', {class: 'hint'}, t('label.keys')));
    card.dataset.id = item.id;
  }

  /* Keys for labelling many articles quickly: Enter accepts, 1-9 and 0 toggle the themes in
  their order on the card, n is "none of these", s skips. */
  function labelKeys(event) {
    if (state.view !== 'label' || event.ctrlKey || event.metaKey || event.altKey) return;
    const target = event.target;
    if (target && (target.tagName === 'INPUT' || target.tagName === 'TEXTAREA' || target.tagName === 'SELECT')) return;
    const item = state.queue[0];
    if (!item) return;
    if (event.key === 'Enter' && target.tagName !== 'BUTTON') {
      event.preventDefault();
      saveLabel(item, [...state.chosen]);
    } else if (/^[0-9]$/.test(event.key)) {
      const index = event.key === '0' ? 9 : Number(event.key) - 1;
      const theme = item.themes[index];
      if (theme) {
        if (state.chosen.has(theme.id)) state.chosen.delete(theme.id);
        else state.chosen.add(theme.id);
        renderLabelCard();
      }
    } else if (event.key === 'n') {
      saveLabel(item, []);
    } else if (event.key === 's') {
      state.queue.shift();
      state.chosen = null;
      renderLabelCard();
    }
  }

  async function saveLabel(item, themes) {
    try {
      const saved = await post('/api/labels', {id: item.id, themes});
      state.queueInfo.labelled = saved.labelled;
      state.queueInfo.waiting = Math.max(0, state.queueInfo.waiting - 1);
      state.queue.shift();
      state.chosen = null;
      if (state.queue.length === 0) await loadQueue();
      else renderLabelCard();
      renderTrainPanel(state.training);
    } catch (e) {
      showError(e);
    }
  }

  async function refreshTraining() {
    try {
      state.training = await api('/api/train');
      renderTrainPanel(state.training);
      if (state.training.state === 'running') {
        clearTimeout(state.trainTimer);
        state.trainTimer = setTimeout(refreshTraining, 1000);
      }
    } catch (e) {
      showError(e);
    }
  }

  async function startTraining() {
    try {
      state.training = await post('/api/train', {});
      renderTrainPanel(state.training);
      state.trainTimer = setTimeout(refreshTraining, 500);
    } catch (e) {
      showError(e);
    }
  }

  async function useModel(name) {
    try {
      state.model = await post('/api/model', {name});
      state.usedModel = name;
      $('model-badge').textContent = state.model.name;
      state.lastQueueModel = null;
      renderTrainPanel(state.training);
      await loadQueue();
    } catch (e) {
      showError(e);
    }
  }

  function renderTrainPanel(training) {
    const panel = $('train-panel');
    if (!state.queueInfo || !training) return;
    const labelled = state.queueInfo.labelled;
    const parts = [el('h3', {}, t('train.title')), el('p', {}, t('train.labels', {n: labelled, file: state.queueInfo.file}))];
    if (labelled < 10) parts.push(el('p', {class: 'hint'}, t('train.need', {n: 10})));
    parts.push(el('button', {type: 'button', id: 'train-go', class: 'primary', disabled: labelled < 10 || training.state === 'running',
      onclick: startTraining}, t('train.go')));
    if (training.state === 'running') {
      const progress = el('progress', {max: '1', value: String(training.progress)});
      parts.push(el('p', {id: 'train-state', 'data-state': 'running'}, t('train.running', {p: Math.round(training.progress * 100)})), progress);
    } else if (training.state === 'failed') {
      parts.push(el('p', {id: 'train-state', 'data-state': 'failed', class: 'failed'}, t('train.failed', {e: training.error})));
    } else if (training.state === 'done') {
      parts.push(el('p', {id: 'train-state', 'data-state': 'done'}, t('train.done', {model: training.model, n: training.labels})));
      const cv = training.crossValidation;
      if (cv) {
        parts.push(el('p', {class: 'small'}, t('train.cv')));
        parts.push(el('table', {class: 'metrics'}, el('tbody', {},
          el('tr', {}, el('th', {}, 'micro-F1'), el('td', {}, fmt(cv.microF1))),
          el('tr', {}, el('th', {}, 'macro-F1'), el('td', {}, fmt(cv.macroF1))),
          el('tr', {}, el('th', {}, 'subset accuracy'), el('td', {}, fmt(cv.accuracy))))));
        parts.push(el('table', {class: 'metrics per-theme'},
          el('thead', {}, el('tr', {}, el('th', {}, t('train.theme')), el('th', {}, 'P'), el('th', {}, 'R'), el('th', {}, 'F1'), el('th', {}, 'n'))),
          el('tbody', {}, cv.labels.map((m) => el('tr', {}, el('td', {}, labelOf(m.label)), el('td', {}, fmt(m.precision)),
            el('td', {}, fmt(m.recall)), el('td', {}, fmt(m.f1)), el('td', {}, String(m.support)))))));
      }
      if (state.usedModel === training.model) {
        parts.push(el('p', {id: 'train-using'}, t('train.using', {model: training.model})));
        const folder = state.models ? state.models.folder : '';
        const index = state.health.archive.folder;
        parts.push(el('p', {}, t('train.reindex')), el('pre', {class: 'command'},
          `policy-themes reindex --index ${index} --model ${folder}/${training.model}`));
      } else {
        parts.push(el('button', {type: 'button', id: 'train-use', onclick: async () => {
          state.models = await api('/api/models');
          await useModel(training.model);
        }}, t('train.use')));
      }
    }
    if (training.log && training.log.length > 0) {
      parts.push(el('details', {}, el('summary', {}, `log (${training.log.length})`), el('pre', {class: 'log'}, training.log.join('\n'))));
    }
    panel.replaceChildren(...parts);
  }

  // ---- start

  async function start() {
    let lang = null;
    try {
      lang = localStorage.getItem('policy-themes.lang');
    } catch (e) {
      lang = null;
    }
    state.lang = lang === 'ko' || lang === 'en' ? lang : document.documentElement.lang === 'ko' ? 'ko' : 'en';
    applyLanguage();
    $('lang-switch').addEventListener('click', switchLanguage);
    $('read-go').addEventListener('click', read);
    $('read-file').addEventListener('change', upload);
    $('read-lang').addEventListener('change', () => { if ($('read-text').value.trim()) read(); });
    $('search-form').addEventListener('submit', (event) => {
      event.preventDefault();
      search(0);
    });
    window.addEventListener('hashchange', () => show(location.hash.slice(1)));
    document.addEventListener('keydown', labelKeys);
    try {
      [state.health, state.taxonomy, state.model] = await Promise.all([api('/api/health'), api('/api/taxonomy'), api('/api/model')]);
      $('model-badge').textContent = state.model.name;
      $('model-badge').title = `${state.model.algorithm} · ${state.model.taxonomy.id} · ${state.model.id}`;
    } catch (e) {
      showError(e);
    }
    document.body.dataset.ready = 'true';
    show(location.hash.slice(1) || 'read');
  }

  document.addEventListener('DOMContentLoaded', start);
})();
