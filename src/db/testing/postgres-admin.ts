import pg from 'pg';

/**
 * Database administration on a shared PostgreSQL server. Tests may only create and drop
 * databases whose names the run generated itself, so every helper takes names, never patterns
 * from outside.
 */

/** Quotes an identifier; the names are generated here, but a stray character must not become SQL. */
export function quoteIdentifier(name: string): string {
  return `"${name.replaceAll('"', '""')}"`;
}

/** The same server and credentials, another database. */
export function databaseUrl(serverUrl: string, database: string): string {
  const url = new URL(serverUrl);
  url.pathname = `/${encodeURIComponent(database)}`;
  return url.toString();
}

/** Lower-case letters and digits only, so names need no case folding and stay short (PostgreSQL allows 63 bytes). */
export function uniqueSuffix(length = 10): string {
  const alphabet = 'abcdefghijklmnopqrstuvwxyz0123456789';
  let out = '';
  for (const byte of crypto.getRandomValues(new Uint8Array(length))) out += alphabet[byte % alphabet.length];
  return out;
}

export async function withAdminClient<T>(serverUrl: string, run: (client: pg.Client) => Promise<T>): Promise<T> {
  const client = new pg.Client({ connectionString: serverUrl, connectionTimeoutMillis: 10_000 });
  await client.connect();
  try {
    return await run(client);
  } finally {
    await client.end();
  }
}

export async function createDatabase(serverUrl: string, name: string, template?: string): Promise<void> {
  await withAdminClient(serverUrl, async (client) => {
    await client.query(`create database ${quoteIdentifier(name)}${template ? ` template ${quoteIdentifier(template)}` : ''}`);
  });
}

/** Drops every database whose name starts with prefix; FORCE ends sessions a crashed test file left open. */
export async function dropDatabasesWithPrefix(serverUrl: string, prefix: string): Promise<string[]> {
  return withAdminClient(serverUrl, async (client) => {
    const { rows } = await client.query<{ datname: string }>(
      'select datname from pg_database where left(datname, length($1)) = $1 order by datname',
      [prefix],
    );
    for (const { datname } of rows) await client.query(`drop database if exists ${quoteIdentifier(datname)} with (force)`);
    return rows.map((row) => row.datname);
  });
}
