import { randomUUID } from 'node:crypto';
import { eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import type { DatabaseHandle } from '@/db/client';
import { useDatabaseForTesting } from '@/db/instance';
import { auditEvents } from '@/db/schema/audit';
import { createTestDatabase } from '@/db/testing/test-database';
import { AppError } from '@/lib/errors';
import type { Principal } from '@/server/access/principal';
import { rolePermissions } from '@/server/access/permissions';
import type { Role } from '@/config/roles';
import { checkAssertion } from './check-assertion';
import { extractFindings } from './extract-findings';

let handle: DatabaseHandle;
const clinicId = randomUUID();

const principalAs = (role: Role | null): Principal => ({
  userId: randomUUID(),
  name: null,
  email: 'someone@example.org',
  sessionId: 'test',
  active: role ? { clinicId: role === 'platform_admin' ? null : clinicId, role } : null,
  memberships: [],
  permissions: new Set(role ? rolePermissions[role] : ['self:read']),
});

beforeAll(async () => {
  handle = await createTestDatabase();
  useDatabaseForTesting(handle);
});

afterAll(async () => {
  await handle.close();
});

describe('clinical engine access', () => {
  it('answers a clinician', async () => {
    const principal = principalAs('clinician');
    await expect(checkAssertion(principal, async () => ({ sentence: 'Denies chest pain.', target: 'chest pain' }))).resolves.toEqual({
      negation: 'negated', temporality: 'recent', experiencer: 'patient', trigger: 'Denies',
    });
    const result = await extractFindings(principal, async () => ({ text: 'Chest pain and sweating. HR 900.' }));
    expect(result.redFlags[0]).toMatchObject({ id: 'chest_pain_breathless_or_sweating', urgency: 'emergency' });
    expect(result.vitals[0]).toMatchObject({ kind: 'heart_rate', flag: 'implausible' });
    const audited = await handle.db.select().from(auditEvents).where(eq(auditEvents.actorUserId, principal.userId));
    expect(audited).toEqual([]);
  });

  it.each(['patient', 'clinic_admin', 'platform_admin', null] as const)('refuses %s with 404 before reading the body, and audits the refusal without text', async (role) => {
    const principal = principalAs(role);
    const readInput = vi.fn(async () => ({ text: 'I have been thinking about suicide.' }));
    const refusal = await extractFindings(principal, readInput).catch((e: unknown) => e);
    expect(refusal).toBeInstanceOf(AppError);
    expect((refusal as AppError).status).toBe(404);
    expect(readInput).not.toHaveBeenCalled();
    await expect(checkAssertion(principal, async () => ({ sentence: 'x', target: 'x' }))).rejects.toMatchObject({ code: 'not_found' });
    const audited = await handle.db.select().from(auditEvents).where(eq(auditEvents.actorUserId, principal.userId));
    expect(audited.map((a) => [a.action, a.outcome, a.entityType, a.entityId])).toEqual([
      ['clinical-ai.extract', 'denied', 'clinical-ai-engine', null],
      ['clinical-ai.assertion', 'denied', 'clinical-ai-engine', null],
    ]);
    expect(JSON.stringify(audited)).not.toMatch(/suicide/);
  });
});
