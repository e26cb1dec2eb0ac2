import { z } from 'zod';
import { chartText, updateContactSchema } from './chart-entry.schemas';

export const sexesAtBirth = ['female', 'male', 'intersex', 'unknown'] as const;

const today = () => new Date().toISOString().slice(0, 10);

/** Who the patient is; contact details as on the chart. */
export const patientProfileSchema = updateContactSchema.extend({
  givenName: chartText('Given name', 100),
  familyName: chartText('Family name', 100),
  dateOfBirth: z.iso
    .date({ error: 'Date of birth must be a date (YYYY-MM-DD).' })
    .refine((d) => d >= '1880-01-01', 'Date of birth is too far in the past.')
    .refine((d) => d <= today(), 'Date of birth cannot be in the future.'),
  sexAtBirth: z.enum(sexesAtBirth, { error: 'Choose sex at birth: female, male, intersex or unknown.' }),
});

/** Staff registration: the profile, plus an explicit "yes, this is a different person" after a duplicate warning. */
export const registerPatientSchema = patientProfileSchema.extend({
  confirmDuplicate: z.preprocess((v) => v === true || v === 'true' || v === 'on', z.boolean()).default(false),
});
export type RegisterPatientInput = z.infer<typeof registerPatientSchema>;

/** Self-registration after sign-up: a clinic from the public directory and the profile. */
export const joinClinicSchema = patientProfileSchema.extend({
  clinicId: z.uuid({ error: 'Choose a clinic from the list.' }),
});
export type JoinClinicInput = z.infer<typeof joinClinicSchema>;

/** Names compared for duplicates: case, accents, punctuation and spacing do not make two people. */
export function normalizedName(given: string, family: string): string {
  return `${given} ${family}`
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim();
}

/** The prefix of a clinic's record numbers when it has none yet: initials of its slug ("riverside-family" -> "RF"). */
export function recordPrefixOf(slug: string): string {
  const initials = slug
    .split(/[^a-z0-9]+/i)
    .filter(Boolean)
    .map((word) => word[0]!.toUpperCase())
    .join('')
    .slice(0, 4);
  return initials.length >= 2 ? initials : (slug.replace(/[^a-z]/gi, '').slice(0, 3).toUpperCase() || 'PT');
}
