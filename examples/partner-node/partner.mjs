#!/usr/bin/env node
// An example partner server for the AZCoiner Payment API, written only from
// docs/openapi.yaml, with Node's standard library (no packages).
//
// It keeps a shop's orders, creates an invoice for each over the API,
// receives the signed webhooks, verifies them, and marks the order paid
// exactly once (webhooks are at least once: it de-duplicates on the event id).
// As a loyalty partner (the Bridge) it credits its points to its users,
// hears about their swaps, and reads its reserves and dashboard.
//
//   node partner.mjs --api https://pay.example:8788 --key azk_… --secret-file key.secret [--listen 0] [--state orders.json]
//
// Then, one command per line on standard input (it answers with JSON lines):
//   webhook-secret whsec_…                 the secret the console showed for this server's endpoint
//   order <orderId> <asset> <amount> <description…>   create the invoice; prints its payment code (uri)
//   refund <orderId> <amount>              refund part of a paid order
//   status <orderId>
//   credit <point> <username> <amount> <reference>   credit points to a user (once per reference)
//   points                                 the partner's points, reserves and coverage
//   dashboard [days]                       swap volumes, outstanding, reserves, Market sales per day
//   quit
import { createHmac, randomBytes, timingSafeEqual } from 'node:crypto';
import { readFileSync, writeFileSync, existsSync } from 'node:fs';
import { createServer } from 'node:http';
import { request as httpRequest } from 'node:http';
import { request as httpsRequest } from 'node:https';
import { createInterface } from 'node:readline';

const args = Object.fromEntries(process.argv.slice(2).reduce((pairs, a, i, all) =>
  a.startsWith('--') ? [...pairs, [a.slice(2), all[i + 1]]] : pairs, []));
const api = new URL(args.api);
const keyId = args.key;
const keySecret = readFileSync(args['secret-file'], 'utf8').trim();
const statePath = args.state;
let webhookSecret = '';

const orders = statePath && existsSync(statePath) ? JSON.parse(readFileSync(statePath, 'utf8')) : {};
const seenEvents = new Set(Object.values(orders).flatMap(o => o.events ?? []));
const save = () => { if (statePath) writeFileSync(statePath, JSON.stringify(orders, null, 2)); };
const say = (event, data = {}) => process.stdout.write(JSON.stringify({ event, ...data }) + '\n');

// --- calling the API: "Authentication and signatures" in docs/openapi.yaml
function call(method, pathAndQuery, body, idempotencyKey) {
  const payload = body === undefined ? '' : JSON.stringify(body);
  const timestamp = String(Math.floor(Date.now() / 1000));
  const nonce = randomBytes(16).toString('hex');
  const signature = createHmac('sha256', keySecret)
    .update(`${method}\n${pathAndQuery}\n${timestamp}\n${nonce}\n${payload}`).digest('hex');
  const headers = { 'AZ-Key': keyId, 'AZ-Timestamp': timestamp, 'AZ-Nonce': nonce, 'AZ-Signature': signature };
  if (method === 'POST') {
    headers['Content-Type'] = 'application/json';
    headers['Idempotency-Key'] = idempotencyKey;
  }
  headers['Content-Length'] = Buffer.byteLength(payload);
  const send = api.protocol === 'https:' ? httpsRequest : httpRequest;
  return new Promise((resolve, reject) => {
    const req = send({ hostname: api.hostname, port: api.port, path: pathAndQuery, method, headers }, res => {
      let text = '';
      res.setEncoding('utf8');
      res.on('data', chunk => { text += chunk; });
      res.on('end', () => {
        const json = text ? JSON.parse(text) : {};
        if (res.statusCode >= 400) reject(Object.assign(new Error(json.detail ?? `HTTP ${res.statusCode}`), { problem: json }));
        else resolve(json);
      });
    });
    req.on('error', reject);
    req.end(payload);
  });
}

// --- receiving webhooks: "Webhooks" in docs/openapi.yaml
function verify(header, body) {
  const parts = Object.fromEntries(String(header ?? '').split(',').map(p => p.split('=', 2)));
  const age = Math.abs(Date.now() / 1000 - Number(parts.t));
  if (!parts.t || !parts.v1 || !(age <= 300)) return false;
  const expected = createHmac('sha256', webhookSecret).update(`${parts.t}.${body}`).digest('hex');
  return expected.length === parts.v1.length && timingSafeEqual(Buffer.from(expected), Buffer.from(parts.v1));
}

const bridgeEvents = { 'swap.completed': 'swap', 'points.credited': 'credited', 'consent.declined': 'declined', 'consent.expired': 'expired' };

function onEvent(event) {
  if (seenEvents.has(event.id)) return say('duplicate', { eventId: event.id }); // at least once: already handled
  seenEvents.add(event.id);
  if (bridgeEvents[event.type]) return say(bridgeEvents[event.type], { eventId: event.id, data: event.data });
  const orderId = event.data?.orderId;
  const order = orders[orderId];
  if (!order) return say('ignored', { eventId: event.id, type: event.type });
  order.events = [...(order.events ?? []), event.id];
  if (event.type === 'invoice.paid' && order.status === 'awaiting_payment') {
    order.status = 'paid';
    order.paidAmount = event.data.amount;
    say('paid', { orderId, invoiceId: event.data.id, amount: event.data.amount, asset: event.data.asset, eventId: event.id });
  } else if (event.type === 'invoice.expired' || event.type === 'invoice.cancelled') {
    order.status = 'unpaid';
    say('unpaid', { orderId });
  }
  save();
}

const server = createServer((req, res) => {
  if (req.method !== 'POST' || req.url !== '/webhooks/azcoiner') { res.writeHead(404).end(); return; }
  let body = '';
  req.setEncoding('utf8');
  req.on('data', chunk => { body += chunk; if (body.length > 1e6) req.destroy(); });
  req.on('end', () => {
    if (!webhookSecret || !verify(req.headers['az-webhook-signature'], body)) {
      say('rejected', { reason: 'bad signature' });
      res.writeHead(400).end();
      return;
    }
    onEvent(JSON.parse(body));
    res.writeHead(200, { 'Content-Type': 'text/plain' }).end('ok');
  });
});

server.listen(Number(args.listen ?? 0), '127.0.0.1', () => {
  say('listening', { webhookUrl: `http://127.0.0.1:${server.address().port}/webhooks/azcoiner` });
});

const commands = {
  'webhook-secret': ([secret]) => { webhookSecret = secret; say('ready'); },
  async order([orderId, asset, amount, ...description]) {
    const invoice = await call('POST', '/v1/invoices',
      { asset, amount, orderId, description: description.join(' ') }, `order-${orderId}`);
    orders[orderId] = { orderId, invoiceId: invoice.id, status: 'awaiting_payment', amount, asset };
    save();
    say('invoice', { orderId, invoiceId: invoice.id, uri: invoice.uri, amount: invoice.amount, status: invoice.status });
  },
  async refund([orderId, amount]) {
    const order = orders[orderId];
    const refund = await call('POST', '/v1/refunds', { invoiceId: order.invoiceId, amount, reason: 'returned by the customer' },
      `refund-${orderId}-${amount}`);
    order.refunded = refund.amount;
    save();
    say('refunded', { orderId, refundId: refund.id, amount: refund.amount, asset: refund.asset });
  },
  async status([orderId]) {
    const invoice = await call('GET', `/v1/invoices/${encodeURIComponent(orders[orderId].invoiceId)}`);
    say('status', { orderId, order: orders[orderId].status, invoice: invoice.status, amountRefunded: invoice.amountRefunded });
  },
  async credit([point, username, amount, reference]) {
    const credit = await call('POST', `/v1/points/${encodeURIComponent(point)}/credits`, { username, amount, reference },
      `credit-${point}-${reference}`);
    say('credit', { id: credit.id, point: credit.point, amount: credit.amount, user: credit.user?.username, reference: credit.reference });
  },
  async points() {
    const answer = await call('GET', '/v1/points');
    say('points', { points: answer.points });
  },
  async dashboard([days = '30']) {
    const answer = await call('GET', `/v1/dashboard?days=${encodeURIComponent(days)}`);
    say('dashboard', answer);
  },
  quit: () => { server.close(); process.exit(0); },
};

createInterface({ input: process.stdin }).on('line', async line => {
  const [name, ...rest] = line.trim().split(/\s+/);
  if (!name) return;
  try {
    if (!commands[name]) throw new Error(`unknown command ${name}`);
    await commands[name](rest);
  } catch (e) {
    say('error', { command: name, message: e.message, problem: e.problem });
  }
});
