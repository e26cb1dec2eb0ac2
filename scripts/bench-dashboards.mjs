// The role dashboards' queries at scale (issue 8): each dashboard's database work, run in process through the
// repo functions the pages use, on a clinic of 100,000 synthetic patients and their appointments, on a fresh
// PGlite and, when a server answers, on a fresh PostgreSQL database. Prints p50/p95 per query and per dashboard
// with the ratio to a primary-key lookup measured in the same run (DESIGN.md §7: ratios, no wall-clock asserts).
//
//   node --import tsx scripts/bench-dashboards.mjs [--patients 100000] [--rounds 20] [--postgres URL | --no-postgres]
//
// The patients are generated like scripts/bench-patient-search.mjs (one generate_series insert); appointments are
// two per patient, spread over 20 clinicians' 30-minute slots from 120 days ago onward, with every status.
import os from 'node:os';
import { parseArgs } from 'node:util';
import { eq, sql } from 'drizzle-orm';
import { openDatabase } from '../src/db/client.ts';
import * as instance from '../src/db/instance.ts';
import { migrate } from '../src/db/migrate.ts';
import { users } from '../src/db/schema/auth.ts';
import { clinics, memberships, visitTypes } from '../src/db/schema/clinics.ts';
import { patients } from '../src/db/schema/patients.ts';
import { workingHours } from '../src/db/schema/scheduling.ts';
import { appointmentsPerDay, bookedMinutesByClinician, newPatientsPerDay, staffByRole, weeklyWorkingMinutes } from '../src/server/dashboards/clinic-stats.repo.ts';
import { listThreads } from '../src/server/messaging/messaging.repo.ts';
import { notificationsOf, unreadState } from '../src/server/notifications/notifications.repo.ts';
import { listNamedAppointments } from '../src/server/scheduling/schedule-views.repo.ts';
import { createDatabase, redactUrl } from './bench-postgres.mjs';

const { values: flags } = parseArgs({ options: { patients: { type: 'string', default: '100000' }, rounds: { type: 'string', default: '20' }, postgres: { type: 'string' }, 'no-postgres': { type: 'boolean', default: false } } });
const patientCount = Number(flags.patients);
const rounds = Number(flags.rounds);
if (!Number.isInteger(patientCount) || patientCount < 100 || patientCount > 1_000_000) fail('--patients must be a whole number from 100 to 1,000,000');
if (!Number.isInteger(rounds) || rounds < 1 || rounds > 200) fail('--rounds must be a whole number from 1 to 200');
const postgresUrl = flags['no-postgres'] ? undefined : (flags.postgres ?? process.env.TEST_DATABASE_URL ?? 'postgres://postgres@127.0.0.1:5432/postgres');
const CLINICIANS = 20;
const TIME_BOUND_MS = 15 * 60_000;
const DAY = 86_400_000;

const cleanups = [];
let finishing = false;
async function finish(code) {
  if (finishing) return;
  finishing = true;
  for (const undo of cleanups.reverse()) await undo().catch((e) => process.stderr.write(`cleanup: ${e.message}\n`));
  process.exit(code);
}
for (const signal of ['SIGINT', 'SIGTERM']) process.on(signal, () => void finish(130));
setTimeout(() => { process.stderr.write('dashboard bench exceeded its time bound\n'); void finish(1); }, TIME_BOUND_MS).unref();
function fail(message) {
  process.stderr.write(`${message}\n`);
  process.exit(2);
}

await main().then(() => finish(0), (error) => { process.stderr.write(`\ndashboard bench failed: ${String(error.cause?.message ?? error.message).slice(0, 500)}\n`); return finish(1); });

async function main() {
  process.stdout.write(`\nDashboard bench: ${patientCount.toLocaleString('en-US')} patients, ${(patientCount * 2).toLocaleString('en-US')} appointments, ${CLINICIANS} clinicians in one clinic; ${rounds} rounds; ${os.cpus().length} cores, load average ${os.loadavg().map((n) => n.toFixed(2)).join(' / ')}.\n`);
  const results = [await benchEngine('PGlite', () => openDatabase({ engine: 'pglite', memory: true }))];
  if (postgresUrl) {
    let database;
    try {
      database = await createDatabase(postgresUrl);
      cleanups.push(database.drop);
    } catch (error) {
      process.stdout.write(`PostgreSQL at ${redactUrl(postgresUrl)}: skipped, could not create a database (${error.message}).\n`);
    }
    if (database) results.push(await benchEngine('PostgreSQL', () => openDatabase({ engine: 'postgres', url: database.url, maxConnections: 4 })));
  } else {
    process.stdout.write('PostgreSQL: skipped (--no-postgres).\n');
  }
  printTable(results);
}

async function seed(db) {
  const [clinic] = await db.insert(clinics).values({ slug: 'bench', name: 'Bench Clinic', timeZone: 'America/New_York', country: 'US' }).returning({ id: clinics.id });
  const [visitType] = await db.insert(visitTypes).values({ clinicId: clinic.id, name: 'Visit', durationMinutes: 30, mode: 'in_person', priceMinor: 1000, currency: 'USD' }).returning({ id: visitTypes.id });
  const clinicians = await db.insert(users).values(Array.from({ length: CLINICIANS }, (_, i) => ({ email: `bench-dr-${i}@example.org`, name: `Dr Bench ${i}` }))).returning({ id: users.id });
  await db.insert(memberships).values(clinicians.map((c) => ({ userId: c.id, clinicId: clinic.id, role: 'clinician' })));
  await db.insert(workingHours).values(clinicians.flatMap((c) => [1, 2, 3, 4, 5].map((weekday) => ({ clinicId: clinic.id, clinicianUserId: c.id, weekday, startsAt: '08:00', endsAt: '18:00' }))));
  await db.execute(sql`
    insert into patients (clinic_id, record_number, given_name, family_name, date_of_birth, sex_at_birth, created_at)
    select ${clinic.id}::uuid, 'BEN-' || lpad(g::text, 6, '0'), 'Given' || (g % 997), 'Family' || (g % 1999),
      date '1930-01-01' + ((g::bigint * 2654435761) % 33000)::int, case when g % 2 = 0 then 'female' else 'male' end,
      now() - make_interval(mins => g * 3)
    from generate_series(1, ${patientCount}::int) as g`);
  // Slot n of clinician k: 30 minutes each, back to back from 120 days ago, so no two overlap (the exclusion constraint).
  const ids = JSON.stringify(clinicians.map((c) => c.id));
  await db.execute(sql`
    with numbered as (select id, row_number() over (order by id) as n from patients where clinic_id = ${clinic.id}::uuid)
    insert into appointments (clinic_id, patient_id, clinician_user_id, visit_type_id, starts_at, ends_at, blocked_from, blocked_until, status)
    select ${clinic.id}::uuid, p.id, (${ids}::jsonb ->> ((s % ${CLINICIANS})::int))::uuid, ${visitType.id}::uuid, t, t + interval '30 minutes', t, t + interval '30 minutes',
      (case when t > now() then 'booked' when s % 13 = 0 then 'cancelled' when s % 17 = 0 then 'no_show' else 'completed' end)::appointment_status
    from numbered p, lateral (select (p.n - 1) * 2 + k as s from generate_series(0, 1) as k) slot,
      lateral (select date_trunc('hour', now()) - interval '120 days' + make_interval(mins => ((slot.s / ${CLINICIANS}) * 30)::int) as t) start`);
  await db.execute(sql`analyze`);
  return { clinicId: clinic.id, clinicianId: clinicians[0].id };
}

async function benchEngine(label, open) {
  const started = performance.now();
  const handle = await open();
  cleanups.push(() => handle.close());
  await migrate(handle);
  // The repos read this process's database; hand them the bench's.
  instance.useDatabaseForTesting(handle);
  const seedStarted = performance.now();
  const { clinicId, clinicianId } = await seed(handle.db);
  const seedMs = performance.now() - seedStarted;
  const [patient] = await handle.db.select({ id: patients.id }).from(patients).where(eq(patients.clinicId, clinicId)).limit(1);
  const tz = 'America/New_York';
  const now = new Date();
  const from30 = new Date(now.getTime() - 30 * DAY);
  const dayStart = new Date(now.getTime() - (now.getTime() % DAY));
  const dashboards = {
    patient: {
      'upcoming and past visits': () => Promise.all([listNamedAppointments(clinicId, { patientId: patient.id }, { from: now }, 'asc', 50), listNamedAppointments(clinicId, { patientId: patient.id }, { to: now }, 'desc', 50)]),
      'message threads': () => listThreads(clinicId, clinicianId, { patientId: patient.id }),
      'notifications + unread': () => Promise.all([notificationsOf(clinicianId, 20), unreadState(clinicianId)]),
    },
    clinician: {
      'today (one clinician)': () => listNamedAppointments(clinicId, { clinicianUserId: clinicianId }, { from: dayStart, to: new Date(dayStart.getTime() + DAY) }, 'asc', 200),
      'week (one clinician)': () => listNamedAppointments(clinicId, { clinicianUserId: clinicianId }, { from: dayStart, to: new Date(dayStart.getTime() + 7 * DAY) }, 'asc', 1000),
      'open inbox': () => listThreads(clinicId, clinicianId, { status: 'open' }),
    },
    clinic_admin: {
      'appointments per day (30 days)': () => appointmentsPerDay(clinicId, tz, from30, now),
      'booked minutes per clinician': () => bookedMinutesByClinician(clinicId, from30, now),
      'working hours': () => weeklyWorkingMinutes(clinicId),
      'new patients per day (30 days)': () => newPatientsPerDay(clinicId, tz, from30, now),
      'staff by role': () => staffByRole(clinicId),
    },
  };
  const pk = () => handle.db.select({ id: patients.id }).from(patients).where(eq(patients.id, patient.id)).limit(1);
  await pk();
  for (const queries of Object.values(dashboards)) for (const run of Object.values(queries)) await run();
  const timings = new Map([['baseline: pk lookup', []]]);
  const add = (key, ms) => (timings.get(key) ?? timings.set(key, []).get(key)).push(ms);
  for (let round = 0; round < rounds; round++) {
    let t0 = performance.now();
    await pk();
    add('baseline: pk lookup', performance.now() - t0);
    for (const [role, queries] of Object.entries(dashboards)) {
      const whole = performance.now();
      for (const [name, run] of Object.entries(queries)) {
        t0 = performance.now();
        await run();
        add(`${role}: ${name}`, performance.now() - t0);
      }
      add(`${role}: whole dashboard (sequential)`, performance.now() - whole);
    }
  }
  await handle.close();
  cleanups.pop();
  return { label, seedMs, totalMs: performance.now() - started, timings };
}

function percentile(sorted, p) {
  return sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)];
}

function printTable(results) {
  const fmt = (ms) => (ms < 10 ? ms.toFixed(2) : ms.toFixed(1));
  process.stdout.write('\n| engine | dashboard: query | n | p50 ms | p95 ms | p95 vs pk lookup |\n|---|---|---:|---:|---:|---:|\n');
  for (const result of results) {
    const base = percentile([...result.timings.get('baseline: pk lookup')].sort((a, b) => a - b), 95);
    for (const [key, samples] of result.timings) {
      const sorted = [...samples].sort((a, b) => a - b);
      const p95 = percentile(sorted, 95);
      process.stdout.write(`| ${result.label} | ${key} | ${sorted.length} | ${fmt(percentile(sorted, 50))} | ${fmt(p95)} | ${(p95 / base).toFixed(1)}x |\n`);
    }
  }
  process.stdout.write('\n');
  for (const result of results) process.stdout.write(`${result.label}: seeding ${(result.seedMs / 1000).toFixed(1)} s, whole engine run ${(result.totalMs / 1000).toFixed(1)} s.\n`);
}
