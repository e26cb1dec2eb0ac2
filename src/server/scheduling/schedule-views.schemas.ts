import { z } from 'zod';
import { appointmentStatuses } from './appointment.schemas';

/** What the scheduling screens show of an appointment (names included: the viewer may see them). */
export const scheduleEntrySchema = z.object({
  id: z.uuid(),
  start: z.string(),
  end: z.string(),
  status: z.enum(appointmentStatuses),
  patientName: z.string(),
  clinicianId: z.uuid(),
  clinicianName: z.string(),
  visitTypeId: z.uuid(),
  visitTypeName: z.string(),
  mode: z.enum(['in_person', 'video']),
  /** A patient may still reschedule or cancel online (booked, and before the notice period). */
  changeableOnline: z.boolean(),
});
export type ScheduleEntry = z.infer<typeof scheduleEntrySchema>;

export const bookingOptionsSchema = z.object({
  clinic: z.object({ id: z.uuid(), name: z.string(), timeZone: z.string(), cancellationNoticeHours: z.number(), horizonDays: z.number() }),
  clinicians: z.array(z.object({ id: z.uuid(), name: z.string(), visitTypeIds: z.array(z.uuid()) })),
  visitTypes: z.array(z.object({ id: z.uuid(), name: z.string(), durationMinutes: z.number(), mode: z.enum(['in_person', 'video']) })),
  /** Staff book for a chosen patient; a patient books for themself. */
  forStaff: z.boolean(),
  patients: z.array(z.object({ id: z.uuid(), label: z.string() })),
  /** Today on the clinic's calendar (YYYY-MM-DD): the first day one can book. */
  today: z.string(),
});
export type BookingOptions = z.infer<typeof bookingOptionsSchema>;
