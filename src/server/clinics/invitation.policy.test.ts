import { describe, expect, it } from 'vitest';
import type { Principal } from '@/server/access/principal';
import { rolePermissions } from '@/server/access/permissions';
import type { Role } from '@/config/roles';
import { canAcceptAs, invitationStatus, staffClinicOf } from './invitation.policy';

const principal = (role: Role | null, clinicId: string | null = 'c1'): Principal => ({
  userId: 'u1',
  name: null,
  email: 'a@example.org',
  sessionId: 's',
  active: role ? { clinicId, role } : null,
  memberships: [],
  permissions: new Set(role ? rolePermissions[role] : ['self:read']),
});

describe('invitation policy', () => {
  it('lets only a role with staff:manage manage staff, in its active clinic', () => {
    expect(staffClinicOf(principal('clinic_admin'))).toBe('c1');
    expect(staffClinicOf(principal('clinician'))).toBeNull();
    expect(staffClinicOf(principal('patient'))).toBeNull();
    expect(staffClinicOf(principal('platform_admin', null))).toBeNull();
    expect(staffClinicOf(principal(null))).toBeNull();
  });

  it('derives the status: accepted and revoked win over expiry; expiry is exclusive of the instant', () => {
    const now = new Date('2026-01-08T00:00:00Z');
    const base = { acceptedAt: null, revokedAt: null, expiresAt: new Date('2026-01-09T00:00:00Z') };
    expect(invitationStatus(base, now)).toBe('pending');
    expect(invitationStatus({ ...base, expiresAt: now }, now)).toBe('expired');
    expect(invitationStatus({ ...base, expiresAt: new Date(0), acceptedAt: now }, now)).toBe('accepted');
    expect(invitationStatus({ ...base, revokedAt: now }, now)).toBe('revoked');
  });

  it('accepts only for the invited address, ignoring case and surrounding spaces', () => {
    expect(canAcceptAs(' A.Person@Example.org ', 'a.person@example.org')).toBe(true);
    expect(canAcceptAs('someone@example.org', 'a.person@example.org')).toBe(false);
  });
});
