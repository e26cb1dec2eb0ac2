import { validationFailed } from '@/lib/errors';
import type { Principal } from '@/server/access/principal';
import { auditEventOf } from '@/server/audit/record-audit-event';
import { fieldErrorsOf } from '@/server/platform/json-route';
import { clinicSettingsSchema } from './clinic-settings.schemas';
import { updateClinicSettings as write } from './clinic-settings.repo';
import { requireClinicConfig } from './require-clinic-config';

/** Name, address, phone, time zone and booking rules of the admin's active clinic. */
export async function updateClinicSettings(principal: Principal, raw: unknown): Promise<void> {
  const subject = { action: 'clinic.settings.update', entityType: 'clinic', entityId: principal.active?.clinicId ?? null };
  const clinicId = await requireClinicConfig(principal, subject);
  const parsed = clinicSettingsSchema.safeParse(raw);
  if (!parsed.success) throw validationFailed(fieldErrorsOf(parsed.error));
  await write(clinicId, parsed.data, auditEventOf(principal, { ...subject, entityId: clinicId }, 'allowed'));
}
