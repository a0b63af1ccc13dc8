// What the platform's /metrics says about DynamoDB, for the benchmarks: calls and estimated
// request units (sandbox tables left out), idle calls per second, and the process's peak RSS.
import { readFileSync } from 'node:fs';

/** On-demand prices per million request units (USD, us-east-1, standard table class). */
export const PRICE_PER_MILLION = { write: 0.625, read: 0.125 };

const sleep = (ms) => new Promise((resolve) => setTimeout(resolve, ms));

function parse(text) {
  const samples = [];
  for (const line of text.split('\n')) {
    const match = /^(dynamodb_requests_total|dynamodb_estimated_capacity_units_total)\{([^}]*)\} ([0-9.eE+-]+)$/.exec(line);
    if (!match) continue;
    const labels = Object.fromEntries([...match[2].matchAll(/(\w+)="([^"]*)"/g)].map((m) => [m[1], m[2]]));
    samples.push({ name: match[1], labels, value: Number(match[3]) });
  }
  return samples;
}

/** A snapshot of the counters, sandbox tables left out (a call touching only sandbox tables). */
export async function dynamoSnapshot(baseUrl) {
  const samples = parse(await (await fetch(`${baseUrl}/metrics`)).text());
  const platform = (table) => !table.split(',').every((name) => name.includes('sandbox'));
  const snapshot = { calls: 0, sandboxCalls: 0, byOperation: {}, byCall: {}, read: 0, write: 0 };
  for (const { name, labels, value } of samples) {
    if (name === 'dynamodb_requests_total') {
      if (!platform(labels.table)) { snapshot.sandboxCalls += value; continue; }
      snapshot.calls += value;
      snapshot.byOperation[labels.operation] = (snapshot.byOperation[labels.operation] ?? 0) + value;
      const call = `${labels.operation} ${labels.table}`;
      snapshot.byCall[call] = (snapshot.byCall[call] ?? 0) + value;
    } else if (platform(labels.table)) {
      snapshot[labels.kind] += value;
    }
  }
  return snapshot;
}

export function difference(after, before) {
  const byOperation = {};
  for (const [operation, value] of Object.entries(after.byOperation)) {
    const delta = value - (before.byOperation[operation] ?? 0);
    if (delta) byOperation[operation] = delta;
  }
  const byCall = {};
  for (const [call, value] of Object.entries(after.byCall)) {
    const delta = value - (before.byCall[call] ?? 0);
    if (delta) byCall[call] = delta;
  }
  return { calls: after.calls - before.calls, byCall, sandboxCalls: after.sandboxCalls - before.sandboxCalls, byOperation, read: after.read - before.read, write: after.write - before.write };
}

/**
 * What one of the bench's own reads costs the platform (to take those reads out of its figures):
 * the quietest of `samples` reads, since a background sweep landing in one sample's window would
 * be counted as the read's.
 */
export async function costOfOneRead(baseUrl, read, samples = 5) {
  let quietest;
  for (let i = 0; i < samples; i++) {
    const before = await dynamoSnapshot(baseUrl);
    await read();
    const cost = difference(await dynamoSnapshot(baseUrl), before);
    if (!quietest || cost.calls < quietest.calls) quietest = cost;
  }
  return quietest;
}

/** Lines describing `delta` spread over `operations` completed operations of kind `what`. */
export function describeCost(delta, operations, what) {
  const per = (value) => (value / operations).toFixed(2);
  const cost = ((delta.write / operations) * PRICE_PER_MILLION.write + (delta.read / operations) * PRICE_PER_MILLION.read);
  const mix = Object.entries(delta.byOperation).sort((a, b) => b[1] - a[1]).map(([operation, value]) => `${per(value)} ${operation}`).join(', ');
  const heaviest = Object.entries(delta.byCall).sort((a, b) => b[1] - a[1]).slice(0, Number(process.env.BENCH_HEAVIEST ?? 10)).map(([call, value]) => `${per(value)} ${call}`).join(', ');
  return [
    `DynamoDB calls per ${what} (sandbox tables left out): ${per(delta.calls)} (${mix}); sandbox tables: ${per(delta.sandboxCalls)} more`,
    `  heaviest (operation table): ${heaviest}`,
    `estimated request units per ${what} on real DynamoDB: ${per(delta.write)} write, ${per(delta.read)} read (transactional items count double) = $${cost.toFixed(2)} per million ${what}s on demand ($${PRICE_PER_MILLION.write}/M write, $${PRICE_PER_MILLION.read}/M read)`,
  ];
}

/** Idle calls/s: wait `settleMs` after the last request, then count for `windowMs`. */
export async function idleCallsPerSecond(baseUrl, { settleMs = 10_000, windowMs = 30_000 } = {}) {
  await sleep(settleMs);
  const before = await dynamoSnapshot(baseUrl);
  await sleep(windowMs);
  const delta = difference(await dynamoSnapshot(baseUrl), before);
  return { perSecond: delta.calls / (windowMs / 1000), sandboxPerSecond: delta.sandboxCalls / (windowMs / 1000), byOperation: delta.byOperation, byCall: delta.byCall, windowMs };
}

export function describeIdle(idle) {
  const mix = Object.entries(idle.byOperation).map(([operation, value]) => `${operation} ${value}`).join(', ') || 'none';
  const calls = Object.entries(idle.byCall).sort((a, b) => b[1] - a[1]).map(([call, value]) => `${value} ${call}`).join(', ') || 'none';
  return [
    `idle DynamoDB calls/s, from 10 s after the last request, over ${idle.windowMs / 1000} s: ${idle.perSecond.toFixed(2)} (${mix}; goal <= 1: ${idle.perSecond <= 1 ? 'met' : 'not met'}); sandbox tables: ${idle.sandboxPerSecond.toFixed(2)}/s more`,
    `  idle calls (operation table): ${calls}`,
  ].join('\n');
}

/** The peak resident set of a process (Linux VmHWM), in MB. */
export function peakRssMb(pid) {
  const match = /VmHWM:\s+(\d+) kB/.exec(readFileSync(`/proc/${pid}/status`, 'utf8'));
  return match ? Number(match[1]) / 1024 : NaN;
}
