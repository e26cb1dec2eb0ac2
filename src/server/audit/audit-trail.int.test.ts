import { and, eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { DatabaseHandle } from '@/db/client';
import { useDatabaseForTesting } from '@/db/instance';
import { auditEvents } from '@/db/schema/audit';
import { users } from '@/db/schema/auth';
import { clinics } from '@/db/schema/clinics';
import { createTestDatabase } from '@/db/testing/test-database';
import type { Role } from '@/config/roles';
import { AppError } from '@/lib/errors';
import type { Principal } from '@/server/access/principal';
import { rolePermissions } from '@/server/access/permissions';
import { insertAuditEvent } from './audit.repo';
import { exportAuditTrail } from './export-audit-trail';
import { AUDIT_PAGE_SIZE, listAuditTrail } from './list-audit-trail';

let handle: DatabaseHandle;
let riverside: string;
let harbor: string;
let admin: Principal;
let clinician: Principal;
let harborAdmin: Principal;

const principalOf = (userId: string, clinicId: string, role: Role): Principal => ({
  userId,
  name: null,
  email: `${userId}@example.org`,
  sessionId: 'test',
  active: { clinicId, role },
  memberships: [],
  permissions: new Set(rolePermissions[role]),
});

const errorOf = (p: Promise<unknown>) => p.then(() => undefined, (e: unknown) => e as AppError);

beforeAll(async () => {
  handle = await createTestDatabase();
  useDatabaseForTesting(handle);
  const cs = await handle.db
    .insert(clinics)
    .values([
      { slug: 'trail-a', name: 'Trail A', timeZone: 'America/New_York', country: 'US' },
      { slug: 'trail-b', name: 'Trail B', timeZone: 'Europe/London', country: 'GB' },
    ])
    .returning({ id: clinics.id });
  riverside = cs[0]!.id;
  harbor = cs[1]!.id;
  const us = await handle.db
    .insert(users)
    .values([
      { email: 'ada@trail.test', name: 'Ada Admin' },
      { email: 'dee@trail.test', name: '=cmd|calc' },
      { email: 'hal@trail.test', name: 'Hal Harbor' },
    ])
    .returning({ id: users.id });
  admin = principalOf(us[0]!.id, riverside, 'clinic_admin');
  clinician = principalOf(us[1]!.id, riverside, 'clinician');
  harborAdmin = principalOf(us[2]!.id, harbor, 'clinic_admin');
  const at = (iso: string) => new Date(iso);
  await handle.db.insert(auditEvents).values([
    // 2026-03-08 is the New York spring-forward day; the clinic's days are local days.
    { clinicId: riverside, actorUserId: clinician.userId, actingRole: 'clinician', action: 'chart.read', entityType: 'patient', entityId: 'p-1', outcome: 'allowed', at: at('2026-03-08T04:59:00Z') },
    { clinicId: riverside, actorUserId: clinician.userId, actingRole: 'clinician', action: 'chart.document.read', entityType: 'patient', entityId: 'p-1', outcome: 'allowed', at: at('2026-03-08T05:00:00Z') },
    { clinicId: riverside, actorUserId: admin.userId, actingRole: 'clinic_admin', action: 'staff.invite', entityType: 'staff_invitation', entityId: 'i-1', outcome: 'allowed', at: at('2026-03-09T03:59:00Z') },
    { clinicId: riverside, actorUserId: clinician.userId, actingRole: 'clinician', action: 'chart_x.read', entityType: 'patient', entityId: 'p-2', outcome: 'denied', at: at('2026-03-09T04:00:00Z') },
    { clinicId: harbor, actorUserId: harborAdmin.userId, actingRole: 'clinic_admin', action: 'chart.read', entityType: 'patient', entityId: 'p-9', outcome: 'allowed', at: at('2026-03-08T12:00:00Z') },
  ]);
});

afterAll(async () => {
  await handle.close();
});

describe('browsing the audit trail', () => {
  it('shows only the active clinic, newest first, with actor names', async () => {
    const page = await listAuditTrail(admin, {});
    expect(page.entries.map((e) => e.action)).toEqual(['chart_x.read', 'staff.invite', 'chart.document.read', 'chart.read']);
    expect(page.entries[0]).toMatchObject({ actorName: '=cmd|calc', entityType: 'patient', entityId: 'p-2', outcome: 'denied' });
    expect(page.actors.map((a) => a.name).sort()).toEqual(['=cmd|calc', 'Ada Admin']);
    expect(page.nextCursor).toBeNull();
  });

  it('filters by actor, action prefix (LIKE characters taken literally), resource, outcome and clinic-local days', async () => {
    const actions = async (filter: Record<string, string>) => (await listAuditTrail(admin, filter)).entries.map((e) => e.action);
    expect(await actions({ actor: admin.userId })).toEqual(['staff.invite']);
    expect(await actions({ action: 'chart.' })).toEqual(['chart.document.read', 'chart.read']);
    expect(await actions({ action: 'chart_' })).toEqual(['chart_x.read']);
    expect(await actions({ entityType: 'patient', entityId: 'p-1' })).toEqual(['chart.document.read', 'chart.read']);
    expect(await actions({ outcome: 'denied' })).toEqual(['chart_x.read']);
    // 04:59Z on 8 March is still 7 March in New York; 03:59Z on 9 March is still 8 March.
    expect(await actions({ from: '2026-03-08', to: '2026-03-08' })).toEqual(['staff.invite', 'chart.document.read']);
    expect(await actions({ to: '2026-03-07' })).toEqual(['chart.read']);
  });

  it('names each bad filter', async () => {
    const error = await errorOf(listAuditTrail(admin, { actor: 'nobody', outcome: 'maybe', from: '2026-13-01', to: '', action: 'x'.repeat(101) }));
    expect(error?.code).toBe('validation_failed');
    expect(Object.keys(error?.fieldErrors ?? {}).sort()).toEqual(['action', 'actor', 'from', 'outcome']);
    const order = await errorOf(listAuditTrail(admin, { from: '2026-03-09', to: '2026-03-08' }));
    expect(Object.keys(order?.fieldErrors ?? {})).toEqual(['to']);
  });

  it('pages with a keyset cursor that never shifts', async () => {
    await Promise.all(Array.from({ length: AUDIT_PAGE_SIZE + 5 }, (_, i) =>
      insertAuditEvent({ clinicId: riverside, actorUserId: admin.userId, actingRole: 'clinic_admin', action: 'bulk.page', entityType: 'x', entityId: String(i), outcome: 'allowed' }),
    ));
    const first = await listAuditTrail(admin, { action: 'bulk.' });
    expect(first.entries).toHaveLength(AUDIT_PAGE_SIZE);
    await insertAuditEvent({ clinicId: riverside, actorUserId: admin.userId, actingRole: 'clinic_admin', action: 'bulk.page', entityType: 'x', entityId: 'late', outcome: 'allowed' });
    const second = await listAuditTrail(admin, { action: 'bulk.', cursor: first.nextCursor! });
    expect(second.entries).toHaveLength(5);
    expect(second.nextCursor).toBeNull();
    const seen = new Set([...first.entries, ...second.entries].map((e) => e.seq));
    expect(seen.size).toBe(AUDIT_PAGE_SIZE + 5);
  });

  it('refuses a clinician and records the denial; a Harbor admin sees only Harbor', async () => {
    expect((await errorOf(listAuditTrail(clinician, {})))?.code).toBe('not_found');
    const denied = await handle.db.select().from(auditEvents).where(and(eq(auditEvents.actorUserId, clinician.userId), eq(auditEvents.action, 'audit.read')));
    expect(denied.map((d) => d.outcome)).toEqual(['denied']);
    expect((await listAuditTrail(harborAdmin, {})).entries.map((e) => e.entityId)).toEqual(['p-9']);
  });
});

describe('exporting the audit trail', () => {
  it('writes the filtered rows as CSV with formulas neutralised, and records the export', async () => {
    const file = await exportAuditTrail(admin, { action: 'chart', cursor: '1' }, new Date('2026-11-27T12:00:00Z'));
    expect(file.filename).toBe('audit-trail-2026-11-27.csv');
    const lines = file.body.trim().split('\r\n');
    expect(lines).toHaveLength(4); // header + chart_x.read + chart.document.read + chart.read; the cursor is ignored
    expect(lines[1]).toContain("'=cmd|calc");
    expect(file.body).not.toContain('p-9');
    const exports = await handle.db.select().from(auditEvents).where(eq(auditEvents.action, 'audit.export'));
    expect(exports).toMatchObject([{ clinicId: riverside, actorUserId: admin.userId, outcome: 'allowed', entityId: riverside }]);
  });
});
