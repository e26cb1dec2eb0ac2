import { AppError, forbidden, validationFailed } from '@/lib/errors';
import type { Principal } from '@/server/access/principal';
import { insertAuditEvent } from '@/server/audit/audit.repo';
import { auditEventOf, recordDenial } from '@/server/audit/record-audit-event';
import { fieldErrorsOf } from '@/server/platform/json-route';
import { canManageBilling } from './billing.policy';
import { paymentSettingsSchema } from './billing.schemas';
import { findClinicBilling, upsertClinicBilling } from './billing.repo';
import { billingEnabled } from './stripe-client';

/** Whether patients pay online when they book; only possible once the connected account can take charges. */
export async function updatePaymentSettings(principal: Principal, raw: unknown): Promise<{ requirePaymentAtBooking: boolean }> {
  const clinicId = principal.active?.clinicId;
  if (!clinicId || !canManageBilling(principal, clinicId)) {
    await recordDenial(principal, { action: 'billing.settings', entityType: 'clinic', entityId: clinicId ?? null });
    throw forbidden('Only a clinic admin can change payment settings.');
  }
  const parsed = paymentSettingsSchema.safeParse(raw);
  if (!parsed.success) throw validationFailed(fieldErrorsOf(parsed.error));
  const row = billingEnabled() ? await findClinicBilling(clinicId) : undefined;
  if (parsed.data.requirePaymentAtBooking && !row?.connectChargesEnabled) {
    const message = 'Connect the clinic\'s Stripe account first: online payment needs an account that can take charges.';
    throw new AppError('conflict', message, { requirePaymentAtBooking: [message] });
  }
  await upsertClinicBilling(clinicId, { requirePaymentAtBooking: parsed.data.requirePaymentAtBooking });
  await insertAuditEvent(auditEventOf(principal, { action: 'billing.settings', entityType: 'clinic', entityId: clinicId }, 'allowed'));
  return parsed.data;
}
