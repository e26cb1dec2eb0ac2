import { and, eq, sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openDatabase, type DatabaseHandle } from '@/db/client';
import { migrate } from '@/db/migrate';
import { users } from '@/db/schema/auth';
import { clinics, memberships, openingHours, visitTypes } from '@/db/schema/clinics';
import { allergies, medications, observations, patients, problems } from '@/db/schema/patients';
import { appointments } from '@/db/schema/scheduling';
import { seedDemoIfEmpty } from './seed-demo';
import { outsideOpeningHours, overlappingVisits } from './seed-test-support';
import { countingSeedOptions, seededRows } from './seed-test-snapshot';

// A Tuesday afternoon two days after the US moved to daylight time, weeks before the UK does:
// the two clinics' UTC offsets differ from their usual gap, which catches naive conversions.
const TODAY = new Date('2026-03-10T15:00:00Z');
const FAKE_HASH = '$argon2id$v=19$m=19456,t=2,p=1$ZGVtby1zYWx0$ZGVtby1oYXNo';

const countingOptions = () => countingSeedOptions(TODAY, FAKE_HASH);

describe('seedDemoIfEmpty', () => {
  let handle: DatabaseHandle;
  let emptyDatabase: Blob;
  let first: ReturnType<typeof countingOptions>;
  let seeded: boolean;

  // One migrated PGlite for the whole file (creating one costs seconds); its empty state is kept
  // as a snapshot so the determinism check can start a second database without migrating again.
  beforeAll(async () => {
    handle = await openDatabase({ engine: 'pglite', memory: true });
    await migrate(handle);
    if (handle.native.kind !== 'pglite') throw new Error('expected PGlite');
    emptyDatabase = await handle.native.client.dumpDataDir('none');
    first = countingOptions();
    seeded = await seedDemoIfEmpty(handle.db, first);
  }, 120_000);

  afterAll(async () => {
    await handle?.close();
  });

  it('seeds an empty database, hashing the demo password exactly once', () => {
    expect(seeded).toBe(true);
    expect(first.calls()).toBe(1);
  });

  it('creates both clinics in their own time zones', async () => {
    const rows = await handle.db.select().from(clinics).orderBy(clinics.slug);
    expect(rows.map((row) => [row.slug, row.name, row.timeZone, row.country])).toEqual([
      ['harbor', 'Harbor Pediatrics', 'Europe/London', 'GB'],
      ['riverside', 'Riverside Family Clinic', 'America/New_York', 'US'],
    ]);
    const currencies = await handle.db
      .selectDistinct({ slug: clinics.slug, currency: visitTypes.currency })
      .from(visitTypes)
      .innerJoin(clinics, eq(clinics.id, visitTypes.clinicId))
      .orderBy(clinics.slug);
    expect(currencies).toEqual([{ slug: 'harbor', currency: 'GBP' }, { slug: 'riverside', currency: 'USD' }]);
  });

  it('creates the named demo accounts, verified, with their roles and the one password hash', async () => {
    const roles = await handle.db
      .select({ email: users.email, role: memberships.role, clinic: clinics.slug })
      .from(memberships)
      .innerJoin(users, eq(users.id, memberships.userId))
      .leftJoin(clinics, eq(clinics.id, memberships.clinicId))
      .orderBy(users.email, memberships.role);
    expect(roles).toEqual([
      { email: 'admin@harbor.example', role: 'clinic_admin', clinic: 'harbor' },
      { email: 'admin@riverside.example', role: 'clinic_admin', clinic: 'riverside' },
      { email: 'dr.lee@riverside.example', role: 'clinician', clinic: 'riverside' },
      { email: 'dr.okafor@riverside.example', role: 'clinician', clinic: 'riverside' },
      { email: 'dr.okafor@riverside.example', role: 'clinic_admin', clinic: 'riverside' },
      { email: 'dr.shah@harbor.example', role: 'clinician', clinic: 'harbor' },
      { email: 'patient@riverside.example', role: 'patient', clinic: 'riverside' },
      { email: 'platform@clinixai.example', role: 'platform_admin', clinic: null },
    ]);
    const accounts = await handle.db.select().from(users);
    for (const account of accounts) {
      expect(account.name).toBeTruthy();
      expect(account.emailVerified).toBeInstanceOf(Date);
      expect(account.passwordHash).toBe(FAKE_HASH);
    }
    const [patientUser] = accounts.filter((account) => account.email === 'patient@riverside.example');
    const linked = await handle.db.select().from(patients).where(eq(patients.userId, patientUser?.id ?? ''));
    expect(linked).toHaveLength(1);
    expect(`${linked[0]?.givenName} ${linked[0]?.familyName}`).toBe(patientUser?.name);
  });

  it('gives Riverside at least 20 synthetic patients besides the signed-in one, each with a problem', async () => {
    const rows = await handle.db
      .select({ id: patients.id, userId: patients.userId, recordNumber: patients.recordNumber, problems: sql<number>`count(${problems.id})::int` })
      .from(patients)
      .innerJoin(clinics, eq(clinics.id, patients.clinicId))
      .leftJoin(problems, eq(problems.patientId, patients.id))
      .where(eq(clinics.slug, 'riverside'))
      .groupBy(patients.id);
    expect(rows.filter((row) => row.userId === null).length).toBeGreaterThanOrEqual(20);
    for (const row of rows) {
      expect(row.problems).toBeGreaterThan(0);
      expect(row.recordNumber).toMatch(/^RFC-\d{6}$/);
    }
  });

  it('gives Harbor at least 8 children aged 0-17', async () => {
    const rows = await handle.db
      .select({ recordNumber: patients.recordNumber, dateOfBirth: patients.dateOfBirth })
      .from(patients)
      .innerJoin(clinics, eq(clinics.id, patients.clinicId))
      .where(eq(clinics.slug, 'harbor'));
    expect(rows.length).toBeGreaterThanOrEqual(8);
    const eighteenYearsAgo = `${TODAY.getUTCFullYear() - 18}${TODAY.toISOString().slice(4, 10)}`;
    for (const row of rows) {
      expect(row.recordNumber).toMatch(/^HBP-\d{6}$/);
      expect(row.dateOfBirth > eighteenYearsAgo && row.dateOfBirth <= TODAY.toISOString().slice(0, 10)).toBe(true);
    }
  });

  it('keeps every chart row in the clinic of its patient', async () => {
    for (const table of [problems, allergies, medications, observations, appointments]) {
      const crossing = await handle.db
        .select({ id: table.id })
        .from(table)
        .innerJoin(patients, eq(patients.id, table.patientId))
        .where(sql`${table.clinicId} <> ${patients.clinicId}`);
      expect(crossing).toEqual([]);
    }
    const wrongStaff = await handle.db
      .select({ id: appointments.id })
      .from(appointments)
      .innerJoin(visitTypes, eq(visitTypes.id, appointments.visitTypeId))
      .leftJoin(memberships, and(eq(memberships.userId, appointments.clinicianUserId), eq(memberships.clinicId, appointments.clinicId), eq(memberships.role, 'clinician')))
      .where(sql`${visitTypes.clinicId} <> ${appointments.clinicId} or ${memberships.id} is null`);
    expect(wrongStaff).toEqual([]);
  });

  it('gives patient@riverside.example a completed past visit and a booked upcoming one', async () => {
    const visits = await handle.db
      .select({ startsAt: appointments.startsAt, status: appointments.status })
      .from(appointments)
      .innerJoin(patients, eq(patients.id, appointments.patientId))
      .innerJoin(users, eq(users.id, patients.userId))
      .where(eq(users.email, 'patient@riverside.example'));
    expect(visits.some((visit) => visit.status === 'completed' && visit.startsAt < TODAY)).toBe(true);
    expect(visits.some((visit) => visit.status === 'booked' && visit.startsAt > TODAY)).toBe(true);
  });

  it('never double-books a clinician and keeps every visit inside opening hours, in clinic time', async () => {
    expect(overlappingVisits(await handle.db.select().from(appointments))).toEqual([]);
    for (const clinic of await handle.db.select().from(clinics)) {
      const hours = await handle.db.select().from(openingHours).where(eq(openingHours.clinicId, clinic.id));
      const visits = await handle.db.select().from(appointments).where(eq(appointments.clinicId, clinic.id));
      expect(visits.length).toBeGreaterThan(0);
      expect(outsideOpeningHours(visits, hours, clinic.timeZone)).toEqual([]);
    }
  });

  it('does nothing on a second run: returns false without hashing, rows unchanged', async () => {
    const before = await seededRows(handle.db);
    const again = countingOptions();
    expect(await seedDemoIfEmpty(handle.db, again)).toBe(false);
    expect(again.calls()).toBe(0);
    expect(await seededRows(handle.db)).toEqual(before);
  });

  it('gives identical rows, ids included, when a fresh database is seeded with the same today', async () => {
    const other = await openDatabase({ engine: 'pglite', memory: true, loadDataDir: emptyDatabase });
    try {
      expect(await seedDemoIfEmpty(other.db, countingOptions())).toBe(true);
      expect(await seededRows(other.db)).toEqual(await seededRows(handle.db));
    } finally {
      await other.close();
    }
  }, 120_000);
});
