// The role dashboards' queries at scale (issue 8): each dashboard's database work, run in process through the
// repo functions the pages use, on a clinic of 100,000 synthetic patients and their appointments, on a fresh
// PGlite and, when a server answers, on a fresh PostgreSQL database. Prints p50/p95 per query and per dashboard
// with the ratio to a primary-key lookup measured in the same run (DESIGN.md §7: ratios, no wall-clock asserts).
// Then, on the seeded PostgreSQL database, the production app renders each dashboard page over HTTP
// (scripts/bench-dashboard-pages.mjs; --no-pages skips it, --no-build reuses .next-bench).
//
//   node --import tsx scripts/bench-dashboards.mjs [--patients 100000] [--rounds 20] [--postgres URL | --no-postgres]
//     [--page-rounds 20] [--no-pages] [--no-build] [--explain]
// --explain also prints, on PostgreSQL, each query's statements through EXPLAIN ANALYZE with every sequential scan.
//
// The patients are generated like scripts/bench-patient-search.mjs (one generate_series insert); appointments are
// two per patient, spread over 20 clinicians' 30-minute slots from 120 days ago onward, with every status. Each
// patient has an account (users, sign-ups spread over a year); one visit in 50 has an intake, one intake in 10
// raised a red flag; past visits have notes (one in 20 unsigned); past visits are paid online (one in 8 refunded,
// upcoming ones one in 30 held for payment); 3 notification jobs per patient (most sent, some due, a few dead).
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
import { appointmentsPerDay, bookedMinutesByClinician, newPatientsPerDay, refundsInRange, revenuePerDay, staffByRole, weeklyWorkingMinutes } from '../src/server/dashboards/clinic-stats.repo.ts';
import { redFlagVisitsOf, unsignedNotesOf } from '../src/server/dashboards/clinician-dashboard.repo.ts';
import { intakeStatusOf, paymentsDueOf } from '../src/server/dashboards/patient-dashboard.repo.ts';
import { appliedMigrations } from '../src/server/platform/platform-health.repo.ts';
import { clinicCounts, exportQueue, latestAuditEvent, notificationQueue, outboxSize, planMix, signupsPerDay, usersByRole } from '../src/server/platform/platform-overview.repo.ts';
import { listThreads } from '../src/server/messaging/messaging.repo.ts';
import { notificationsOf, unreadState } from '../src/server/notifications/notifications.repo.ts';
import { findOwnPatientId } from '../src/server/scheduling/appointments.repo.ts';
import { listNamedAppointments } from '../src/server/scheduling/schedule-views.repo.ts';
import { benchDashboardPages, PAGES_TIME_BOUND_MS } from './bench-dashboard-pages.mjs';
import { createDatabase, redactUrl } from './bench-postgres.mjs';
import { stopAll } from './bench-processes.mjs';

const { values: flags } = parseArgs({ options: { patients: { type: 'string', default: '100000' }, rounds: { type: 'string', default: '20' }, postgres: { type: 'string' }, 'no-postgres': { type: 'boolean', default: false }, 'page-rounds': { type: 'string', default: '20' }, 'no-pages': { type: 'boolean', default: false }, 'no-build': { type: 'boolean', default: false }, explain: { type: 'boolean', default: false } } });
const patientCount = Number(flags.patients);
const rounds = Number(flags.rounds);
const pageRounds = Number(flags['page-rounds']);
if (!Number.isInteger(patientCount) || patientCount < 100 || patientCount > 1_000_000) fail('--patients must be a whole number from 100 to 1,000,000');
if (!Number.isInteger(rounds) || rounds < 1 || rounds > 200) fail('--rounds must be a whole number from 1 to 200');
if (!Number.isInteger(pageRounds) || pageRounds < 1 || pageRounds > 200) fail('--page-rounds must be a whole number from 1 to 200');
const postgresUrl = flags['no-postgres'] ? undefined : (flags.postgres ?? process.env.TEST_DATABASE_URL ?? 'postgres://postgres@127.0.0.1:5432/postgres');
const CLINICIANS = 20;
const withPages = !flags['no-pages'] && postgresUrl !== undefined;
const TIME_BOUND_MS = 15 * 60_000 + (withPages ? PAGES_TIME_BOUND_MS : 0);
const DAY = 86_400_000;

const cleanups = [];
const stopping = new AbortController();
let finishing = false;
async function finish(code) {
  if (finishing) return;
  finishing = true;
  stopping.abort();
  // The app first: the database it uses is dropped by a cleanup.
  await stopAll();
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
    if (database) results.push(await benchEngine('PostgreSQL', () => openDatabase({ engine: 'postgres', url: database.url, maxConnections: 4 }), database.url));
  } else {
    process.stdout.write('PostgreSQL: skipped (--no-postgres).\n');
  }
  printTable(results);
  const seeded = results.find((r) => r.label === 'PostgreSQL')?.seeded;
  if (withPages && seeded) await benchDashboardPages({ url: seeded.url, ...seeded.ids }, { rounds: pageRounds, reuseBuild: flags['no-build'], cleanups, signal: stopping.signal });
  else process.stdout.write(`Dashboard pages: skipped (${flags['no-pages'] ? '--no-pages' : 'no PostgreSQL database'}).\n`);
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
  await db.execute(sql`
    with accounts as (
      insert into users (email, name, created_at)
      select 'bench-patient-' || p.record_number || '@example.org', 'Bench patient', now() - make_interval(mins => ((row_number() over (order by p.id)) * 5)::int)
      from patients p where p.clinic_id = ${clinic.id}::uuid
      returning id, email)
    update patients p set user_id = a.id from accounts a
    where p.clinic_id = ${clinic.id}::uuid and a.email = 'bench-patient-' || p.record_number || '@example.org'`);
  await db.execute(sql`insert into memberships (user_id, clinic_id, role) select user_id, clinic_id, 'patient' from patients where clinic_id = ${clinic.id}::uuid`);
  await db.execute(sql`
    insert into intakes (clinic_id, patient_id, appointment_id, status, submitted_at)
    select clinic_id, patient_id, id, 'submitted', starts_at - interval '1 day'
    from (select a.*, row_number() over (order by a.id) as n from appointments a where a.clinic_id = ${clinic.id}::uuid) v where n % 50 = 0`);
  await db.execute(sql`
    insert into intake_alerts (clinic_id, patient_id, appointment_id, intake_id, rule_id, urgency)
    select clinic_id, patient_id, appointment_id, id, 'chest-pain', (case when n % 20 = 0 then 'emergency' when n % 20 = 10 then 'routine' else 'urgent' end)::alert_urgency
    from (select i.*, row_number() over (order by i.id) as n from intakes i where i.clinic_id = ${clinic.id}::uuid) v where n % 10 = 0`);
  await db.execute(sql`
    insert into clinical_notes (clinic_id, patient_id, appointment_id, status, sections, drafted_by, signed_at)
    select clinic_id, patient_id, id, (case when n % 20 = 0 then 'draft' else 'signed' end)::note_status, '{}'::jsonb, 'bench', case when n % 20 = 0 then null else ends_at end
    from (select a.*, row_number() over (order by a.id) as n from appointments a where a.clinic_id = ${clinic.id}::uuid and a.status = 'completed') v`);
  await db.execute(sql`
    insert into visit_payments (clinic_id, appointment_id, patient_id, status, amount_minor, currency, platform_fee_minor, hold_expires_at, paid_at, refunded_at)
    select clinic_id, id, patient_id,
      (case when starts_at > now() then 'pending_payment' when n % 8 = 0 then 'refunded' else 'paid' end)::visit_payment_status,
      6500, 'usd', 195, case when starts_at > now() then now() + interval '10 minutes' else starts_at - interval '1 day' end,
      case when starts_at > now() then null else starts_at - interval '1 day' end, case when starts_at <= now() and n % 8 = 0 then starts_at else null end
    from (select a.*, row_number() over (order by a.id) as n from appointments a where a.clinic_id = ${clinic.id}::uuid and a.status <> 'cancelled') v
    where starts_at <= now() or n % 30 = 0`);
  await db.execute(sql`
    insert into notification_jobs (dedupe_key, channel, event, user_id, clinic_id, title, body, status, attempts, run_at, sent_at)
    select 'bench-' || g || '-' || k, 'email', 'bench', p.user_id, p.clinic_id, 'Notice', 'Body',
      case when g % 500 = 0 then 'dead' when g % 97 = 0 and k = 0 then 'pending' else 'sent' end,
      case when g % 500 = 0 then 8 when g % 194 = 0 then 2 else 0 end, now() - make_interval(mins => (g % 20000)::int), now() - make_interval(mins => (g % 20000)::int)
    from (select p.*, row_number() over (order by p.id) as g from patients p where p.clinic_id = ${clinic.id}::uuid) p, generate_series(0, 2) as k`);
  await db.execute(sql`
    insert into data_export_jobs (user_id, format, status, created_at)
    select user_id, 'json', (case when g % 3 = 0 then 'failed' when g % 7 = 0 then 'queued' else 'ready' end)::export_job_status, now() - make_interval(mins => g::int)
    from (select user_id, row_number() over (order by id) as g from patients where clinic_id = ${clinic.id}::uuid limit 500) p`);
  await db.execute(sql`analyze`);
  const [withFlag] = await db.execute(sql`select a.clinician_user_id as id from intake_alerts ia join appointments a on a.id = ia.appointment_id where a.starts_at > now() limit 1`).then((r) => r.rows);
  const [nextVisit] = await db.execute(sql`select a.id, u.id as user_id from appointments a join patients p on p.id = a.patient_id join users u on u.id = p.user_id join intakes i on i.appointment_id = a.id order by a.starts_at desc limit 1`).then((r) => r.rows);
  return { clinicId: clinic.id, clinicianId: withFlag?.id ?? clinicians[0].id, patientUserId: nextVisit.user_id, nextVisitId: nextVisit.id };
}

async function benchEngine(label, open, url) {
  const started = performance.now();
  const handle = await open();
  cleanups.push(() => handle.close());
  await migrate(handle);
  // The repos read this process's database; hand them the bench's.
  instance.useDatabaseForTesting(handle);
  const seedStarted = performance.now();
  const ids = await seed(handle.db);
  const { clinicId, clinicianId, patientUserId, nextVisitId } = ids;
  const seedMs = performance.now() - seedStarted;
  const [patient] = await handle.db.select({ id: patients.id }).from(patients).where(eq(patients.clinicId, clinicId)).limit(1);
  const tz = 'America/New_York';
  const now = new Date();
  const from30 = new Date(now.getTime() - 30 * DAY);
  const dayStart = new Date(now.getTime() - (now.getTime() % DAY));
  const dashboards = {
    patient: {
      // The page finds the signed-in patient's record by user first (visits, chart, messages, payments all need it).
      'own record (by sign-in)': () => findOwnPatientId(clinicId, patientUserId),
      'upcoming and past visits': () => Promise.all([listNamedAppointments(clinicId, { patientId: patient.id }, { from: now }, 'asc', 50), listNamedAppointments(clinicId, { patientId: patient.id }, { to: now }, 'desc', 50)]),
      'message threads': () => listThreads(clinicId, clinicianId, { patientId: patient.id }),
      'notifications + unread': () => Promise.all([notificationsOf(clinicianId, 20), unreadState(clinicianId)]),
      'next visit intake status': () => intakeStatusOf(clinicId, patientUserId, nextVisitId),
      'payments due': () => paymentsDueOf(clinicId, patientUserId, now),
    },
    clinician: {
      'today (one clinician)': () => listNamedAppointments(clinicId, { clinicianUserId: clinicianId }, { from: dayStart, to: new Date(dayStart.getTime() + DAY) }, 'asc', 200),
      'week (one clinician)': () => listNamedAppointments(clinicId, { clinicianUserId: clinicianId }, { from: dayStart, to: new Date(dayStart.getTime() + 7 * DAY) }, 'asc', 1000),
      'open inbox': () => listThreads(clinicId, clinicianId, { status: 'open' }),
      'red-flag visits (today on)': () => redFlagVisitsOf(clinicId, clinicianId, dayStart),
      'unsigned notes (count + oldest 5)': () => unsignedNotesOf(clinicId, clinicianId),
    },
    clinic_admin: {
      'appointments per day (30 days)': () => appointmentsPerDay(clinicId, tz, from30, now),
      'booked minutes per clinician': () => bookedMinutesByClinician(clinicId, from30, now),
      'working hours': () => weeklyWorkingMinutes(clinicId),
      'new patients per day (30 days)': () => newPatientsPerDay(clinicId, tz, from30, now),
      'staff by role': () => staffByRole(clinicId),
      'revenue per day (30 days)': () => revenuePerDay(clinicId, tz, from30, now),
      'refunds (30 days)': () => refundsInRange(clinicId, from30, now),
    },
    platform_admin: {
      'clinic counts': () => clinicCounts(from30),
      'users by role': () => usersByRole(),
      'sign-ups per day (30 days)': () => signupsPerDay(from30),
      'plan mix': () => planMix(),
      'notification queue': () => notificationQueue(now, new Date(now.getTime() - 7 * DAY)),
      'export queue': () => exportQueue(new Date(now.getTime() - 7 * DAY)),
      'outbox size': () => outboxSize(new Date(now.getTime() - DAY)),
      'latest audit event': () => latestAuditEvent(),
      'applied migrations': () => appliedMigrations(),
    },
  };
  const pk = () => handle.db.select({ id: patients.id }).from(patients).where(eq(patients.id, patient.id)).limit(1);
  await pk();
  for (const queries of Object.values(dashboards)) for (const run of Object.values(queries)) await run();
  if (flags.explain && handle.native.kind === 'postgres') await explainAll(handle.native.pool, dashboards);
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
  // PostgreSQL's database outlives the handle: the page part serves it next.
  return { label, seedMs, totalMs: performance.now() - started, timings, seeded: url ? { url, ids } : undefined };
}

/** Runs each query once with its statements captured, then EXPLAIN ANALYZE of each read, naming sequential scans. */
async function explainAll(pool, dashboards) {
  const query = pool.query.bind(pool);
  let captured = [];
  pool.query = (config, ...rest) => {
    captured.push({ text: typeof config === 'string' ? config : config.text, values: Array.isArray(rest[0]) ? rest[0] : config.values });
    return query(config, ...rest);
  };
  const scans = (node) => [...(node['Node Type'] === 'Seq Scan' ? [`seq scan on ${node['Relation Name']} (${((node['Actual Rows'] + (node['Rows Removed by Filter'] ?? 0)) * node['Actual Loops']).toLocaleString('en-US')} rows read)`] : []), ...(node.Plans ?? []).flatMap(scans)];
  process.stdout.write('\nPostgreSQL plans (EXPLAIN ANALYZE of each read a query makes):\n');
  try {
    for (const [role, queries] of Object.entries(dashboards)) {
      for (const [name, run] of Object.entries(queries)) {
        captured = [];
        await run();
        const reads = captured.filter((s) => /^\s*(select|with)\b/i.test(s.text));
        const found = [];
        let ms = 0;
        for (const read of reads) {
          const [{ 'QUERY PLAN': [plan] }] = (await query(`explain (analyze, format json) ${read.text}`, read.values)).rows;
          ms += plan['Execution Time'];
          found.push(...scans(plan.Plan));
        }
        process.stdout.write(`  ${role}: ${name}: ${reads.length} read(s), ${ms.toFixed(2)} ms executing${found.length > 0 ? `; ${found.join('; ')}` : ''}\n`);
      }
    }
  } finally {
    pool.query = query;
  }
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
