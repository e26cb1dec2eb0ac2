/** Restated from src/server/prescribing/prescription.schemas.ts (components do not import server modules). */
export interface PrescriptionAlert {
  kind: 'interaction' | 'allergy' | 'duplicate';
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

export const routeOptions = ['oral', 'sublingual', 'topical', 'inhaled', 'intranasal', 'ophthalmic', 'otic', 'rectal', 'vaginal', 'transdermal', 'subcutaneous', 'intramuscular', 'intravenous'] as const;
