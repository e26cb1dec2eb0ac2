import { AppError } from '@/lib/errors';
import type { Principal } from '@/server/access/principal';
import { insertAuditEvent } from '@/server/audit/audit.repo';
import { auditEventOf } from '@/server/audit/record-audit-event';
import { requireBillingAdmin } from './billing-access';
import { findClinicBilling } from './billing.repo';

/** A Stripe Customer Portal session (seats, plan, payment method, invoices); returns where to redirect. */
export async function openBillingPortal(principal: Principal, baseUrl: string): Promise<{ url: string }> {
  const { clinicId, stripe } = await requireBillingAdmin(principal, 'billing.portal');
  const row = await findClinicBilling(clinicId);
  if (!row?.stripeCustomerId) throw new AppError('conflict', 'This clinic has no Stripe customer yet: upgrade first.');
  const session = await stripe.billingPortal.sessions.create({ customer: row.stripeCustomerId, return_url: `${baseUrl}/admin/billing` });
  await insertAuditEvent(auditEventOf(principal, { action: 'billing.portal', entityType: 'clinic', entityId: clinicId }, 'allowed'));
  return { url: session.url };
}
