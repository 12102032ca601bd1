// Shared helpers for the agent console. Everything a resident typed is put on the page with textContent
// (through el()), never as HTML, so a typed <script> or <img onerror> stays inert text.
'use strict';

window.Console = (function () {
  function el(tag, options, children) {
    const node = document.createElement(tag);
    const o = options || {};
    if (o.className) node.className = o.className;
    if (o.text !== undefined && o.text !== null) node.textContent = String(o.text);
    if (o.attrs) Object.keys(o.attrs).forEach(function (k) { node.setAttribute(k, o.attrs[k]); });
    (children || []).forEach(function (c) { if (c) node.appendChild(c); });
    return node;
  }

  function clear(node) { while (node.firstChild) node.removeChild(node.firstChild); }

  function duration(seconds) {
    const s = Math.max(0, Math.floor(seconds));
    if (s < 60) return s + 's';
    const m = Math.floor(s / 60);
    if (m < 60) return m + 'm ' + String(s % 60).padStart(2, '0') + 's';
    return Math.floor(m / 60) + 'h ' + String(m % 60).padStart(2, '0') + 'm';
  }

  function time(iso) {
    const d = new Date(iso);
    return isNaN(d) || d.getFullYear() < 2000 ? '' : d.toLocaleTimeString('en-GB', { hour: '2-digit', minute: '2-digit' });
  }

  function connect(onReady) {
    const status = document.getElementById('connection');
    const hub = new signalR.HubConnectionBuilder()
      .withUrl('/agent/hub')
      .withAutomaticReconnect([0, 2000, 5000, 10000, 30000])
      .build();
    function show(text, cls) { status.textContent = text; status.className = 'pill ' + cls; }
    hub.onreconnecting(function () { show('Reconnecting', 'bad'); });
    hub.onreconnected(function () { show('Connected', 'ok'); onReady(hub); });
    hub.onclose(function () { show('Disconnected - reload the page', 'bad'); });
    hub.start().then(function () { show('Connected', 'ok'); onReady(hub); })
      .catch(function () { show('Not connected - reload the page', 'bad'); });
    return hub;
  }

  // A horizontal bar chart as inline SVG, built with DOM calls; labels are text nodes.
  function barChart(container, items, emptyText) {
    clear(container);
    if (!items || items.length === 0) {
      container.appendChild(el('p', { className: 'muted', text: emptyText }));
      return;
    }
    const ns = 'http://www.w3.org/2000/svg';
    const rowHeight = 30, labelWidth = 190, barWidth = 170, width = labelWidth + barWidth + 40;
    const max = Math.max.apply(null, items.map(function (i) { return i.count; })) || 1;
    const svg = document.createElementNS(ns, 'svg');
    svg.setAttribute('viewBox', '0 0 ' + width + ' ' + (items.length * rowHeight + 8));
    svg.setAttribute('role', 'img');
    svg.setAttribute('aria-label', items.map(function (i) { return i.label + ': ' + i.count; }).join('; '));
    items.forEach(function (item, index) {
      const y = index * rowHeight + 4;
      const label = document.createElementNS(ns, 'text');
      label.setAttribute('x', '0'); label.setAttribute('y', String(y + 17));
      label.textContent = item.label;
      const bar = document.createElementNS(ns, 'rect');
      bar.setAttribute('class', 'bar');
      bar.setAttribute('x', String(labelWidth)); bar.setAttribute('y', String(y + 4));
      bar.setAttribute('height', '18'); bar.setAttribute('rx', '3');
      bar.setAttribute('width', String(Math.max(2, Math.round(barWidth * item.count / max))));
      const value = document.createElementNS(ns, 'text');
      value.setAttribute('x', String(labelWidth + Math.round(barWidth * item.count / max) + 6));
      value.setAttribute('y', String(y + 17));
      value.textContent = String(item.count);
      svg.appendChild(label); svg.appendChild(bar); svg.appendChild(value);
    });
    container.appendChild(svg);
  }

  return { el: el, clear: clear, duration: duration, time: time, connect: connect, barChart: barChart };
})();
