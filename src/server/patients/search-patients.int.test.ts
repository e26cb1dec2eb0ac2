import { and, eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { auditEvents } from '@/db/schema/audit';
import { AppError } from '@/lib/errors';
import { searchPatients } from './search-patients';
import { createPatientsFixture, type PatientsFixture } from './testing/fixtures.repo';

let f: PatientsFixture;
beforeAll(async () => {
  f = await createPatientsFixture();
});
afterAll(async () => {
  await f.handle.close();
});

const mrns = async (query: string, who = () => f.clinician) => (await searchPatients(who(), { query })).patients.map((p) => p.mrn);

describe('patient search', () => {
  it('lists the clinic newest first for an empty query, within the limit', async () => {
    const { patients } = await searchPatients(f.clinician, { query: '', limit: '3' });
    expect(patients.map((p) => p.mrn)).toEqual(['RFC-000106', 'RFC-000105', 'RFC-000104']);
    expect(patients[0]).toEqual({ id: f.ids['RFC-000106'], name: 'Mei Lin Tan', birthDate: '1971-02-09', mrn: 'RFC-000106' });
  });

  it('finds by full name, prefix and with a typo', async () => {
    expect((await mrns('Jordan Rivera'))[0]).toBe('RFC-000101');
    expect(await mrns('riv')).toContain('RFC-000101');
    expect((await mrns('Rivira'))[0]).toBe('RFC-000101');
    expect((await mrns('bennet'))[0]).toBe('RFC-000103');
    expect((await mrns('ta'))).toContain('RFC-000106');
    expect((await mrns("o'brien"))[0]).toBe('RFC-000105');
    expect((await mrns('Hernández'))[0]).toBe('RFC-000104');
  });

  it('finds by date of birth in ISO and common formats', async () => {
    expect(await mrns('1984-03-07')).toEqual(['RFC-000101']);
    expect(await mrns('03/07/1984')).toEqual(['RFC-000101']);
    expect(await mrns('25.12.1985')).toEqual(['RFC-000105']);
    expect(await mrns('7 Mar 1984')).toEqual(['RFC-000101']);
  });

  it('finds by phone, comparing digits only', async () => {
    expect(await mrns('518-555-0103')).toEqual(['RFC-000103']);
    expect(await mrns('(518) 5550105')).toEqual(['RFC-000105']);
  });

  it('finds by record number, in any case and by its start', async () => {
    expect(await mrns('rfc-000104')).toEqual(['RFC-000104']);
    expect(await mrns('RFC-00010')).toHaveLength(6);
  });

  it('never shows another clinic\u2019s patients', async () => {
    const harborSees = await mrns('Jordan Rivera', () => f.harborClinician);
    expect(harborSees).toEqual(['HBP-000101']);
    expect(await mrns('HBP-000101')).toEqual([]);
    expect(await mrns('07700 900101')).toEqual([]);
  });

  it('lets a clinic admin (patients:register) search, gives a patient only their own record, and others nothing', async () => {
    expect(await mrns('Raman', () => f.admin)).toEqual(['RFC-000102']);
    expect(await mrns('Raman', () => f.patientA)).toEqual(['RFC-000101']);
    expect(await mrns('', () => f.platformAdmin)).toEqual([]);
  });

  it('audits each search without the query text', async () => {
    await searchPatients(f.clinician, { query: 'Bennett' });
    const rows = await f.handle.db
      .select()
      .from(auditEvents)
      .where(and(eq(auditEvents.actorUserId, f.clinician.userId), eq(auditEvents.action, 'patients.search')));
    expect(rows.length).toBeGreaterThan(0);
    for (const row of rows) {
      expect(row).toMatchObject({ clinicId: f.riverside, entityType: 'patient', entityId: null, outcome: 'allowed', actingRole: 'clinician' });
      expect(JSON.stringify(row)).not.toMatch(/bennett/i);
    }
  });

  it('refuses a bad limit or a huge query naming the field, and survives nasty text', async () => {
    for (const [input, field] of [
      [{ limit: '500' }, 'limit'],
      [{ limit: '0' }, 'limit'],
      [{ limit: 'ten' }, 'limit'],
      [{ query: 'x'.repeat(101) }, 'query'],
      [{ query: 42 }, 'query'],
      [{ query: 'a\u0000b' }, 'query'],
    ] as const) {
      const error = await searchPatients(f.clinician, input).then(() => undefined, (e: unknown) => e);
      expect(error).toBeInstanceOf(AppError);
      expect(Object.keys((error as AppError).fieldErrors ?? {})).toEqual([field]);
    }
    for (const nasty of ["'; drop table patients; --", '%', '_', '\\', '<script>', '😀😀😀', 'Ω≈ç√', '\u202eevil']) {
      const { patients } = await searchPatients(f.clinician, { query: nasty });
      expect(Array.isArray(patients)).toBe(true);
    }
    expect(await mrns('%')).toEqual([]);
  });
});
