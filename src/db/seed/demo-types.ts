import type { MedicationSpec } from './catalog-medications';

/** The hand-written description of a demo clinic; builders turn it into rows. */

export type VisitKind = 'new' | 'follow_up' | 'video' | 'annual';

export interface VisitTypeSpec {
  kind: VisitKind;
  name: string;
  durationMinutes: number;
  mode: 'in_person' | 'video';
  priceMinor: number;
  bufferBeforeMinutes: number;
  bufferAfterMinutes: number;
}

export interface OpeningHoursSpec {
  /** 0 = Sunday ... 6 = Saturday. */
  weekday: number;
  opensAt: string;
  closesAt: string;
}

export interface StaffSpec {
  email: string;
  name: string;
  role: 'clinic_admin' | 'clinician';
  title: string;
}

export interface PatientProfile {
  /** Stable key; every id of this patient's rows derives from it. */
  key: string;
  recordNumber: string;
  givenName: string;
  familyName: string;
  sexAtBirth: 'female' | 'male';
  /** Age on `today`, and how many days past the last birthday, so ages stay right whatever `today` is. */
  age: number;
  daysPastBirthday: number;
  problems: string[];
  medications: string[];
  allergies: string[];
  /** Body size on `today`; earlier visits are derived from it (growth for children, a trend for adults). */
  heightCm: number;
  weightKg: number;
  weightTrendKgPerYear?: number;
  /** Index into the clinic's clinicians: the patient's usual clinician. */
  clinician: number;
  email: string;
  phone: string;
  addressLine: string;
  city: string;
  postalCode: string;
  /** Set for the one patient who signs in: the user account linked to this record. */
  userEmail?: string;
}

export interface ClinicSpec {
  key: string;
  slug: string;
  name: string;
  timeZone: string;
  currency: string;
  country: string;
  addressLine: string;
  city: string;
  region: string;
  postalCode: string;
  phone: string;
  staff: StaffSpec[];
  visitTypes: VisitTypeSpec[];
  openingHours: OpeningHoursSpec[];
  patients: PatientProfile[];
  /** Medication templates this clinic's charts draw from. */
  medicationCatalog: Readonly<Record<string, MedicationSpec>>;
  /** Wording of the booking reasons that do not come from a problem. */
  reasons: { new: string; annual: string };
}
