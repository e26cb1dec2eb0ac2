import { z } from 'zod';

const text = (label: string, max: number) =>
  z.string({ error: `${label} must be text.` }).trim().min(1, `${label} is required.`).max(max, `${label} may be at most ${max} characters.`);
const int = (label: string, min: number, max: number) =>
  z.coerce.number({ error: `${label} must be a whole number.` }).int(`${label} must be a whole number.`).min(min, `${label} must be between ${min} and ${max}.`).max(max, `${label} must be between ${min} and ${max}.`);

export const routes = ['oral', 'sublingual', 'topical', 'inhaled', 'intranasal', 'ophthalmic', 'otic', 'rectal', 'vaginal', 'transdermal', 'subcutaneous', 'intramuscular', 'intravenous'] as const;

/** A medication request as the clinician writes it. */
export const prescriptionSchema = z.object({
  drug: text('Drug', 120),
  dose: text('Dose', 60),
  route: z.enum(routes, { error: 'Choose a route from the list.' }),
  frequency: text('Frequency', 60),
  durationDays: int('Duration (days)', 1, 365),
  quantity: int('Quantity', 1, 1000),
  refills: int('Refills', 0, 11),
  overrideReason: z
    .string({ error: 'Override reason must be text.' })
    .trim()
    .max(500, 'Override reason may be at most 500 characters.')
    .optional()
    .transform((v) => (v ? v : undefined)),
});
export type PrescriptionInput = z.infer<typeof prescriptionSchema>;

/** The live check while typing: only the drug is needed. */
export const prescriptionCheckSchema = z.object({ drug: text('Drug', 120) });

export interface PrescriptionAlert {
  kind: 'interaction' | 'allergy' | 'duplicate';
  /** Hard stops need an override reason to sign. */
  hardStop: boolean;
  title: string;
  detail: string;
  citation: string;
}

export interface PrescriptionCheck {
  drug: string;
  known: boolean;
  requiresOverride: boolean;
  alerts: PrescriptionAlert[];
}

export interface PrescriptionView {
  id: string;
  drug: string;
  dose: string;
  route: string;
  frequency: string;
  durationDays: number;
  quantity: number;
  refills: number;
  overridden: boolean;
  signedAt: string;
  prescriberName: string | null;
}
