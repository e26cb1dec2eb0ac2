import type { PatientProfile } from './demo-types';

/** The clinically meaningful part of a profile, written by hand; contact details are filled in. */
export interface PatientSketch {
  given: string;
  family: string;
  sex: 'female' | 'male';
  age: number;
  days: number;
  problems: string[];
  meds?: string[];
  allergies?: string[];
  /** [height cm, weight kg today, weight change kg/year] */
  body: [number, number, number?];
  clinician?: number;
  userEmail?: string;
}

export interface ContactBook {
  recordPrefix: string;
  firstRecordNumber: number;
  /** Fictional-range phone number for the n-th patient. */
  phone: (index: number) => string;
  email: (sketch: PatientSketch) => string;
  streets: readonly string[];
  towns: readonly { city: string; postalCode: string }[];
}

// Diacritics and apostrophes do not belong in an email local part ("Hernández" -> "hernandez").
export function emailSlug(text: string): string {
  return text
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '');
}

/** Expands sketches into full profiles with stable record numbers and plausible, fictional contact details. */
export function expandSketches(clinicKey: string, book: ContactBook, sketches: PatientSketch[]): PatientProfile[] {
  return sketches.map((sketch, index) => {
    const recordNumber = `${book.recordPrefix}-${String(book.firstRecordNumber + index).padStart(6, '0')}`;
    const street = book.streets[index % book.streets.length] ?? '';
    const town = book.towns[(index * 7) % book.towns.length] ?? { city: '', postalCode: '' };
    const [heightCm, weightKg, weightTrendKgPerYear] = sketch.body;
    return {
      key: `${clinicKey}:${recordNumber}`,
      recordNumber,
      givenName: sketch.given,
      familyName: sketch.family,
      sexAtBirth: sketch.sex,
      age: sketch.age,
      daysPastBirthday: sketch.days,
      problems: sketch.problems,
      medications: sketch.meds ?? [],
      allergies: sketch.allergies ?? [],
      heightCm,
      weightKg,
      weightTrendKgPerYear,
      clinician: sketch.clinician ?? 0,
      email: sketch.userEmail ?? book.email(sketch),
      phone: book.phone(index),
      addressLine: `${12 + ((index * 37) % 480)} ${street}`,
      city: town.city,
      postalCode: town.postalCode,
      userEmail: sketch.userEmail,
    };
  });
}
