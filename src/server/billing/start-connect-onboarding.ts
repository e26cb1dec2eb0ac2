import type { Principal } from '@/server/access/principal';
import { insertAuditEvent } from '@/server/audit/audit.repo';
import { auditEventOf } from '@/server/audit/record-audit-event';
import { requireBillingAdmin } from './billing-access';
import { findClinicBilling, findClinicName, upsertClinicBilling } from './billing.repo';

/**
 * Stripe Connect onboarding: creates the clinic's Express account once, then an account link to Stripe's
 * hosted onboarding. Whether it can take charges arrives by the account.updated webhook.
 */
export async function startConnectOnboarding(principal: Principal, baseUrl: string): Promise<{ url: string }> {
  const { clinicId, stripe } = await requireBillingAdmin(principal, 'billing.connect');
  const row = await findClinicBilling(clinicId);
  let accountId = row?.connectAccountId;
  if (!accountId) {
    const account = await stripe.accounts.create(
      { type: 'express', metadata: { clinicId }, business_profile: { name: await findClinicName(clinicId) } },
      { idempotencyKey: `connect-${clinicId}` },
    );
    accountId = account.id;
    await upsertClinicBilling(clinicId, { connectAccountId: accountId });
  }
  const link = await stripe.accountLinks.create({
    account: accountId,
    type: 'account_onboarding',
    refresh_url: `${baseUrl}/admin/billing?connect=refresh`,
    return_url: `${baseUrl}/admin/billing?connect=done`,
  });
  await insertAuditEvent(auditEventOf(principal, { action: 'billing.connect', entityType: 'clinic', entityId: clinicId }, 'allowed'));
  return { url: link.url };
}
