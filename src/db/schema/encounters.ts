import { sql } from 'drizzle-orm';
import { boolean, index, integer, jsonb, pgEnum, pgTable, text, timestamp, unique, uuid } from 'drizzle-orm/pg-core';
import { users } from './auth';
import { clinics } from './clinics';
import { createdAt, id, updatedAt } from './columns';
import { medications, patients } from './patients';
import { appointments } from './scheduling';

export const intakeStatusEnum = pgEnum('intake_status', ['draft', 'submitted']);
export const noteStatusEnum = pgEnum('note_status', ['draft', 'signed']);
export const alertUrgencyEnum = pgEnum('alert_urgency', ['emergency', 'urgent', 'routine']);

const clinicRef = () =>
  uuid('clinic_id')
    .notNull()
    .references(() => clinics.id, { onDelete: 'cascade' });
const patientRef = () =>
  uuid('patient_id')
    .notNull()
    .references(() => patients.id, { onDelete: 'cascade' });
const appointmentRef = () =>
  uuid('appointment_id')
    .notNull()
    .references(() => appointments.id, { onDelete: 'cascade' });

/** A patient's pre-visit intake for one appointment; a draft until submitted, then read-only. */
export const intakes = pgTable(
  'intakes',
  {
    id: id(),
    clinicId: clinicRef(),
    patientId: patientRef(),
    appointmentId: appointmentRef(),
    status: intakeStatusEnum('status').notNull().default('draft'),
    /** The patient's answers (IntakeAnswers in src/server/encounters/intake.schemas.ts). */
    answers: jsonb('answers').notNull().default({}),
    /** Red-flag rule ids the engine found in the answers, most urgent first. */
    redFlagIds: jsonb('red_flag_ids').$type<string[]>().notNull().default([]),
    submittedAt: timestamp('submitted_at', { withTimezone: true, mode: 'date' }),
    createdAt: createdAt(),
    updatedAt: updatedAt(),
  },
  (t) => [unique('intakes_appointment').on(t.appointmentId), index('intakes_patient_idx').on(t.clinicId, t.patientId)],
);

/**
 * A red flag raised by an intake, for the clinic's staff to act on. One row per intake and rule, so a patient who
 * keeps typing does not raise the same alert again. Holds ids and the rule, never the patient's words.
 */
export const intakeAlerts = pgTable(
  'intake_alerts',
  {
    id: id(),
    clinicId: clinicRef(),
    patientId: patientRef(),
    appointmentId: appointmentRef(),
    intakeId: uuid('intake_id')
      .notNull()
      .references(() => intakes.id, { onDelete: 'cascade' }),
    ruleId: text('rule_id').notNull(),
    urgency: alertUrgencyEnum('urgency').notNull(),
    acknowledgedAt: timestamp('acknowledged_at', { withTimezone: true, mode: 'date' }),
    acknowledgedByUserId: uuid('acknowledged_by_user_id').references(() => users.id, { onDelete: 'set null' }),
    createdAt: createdAt(),
  },
  (t) => [unique('intake_alerts_intake_rule').on(t.intakeId, t.ruleId), index('intake_alerts_clinic_idx').on(t.clinicId, t.acknowledgedAt, t.createdAt)],
);

/**
 * The visit note. Sentences (with their sources) are JSON so the editor shows where each came from. Once signed,
 * a trigger (hand-written part of the migration) refuses any change: corrections are addenda.
 */
export const clinicalNotes = pgTable(
  'clinical_notes',
  {
    id: id(),
    clinicId: clinicRef(),
    patientId: patientRef(),
    appointmentId: appointmentRef(),
    status: noteStatusEnum('status').notNull().default('draft'),
    sections: jsonb('sections').notNull(),
    /** 'deterministic engine' or the model's name. */
    draftedBy: text('drafted_by').notNull(),
    editedByClinician: boolean('edited_by_clinician').notNull().default(false),
    authorUserId: uuid('author_user_id').references(() => users.id, { onDelete: 'set null' }),
    signedByUserId: uuid('signed_by_user_id').references(() => users.id, { onDelete: 'set null' }),
    signedAt: timestamp('signed_at', { withTimezone: true, mode: 'date' }),
    /** Plain-language summary for the patient, written when the note is signed. */
    patientSummary: jsonb('patient_summary'),
    createdAt: createdAt(),
    updatedAt: updatedAt(),
  },
  (t) => [
    unique('clinical_notes_appointment').on(t.appointmentId),
    index('clinical_notes_patient_idx').on(t.clinicId, t.patientId),
    // The clinician dashboard's unsigned notes: the drafts only, not every note the clinic ever signed.
    index('clinical_notes_draft_idx').on(t.clinicId, t.appointmentId).where(sql`${t.status} = 'draft'`),
  ],
);

/** A signed correction or addition to a signed note; immutable once written. */
export const noteAddenda = pgTable(
  'note_addenda',
  {
    id: id(),
    clinicId: clinicRef(),
    noteId: uuid('note_id')
      .notNull()
      .references(() => clinicalNotes.id, { onDelete: 'cascade' }),
    text: text('text').notNull(),
    authorUserId: uuid('author_user_id').references(() => users.id, { onDelete: 'set null' }),
    signedAt: timestamp('signed_at', { withTimezone: true, mode: 'date' }).notNull().defaultNow(),
  },
  (t) => [index('note_addenda_note_idx').on(t.clinicId, t.noteId)],
);

/** A signed medication request. The matching row in `medications` makes it part of the patient's list. */
export const prescriptions = pgTable(
  'prescriptions',
  {
    id: id(),
    clinicId: clinicRef(),
    patientId: patientRef(),
    appointmentId: appointmentRef(),
    medicationId: uuid('medication_id').references(() => medications.id, { onDelete: 'set null' }),
    drug: text('drug').notNull(),
    dose: text('dose').notNull(),
    route: text('route').notNull(),
    frequency: text('frequency').notNull(),
    durationDays: integer('duration_days').notNull(),
    quantity: integer('quantity').notNull(),
    refills: integer('refills').notNull(),
    /** Given when decision support required an override (high-priority interaction or allergy conflict). */
    overrideReason: text('override_reason'),
    /** The alerts shown when it was signed (ids and severities), so the decision can be reviewed later. */
    alerts: jsonb('alerts').notNull().default([]),
    prescriberUserId: uuid('prescriber_user_id').references(() => users.id, { onDelete: 'set null' }),
    signedAt: timestamp('signed_at', { withTimezone: true, mode: 'date' }).notNull().defaultNow(),
  },
  (t) => [index('prescriptions_patient_idx').on(t.clinicId, t.patientId, t.signedAt)],
);

/** Per-clinic switch for the optional language model; off unless a clinic admin turns it on. */
export const clinicAiSettings = pgTable('clinic_ai_settings', {
  clinicId: uuid('clinic_id')
    .primaryKey()
    .references(() => clinics.id, { onDelete: 'cascade' }),
  llmEnabled: boolean('llm_enabled').notNull().default(false),
  updatedByUserId: uuid('updated_by_user_id').references(() => users.id, { onDelete: 'set null' }),
  updatedAt: updatedAt(),
});
