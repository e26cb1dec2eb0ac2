import { z } from 'zod';
import { findIcd10, findLoinc } from './code-sets/code-sets';
import { CONTROL_CHARACTERS } from './patient.schemas';

/** Free text in a chart: trimmed, present, bounded, no control characters (PostgreSQL refuses NUL; none belongs there). */
export const chartText = (field: string, max: number) =>
  z
    .string({ error: `${field} is required.` })
    .trim()
    .min(1, `${field} is required.`)
    .max(max, `${field} can be at most ${max} characters.`)
    .refine((text) => !CONTROL_CHARACTERS.test(text), `${field} cannot contain control characters.`);

const today = () => new Date().toISOString().slice(0, 10);
const pastDate = (field: string) =>
  z.iso.date({ error: `${field} must be a date (YYYY-MM-DD).` }).refine((d) => d >= '1880-01-01' && d <= today(), `${field} cannot be in the future.`);
const optional = <T extends z.ZodType>(schema: T) => z.preprocess((v) => (v === '' || v === null ? undefined : v), schema.optional());

export const addProblemSchema = z.object({
  code: z
    .string({ error: 'Choose a diagnosis from the list.' })
    .trim()
    .refine((code) => findIcd10(code) !== undefined, 'Choose a diagnosis from the list (ICD-10-CM).'),
  onsetDate: optional(pastDate('Onset date')),
});

export const severities = ['mild', 'moderate', 'severe'] as const;
export const addAllergySchema = z.object({
  substance: chartText('Substance', 120),
  reaction: chartText('Reaction', 200),
  severity: z.enum(severities, { error: 'Choose a severity: mild, moderate or severe.' }),
});

export const medicationRoutes = ['oral', 'sublingual', 'inhaled', 'intranasal', 'topical', 'transdermal', 'subcutaneous', 'intramuscular', 'intravenous', 'rectal', 'vaginal', 'ophthalmic', 'otic'] as const;
export const addMedicationSchema = z.object({
  genericName: chartText('Generic name', 120),
  dose: chartText('Dose', 60),
  route: z.enum(medicationRoutes, { error: 'Choose a route from the list.' }),
  frequency: chartText('Frequency', 60),
  status: z.enum(['active', 'stopped'], { error: 'Status must be active or stopped.' }).default('active'),
  startedOn: optional(pastDate('Start date')),
});

/** A value within the code's plausibility limits; the message names the observation and its unit ("Heart rate ... /min"). */
export const recordObservationSchema = z
  .object({
    loincCode: z
      .string({ error: 'Choose what was measured from the list.' })
      .trim()
      .refine((code) => findLoinc(code) !== undefined, 'Choose what was measured from the list (LOINC).'),
    value: z.coerce.number({ error: 'Value must be a number.' }).refine(Number.isFinite, 'Value must be a number.'),
    effectiveAt: optional(z.iso.datetime({ offset: true, error: 'Taken at must be a date and time.' })),
  })
  .superRefine((input, ctx) => {
    const code = findLoinc(input.loincCode);
    if (code && (input.value < code.min || input.value > code.max)) {
      ctx.addIssue({ code: 'custom', path: ['value'], message: `${code.display} must be between ${code.min} and ${code.max} ${code.unit}.` });
    }
    if (input.effectiveAt && new Date(input.effectiveAt).getTime() > Date.now() + 5 * 60_000) {
      ctx.addIssue({ code: 'custom', path: ['effectiveAt'], message: 'Taken at cannot be in the future.' });
    }
  });

export const entryKinds = ['problem', 'allergy', 'medication'] as const;
export type EntryKind = (typeof entryKinds)[number];
export const entryRefSchema = z.object({
  kind: z.enum(entryKinds, { error: 'kind must be problem, allergy or medication.' }),
  entryId: z.uuid({ error: 'That entry reference is not valid.' }),
});

export const setProblemStatusSchema = z.object({
  entryId: z.uuid({ error: 'That entry reference is not valid.' }),
  status: z.enum(['active', 'resolved'], { error: 'Status must be active or resolved.' }),
});
export const setMedicationStatusSchema = z.object({
  entryId: z.uuid({ error: 'That entry reference is not valid.' }),
  status: z.enum(['active', 'stopped'], { error: 'Status must be active or stopped.' }),
});

const phonePattern = /^[+()\d\s.-]{5,30}$/;
export const updateContactSchema = z.object({
  email: optional(z.email({ error: 'Enter a valid email address.' }).max(254, 'Email can be at most 254 characters.')),
  phone: optional(
    chartText('Phone', 30).refine((p) => phonePattern.test(p) && p.replace(/\D/g, '').length >= 5, 'Phone may hold digits, spaces, +, (, ), . and - only.'),
  ),
  addressLine: optional(chartText('Address', 200)),
  city: optional(chartText('City', 100)),
  postalCode: optional(chartText('Postal code', 20)),
});
