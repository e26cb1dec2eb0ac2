// Load generation and reporting for `npm run bench`: one autocannon run per target, after a
// short warm-up (V8 and Next.js compile routes lazily; the first seconds would drag the mean).
import autocannon from 'autocannon';
import { get } from './bench-processes.mjs';

/**
 * @typedef {{ label: string, url: string }} Target
 * @typedef {{ label: string, missing?: string, rps?: number, p50?: number, p99?: number, errors?: number, non2xx?: number }} Row
 */

const CONNECTIONS = 10;

/**
 * Loads one target. A 404 on the probe means the route does not exist yet: the row says n/a
 * instead of measuring a fast "not found" page.
 * @param {Target} target
 * @param {{ durationS: number, warmupS: number }} timing
 * @returns {Promise<Row>}
 */
export async function measure(target, { durationS, warmupS }) {
  const headers = target.headers ?? {};
  const probe = await get(target.url, 10_000, headers);
  if (!probe) return { label: target.label, missing: 'unreachable' };
  if (probe.status === 404) return { label: target.label, missing: 'not yet present (404)' };
  if (probe.status !== 200) process.stdout.write(`  note: ${target.label} answered ${probe.status} before load\n`);
  process.stdout.write(`  ${target.label}: warm-up ${warmupS} s, then ${durationS} s...\n`);
  await autocannon({ url: target.url, headers, connections: CONNECTIONS, duration: warmupS });
  const result = await autocannon({ url: target.url, headers, connections: CONNECTIONS, duration: durationS });
  return {
    label: target.label,
    rps: result.requests.average,
    p50: result.latency.p50,
    p99: result.latency.p99,
    errors: result.errors + result.timeouts,
    non2xx: result.non2xx,
  };
}

/**
 * Prints the results as an aligned table, each target's throughput as a ratio of the bare
 * Node server measured in the same run (absolute numbers depend on the machine; ratios less so).
 * @param {Row[]} rows
 * @param {number | undefined} baselineRps
 */
export function printTable(rows, baselineRps) {
  const header = ['target', 'req/s', 'p50 ms', 'p99 ms', 'errors/non-2xx', 'vs bare'];
  const lines = rows.map((row) =>
    row.rps === undefined
      ? [row.label, 'n/a', 'n/a', 'n/a', 'n/a', row.missing ?? 'n/a']
      : [
          row.label,
          Math.round(row.rps).toLocaleString('en-US'),
          ms(row.p50),
          ms(row.p99),
          `${row.errors}/${row.non2xx}`,
          baselineRps ? ratio(row.rps / baselineRps) : 'n/a',
        ],
  );
  const widths = header.map((_, i) => Math.max(...[header, ...lines].map((line) => String(line[i]).length)));
  const format = (/** @type {string[]} */ line) => line.map((cell, i) => (i === 0 ? cell.padEnd(widths[i] ?? 0) : cell.padStart(widths[i] ?? 0))).join('  ');
  process.stdout.write(`\n${format(header)}\n${widths.map((w) => '-'.repeat(w)).join('  ')}\n`);
  for (const line of lines) process.stdout.write(`${format(line)}\n`);
}

/**
 * autocannon records whole milliseconds, so 0 means "under one".
 * @param {number | undefined} value
 */
function ms(value) {
  return value === 0 ? '<1' : String(value);
}

/** @param {number} r */
function ratio(r) {
  return r >= 0.995 ? `${r.toFixed(2)}x` : `${(r * 100).toFixed(1)}% (1/${Math.round(1 / r)})`;
}
