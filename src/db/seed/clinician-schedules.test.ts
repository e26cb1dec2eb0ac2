import { describe, expect, it } from 'vitest';
import { buildClinicRows } from './build-clinic-rows';
import { harborClinic } from './harbor-clinic';
import { riversideClinic } from './riverside-clinic';

describe('demo clinicians\' schedules', () => {
  for (const spec of [riversideClinic(), harborClinic()]) {
    it(`${spec.slug}: every clinician works the opening hours and offers every visit type`, () => {
      const rows = buildClinicRows(spec, new Date('2026-03-10T15:00:00Z'), 'hash');
      const clinicians = rows.memberships.filter((m) => m.role === 'clinician').map((m) => m.userId);
      expect(clinicians.length).toBeGreaterThan(0);
      for (const clinician of clinicians) {
        const hours = rows.workingHours.filter((h) => h.clinicianUserId === clinician).map((h) => [h.weekday, h.startsAt, h.endsAt]);
        expect(hours).toEqual(rows.openingHours.map((h) => [h.weekday, h.opensAt, h.closesAt]));
        const offered = rows.clinicianVisitTypes.filter((o) => o.clinicianUserId === clinician).map((o) => o.visitTypeId);
        expect(offered).toEqual(rows.visitTypes.map((t) => t.id));
      }
      expect(new Set(rows.workingHours.map((h) => h.id)).size).toBe(rows.workingHours.length);
    });
  }
});
