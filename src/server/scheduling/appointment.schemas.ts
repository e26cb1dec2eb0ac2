import { z } from 'zod';
import { parseIsoDate } from '@/lib/time-zones';

/** An instant as clients send it: ISO 8601 with Z or an offset, to the minute or second. */
const realDay = (text: string) => parseIsoDate(text.slice(0, 10)) !== null;
export const instantSchema = z.iso
  .datetime({ offset: true, local: false, error: 'Use an ISO 8601 date and time with its offset, like 2026-03-09T09:00:00-05:00.' })
  .refine(realDay, 'That day does not exist in the calendar.');
/** A bound of a range: an instant, or a calendar day read in the clinic's zone. */
export const rangeBoundSchema = z.union([instantSchema, z.iso.date({ error: 'Use a date (2026-03-09) or an ISO 8601 date and time with offset.' }).refine(realDay, 'That day does not exist in the calendar.')], {
  error: 'Use a date (2026-03-09) or an ISO 8601 date and time with offset.',
});

const id = (what: string) => z.uuid({ error: `Choose a valid ${what}.` });

export const bookAppointmentSchema = z.object({
  clinicId: id('clinic'),
  clinicianId: id('clinician'),
  visitTypeId: id('visit type'),
  start: instantSchema,
  patientId: id('patient').optional(),
  reason: z.string({ error: 'The reason must be text.' }).trim().max(500, 'Keep the reason under 500 characters.').optional(),
});
export type BookAppointmentInput = z.infer<typeof bookAppointmentSchema>;

export const slotsQuerySchema = z.object({
  clinicianId: id('clinician'),
  visitTypeId: id('visit type'),
  from: rangeBoundSchema,
  to: rangeBoundSchema,
});

export const settableStatuses = ['cancelled', 'arrived', 'completed', 'no_show', 'booked'] as const;
export type SettableStatus = (typeof settableStatuses)[number];

/** PATCH: either a new start (reschedule, optionally to another clinician) or a new status (cancel, arrived, ...). */
export const changeAppointmentSchema = z.union(
  [
    z.strictObject({ start: instantSchema, clinicianId: id('clinician').optional() }),
    z.strictObject({ status: z.enum(settableStatuses, { error: 'Status must be one of cancelled, arrived, completed, no_show or booked.' }) }),
  ],
  { error: 'Send either { "start": ... } to reschedule or { "status": ... } to change the status.' },
);
export type ChangeAppointmentInput = z.infer<typeof changeAppointmentSchema>;

export const listAppointmentsQuerySchema = z.object({
  from: rangeBoundSchema,
  to: rangeBoundSchema,
  cursor: z.string().max(200).regex(/^[A-Za-z0-9_-]+$/, 'The cursor is not valid; use the "next" value of the previous page.').optional(),
  limit: z.coerce.number({ error: 'limit must be a number.' }).int().min(1).max(1000).optional(),
});

export const appointmentStatuses = ['booked', 'arrived', 'completed', 'cancelled', 'no_show'] as const;
export type AppointmentStatus = (typeof appointmentStatuses)[number];

/** The API's view of an appointment: ids and times (ISO 8601 with the clinic's offset), no names. */
export const appointmentViewSchema = z.object({
  id: z.uuid(),
  clinicId: z.uuid(),
  clinicianId: z.uuid(),
  patientId: z.uuid(),
  visitTypeId: z.uuid(),
  start: z.string(),
  end: z.string(),
  status: z.enum(appointmentStatuses),
});
export type AppointmentView = z.infer<typeof appointmentViewSchema>;

export const appointmentDetailSchema = appointmentViewSchema.extend({
  reason: z.string().nullable(),
  timeZone: z.string(),
  /** Set on a patient's booking that the clinic requires paying for: the slot is held until then. */
  payment: z.object({ required: z.literal(true), payUrl: z.string() }).optional(),
});
export type AppointmentDetail = z.infer<typeof appointmentDetailSchema>;

export const slotViewSchema = z.object({ start: z.string(), end: z.string(), clinicianId: z.uuid(), visitTypeId: z.uuid() });
export type SlotView = z.infer<typeof slotViewSchema>;

export const clinicianViewSchema = z.object({ id: z.uuid(), name: z.string(), visitTypeIds: z.array(z.uuid()) });
export type ClinicianView = z.infer<typeof clinicianViewSchema>;
