// Push latency: posts purchases to a silo over HTTP at a steady, modest rate and times how long after each
// acknowledgment (the till's 201) the member's live event arrives in the official SignalR JavaScript client.
// Usage: node push-latency.mjs --url http://127.0.0.1:5080 --admin-token <token> [--count 1000] [--rate 20]
// The admin token comes from a silo started with Loyalty__Auth__BootstrapAdmin=true. Only loopback targets are accepted.
import { parseArgs } from 'node:util';
import { performance } from 'node:perf_hooks';
import * as signalR from '@microsoft/signalr';

const { values } = parseArgs({
  options: {
    url: { type: 'string', default: 'http://127.0.0.1:5080' },
    'admin-token': { type: 'string' },
    count: { type: 'string', default: '1000' },
    rate: { type: 'string', default: '20' },
  },
});
const base = new URL(values.url);
if (!['127.0.0.1', 'localhost', '[::1]'].includes(base.hostname) && !base.hostname.startsWith('127.')) {
  throw new Error(`Refusing to load ${base.hostname}: only loopback targets are measured.`);
}
const count = Math.min(Number(values.count), 100_000);
const rate = Number(values.rate);
const admin = values['admin-token'] ?? (() => { throw new Error('--admin-token is required'); })();

async function call(path, { token, key, body, method = 'POST' } = {}) {
  const response = await fetch(new URL(path, base), {
    method,
    headers: { 'Content-Type': 'application/json', ...(token ? { Authorization: `Bearer ${token}` } : {}), ...(key ? { 'X-Api-Key': key } : {}) },
    body: body === undefined ? undefined : JSON.stringify(body),
  });
  if (!response.ok) throw new Error(`${method} ${path}: ${response.status} ${await response.text()}`);
  return response.json();
}

const run = Date.now().toString(36);
const memberId = `latency-${run}`;
const { key } = await call('/api/v1/admin/api-keys', { token: admin, body: { chainId: 'latency', description: 'push latency benchmark' } });
const { token } = await call('/api/v1/admin/tokens', { token: admin, body: { role: 'member', subject: memberId } });
await call('/api/v1/members', { key, body: { memberId, transactionId: `enroll-${memberId}` } });

const arrived = new Map(); // transactionId → performance.now() when its event arrived
const connection = new signalR.HubConnectionBuilder()
  .withUrl(new URL('/hubs/live', base).href, { accessTokenFactory: () => token, transport: signalR.HttpTransportType.WebSockets, skipNegotiation: true })
  .configureLogging(signalR.LogLevel.Warning)
  .build();
const subscribed = new Promise(resolve => connection.on('subscribed', resolve));
connection.on('memberEvent', event => { arrived.set(event.result?.transactionId, performance.now()); });
await connection.start();
await subscribed;

const posted = new Map(); // transactionId → performance.now() when the request was sent
const acknowledged = new Map(); // transactionId → performance.now() when the 201 arrived
const interval = 1000 / rate;
const started = performance.now();
for (let i = 0; i < count; i++) {
  const due = started + i * interval;
  const wait = due - performance.now();
  if (wait > 0) await new Promise(resolve => setTimeout(resolve, wait));
  const transactionId = `${run}-${i}`;
  posted.set(transactionId, performance.now());
  await call(`/api/v1/members/${memberId}/purchases`, {
    key,
    body: {
      transactionId, occurredAt: new Date().toISOString(), storeId: 'store-1', channel: 'store', currency: 'EUR',
      lines: [{ lineId: '1', sku: 'BREAD', category: 'bakery', quantity: 1, amount: 3.5 }],
    },
  });
  acknowledged.set(transactionId, performance.now());
}
await new Promise(resolve => setTimeout(resolve, 1000)); // the last events' grace period
await connection.stop();

// An event may arrive before the till reads its answer (the grain publishes once the journal append is durable):
// that counts as 0 ms after the acknowledgment.
const delays = from => [...from].filter(([id]) => arrived.has(id)).map(([id, t]) => Math.max(0, arrived.get(id) - t)).sort((a, b) => a - b);
const quantiles = sorted => Object.fromEntries([['p50', 0.5], ['p90', 0.9], ['p99', 0.99], ['max', 1]].map(([name, q]) =>
  [name, Number(sorted[Math.min(sorted.length - 1, Math.floor(q * sorted.length))].toFixed(2))]));
const afterAck = delays(acknowledged);
console.log(JSON.stringify({
  purchases: count, rate, received: afterAck.length, missing: count - afterAck.length,
  arrivedBeforeAck: [...acknowledged].filter(([id, ack]) => arrived.get(id) < ack).length,
  ackToEventMs: quantiles(afterAck), postToEventMs: quantiles(delays(posted)),
}));
