import { z } from 'zod';
import { isValidTimeZone, minutesOf } from './time-of-day';

const optional = (max: number, label: string) =>
  z
    .string({ error: `${label} must be text.` })
    .trim()
    .max(max, `${label} must be at most ${max} characters.`)
    .transform((v) => (v === '' ? null : v))
    .nullable()
    .optional()
    .transform((v) => v ?? null);

const wholeNumber = (label: string, min: number, max: number) =>
  z.coerce
    .number({ error: `${label} must be a number.` })
    .int(`${label} must be a whole number.`)
    .min(min, `${label} must be at least ${min}.`)
    .max(max, `${label} must be at most ${max}.`);

export const timeZoneSchema = z
  .string({ error: 'Choose a time zone.' })
  .trim()
  .refine(isValidTimeZone, 'Time zone must be an IANA time zone such as America/New_York.');

export const slotSteps = [5, 10, 15, 20, 30, 60] as const;

export const clinicSettingsSchema = z.object({
  name: z.string({ error: 'Enter the clinic name.' }).trim().min(1, 'Enter the clinic name.').max(120, 'Name must be at most 120 characters.'),
  addressLine: optional(200, 'Address'),
  city: optional(100, 'City'),
  region: optional(100, 'Region'),
  postalCode: optional(20, 'Postal code'),
  phone: optional(40, 'Phone').refine((v) => v === null || /^\+?[0-9 ()./-]{5,40}$/.test(v), 'Phone may hold digits, spaces, + ( ) . / - only.'),
  timeZone: timeZoneSchema,
  cancellationNoticeHours: wholeNumber('Cancellation notice', 0, 720),
  slotStepMinutes: z.coerce
    .number({ error: 'Slot step must be a number.' })
    .refine((v) => (slotSteps as readonly number[]).includes(v), `Slot step must be one of ${slotSteps.join(', ')} minutes.`),
  bookingHorizonDays: wholeNumber('Booking horizon', 1, 730),
});
export type ClinicSettingsInput = z.infer<typeof clinicSettingsSchema>;

export const timeOfDaySchema = (label: string) =>
  z.string({ error: `${label} must be a time.` }).regex(/^([01]\d|2[0-3]):[0-5]\d$/, `${label} must be a time (HH:MM).`);

/** One row per weekday (0 = Sunday); a closed day has no hours. */
export const openingHoursSchema = z.object({
  days: z
    .array(
      z
        .object({
          weekday: z.number().int().min(0).max(6),
          closed: z.boolean(),
          opensAt: z.string().optional(),
          closesAt: z.string().optional(),
        })
        .superRefine((day, ctx) => {
          if (day.closed) return;
          const opens = timeOfDaySchema('Opening time').safeParse(day.opensAt);
          const closes = timeOfDaySchema('Closing time').safeParse(day.closesAt);
          if (!opens.success) ctx.addIssue({ code: 'custom', path: ['opensAt'], message: 'Opening time must be a time (HH:MM).' });
          if (!closes.success) ctx.addIssue({ code: 'custom', path: ['closesAt'], message: 'Closing time must be a time (HH:MM).' });
          if (opens.success && closes.success && minutesOf(opens.data) >= minutesOf(closes.data)) {
            ctx.addIssue({ code: 'custom', path: ['closesAt'], message: 'Closing time must be after the opening time.' });
          }
        }),
    )
    .length(7, 'Give the hours of all seven days.')
    .refine((days) => new Set(days.map((d) => d.weekday)).size === 7, 'Each weekday must appear once.'),
});
export type OpeningHoursInput = z.infer<typeof openingHoursSchema>;

export const visitModes = ['in_person', 'video'] as const;

export const visitTypeSchema = z.object({
  id: z.uuid({ error: 'That visit type reference is not valid.' }).optional(),
  name: z.string({ error: 'Enter a name.' }).trim().min(1, 'Enter a name.').max(80, 'Name must be at most 80 characters.'),
  durationMinutes: wholeNumber('Duration', 5, 480),
  mode: z.enum(visitModes, { error: 'Mode must be in person or video.' }),
  priceMinor: wholeNumber('Price', 0, 10_000_000),
  currency: z
    .string({ error: 'Currency must be a three-letter code.' })
    .trim()
    .toUpperCase()
    .regex(/^[A-Z]{3}$/, 'Currency must be a three-letter ISO 4217 code such as USD.'),
  bufferBeforeMinutes: wholeNumber('Buffer before', 0, 240),
  bufferAfterMinutes: wholeNumber('Buffer after', 0, 240),
  active: z.boolean(),
});
export type VisitTypeInput = z.infer<typeof visitTypeSchema>;

export const visitTypeIdSchema = z.object({ id: z.uuid({ error: 'That visit type reference is not valid.' }) });

export const weekdayNames = ['Sunday', 'Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday'] as const;
