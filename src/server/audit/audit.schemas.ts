import { z } from 'zod';

const optionalText = (max: number, label: string) =>
  z
    .string()
    .trim()
    .max(max, `${label} must be at most ${max} characters.`)
    .optional()
    .transform((v) => (v === '' ? undefined : v));

const isoDay = (label: string) =>
  z
    .string()
    .trim()
    .optional()
    .transform((v) => (v === '' ? undefined : v))
    .pipe(z.iso.date({ error: `${label} must be a date (YYYY-MM-DD).` }).optional());

export const auditOutcomes = ['allowed', 'denied', 'error'] as const;

/** The filters of the audit screen and its CSV export; every field optional, dates are days in the clinic's time zone. */
export const auditFilterSchema = z
  .object({
    actor: z
      .string()
      .trim()
      .optional()
      .transform((v) => (v === '' ? undefined : v))
      .pipe(z.uuid({ error: 'Actor must be a person from the list.' }).optional()),
    action: optionalText(100, 'Action'),
    entityType: optionalText(60, 'Resource type'),
    entityId: optionalText(200, 'Resource id'),
    outcome: z
      .string()
      .optional()
      .transform((v) => (v === '' ? undefined : v))
      .pipe(z.enum(auditOutcomes, { error: 'Outcome must be allowed, denied or error.' }).optional()),
    from: isoDay('From'),
    to: isoDay('To'),
    cursor: z
      .string()
      .optional()
      .transform((v) => (v === '' ? undefined : v))
      .pipe(z.string().regex(/^\d{1,18}$/, 'The page reference is not valid.').optional()),
  })
  .refine((f) => !f.from || !f.to || f.from <= f.to, { path: ['to'], error: 'To must be on or after From.' });
export type AuditFilter = z.infer<typeof auditFilterSchema>;
export type AuditFilterInput = z.input<typeof auditFilterSchema>;

/** One row of the trail as the screen and the export show it: ids, the actor's name, nothing clinical. */
export const auditEntryViewSchema = z.object({
  seq: z.number().int(),
  at: z.iso.datetime(),
  actorUserId: z.string().nullable(),
  actorName: z.string().nullable(),
  actingRole: z.string().nullable(),
  action: z.string(),
  entityType: z.string().nullable(),
  entityId: z.string().nullable(),
  outcome: z.enum(auditOutcomes),
  requestId: z.string().nullable(),
});
export type AuditEntryView = z.infer<typeof auditEntryViewSchema>;

export const auditActorSchema = z.object({ userId: z.string(), name: z.string() });
export type AuditActor = z.infer<typeof auditActorSchema>;
