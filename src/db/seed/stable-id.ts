import { createHash } from 'node:crypto';

// Every demo row's id and every "random" choice derive from a stable key, so the same
// `today` always yields byte-identical rows and a re-run collides on primary keys
// (and is skipped by onConflictDoNothing) instead of duplicating data.
const NAMESPACE = 'clinixai-demo:';

function digest(key: string): Buffer {
  return createHash('sha256').update(NAMESPACE + key).digest();
}

/** A name-based UUID laid out like RFC 9562 version 5 (SHA-256 truncated instead of SHA-1). */
export function stableUuid(key: string): string {
  const bytes = digest(key).subarray(0, 16);
  bytes[6] = ((bytes[6] ?? 0) & 0x0f) | 0x50;
  bytes[8] = ((bytes[8] ?? 0) & 0x3f) | 0x80;
  const hex = bytes.toString('hex');
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-${hex.slice(12, 16)}-${hex.slice(16, 20)}-${hex.slice(20, 32)}`;
}

/** A small seeded generator (mulberry32): plenty for demo jitter, and identical on every run. */
export function seededRandom(key: string): () => number {
  let state = digest(key).readUInt32BE(0);
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** An integer in [min, max], both inclusive. */
export function randomInt(random: () => number, min: number, max: number): number {
  return min + Math.floor(random() * (max - min + 1));
}

/** A value jittered around `center` by up to ±spread, rounded to `decimals`. */
export function jitter(random: () => number, center: number, spread: number, decimals = 0): number {
  const factor = 10 ** decimals;
  return Math.round((center + (random() * 2 - 1) * spread) * factor) / factor;
}
