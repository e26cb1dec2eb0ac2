import { notFound, validationFailed } from '@/lib/errors';
import type { Principal } from '@/server/access/principal';
import { clinicTimeZoneOf } from '@/server/clinics/clinics.repo';
import { fieldErrorsOf } from '@/server/platform/json-route';
import { recordDenial } from './record-audit-event';
import { endOfClinicDay, startOfClinicDay } from './audit-day-range';
import { auditClinicOf } from './audit.policy';
import { auditActorSchema, auditEntryViewSchema, auditFilterSchema, type AuditActor, type AuditEntryView, type AuditFilter } from './audit.schemas';
import { findAuditActors, findAuditEvents, type AuditQuery } from './audit-trail.repo';

export const AUDIT_PAGE_SIZE = 50;

type Row = Awaited<ReturnType<typeof findAuditEvents>>[number];

export const entryViewOf = (row: Row): AuditEntryView =>
  auditEntryViewSchema.parse({
    ...row,
    seq: Number(row.seq),
    at: row.at.toISOString(),
    actorName: row.actorName?.trim() || row.actorEmail || null,
  });

/** The clinic the principal may read, or a recorded denial; another role is told "not found", as on every role's route. */
export async function requireAuditClinic(principal: Principal, action: string): Promise<string> {
  const clinicId = auditClinicOf(principal);
  if (!clinicId) {
    await recordDenial(principal, { action, entityType: 'audit_trail', entityId: principal.active?.clinicId ?? null });
    throw notFound('The audit trail');
  }
  return clinicId;
}

/** Validated filters as a repo query in the clinic's time zone. */
export async function auditQueryOf(clinicId: string, raw: unknown): Promise<{ filter: AuditFilter; query: AuditQuery; timeZone: string }> {
  const parsed = auditFilterSchema.safeParse(raw);
  if (!parsed.success) throw validationFailed(fieldErrorsOf(parsed.error));
  const filter = parsed.data;
  const timeZone = await clinicTimeZoneOf(clinicId);
  if (!timeZone) throw notFound('The clinic');
  return {
    filter,
    timeZone,
    query: {
      clinicId,
      actorUserId: filter.actor,
      actionPrefix: filter.action,
      entityType: filter.entityType,
      entityId: filter.entityId,
      outcome: filter.outcome,
      from: filter.from ? startOfClinicDay(filter.from, timeZone) : undefined,
      until: filter.to ? endOfClinicDay(filter.to, timeZone) : undefined,
      beforeSeq: filter.cursor ? Number(filter.cursor) : undefined,
    },
  };
}

export interface AuditTrailPage {
  entries: AuditEntryView[];
  /** Pass as `cursor` for the next (older) page; null on the last page. */
  nextCursor: string | null;
  actors: AuditActor[];
  /** The clinic's time zone: the filters' days are its days, and the screen shows times in it. */
  timeZone: string;
}

/** One page of the active clinic's audit trail, newest first (keyset on seq, so pages never shift). */
export async function listAuditTrail(principal: Principal, raw: unknown): Promise<AuditTrailPage> {
  const clinicId = await requireAuditClinic(principal, 'audit.read');
  const { query, timeZone } = await auditQueryOf(clinicId, raw);
  const [rows, actors] = await Promise.all([findAuditEvents(query, AUDIT_PAGE_SIZE + 1), findAuditActors(clinicId, 500)]);
  const page = rows.slice(0, AUDIT_PAGE_SIZE);
  return {
    entries: page.map(entryViewOf),
    nextCursor: rows.length > AUDIT_PAGE_SIZE ? String(page.at(-1)!.seq) : null,
    actors: actors.map((a) => auditActorSchema.parse({ userId: a.userId, name: a.name?.trim() || a.email })),
    timeZone,
  };
}
