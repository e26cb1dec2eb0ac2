import { asc, eq, sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { DatabaseHandle } from '@/db/client';
import { useDatabaseForTesting } from '@/db/instance';
import { auditEvents } from '@/db/schema/audit';
import { clinics } from '@/db/schema/clinics';
import { createTestDatabase } from '@/db/testing/test-database';
import { insertAuditEvent, type AuditEventRow } from './audit.repo';
import { GENESIS_HASH } from './audit-chain';
import { verifyAuditLog } from './verify-audit-log';

let handle: DatabaseHandle;
let riverside: string;
let harbor: string;

const event = (clinicId: string | null, action: string, extra: Partial<AuditEventRow> = {}): AuditEventRow => ({
  clinicId,
  actorUserId: null,
  actingRole: 'clinic_admin',
  action,
  entityType: 'patient',
  entityId: 'p-1',
  outcome: 'allowed',
  requestId: null,
  ...extra,
});

const rowsOf = (clinicId: string) =>
  handle.db.select().from(auditEvents).where(eq(auditEvents.clinicId, clinicId)).orderBy(asc(auditEvents.seq));

// Drizzle wraps the driver's error; the database's own message is its cause.
const refusal = (promise: Promise<unknown>) =>
  promise.then(
    () => 'accepted',
    (e: unknown) => {
      const error = e as { message?: string; cause?: { message?: string } };
      return `${error.message ?? ''} ${error.cause?.message ?? ''}`;
    },
  );

beforeAll(async () => {
  handle = await createTestDatabase();
  useDatabaseForTesting(handle);
  const rows = await handle.db
    .insert(clinics)
    .values([
      { slug: 'chain-a', name: 'Chain A', timeZone: 'America/New_York', country: 'US' },
      { slug: 'chain-b', name: 'Chain B', timeZone: 'Europe/London', country: 'GB' },
    ])
    .returning({ id: clinics.id });
  riverside = rows[0]!.id;
  harbor = rows[1]!.id;
});

afterAll(async () => {
  await handle.close();
});

describe('the audit chain', () => {
  it('links rows per clinic, interleaved across clinics, and the TypeScript check agrees with the database hash', async () => {
    await insertAuditEvent(event(riverside, 'chart.read'));
    await insertAuditEvent(event(harbor, 'chart.read'));
    // Nasty content the JSON canonical form must escape the way PostgreSQL does.
    await insertAuditEvent(event(riverside, 'chart.document.read', { entityId: 'a"b\\c\nd\te\u0001é😀<script>', requestId: 'req-12345678' }));
    await insertAuditEvent(event(null, 'platform.clinic.create', { entityType: 'clinic', entityId: riverside }));
    await insertAuditEvent(event(harbor, 'chart.read', { outcome: 'denied' }));

    const a = await rowsOf(riverside);
    const b = await rowsOf(harbor);
    expect(a.map((r) => r.prevHash)).toEqual([GENESIS_HASH, a[0]!.hash]);
    expect(b.map((r) => r.prevHash)).toEqual([GENESIS_HASH, b[0]!.hash]);
    expect(a[1]!.requestId).toBe('req-12345678');

    const result = await verifyAuditLog();
    expect(result.ok).toBe(true);
    expect(result.rowsChecked).toBe(5);
    const byClinic = new Map(result.chains.map((c) => [c.clinicId, c]));
    expect(byClinic.get(riverside)).toMatchObject({ rows: 2, headHash: a[1]!.hash, broken: null, clinicName: 'Chain A' });
    expect(byClinic.get(harbor)).toMatchObject({ rows: 2, headHash: b[1]!.hash, broken: null });
    expect(byClinic.get(null)).toMatchObject({ rows: 1, broken: null });
  });

  it('refuses UPDATE, DELETE and TRUNCATE', async () => {
    expect(await refusal(handle.db.update(auditEvents).set({ action: 'x' }).where(eq(auditEvents.clinicId, riverside)))).toMatch(/append-only/);
    expect(await refusal(handle.db.delete(auditEvents).where(eq(auditEvents.clinicId, riverside)))).toMatch(/append-only/);
    expect(await refusal(handle.db.execute(sql`TRUNCATE audit_events`))).toMatch(/append-only/);
    expect(await rowsOf(riverside)).toHaveLength(2);
  });

  it('gives one unforked chain for 20 concurrent inserts in one clinic', async () => {
    await Promise.all(Array.from({ length: 20 }, (_, i) => insertAuditEvent(event(riverside, `chart.read`, { entityId: `p-${i}` }))));
    const rows = await rowsOf(riverside);
    expect(rows).toHaveLength(22);
    for (let i = 1; i < rows.length; i += 1) expect(rows[i]!.prevHash).toBe(rows[i - 1]!.hash);
    expect(new Set(rows.map((r) => r.prevHash)).size).toBe(rows.length);
    expect((await verifyAuditLog()).ok).toBe(true);
  });

  it('detects an edited row and a removed row (triggers disabled as a superuser would)', async () => {
    const rows = await rowsOf(harbor);
    await handle.db.execute(sql`ALTER TABLE audit_events DISABLE TRIGGER audit_events_no_update_delete`);
    try {
      await handle.db.update(auditEvents).set({ outcome: 'allowed' }).where(eq(auditEvents.id, rows[1]!.id));
      const edited = await verifyAuditLog();
      expect(edited.ok).toBe(false);
      expect(edited.chains.find((c) => c.clinicId === harbor)).toMatchObject({ rows: 1, broken: { seq: rows[1]!.seq, reason: 'hash-mismatch' } });
      // The other clinics' chains still verify: tampering is located, not just detected.
      expect(edited.chains.find((c) => c.clinicId === riverside)?.broken).toBeNull();

      const riversideRows = await rowsOf(riverside);
      await handle.db.delete(auditEvents).where(eq(auditEvents.id, riversideRows[5]!.id));
      const removed = await verifyAuditLog();
      expect(removed.chains.find((c) => c.clinicId === riverside)).toMatchObject({ rows: 5, broken: { seq: riversideRows[6]!.seq, reason: 'broken-link' } });
    } finally {
      await handle.db.execute(sql`ALTER TABLE audit_events ENABLE TRIGGER audit_events_no_update_delete`);
    }
  });
});
