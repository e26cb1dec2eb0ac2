import { describe, expect, it } from 'vitest';
import { rolePermissions } from '@/server/access/permissions';
import type { Principal } from '@/server/access/principal';
import type { Role } from '@/config/roles';
import { canMoveTo, schedulingActorOf, tooEarlyFor, withinNoticePeriod } from './appointment.policy';

const principal = (role: Role, clinicId: string | null = 'c1'): Principal => ({
  userId: 'u1',
  name: null,
  email: 'x@example.org',
  sessionId: 's',
  active: { clinicId, role },
  memberships: [],
  permissions: new Set(rolePermissions[role]),
});

describe('scheduling policy', () => {
  it('derives who acts from permissions: patient, clinician (own diary), other schedule staff (clinic)', () => {
    expect(schedulingActorOf(principal('patient'))).toEqual({ kind: 'patient', clinicId: 'c1' });
    expect(schedulingActorOf(principal('clinician'))).toEqual({ kind: 'clinician', clinicId: 'c1', userId: 'u1' });
    expect(schedulingActorOf(principal('clinic_admin'))).toEqual({ kind: 'clinic_staff', clinicId: 'c1' });
    expect(schedulingActorOf(principal('platform_admin', null))).toBeNull();
  });

  it('the notice period: 24 hours means 23h59 is too late and 24h00 is fine', () => {
    const start = new Date('2026-06-11T13:00:00Z');
    expect(withinNoticePeriod(start, new Date('2026-06-10T13:01:00Z'), 24)).toBe(true);
    expect(withinNoticePeriod(start, new Date('2026-06-10T13:00:00Z'), 24)).toBe(false);
    expect(withinNoticePeriod(start, new Date('2026-06-11T14:00:00Z'), 24)).toBe(true);
  });

  it('allows sensible status changes only', () => {
    expect(canMoveTo('booked', 'arrived')).toBe(true);
    expect(canMoveTo('booked', 'completed')).toBe(false);
    expect(canMoveTo('arrived', 'completed')).toBe(true);
    expect(canMoveTo('completed', 'cancelled')).toBe(false);
    expect(canMoveTo('cancelled', 'booked')).toBe(false);
    expect(canMoveTo('no_show', 'booked')).toBe(true);
    expect(tooEarlyFor('no_show', new Date('2026-06-11T13:00:00Z'), new Date('2026-06-11T12:59:00Z'))).toBe(true);
    expect(tooEarlyFor('arrived', new Date('2026-06-11T13:00:00Z'), new Date('2026-06-10T12:00:00Z'))).toBe(false);
  });
});
