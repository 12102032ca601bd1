// Resident chat page: connects Web Chat to the Direct Line channel, resumes a chat within 30 minutes,
// shows the 999 alert, and offers a quick exit that forgets the chat.
(function () {
  'use strict';

  var STORAGE_KEY = 'chattriage.chat';
  var RESUME_MS = 30 * 60 * 1000;
  var ESC_WINDOW_MS = 1500;

  // In the small panel of embed.js the page uses a compact layout so the send box stays in view.
  if (window.top !== window) { document.documentElement.classList.add('embedded'); }

  var leaveButton = document.getElementById('leave-site');
  var endButton = document.getElementById('end-chat');
  var newButton = document.getElementById('new-chat');
  var statusLine = document.getElementById('status');
  var alerts = document.getElementById('alerts');
  var nonceMeta = document.querySelector('meta[name="csp-nonce"]');
  var nonce = nonceMeta ? nonceMeta.getAttribute('content') : undefined;

  // Web Chat 4.18.1 passes its nonce to its own emotion styles but not to react-scroll-to-bottom's, whose
  // <style data-emotion> the policy would block (breaking transcript scrolling). Give the nonce to emotion's
  // style elements only, as they are inserted; styles in injected markup still need the nonce and are blocked.
  function withNonce(node) {
    if (nonce && node instanceof HTMLStyleElement && node.hasAttribute('data-emotion') && !node.nonce) {
      node.setAttribute('nonce', nonce);
    }
    return node;
  }
  var insertBefore = Node.prototype.insertBefore;
  var appendChild = Node.prototype.appendChild;
  Node.prototype.insertBefore = function (node, reference) { return insertBefore.call(this, withNonce(node), reference); };
  Node.prototype.appendChild = function (node) { return appendChild.call(this, withNonce(node)); };

  var config = null;
  var directLine = null;
  var session = null;
  var saveTimer = null;
  var shownAlerts = {};
  var lastEscape = 0;

  function forget() {
    try { window.localStorage.removeItem(STORAGE_KEY); } catch (e) { /* storage may be blocked */ }
    try { window.sessionStorage.clear(); } catch (e) { /* storage may be blocked */ }
  }

  function leave() {
    // Nothing may save the chat again on the way out (pagehide would).
    session = null;
    directLine = null;
    forget();
    var url = leaveButton.getAttribute('data-exit-url');
    if (window.top !== window) {
      // Embedded in a force's site: embed.js replaces the whole page (a frame may not navigate its parent
      // without a click, and Esc does not count as one).
      window.parent.postMessage({ type: 'chattriage-leave' }, '*');
      try { window.top.location.replace(url); } catch (e) { /* embed.js handles it */ }
    }
    window.location.replace(url);
  }

  leaveButton.addEventListener('click', leave);
  document.addEventListener('keydown', function (event) {
    if (event.key !== 'Escape') { return; }
    var now = Date.now();
    if (now - lastEscape < ESC_WINDOW_MS) { leave(); }
    lastEscape = now;
  }, true);

  function loadSaved() {
    try {
      var saved = JSON.parse(window.localStorage.getItem(STORAGE_KEY) || 'null');
      if (saved && saved.token && saved.conversationId && Date.now() - saved.savedAt < RESUME_MS) { return saved; }
    } catch (e) { /* ignore a broken entry */ }
    forget();
    return null;
  }

  function save() {
    if (!session) { return; }
    if (directLine && directLine.token) { session.token = directLine.token; }
    try {
      window.localStorage.setItem(STORAGE_KEY, JSON.stringify({
        token: session.token, conversationId: session.conversationId, savedAt: Date.now()
      }));
    } catch (e) { /* storage may be blocked: the chat still works, it just won't resume */ }
  }

  function showStatus(text) { statusLine.textContent = text || ''; }

  function text(name) { return (config && config.texts && config.texts[name]) || ''; }

  function showEmergency(activity) {
    if (shownAlerts[activity.id]) { return; }
    shownAlerts[activity.id] = true;
    var box = document.createElement('div');
    box.className = 'emergency-alert';
    box.setAttribute('role', 'alert');
    var heading = document.createElement('h2');
    heading.textContent = text('emergency_alert_heading');
    var message = document.createElement('p');
    message.textContent = activity.text || '';
    var call999 = document.createElement('a');
    call999.className = 'call call-999';
    call999.href = 'tel:999';
    call999.textContent = text('call_emergency');
    var call101 = document.createElement('a');
    call101.className = 'call call-101';
    call101.href = 'tel:101';
    call101.textContent = text('call_non_emergency');
    box.appendChild(heading);
    box.appendChild(message);
    box.appendChild(call999);
    box.appendChild(call101);
    alerts.insertBefore(box, alerts.firstChild);
  }

  function createStore() {
    return window.WebChat.createStore({}, function () {
      return function (next) {
        return function (action) {
          if (action.type === 'DIRECT_LINE/INCOMING_ACTIVITY') {
            var activity = action.payload.activity;
            if (activity && activity.from && activity.from.role === 'bot' && activity.channelData && activity.channelData.emergency === true) {
              showEmergency(activity);
            }
          } else if (action.type === 'DIRECT_LINE/CONNECT_FULFILLED') {
            showStatus('');
            save();
          } else if (action.type === 'DIRECT_LINE/CONNECT_REJECTED') {
            showStatus(text('error_connection_failed'));
          }
          return next(action);
        };
      };
    });
  }

  function fetchJson(url, options) {
    return window.fetch(url, options).then(function (response) {
      if (!response.ok) {
        var error = new Error('HTTP ' + response.status);
        error.status = response.status;
        throw error;
      }
      return response.json();
    });
  }

  function resume(saved) {
    return fetchJson(config.refreshUrl, { method: 'POST', headers: { Authorization: 'Bearer ' + saved.token } })
      .then(function (answer) { return { token: answer.token, conversationId: answer.conversationId, resumed: true }; })
      .catch(function () { forget(); return null; });
  }

  function startNew() {
    return fetchJson(config.tokenUrl, { method: 'POST' })
      .then(function (answer) { return { token: answer.token, conversationId: answer.conversationId, resumed: false }; });
  }

  function accentColour() {
    var value = window.getComputedStyle(document.documentElement).getPropertyValue('--force-colour');
    return (value || '').trim() || '#00205b';
  }

  function render() {
    var options = { token: session.token };
    if (config.domain) { options.domain = window.location.origin + config.domain; }
    // Resume: the conversation id (not a stream URL) makes Web Chat reconnect, replay history and keep refreshing.
    if (session.resumed) { options.conversationId = session.conversationId; }
    directLine = window.WebChat.createDirectLine(options);
    window.WebChat.renderWebChat({
      directLine: directLine,
      store: createStore(),
      locale: 'en-GB',
      nonce: nonce,
      styleOptions: {
        accent: accentColour(),
        hideUploadButton: true,
        botAvatarInitials: '',
        userAvatarInitials: '',
        bubbleBorderColor: '#b1b4b6',
        bubbleFromUserBackground: '#e8eef7',
        bubbleFromUserBorderColor: '#8fa6c7',
        bubbleBorderRadius: 8,
        bubbleFromUserBorderRadius: 8,
        primaryFont: 'Arial, Helvetica, sans-serif',
        sendBoxTextWrap: true
      }
    }, document.getElementById('webchat'));
    save();
    saveTimer = window.setInterval(save, 60 * 1000);
  }

  function start(saved) {
    showStatus(text('loading'));
    newButton.hidden = true;
    endButton.hidden = false;
    (saved ? resume(saved) : Promise.resolve(null))
      .then(function (resumed) { return resumed || startNew(); })
      .then(function (started) { session = started; render(); })
      .catch(function (error) {
        showStatus(error && error.status === 429 ? text('error_too_many_chats') : text('error_connection_failed'));
      });
  }

  function endChat() {
    if (directLine) { directLine.end(); }
    if (saveTimer) { window.clearInterval(saveTimer); }
    directLine = null;
    session = null;
    forget();
    // Web Chat has no unmount in the bundle API: replace its host element.
    var old = document.getElementById('webchat');
    var fresh = document.createElement('div');
    fresh.id = 'webchat';
    fresh.className = 'webchat';
    old.parentNode.replaceChild(fresh, old);
    alerts.textContent = '';
    shownAlerts = {};
    showStatus(text('error_chat_ended'));
    endButton.hidden = true;
    newButton.hidden = false;
    newButton.focus();
  }

  endButton.addEventListener('click', endChat);
  newButton.addEventListener('click', function () { start(null); });
  window.addEventListener('pagehide', save);

  fetchJson('/api/webchat/config')
    .then(function (loaded) {
      config = loaded;
      if (config.logoUrl) {
        var logo = document.getElementById('force-logo');
        logo.src = config.logoUrl;
        logo.hidden = false;
      }
      start(loadSaved());
    })
    .catch(function () { showStatus(statusLine.getAttribute('data-error') || ''); });
}());
