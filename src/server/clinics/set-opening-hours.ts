import { validationFailed } from '@/lib/errors';
import type { Principal } from '@/server/access/principal';
import { auditEventOf } from '@/server/audit/record-audit-event';
import { fieldErrorsOf } from '@/server/platform/json-route';
import { openingHoursSchema } from './clinic-settings.schemas';
import { replaceOpeningHours } from './clinic-settings.repo';
import { requireClinicConfig } from './require-clinic-config';

/**
 * The clinic's weekly opening hours, one range a day (the table holds one row per weekday). Working hours
 * already outside new opening hours are kept (refusing the clinic's own hours would be backwards): the
 * schedules screen flags them, and they must be brought within the hours on their next save.
 */
export async function setOpeningHours(principal: Principal, raw: unknown): Promise<void> {
  const subject = { action: 'clinic.opening-hours.update', entityType: 'clinic', entityId: principal.active?.clinicId ?? null };
  const clinicId = await requireClinicConfig(principal, subject);
  const parsed = openingHoursSchema.safeParse(raw);
  if (!parsed.success) throw validationFailed(fieldErrorsOf(parsed.error));
  await replaceOpeningHours(clinicId, parsed.data, auditEventOf(principal, { ...subject, entityId: clinicId }, 'allowed'));
}
