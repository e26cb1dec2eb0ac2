import { customType, date, index, integer, numeric, pgEnum, pgTable, text, timestamp, unique, uuid } from 'drizzle-orm/pg-core';
import { users } from './auth';
import { clinics } from './clinics';
import { createdAt, id, updatedAt } from './columns';

export const problemStatusEnum = pgEnum('problem_status', ['active', 'resolved']);
export const allergySeverityEnum = pgEnum('allergy_severity', ['mild', 'moderate', 'severe']);
export const medicationStatusEnum = pgEnum('medication_status', ['active', 'stopped']);
/** Clinician-entered entries are confirmed; what a patient reports about themself stays unconfirmed until a clinician confirms it. */
export const entryVerificationEnum = pgEnum('entry_verification', ['confirmed', 'unconfirmed']);

/** A person's record in one clinic. A patient seen by two clinics has two records. */
export const patients = pgTable(
  'patients',
  {
    id: id(),
    clinicId: uuid('clinic_id')
      .notNull()
      .references(() => clinics.id, { onDelete: 'cascade' }),
    /** The patient's own sign-in, when they have one. */
    userId: uuid('user_id').references(() => users.id, { onDelete: 'set null' }),
    recordNumber: text('record_number').notNull(),
    givenName: text('given_name').notNull(),
    familyName: text('family_name').notNull(),
    dateOfBirth: date('date_of_birth', { mode: 'string' }).notNull(),
    sexAtBirth: text('sex_at_birth').notNull(),
    email: text('email'),
    phone: text('phone'),
    addressLine: text('address_line'),
    city: text('city'),
    postalCode: text('postal_code'),
    createdByUserId: uuid('created_by_user_id').references(() => users.id, { onDelete: 'set null' }),
    createdAt: createdAt(),
    updatedAt: updatedAt(),
  },
  (t) => [
    unique('patients_clinic_record_number').on(t.clinicId, t.recordNumber),
    index('patients_clinic_name_idx').on(t.clinicId, t.familyName, t.givenName),
    // A signed-in patient's own record (their dashboard, visits, chart, messages, payments) is found by user.
    index('patients_user_idx').on(t.userId, t.clinicId),
  ],
);

const patientRef = () =>
  uuid('patient_id')
    .notNull()
    .references(() => patients.id, { onDelete: 'cascade' });
/** Who wrote a chart entry and whether a clinician has confirmed it. */
const provenance = () => ({
  verification: entryVerificationEnum('verification').notNull().default('confirmed'),
  recordedByUserId: uuid('recorded_by_user_id').references(() => users.id, { onDelete: 'set null' }),
  updatedAt: updatedAt(),
});

const clinicRef = () =>
  uuid('clinic_id')
    .notNull()
    .references(() => clinics.id, { onDelete: 'cascade' });

/** Problem list entries, coded with ICD-10-CM. */
export const problems = pgTable(
  'problems',
  {
    id: id(),
    clinicId: clinicRef(),
    patientId: patientRef(),
    code: text('code').notNull(),
    display: text('display').notNull(),
    status: problemStatusEnum('status').notNull().default('active'),
    onsetDate: date('onset_date', { mode: 'string' }),
    ...provenance(),
    createdAt: createdAt(),
  },
  (t) => [index('problems_patient_idx').on(t.clinicId, t.patientId)],
);

export const allergies = pgTable(
  'allergies',
  {
    id: id(),
    clinicId: clinicRef(),
    patientId: patientRef(),
    substance: text('substance').notNull(),
    reaction: text('reaction').notNull(),
    severity: allergySeverityEnum('severity').notNull(),
    ...provenance(),
    createdAt: createdAt(),
  },
  (t) => [index('allergies_patient_idx').on(t.clinicId, t.patientId)],
);

export const medications = pgTable(
  'medications',
  {
    id: id(),
    clinicId: clinicRef(),
    patientId: patientRef(),
    genericName: text('generic_name').notNull(),
    dose: text('dose').notNull(),
    route: text('route').notNull(),
    frequency: text('frequency').notNull(),
    status: medicationStatusEnum('status').notNull().default('active'),
    startedOn: date('started_on', { mode: 'string' }),
    ...provenance(),
    createdAt: createdAt(),
  },
  (t) => [index('medications_patient_idx').on(t.clinicId, t.patientId)],
);

/** Vitals and lab results, coded with LOINC. Blood pressure is two rows (systolic, diastolic). */
export const observations = pgTable(
  'observations',
  {
    id: id(),
    clinicId: clinicRef(),
    patientId: patientRef(),
    loincCode: text('loinc_code').notNull(),
    display: text('display').notNull(),
    value: numeric('value', { mode: 'number' }).notNull(),
    unit: text('unit').notNull(),
    effectiveAt: timestamp('effective_at', { withTimezone: true, mode: 'date' }).notNull(),
    recordedByUserId: uuid('recorded_by_user_id').references(() => users.id, { onDelete: 'set null' }),
    createdAt: createdAt(),
  },
  (t) => [index('observations_patient_idx').on(t.clinicId, t.patientId, t.effectiveAt)],
);

const bytea = customType<{ data: Buffer; driverData: Buffer | Uint8Array }>({
  dataType: () => 'bytea',
  fromDriver: (value) => (Buffer.isBuffer(value) ? value : Buffer.from(value)),
});

/**
 * Files attached to a chart (referral letters, scans, photos). The type is decided from the content's
 * signature, never from the name or the browser's claim, and the size is capped before anything is stored.
 */
export const patientDocuments = pgTable(
  'patient_documents',
  {
    id: id(),
    clinicId: clinicRef(),
    patientId: patientRef(),
    title: text('title').notNull(),
    fileName: text('file_name').notNull(),
    contentType: text('content_type').notNull(),
    sizeBytes: integer('size_bytes').notNull(),
    sha256: text('sha256').notNull(),
    content: bytea('content').notNull(),
    uploadedByUserId: uuid('uploaded_by_user_id').references(() => users.id, { onDelete: 'set null' }),
    createdAt: createdAt(),
  },
  (t) => [index('patient_documents_patient_idx').on(t.clinicId, t.patientId, t.createdAt)],
);
