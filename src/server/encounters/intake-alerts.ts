import { z } from 'zod';
import { notFound, validationFailed } from '@/lib/errors';
import { formatForViewer } from '@/lib/time-zones';
import type { Principal } from '@/server/access/principal';
import { insertAuditEvent } from '@/server/audit/audit.repo';
import { auditEventOf, recordDenial } from '@/server/audit/record-audit-event';
import { redFlagRules } from '@/server/clinical-ai/evaluate-red-flags';
import { canAcknowledgeIntakeAlerts } from './encounter.policy';
import { acknowledgeAlertRow, acknowledgedAlertsOf, openAlertsOf, type IntakeAlertRow } from './intake-alerts.repo';
import type { AcknowledgedAlert, IntakeAlertItem, IntakeAlertList } from './intake-alerts.schemas';
import { clinicTimeZoneOf, userNameOf } from './note-lists.repo';

const ACKNOWLEDGED_WINDOW_MS = 14 * 86_400_000;
const ruleTitles = new Map(redFlagRules.map((r) => [r.id, r.title]));

function clinicOf(principal: Principal): string | null {
  return canAcknowledgeIntakeAlerts(principal) ? (principal.active?.clinicId ?? null) : null;
}

function itemOf(row: IntakeAlertRow, timeZone: string): IntakeAlertItem {
  return {
    id: row.id,
    appointmentId: row.appointmentId,
    patient: { id: row.patientId, name: `${row.givenName} ${row.familyName}` },
    ruleId: row.ruleId,
    rule: ruleTitles.get(row.ruleId) ?? row.ruleId,
    urgency: row.urgency,
    raisedAt: row.raisedAt.toISOString(),
    visitStartsAt: row.visitStartsAt.toISOString(),
    visitTime: formatForViewer(row.visitStartsAt, timeZone, 'en-US', { year: 'numeric' }),
    acknowledgedAt: row.acknowledgedAt?.toISOString() ?? null,
    acknowledgedBy: row.acknowledgedAt ? row.acknowledgedByName : null,
    visitPath: `/clinician/visits/${row.appointmentId}`,
  };
}

/** The clinic's red-flag alerts from patients' intakes, open ones first. Clinicians only; audited as intake_alert.list. */
export async function listIntakeAlerts(principal: Principal, now = new Date()): Promise<IntakeAlertList> {
  const subject = { action: 'intake_alert.list', entityType: 'intake_alert', entityId: null };
  const clinicId = clinicOf(principal);
  if (!clinicId) {
    await recordDenial(principal, subject);
    throw notFound('The page');
  }
  const [timeZone, open, acknowledged] = await Promise.all([
    clinicTimeZoneOf(clinicId).then((tz) => tz ?? 'UTC'),
    openAlertsOf(clinicId),
    acknowledgedAlertsOf(clinicId, new Date(now.getTime() - ACKNOWLEDGED_WINDOW_MS)),
  ]);
  await insertAuditEvent(auditEventOf(principal, subject, 'allowed'));
  return { timeZone, open: open.map((r) => itemOf(r, timeZone)), acknowledged: acknowledged.map((r) => itemOf(r, timeZone)) };
}

const alertIdSchema = z.uuid({ error: 'Alert id must be a UUID.' });

/**
 * A clinician of the alert's clinic says they have seen it: sets when and who, with an audit event. Doing it again
 * is harmless (nothing changes, no second event). Another clinic's alert, or anyone but a clinician: not found.
 */
export async function acknowledgeIntakeAlert(principal: Principal, rawId: unknown): Promise<AcknowledgedAlert> {
  const clinicId = clinicOf(principal);
  const parsed = alertIdSchema.safeParse(rawId);
  const subject = { action: 'intake_alert.acknowledge', entityType: 'intake_alert', entityId: parsed.success ? parsed.data : null };
  if (!clinicId) {
    await recordDenial(principal, subject);
    throw notFound('The alert');
  }
  if (!parsed.success) throw validationFailed({ id: parsed.error.issues.map((i) => i.message) });
  const row = await acknowledgeAlertRow(clinicId, parsed.data, principal.userId, auditEventOf(principal, subject, 'allowed'));
  if (!row?.acknowledgedAt) {
    await recordDenial(principal, subject);
    throw notFound('The alert');
  }
  return { id: row.id, acknowledgedAt: row.acknowledgedAt.toISOString(), acknowledgedBy: await userNameOf(row.acknowledgedByUserId), changed: row.changed };
}
