import type { z } from 'zod';
import { validationFailed } from '@/lib/errors';
import type { Principal } from '@/server/access/principal';
import type { AuditEventRow } from '@/server/audit/audit.repo';
import { auditEventOf } from '@/server/audit/record-audit-event';
import { fieldErrorsOf } from '@/server/platform/json-route';

/** Parses a use-case's input or refuses it with errors named by field (422). */
export function parseInput<S extends z.ZodType>(schema: S, raw: unknown): z.infer<S> {
  const parsed = schema.safeParse(raw);
  if (!parsed.success) throw validationFailed(fieldErrorsOf(parsed.error));
  return parsed.data;
}

/** The allowed audit event of a chart change: ids only, on the patient, action named chart.<what>. */
export const chartEvent = (principal: Principal, action: string, patientId: string): AuditEventRow =>
  auditEventOf(principal, { action, entityType: 'patient', entityId: patientId }, 'allowed');
