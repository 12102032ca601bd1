// The agent console: queue, accept, chat, notes, transfer and close over the SignalR hub.
'use strict';

(function () {
  const C = window.Console, el = C.el;
  const $ = function (id) { return document.getElementById(id); };
  const state = { me: null, content: null, snapshot: null, offset: 0, openId: null, open: null, seen: new Set(), live: [], lastTyping: 0, typingTimer: null };
  const acceptProblems = {
    NotWaiting: 'Someone else has just accepted this chat, or the resident left.',
    AtCapacity: 'You already have as many chats as allowed. Close one first.',
    NotFound: 'This chat no longer exists.'
  };
  let hub = null, refreshTimer = null;

  function serverNow() { return Date.now() + state.offset; }
  function waitSeconds(t) { return (serverNow() - new Date(t.createdAt).getTime()) / 1000; }

  function ticketItem(t, kind) {
    const selected = t.id === state.openId;
    const item = el('li', { className: 'ticket' + (t.urgent ? ' urgent' : '') + (selected ? ' selected' : ''), attrs: { 'data-ticket': t.id } });
    const top = el('div', { className: 'ticket-top' }, [
      el('span', { className: 'ticket-category', text: t.category }),
      el('span', { className: 'ticket-wait', text: kind === 'waiting' ? 'waiting ' + C.duration(waitSeconds(t)) : kind === 'mine' ? 'since ' + C.time(t.acceptedAt) : 'with ' + (t.agentName || ''), attrs: { 'data-created': t.createdAt, 'data-kind': kind } })
    ]);
    item.appendChild(top);
    if (t.urgent) item.appendChild(el('p', { className: 'ticket-urgent', text: 'URGENT' + (t.urgentReason ? ': ' + t.urgentReason : '') }));
    item.appendChild(el('p', { className: 'ticket-summary', text: t.summary, attrs: { title: t.summary } }));
    item.appendChild(el('span', { className: 'ticket-step', text: 'Reached: ' + t.step }));
    const buttons = el('div', { className: 'ticket-buttons' });
    const view = el('button', { text: kind === 'mine' ? 'Open' : 'View', attrs: { type: 'button', 'aria-label': (kind === 'mine' ? 'Open' : 'View') + ' chat: ' + t.category } });
    view.addEventListener('click', function () { openChat(t.id); });
    buttons.appendChild(view);
    if (kind === 'waiting') {
      const accept = el('button', { className: 'primary', text: 'Accept', attrs: { type: 'button', 'aria-label': 'Accept chat: ' + t.category } });
      accept.addEventListener('click', function () { accept.disabled = true; acceptChat(t.id); });
      buttons.appendChild(accept);
    }
    item.appendChild(buttons);
    return item;
  }

  function renderQueue() {
    const s = state.snapshot;
    if (!s) return;
    const lists = [['waitingList', s.waiting, 'waiting'], ['mineList', s.mine, 'mine'], ['othersList', s.others, 'others']];
    lists.forEach(function (l) {
      const list = $(l[0]);
      C.clear(list);
      l[1].forEach(function (t) { list.appendChild(ticketItem(t, l[2])); });
    });
    $('waitingCount').textContent = String(s.waiting.length);
    $('mineCount').textContent = String(s.mine.length);
    $('capacity').textContent = 'of ' + s.maxChats;
    $('waitingEmpty').hidden = s.waiting.length > 0;
    $('othersBlock').hidden = !state.me || !state.me.isSupervisor;
    $('closedNotice').hidden = s.open;
    document.title = (s.waiting.length ? '(' + s.waiting.length + ') ' : '') + 'Queue - ChatTriage agent console';
  }

  function tickWaits() {
    document.querySelectorAll('[data-kind=waiting]').forEach(function (node) {
      node.textContent = 'waiting ' + C.duration((serverNow() - new Date(node.getAttribute('data-created')).getTime()) / 1000);
    });
  }

  function refreshQueue() {
    clearTimeout(refreshTimer);
    refreshTimer = setTimeout(function () {
      hub.invoke('GetQueue').then(function (s) {
        state.offset = new Date(s.now).getTime() - Date.now();
        state.snapshot = s;
        renderQueue();
        if (state.openId) {
          const all = s.waiting.concat(s.mine, s.others);
          const current = all.find(function (t) { return t.id === state.openId; });
          const shown = state.open && state.open.ticket;
          const wasOpen = shown && (shown.status === 'Waiting' || shown.status === 'Assigned');
          if (current ? (current.status !== shown.status || current.urgent !== shown.urgent || current.agentId !== shown.agentId) : wasOpen) openChat(state.openId, true);
        }
      });
    }, 100);
  }

  function acceptChat(id) {
    hub.invoke('Accept', id).then(function (reply) {
      if (reply.outcome === 'Accepted') {
        $('queueProblem').textContent = '';
        openChat(id);
      } else {
        showProblem(acceptProblems[reply.outcome] || 'The chat could not be accepted.');
        refreshQueue();
      }
    });
  }

  function lineItem(line) {
    const who = { resident: 'Resident', bot: 'Bot', agent: line.name || 'Agent', note: 'Note by ' + (line.name || 'agent'), system: '' }[line.from];
    const item = el('li', { className: 'line ' + line.from + (line.emergency ? ' emergency' : ''), attrs: { 'data-line': line.id } });
    if (who) item.appendChild(el('span', { className: 'who', text: who + (C.time(line.at) ? ' · ' + C.time(line.at) : '') }));
    item.appendChild(document.createTextNode(line.text));
    return item;
  }

  function addLine(line, live) {
    if (live) state.live.push(line);
    if (state.seen.has(line.id)) return;
    state.seen.add(line.id);
    const list = $('lines');
    list.appendChild(lineItem(line));
    list.lastChild.scrollIntoView({ block: 'nearest' });
  }

  function renderDetails(json) {
    const dl = $('details');
    C.clear(dl);
    let data = null;
    try { data = JSON.parse(json || '{}'); } catch (e) { data = { details: json }; }
    const entries = data && typeof data === 'object' ? Object.keys(data) : [];
    if (entries.length === 0) {
      dl.appendChild(el('dt', { text: 'Details' }));
      dl.appendChild(el('dd', { text: 'Nothing collected.' }));
      return;
    }
    entries.forEach(function (key) {
      const value = data[key];
      const label = key.replace(/([a-z])([A-Z])/g, '$1 $2').replace(/[_-]/g, ' ');
      dl.appendChild(el('dt', { text: label.charAt(0).toUpperCase() + label.slice(1) }));
      dl.appendChild(el('dd', { text: value !== null && typeof value === 'object' ? JSON.stringify(value, null, 1) : String(value) }));
    });
  }

  function openChat(id, keepComposer) {
    hub.invoke('OpenChat', id).then(function (view) {
      if (!view) { showProblem('This chat is not available to you.'); return; }
      const t = view.ticket;
      const mine = t.status === 'Assigned' && t.agentId === state.me.agentId;
      // Lines pushed live since the chat was opened stay when it is redrawn (the transcript may lag behind).
      if (id !== state.openId) state.live = [];
      state.openId = id; state.open = view; state.seen = new Set();
      $('chatEmpty').hidden = true; $('chat').hidden = false;
      $('chatHeading').textContent = t.category;
      $('chatMeta').textContent = 'Reached: ' + t.step + ' · ' + (t.status === 'Waiting' ? 'waiting since ' + C.time(t.createdAt) : t.status === 'Assigned' ? 'with ' + (t.agentName || '') : t.status) + ' · ' + t.summary;
      $('chatUrgent').hidden = !t.urgent;
      $('chatUrgent').textContent = t.urgent ? 'URGENT - the 999 check fired' + (t.urgentReason ? ': ' + t.urgentReason : '') : '';
      $('chatActions').hidden = !mine;
      $('acceptButton').hidden = t.status !== 'Waiting';
      $('left').hidden = !(t.status === 'ResidentLeft');
      $('sendButton').disabled = false;
      $('asNote').checked = !mine;
      $('asNote').disabled = !mine;
      $('message').placeholder = mine ? 'Type a reply' : 'Type an internal note';
      $('composer').hidden = !(mine || t.status === 'Waiting' || state.me.isSupervisor);
      renderDetails(view.detailsJson);
      const list = $('lines');
      C.clear(list);
      view.transcript.forEach(function (l) { addLine(l); });
      if (view.notes.length) list.appendChild(el('li', { className: 'history-divider', text: 'Internal notes' }));
      view.notes.forEach(function (l) { addLine(l); });
      list.appendChild(el('li', { className: 'history-divider', text: 'Live from here' }));
      state.live.forEach(function (l) { addLine(l); });
      if (!keepComposer) { $('message').value = ''; $('problem').textContent = ''; }
      renderQueue();
      if (mine && !keepComposer) $('message').focus();
    });
  }

  function showProblem(text) { $('problem').textContent = text; $('queueProblem').textContent = text; }

  function send(event) {
    event.preventDefault();
    const text = $('message').value.trim();
    if (!state.openId || !text) return;
    const method = $('asNote').checked ? 'AddNote' : 'Send';
    $('sendButton').disabled = true;
    hub.invoke(method, state.openId, text).then(function (reply) {
      $('sendButton').disabled = false;
      if (reply.ok) { $('message').value = ''; $('problem').textContent = ''; $('canned').value = ''; }
      else $('problem').textContent = reply.problem;
    }).catch(function () { $('sendButton').disabled = false; $('problem').textContent = 'Not sent: the connection dropped. Try again.'; });
  }

  function typing() {
    if (!state.openId || $('asNote').checked || Date.now() - state.lastTyping < 3000) return;
    state.lastTyping = Date.now();
    hub.invoke('Typing', state.openId).catch(function () { });
  }

  function fillTransferTargets() {
    hub.invoke('GetAgents').then(function (agents) {
      const select = $('transferTarget');
      C.clear(select);
      select.appendChild(el('option', { text: 'Back to the queue', attrs: { value: 'queue' } }));
      select.appendChild(el('option', { text: 'Back to the bot', attrs: { value: 'bot' } }));
      agents.filter(function (a) { return a.id !== state.me.agentId; }).forEach(function (a) {
        select.appendChild(el('option', { text: a.displayName + ' (' + a.chats + ' chats)', attrs: { value: a.id } }));
      });
    });
  }

  function setupContent(content) {
    state.me = content;
    $('meName').textContent = content.displayName;
    $('supervisorLink').hidden = !content.isSupervisor;
    const canned = $('canned');
    content.cannedResponses.forEach(function (c) { canned.appendChild(el('option', { text: c.title, attrs: { value: c.id } })); });
    const outcome = $('outcome');
    outcome.appendChild(el('option', { text: 'Outcome…', attrs: { value: '' } }));
    content.outcomes.forEach(function (o) { outcome.appendChild(el('option', { text: o.label, attrs: { value: o.code } })); });
  }

  function wire() {
    $('composer').addEventListener('submit', send);
    $('message').addEventListener('input', typing);
    $('message').addEventListener('keydown', function (e) { if (e.key === 'Enter' && !e.shiftKey) { send(e); } });
    $('canned').addEventListener('change', function () {
      const c = state.me.cannedResponses.find(function (x) { return x.id === $('canned').value; });
      if (c) { $('message').value = c.text; $('message').focus(); }
    });
    $('acceptButton').addEventListener('click', function () { acceptChat(state.openId); });
    $('closeButton').addEventListener('click', function () {
      const outcome = $('outcome').value;
      if (!outcome) { $('problem').textContent = 'Choose an outcome before closing.'; $('outcome').focus(); return; }
      hub.invoke('Close', state.openId, outcome).then(function (reply) {
        if (reply.ok) { $('outcome').value = ''; openChat(state.openId); } else $('problem').textContent = reply.problem;
      });
    });
    $('transferTarget').addEventListener('focus', fillTransferTargets);
    $('transferButton').addEventListener('click', function () {
      hub.invoke('Transfer', state.openId, $('transferTarget').value).then(function (reply) {
        if (reply.ok) openChat(state.openId); else $('problem').textContent = reply.problem;
      });
    });
    setInterval(tickWaits, 1000);
  }

  wire();
  hub = C.connect(function (h) {
    h.invoke('GetContent').then(function (content) {
      if (!state.me) { setupContent(content); fillTransferTargets(); }
      refreshQueue();
    });
  });
  hub.on('QueueChanged', refreshQueue);
  hub.on('ChatLine', function (line) { if (line.ticketId === state.openId) addLine(line, true); });
  hub.on('ResidentTyping', function (id) {
    if (id !== state.openId) return;
    $('typing').hidden = false;
    clearTimeout(state.typingTimer);
    state.typingTimer = setTimeout(function () { $('typing').hidden = true; }, 5000);
  });
  hub.on('ResidentLeft', function (id) {
    if (id === state.openId) { $('left').hidden = false; $('typing').hidden = true; }
    refreshQueue();
  });
  hub.on('ChatTransferred', function () { refreshQueue(); });
})();
