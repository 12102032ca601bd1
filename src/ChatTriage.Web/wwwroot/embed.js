// Add to a force's website with one line: <script src="https://CHAT-APP-HOST/embed.js" defer></script>
// Shows a "Chat with us" button that opens the chat page in a panel (an iframe of this app).
(function () {
  'use strict';

  var script = document.currentScript;
  if (!script || document.getElementById('chattriage-launcher')) { return; }
  var origin = new URL(script.src, window.location.href).origin;

  function style(element, rules) {
    Object.keys(rules).forEach(function (key) { element.style[key] = rules[key]; });
  }

  var exitUrl = null;

  function build(texts) {
    var panelId = 'chattriage-panel';
    var button = document.createElement('button');
    button.id = 'chattriage-launcher';
    button.type = 'button';
    button.textContent = texts.embed_open;
    button.setAttribute('aria-expanded', 'false');
    button.setAttribute('aria-controls', panelId);
    style(button, {
      position: 'fixed', right: '1rem', bottom: '1rem', zIndex: '2147483000', minHeight: '44px',
      padding: '0.75rem 1.25rem', font: 'bold 1rem Arial, Helvetica, sans-serif', color: '#fff',
      background: '#00205b', border: '2px solid #fff', borderRadius: '4px', cursor: 'pointer'
    });

    var panel = document.createElement('div');
    panel.id = panelId;
    panel.setAttribute('role', 'region');
    panel.setAttribute('aria-label', texts.embed_frame_title);
    panel.hidden = true;
    style(panel, {
      position: 'fixed', right: '1rem', bottom: '4.5rem', zIndex: '2147483000', width: 'min(26rem, calc(100vw - 2rem))',
      height: 'min(40rem, calc(100vh - 6rem))', background: '#fff', border: '1px solid #b1b4b6',
      borderRadius: '4px', boxShadow: '0 4px 16px rgba(0,0,0,0.3)', display: 'flex', flexDirection: 'column'
    });

    var close = document.createElement('button');
    close.type = 'button';
    close.textContent = texts.embed_close;
    style(close, {
      alignSelf: 'flex-end', margin: '0.25rem', minHeight: '44px', padding: '0.5rem 1rem',
      font: 'bold 1rem Arial, Helvetica, sans-serif', background: '#fff', color: '#0b0c0c',
      border: '2px solid #0b0c0c', borderRadius: '4px', cursor: 'pointer'
    });

    var frame = null;

    function open() {
      if (!frame) {
        frame = document.createElement('iframe');
        frame.src = origin + '/';
        frame.title = texts.embed_frame_title;
        style(frame, { flex: '1', width: '100%', border: '0' });
        panel.appendChild(frame);
      }
      panel.hidden = false;
      panel.style.display = 'flex';
      button.setAttribute('aria-expanded', 'true');
      frame.focus();
    }

    function hide() {
      panel.hidden = true;
      panel.style.display = 'none';
      button.setAttribute('aria-expanded', 'false');
      button.focus();
    }

    button.addEventListener('click', function () { if (panel.hidden) { open(); } else { hide(); } });
    // "Leave this site" inside the chat: replace this whole page with the neutral site.
    window.addEventListener('message', function (event) {
      if (event.origin === origin && event.data && event.data.type === 'chattriage-leave' && exitUrl) {
        window.location.replace(exitUrl);
      }
    });
    close.addEventListener('click', hide);
    panel.style.display = 'none';
    panel.appendChild(close);
    document.body.appendChild(panel);
    document.body.appendChild(button);
  }

  window.fetch(origin + '/api/webchat/config')
    .then(function (response) { return response.ok ? response.json() : Promise.reject(response.status); })
    .then(function (config) { exitUrl = config.quickExitUrl; build(config.texts); })
    .catch(function () { /* the chat is unavailable: show no button rather than a broken one */ });
}());
