import { describe, expect, it } from 'vitest';
import { planDeactivation, planReactivation, planRoles, type StaffMembershipState } from './staff.policy';

const at = (iso: string) => new Date(iso);
const state = (role: StaffMembershipState['role'], status: StaffMembershipState['status'], deactivatedAt: Date | null = null): StaffMembershipState => ({ role, status, deactivatedAt });

describe('staff policy', () => {
  it('plans role changes as the difference to what is active', () => {
    const current = [state('clinician', 'active'), state('clinic_admin', 'deactivated', at('2026-01-01T00:00:00Z'))];
    expect(planRoles(current, ['clinic_admin'])).toEqual({ activate: ['clinic_admin'], deactivate: ['clinician'] });
    expect(planRoles(current, ['clinician'])).toEqual({ activate: [], deactivate: [] });
    // A patient membership at the same clinic is never touched by staff changes.
    expect(planDeactivation([...current, state('patient', 'active')])).toEqual({ activate: [], deactivate: ['clinician'] });
  });

  it('reactivation restores only what the latest deactivation removed, and nothing for an active member', () => {
    const current = [
      state('clinician', 'deactivated', at('2026-02-01T00:00:00Z')),
      state('clinic_admin', 'deactivated', at('2026-01-01T00:00:00Z')),
    ];
    expect(planReactivation(current)).toEqual({ activate: ['clinician'], deactivate: [] });
    expect(planReactivation([state('clinician', 'active'), state('clinic_admin', 'deactivated', at('2026-01-01T00:00:00Z'))])).toEqual({ activate: [], deactivate: [] });
  });
});
