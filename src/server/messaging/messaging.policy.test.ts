import { describe, expect, it } from 'vitest';
import { canSeeThread, messagingSideOf } from './messaging.policy';

describe('messaging policy', () => {
  it('patients write, clinicians and clinic admins share the inbox, platform admins take no part', () => {
    expect([messagingSideOf('patient'), messagingSideOf('clinician'), messagingSideOf('clinic_admin'), messagingSideOf('platform_admin')]).toEqual(['patient', 'staff', 'staff', null]);
  });

  it('a patient sees only their own threads, staff only their clinic', () => {
    const thread = { clinicId: 'c1', patientId: 'p1' };
    expect(canSeeThread({ kind: 'patient', clinicId: 'c1', patientId: 'p1' }, thread)).toBe(true);
    expect(canSeeThread({ kind: 'patient', clinicId: 'c1', patientId: 'p2' }, thread)).toBe(false);
    expect(canSeeThread({ kind: 'staff', clinicId: 'c1' }, thread)).toBe(true);
    expect(canSeeThread({ kind: 'staff', clinicId: 'c2' }, thread)).toBe(false);
  });
});
