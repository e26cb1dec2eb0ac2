// A throwaway PostgreSQL database for the bench: created fresh on the given server and
// dropped afterwards, so the app migrates and seeds from scratch like a new deployment.
import crypto from 'node:crypto';
import pg from 'pg';

/**
 * @param {string} serverUrl any database on the server, e.g. postgres://postgres@127.0.0.1:5432/postgres
 * @returns {Promise<{ url: string, drop: () => Promise<void> }>}
 */
export async function createDatabase(serverUrl) {
  const name = `clinixai_bench_${Date.now()}_${crypto.randomBytes(3).toString('hex')}`;
  await withClient(serverUrl, (client) => client.query(`CREATE DATABASE ${name}`));
  const url = new URL(serverUrl);
  url.pathname = `/${name}`;
  return {
    url: url.toString(),
    // FORCE ends the app's pooled connections if it did not close them (PostgreSQL 13+).
    drop: () => withClient(serverUrl, (client) => client.query(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`)).then(() => undefined),
  };
}

/**
 * @template T
 * @param {string} url
 * @param {(client: pg.Client) => Promise<T>} work
 */
async function withClient(url, work) {
  // Bounded: an unreachable server must not hang the bench.
  const client = new pg.Client({ connectionString: url, connectionTimeoutMillis: 5000, query_timeout: 30_000 });
  await client.connect();
  try {
    return await work(client);
  } finally {
    await client.end();
  }
}

/**
 * The URL without its password, for messages.
 * @param {string} url
 */
export function redactUrl(url) {
  try {
    const parsed = new URL(url);
    if (parsed.password) parsed.password = '***';
    return parsed.toString();
  } catch {
    return '<unparseable URL>';
  }
}
