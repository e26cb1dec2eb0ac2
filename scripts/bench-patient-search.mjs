// Patient search at 100,000 patients (issue 5: p95 under 50 ms), on a fresh PGlite and, when a server answers,
// on a fresh PostgreSQL database. Seeds synthetic patients with faker-made names in one generate_series insert,
// then runs a bounded set of representative queries (name prefix, name with a typo, date of birth, phone, record
// number, empty query) in process through the repo function the API uses, and prints p50/p95/p99 per engine
// with the ratio to a primary-key lookup measured in the same run (DESIGN.md §7: ratios, never wall-clock asserts).
//
//   node --import tsx scripts/bench-patient-search.mjs [--patients 100000] [--rounds 5] [--postgres URL | --no-postgres]
//
// `npm run bench` runs it after the HTTP figures. It creates a uniquely named database on the PostgreSQL server
// (default postgres://postgres@127.0.0.1:5432/postgres, or TEST_DATABASE_URL) and drops it on every exit path.
import os from 'node:os';
import { parseArgs } from 'node:util';
import { faker } from '@faker-js/faker';
import { eq, sql } from 'drizzle-orm';
import { openDatabase } from '../src/db/client.ts';
import { migrate } from '../src/db/migrate.ts';
import { clinics } from '../src/db/schema/clinics.ts';
import { patients } from '../src/db/schema/patients.ts';
import { searchPatientRowsIn } from '../src/server/patients/patient-search.repo.ts';
import { searchTermsOf } from '../src/server/patients/search-terms.ts';
import { createDatabase, redactUrl } from './bench-postgres.mjs';

const { values: flags } = parseArgs({
  options: {
    patients: { type: 'string', default: '100000' },
    rounds: { type: 'string', default: '5' },
    postgres: { type: 'string' },
    'no-postgres': { type: 'boolean', default: false },
  },
});
const patientCount = Number(flags.patients);
const rounds = Number(flags.rounds);
if (!Number.isInteger(patientCount) || patientCount < 100 || patientCount > 1_000_000) fail('--patients must be a whole number from 100 to 1,000,000');
if (!Number.isInteger(rounds) || rounds < 1 || rounds > 50) fail('--rounds must be a whole number from 1 to 50');
const postgresUrl = flags['no-postgres'] ? undefined : (flags.postgres ?? process.env.TEST_DATABASE_URL ?? 'postgres://postgres@127.0.0.1:5432/postgres');

const SAMPLES = 20; // target patients per run; each yields one query of every kind
const LIMIT = 25; // what the search screen asks for
const TIME_BOUND_MS = 15 * 60_000;

/** @type {Array<() => Promise<void>>} */
const cleanups = [];
let finishing = false;
async function finish(code) {
  if (finishing) return;
  finishing = true;
  for (const undo of cleanups.reverse()) await undo().catch((e) => process.stderr.write(`cleanup: ${e.message}\n`));
  process.exit(code);
}
for (const signal of ['SIGINT', 'SIGTERM']) process.on(signal, () => void finish(130));
setTimeout(() => { process.stderr.write('patient search bench exceeded its time bound\n'); void finish(1); }, TIME_BOUND_MS).unref();

function fail(message) {
  process.stderr.write(`${message}\n`);
  process.exit(2);
}

await main().then(() => finish(0), (error) => { process.stderr.write(`\npatient search bench failed: ${String(error.cause?.message ?? error.message).slice(0, 500)}\n`); return finish(1); });

async function main() {
  process.stdout.write(`\nPatient search bench: ${patientCount.toLocaleString('en-US')} synthetic patients in one clinic, ${SAMPLES} targets x ${rounds} rounds per query kind, limit ${LIMIT}; ${os.cpus().length} cores, load average ${os.loadavg().map((n) => n.toFixed(2)).join(' / ')}.\n`);
  const results = [];
  results.push(await benchEngine('PGlite', () => openDatabase({ engine: 'pglite', memory: true })));
  if (postgresUrl) {
    let database;
    try {
      database = await createDatabase(postgresUrl);
      cleanups.push(database.drop);
    } catch (error) {
      process.stdout.write(`PostgreSQL at ${redactUrl(postgresUrl)}: skipped, could not create a database (${error.message}).\n`);
    }
    if (database) results.push(await benchEngine('PostgreSQL', () => openDatabase({ engine: 'postgres', url: database.url, maxConnections: 2 })));
  } else {
    process.stdout.write('PostgreSQL: skipped (--no-postgres).\n');
  }
  printTable(results);
}

/** Name lists from faker's English locale, fixed seed: the same people every run. */
function nameLists() {
  faker.seed(20261127);
  const { first_name: first, last_name: last } = faker.definitions.person;
  const unique = (lists) => [...new Set(lists.flat().filter(Boolean))];
  return { given: unique([first.generic ?? [], first.female ?? [], first.male ?? []]), family: unique([last.generic ?? [], last.female ?? [], last.male ?? []]) };
}

async function benchEngine(label, open) {
  const started = performance.now();
  const handle = await open();
  cleanups.push(() => handle.close());
  await migrate(handle);
  const [clinic] = await handle.db.insert(clinics).values({ slug: 'bench', name: 'Bench Clinic', timeZone: 'America/New_York', country: 'US' }).returning({ id: clinics.id });
  const clinicId = clinic.id;
  // A second clinic holding a copy of some names: results must stay in the first one.
  const [other] = await handle.db.insert(clinics).values({ slug: 'bench-other', name: 'Other Clinic', timeZone: 'Europe/London', country: 'GB' }).returning({ id: clinics.id });
  const { given, family } = nameLists();
  const seedStarted = performance.now();
  await seed(handle.db, clinicId, patientCount, 'BEN', given, family);
  await seed(handle.db, other.id, Math.round(patientCount / 20), 'OTH', given, family);
  await handle.db.execute(sql`analyze patients`);
  const seedMs = performance.now() - seedStarted;

  const targets = await handle.db.execute(sql`select id, given_name, family_name, date_of_birth::text as dob, phone, record_number from patients where clinic_id = ${clinicId} order by md5(id::text) limit ${SAMPLES}`);
  const rows = 'rows' in targets ? targets.rows : targets;
  const queries = buildQueries(rows);
  const pk = async (row) => handle.db.select({ id: patients.id, recordNumber: patients.recordNumber }).from(patients).where(eq(patients.id, row.id)).limit(1);

  // One warm-up pass of everything: the first query of a kind pays for planning and cold pages.
  for (const row of rows) await pk(row);
  for (const query of queries) await searchPatientRowsIn(handle.db, { clinicId, terms: searchTermsOf(query.text), limit: LIMIT });

  const timings = new Map([['pk lookup (baseline)', []]]);
  const found = new Map();
  for (let round = 0; round < rounds; round += 1) {
    for (const row of rows) {
      const t0 = performance.now();
      await pk(row);
      timings.get('pk lookup (baseline)').push(performance.now() - t0);
    }
    for (const query of queries) {
      const t0 = performance.now();
      const result = await searchPatientRowsIn(handle.db, { clinicId, terms: searchTermsOf(query.text), limit: LIMIT });
      const ms = performance.now() - t0;
      if (!timings.has(query.kind)) timings.set(query.kind, []);
      timings.get(query.kind).push(ms);
      if (round === 0) {
        const tally = found.get(query.kind) ?? { hit: 0, total: 0, foreign: 0 };
        tally.total += 1;
        if (query.targetId === null ? result.length > 0 : result.some((r) => r.id === query.targetId)) tally.hit += 1;
        if (result.some((r) => r.recordNumber.startsWith('OTH'))) tally.foreign += 1;
        found.set(query.kind, tally);
      }
    }
  }
  await handle.close();
  cleanups.pop();
  return { label, seedMs, totalMs: performance.now() - started, timings, found };
}

/** One INSERT ... SELECT over generate_series: names, birth dates and phones spread by multiplicative hashing. */
async function seed(db, clinicId, count, prefix, given, family) {
  await db.execute(sql`
    insert into patients (clinic_id, record_number, given_name, family_name, date_of_birth, sex_at_birth, phone, created_at)
    select ${clinicId}::uuid,
      ${prefix}::text || '-' || lpad(g::text, 6, '0'),
      ${JSON.stringify(given)}::jsonb ->> ((g::bigint * 7919) % ${given.length}::int)::int,
      ${JSON.stringify(family)}::jsonb ->> (((g::bigint / 3) * 104729 + g) % ${family.length}::int)::int,
      date '1930-01-01' + ((g::bigint * 2654435761) % 33000)::int,
      case when g % 2 = 0 then 'female' else 'male' end,
      '(' || (200 + (g * 31) % 800)::text || ') 555-' || lpad((g % 10000)::text, 4, '0'),
      now() - make_interval(mins => g)
    from generate_series(1, ${count}::int) as g`);
}

/** A typo as people make them: two neighbouring letters swapped in the middle of the family name. */
function withTypo(name) {
  if (name.length < 5) return `${name}${name.at(-1)}`;
  const i = Math.floor(name.length / 2) - 1;
  return name.slice(0, i) + name[i + 1] + name[i] + name.slice(i + 2);
}

function buildQueries(rows) {
  const queries = [];
  for (const row of rows) {
    queries.push({ kind: 'name prefix (3 letters)', text: row.family_name.slice(0, 3), targetId: null });
    queries.push({ kind: 'full name', text: `${row.given_name} ${row.family_name}`, targetId: row.id });
    queries.push({ kind: 'name with a typo', text: `${row.given_name} ${withTypo(row.family_name)}`, targetId: row.id });
    const [y, m, d] = row.dob.split('-');
    queries.push({ kind: 'date of birth (MM/DD/YYYY)', text: `${m}/${d}/${y}`, targetId: row.id });
    queries.push({ kind: 'phone (digits)', text: row.phone.replace(/\D/g, ''), targetId: row.id });
    queries.push({ kind: 'record number', text: row.record_number.toLowerCase(), targetId: row.id });
    queries.push({ kind: 'empty (newest first)', text: '', targetId: null });
  }
  return queries;
}

function percentile(sorted, p) {
  return sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)];
}

function printTable(results) {
  const fmt = (ms) => (ms < 10 ? ms.toFixed(2) : ms.toFixed(1));
  process.stdout.write('\n| engine | query | n | p50 ms | p95 ms | p99 ms | p95 vs pk lookup | target found |\n|---|---|---:|---:|---:|---:|---:|---:|\n');
  for (const result of results) {
    const baseline = [...result.timings.get('pk lookup (baseline)')].sort((a, b) => a - b);
    const baseP95 = percentile(baseline, 95);
    for (const [kind, samples] of result.timings) {
      const sorted = [...samples].sort((a, b) => a - b);
      const p95 = percentile(sorted, 95);
      const tally = result.found.get(kind);
      const foundText = tally ? `${tally.hit}/${tally.total}${tally.foreign ? `, ${tally.foreign} LEAKED` : ''}` : '';
      process.stdout.write(`| ${result.label} | ${kind} | ${sorted.length} | ${fmt(percentile(sorted, 50))} | ${fmt(p95)} | ${fmt(percentile(sorted, 99))} | ${(p95 / baseP95).toFixed(1)}x | ${foundText} |\n`);
    }
  }
  process.stdout.write('\n');
  for (const result of results) {
    const all = [...result.timings].filter(([kind]) => kind !== 'pk lookup (baseline)').flatMap(([, samples]) => samples).sort((a, b) => a - b);
    const p95 = percentile(all, 95);
    process.stdout.write(`${result.label}: all searches p95 ${fmt(p95)} ms (target < 50 ms: ${p95 < 50 ? 'met' : 'NOT met'}); seeding ${(result.seedMs / 1000).toFixed(1)} s, whole engine run ${(result.totalMs / 1000).toFixed(1)} s.\n`);
  }
  process.stdout.write('"target found": the patient the query was made from is in the first 25 results (for a 3-letter prefix and the empty query: any result). A leak into the other clinic would be flagged.\n');
}
