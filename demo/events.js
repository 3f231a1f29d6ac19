// Demo of the host-page events: a municipality wires its own analytics to these. This only
// shows them on the page; nothing is sent anywhere. (A plain file: no inline scripts in the demo.)
const log = document.querySelector('[data-event-log]');
for (const name of ['regelingenwijzer:step', 'regelingenwijzer:result', 'regelingenwijzer:error']) {
  document.addEventListener(name, (e) => {
    if (!log) return;
    const line = `${new Date().toLocaleTimeString('nl-NL')}  ${name.split(':')[1]}  ${JSON.stringify(e.detail)}\n`;
    log.textContent = line + log.textContent;
  });
}
