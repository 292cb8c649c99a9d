// The trend chart of the archive view: each theme's share of the matching articles per period, as
// lines in an SVG drawn with DOM calls (labels are text nodes, so any script in a label is text).
'use strict';
(function () {
  const NS = 'http://www.w3.org/2000/svg';

  function svg(tag, attrs, text) {
    const node = document.createElementNS(NS, tag);
    for (const [key, value] of Object.entries(attrs || {})) {
      node.setAttribute(key, String(value));
    }
    if (text !== undefined) {
      node.textContent = text;
    }
    return node;
  }

  /**
   * Draws the chart.
   * trend: {periods: [...], articles: [...], themes: [{themeId, total, counts: [...]}]}
   * options: {title, labelOf(themeId), colorOf(themeId), empty, articlesWord, maxThemes}
   */
  function draw(container, trend, options) {
    container.replaceChildren();
    const periods = trend.periods || [];
    if (periods.length === 0) {
      const p = document.createElement('p');
      p.className = 'chart-empty';
      p.textContent = options.empty;
      container.append(p);
      return;
    }
    const themes = (trend.themes || []).filter((t) => t.total > 0).slice(0, options.maxThemes || 6);
    const width = 760;
    const height = 250;
    const left = 44;
    const right = 12;
    const top = 30;
    const bottom = 40;
    const plotW = width - left - right;
    const plotH = height - top - bottom;
    const shares = themes.map((t) =>
      t.counts.map((c, i) => (trend.articles[i] > 0 ? c / trend.articles[i] : 0)));
    let max = 0;
    shares.forEach((row) => row.forEach((v) => { max = Math.max(max, v); }));
    max = max <= 0 ? 1 : Math.min(1, Math.ceil(max * 10) / 10);
    const x = (i) => left + (periods.length === 1 ? plotW / 2 : (i * plotW) / (periods.length - 1));
    const y = (v) => top + plotH - (v / max) * plotH;

    const root = svg('svg', {
      viewBox: `0 0 ${width} ${height}`,
      class: 'trend-chart',
      role: 'img',
      'aria-label': options.title,
    });
    root.append(svg('text', {x: left, y: 16, class: 'chart-title'}, options.title));
    for (let k = 0; k <= 4; k++) {
      const v = (max * k) / 4;
      root.append(svg('line', {x1: left, x2: width - right, y1: y(v), y2: y(v), class: 'grid'}));
      root.append(svg('text', {x: left - 6, y: y(v) + 4, class: 'axis', 'text-anchor': 'end'},
        `${Math.round(v * 100)}%`));
    }
    const every = Math.max(1, Math.ceil(periods.length / 10));
    const last = periods.length - 1;
    periods.forEach((label, i) => {
      // every n-th period, and the last one unless it would overlap the one before it
      if (i % every === 0 || (i === last && last % every >= Math.ceil(every / 2) + 1)) {
        root.append(svg('text', {x: x(i), y: height - bottom + 16, class: 'axis', 'text-anchor': 'middle'}, label));
      }
    });
    themes.forEach((theme, t) => {
      const color = options.colorOf(theme.themeId);
      const points = shares[t].map((v, i) => `${x(i).toFixed(1)},${y(v).toFixed(1)}`).join(' ');
      const line = svg('polyline', {points, fill: 'none', stroke: color, 'stroke-width': 2, class: 'series'});
      line.setAttribute('data-theme', theme.themeId);
      root.append(line);
      shares[t].forEach((v, i) => {
        const dot = svg('circle', {cx: x(i), cy: y(v), r: 2.5, fill: color});
        dot.append(svg('title', {}, `${options.labelOf(theme.themeId)} ${periods[i]}: ` +
          `${Math.round(v * 100)}% (${theme.counts[i]}/${trend.articles[i]} ${options.articlesWord})`));
        root.append(dot);
      });
    });
    container.append(root);

    const legend = document.createElement('ul');
    legend.className = 'legend';
    themes.forEach((theme) => {
      const item = document.createElement('li');
      const swatch = document.createElement('span');
      swatch.className = 'swatch';
      swatch.style.background = options.colorOf(theme.themeId);
      item.append(swatch, document.createTextNode(`${options.labelOf(theme.themeId)} (${theme.total})`));
      legend.append(item);
    });
    container.append(legend);
  }

  window.TrendChart = {draw};
})();
