// The supervisor's floor view: agents and chats, the queue, today's figures with inline SVG charts.
'use strict';

(function () {
  const C = window.Console, el = C.el;
  const $ = function (id) { return document.getElementById(id); };
  let hub = null, timer = null;

  function render(f) {
    $('queueLength').textContent = String(f.queueLength);
    $('longestWait').textContent = f.queueLength ? C.duration(f.longestWaitSeconds) : '-';
    $('conversations').textContent = String(f.today.conversations);
    $('handedToAgents').textContent = String(f.today.handedToAgents);
    $('medianWait').textContent = f.today.medianWaitSeconds === null ? '-' : C.duration(f.today.medianWaitSeconds);
    $('helpful').textContent = f.today.helpfulYes + ' / ' + f.today.helpfulNo;
    const body = $('agentsBody');
    C.clear(body);
    if (f.agents.length === 0) {
      body.appendChild(el('tr', {}, [el('td', { text: 'Nobody is signed in.', attrs: { colspan: '3' } })]));
    }
    f.agents.forEach(function (a) {
      const chats = el('ul', { className: 'ticket-list' });
      a.chats.forEach(function (t) {
        chats.appendChild(el('li', { className: 'ticket' + (t.urgent ? ' urgent' : '') }, [
          el('span', { className: 'ticket-category', text: t.category }),
          t.urgent ? el('p', { className: 'ticket-urgent', text: 'URGENT' + (t.urgentReason ? ': ' + t.urgentReason : '') }) : null,
          el('p', { className: 'ticket-summary', text: t.summary })
        ]));
      });
      if (a.chats.length === 0) chats.appendChild(el('li', { className: 'muted', text: 'No chats' }));
      body.appendChild(el('tr', {}, [
        el('td', { text: a.displayName }),
        el('td', { text: a.online ? 'Online' : 'Offline' }),
        el('td', {}, [chats])
      ]));
    });
    C.barChart($('outcomesChart'), f.today.outcomes, 'No agent chats closed yet today.');
    C.barChart($('settledChart'), f.today.botSettled, 'No feedback from bot-only conversations yet today.');
  }

  function refresh() {
    clearTimeout(timer);
    timer = setTimeout(function () { hub.invoke('GetFloor').then(render); }, 150);
  }

  hub = C.connect(function (h) {
    h.invoke('GetContent').then(function (content) { $('meName').textContent = content.displayName; });
    refresh();
  });
  hub.on('QueueChanged', refresh);
  hub.on('ChatLine', function () { });
  hub.on('ResidentTyping', function () { });
  hub.on('ResidentLeft', refresh);
  hub.on('ChatTransferred', refresh);
  setInterval(function () { if (hub.state === 'Connected') refresh(); }, 15000);
})();
