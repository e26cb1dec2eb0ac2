// Calls per second of a synchronous function in this thread (one core), for the in-process engine benches.
import { performance } from 'node:perf_hooks';

/**
 * Warms up, then calls `fn` over `items` in chunks for `seconds` and returns calls per second. Results are
 * folded into a sink so the calls cannot be optimised away.
 * @template T @param {(item: T) => unknown} fn @param {T[]} items @param {number} seconds @param {number} [chunk]
 */
export function callsPerSecond(fn, items, seconds, chunk = 64) {
  let sink = 0;
  const loop = (ms) => {
    const end = performance.now() + ms;
    let n = 0;
    let i = 0;
    while (performance.now() < end) {
      for (let k = 0; k < chunk; k++) sink += fn(items[i++ % items.length]) ? 1 : 0;
      n += chunk;
    }
    return n;
  };
  loop(Math.min(1000, seconds * 200));
  const t0 = performance.now();
  const n = loop(seconds * 1000);
  const rate = n / ((performance.now() - t0) / 1000);
  if (sink < 0) process.stdout.write('');
  return rate;
}
