import { z } from 'zod';

/** What a chart screen and GET /api/v1/patients/{id} show. Output schemas pick fields: raw rows never leave the server. */
const verification = z.enum(['confirmed', 'unconfirmed']);

export const demographicsSchema = z.object({
  id: z.uuid(),
  mrn: z.string(),
  givenName: z.string(),
  familyName: z.string(),
  name: z.string(),
  birthDate: z.iso.date(),
  sexAtBirth: z.string(),
  email: z.string().nullable(),
  phone: z.string().nullable(),
  addressLine: z.string().nullable(),
  city: z.string().nullable(),
  postalCode: z.string().nullable(),
});

export const problemViewSchema = z.object({
  id: z.uuid(),
  code: z.string(),
  display: z.string(),
  status: z.enum(['active', 'resolved']),
  onsetDate: z.iso.date().nullable(),
  verification,
  recordedAt: z.iso.datetime(),
});

export const allergyViewSchema = z.object({
  id: z.uuid(),
  substance: z.string(),
  reaction: z.string(),
  severity: z.enum(['mild', 'moderate', 'severe']),
  verification,
  recordedAt: z.iso.datetime(),
});

export const medicationViewSchema = z.object({
  id: z.uuid(),
  genericName: z.string(),
  dose: z.string(),
  route: z.string(),
  frequency: z.string(),
  status: z.enum(['active', 'stopped']),
  startedOn: z.iso.date().nullable(),
  verification,
  recordedAt: z.iso.datetime(),
});

export const observationViewSchema = z.object({
  id: z.uuid(),
  loincCode: z.string(),
  display: z.string(),
  value: z.number(),
  unit: z.string(),
  effectiveAt: z.iso.datetime(),
});

export const documentViewSchema = z.object({
  id: z.uuid(),
  title: z.string(),
  fileName: z.string(),
  contentType: z.string(),
  sizeBytes: z.number().int(),
  uploadedAt: z.iso.datetime(),
});

export const visitViewSchema = z.object({
  id: z.uuid(),
  startsAt: z.iso.datetime(),
  endsAt: z.iso.datetime(),
  status: z.enum(['booked', 'arrived', 'completed', 'cancelled', 'no_show']),
  visitType: z.string(),
  mode: z.enum(['in_person', 'video']),
  clinicianName: z.string().nullable(),
  reason: z.string().nullable(),
});

export const chartSchema = z.object({
  patient: demographicsSchema,
  problems: z.array(problemViewSchema),
  allergies: z.array(allergyViewSchema),
  medications: z.array(medicationViewSchema),
  observations: z.array(observationViewSchema),
  documents: z.array(documentViewSchema),
  visits: z.array(visitViewSchema),
  /** How the reader relates to the chart: staff may write it (with chart:write); the patient edits contact details and self-reports. */
  viewer: z.object({ kind: z.enum(['staff', 'patient']), canWrite: z.boolean() }),
});
export type Chart = z.infer<typeof chartSchema>;
export type ProblemView = z.infer<typeof problemViewSchema>;
export type AllergyView = z.infer<typeof allergyViewSchema>;
export type MedicationView = z.infer<typeof medicationViewSchema>;
export type ObservationView = z.infer<typeof observationViewSchema>;
export type DocumentView = z.infer<typeof documentViewSchema>;
export type VisitView = z.infer<typeof visitViewSchema>;
