// The caller's bearer token and authenticated fetch, shared by the pages.
// A token arrives in the URL fragment (#token=…), which browsers never send to a server or write to its logs;
// it is kept in sessionStorage for reloads and the fragment is cleared from the address bar.
const storageKey = 'loyalty.token';

export function token() {
  const fromFragment = new URLSearchParams(location.hash.slice(1)).get('token');
  if (fromFragment) {
    sessionStorage.setItem(storageKey, fromFragment);
    history.replaceState(null, '', location.pathname + location.search);
  }
  return sessionStorage.getItem(storageKey);
}

export async function api(path, { method = 'GET', body } = {}) {
  const response = await fetch(path, {
    method,
    headers: { Authorization: `Bearer ${token()}`, ...(body === undefined ? {} : { 'Content-Type': 'application/json' }) },
    body: body === undefined ? undefined : JSON.stringify(body),
  });
  const text = await response.text();
  const json = text ? JSON.parse(text) : null;
  if (!response.ok) {
    const detail = json?.errors ? Object.entries(json.errors).map(([field, messages]) => `${field}: ${messages.join(' ')}`).join('; ') : json?.detail;
    throw new Error(`${json?.title ?? response.statusText}${detail ? ` — ${detail}` : ''}`);
  }
  return json;
}

// A hub connection that never gives up: after a silo restart it keeps retrying every few seconds.
export function liveConnection(onState) {
  const connection = new signalR.HubConnectionBuilder()
    .withUrl('/hubs/live', { accessTokenFactory: () => token() })
    .withAutomaticReconnect({ nextRetryDelayInMilliseconds: ({ previousRetryCount }) => Math.min(250 * 2 ** previousRetryCount, 3000) })
    .configureLogging(signalR.LogLevel.Warning)
    .build();
  connection.onreconnecting(() => onState('reconnecting'));
  connection.onreconnected(() => onState('live'));
  connection.onclose(() => { onState('offline'); setTimeout(() => start(connection, onState), 1000); });
  return connection;
}

// Shows a connection state in the page header's #connection badge.
export function showConnection(state) {
  const badge = document.getElementById('connection');
  badge.dataset.state = state;
  badge.textContent = state;
}

export async function start(connection, onState) {
  for (let attempt = 0; ; attempt++) {
    try {
      await connection.start();
      onState('live');
      return;
    } catch {
      onState('offline');
      await new Promise(resolve => setTimeout(resolve, Math.min(250 * 2 ** attempt, 3000)));
    }
  }
}

export const formatPoints = value => new Intl.NumberFormat().format(value);
export const formatMoney = (minorUnits, currency = 'EUR') =>
  new Intl.NumberFormat(undefined, { style: 'currency', currency }).format(minorUnits / 100);

export function element(tag, attributes = {}, ...children) {
  const node = document.createElement(tag);
  for (const [name, value] of Object.entries(attributes)) {
    if (name === 'class') node.className = value; else node.setAttribute(name, value);
  }
  node.append(...children);
  return node;
}
