import { z } from 'zod';
import { timeOfDaySchema } from './clinic-settings.schemas';
import { minutesOf } from './time-of-day';

export const clinicianRefSchema = z.object({ clinicianUserId: z.uuid({ error: 'Choose a clinician.' }) });

export const MAX_RANGES_PER_DAY = 4;

const rangeSchema = z.object({ start: timeOfDaySchema('Start'), end: timeOfDaySchema('End') });

/** A clinician's week: days[i] is weekday i (0 = Sunday), each with up to four ranges (overlaps are checked by the use-case, with the opening hours). */
export const workingHoursSchema = clinicianRefSchema.extend({
  days: z
    .array(
      z
        .array(rangeSchema)
        .max(MAX_RANGES_PER_DAY, `At most ${MAX_RANGES_PER_DAY} ranges a day.`)
        .superRefine((ranges, ctx) => {
          ranges.forEach((r, i) => {
            if (minutesOf(r.start) >= minutesOf(r.end)) ctx.addIssue({ code: 'custom', path: [i, 'end'], message: 'End must be after start.' });
          });
        }),
    )
    .length(7, 'Give all seven days (an empty day is a day off).'),
});
export type WorkingHoursInput = z.infer<typeof workingHoursSchema>;

/** "2026-12-24T09:00" (clinic-local, from a datetime-local field) or an ISO instant with an offset. */
const localOrInstant = (label: string) =>
  z
    .string({ error: `${label} must be a date and time.` })
    .trim()
    .regex(/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(:\d{2}(\.\d{1,3})?)?(Z|[+-]\d{2}:\d{2})?$/, `${label} must be a date and time.`);

export const scheduleExceptionSchema = clinicianRefSchema
  .extend({
    startsAt: localOrInstant('Start'),
    endsAt: localOrInstant('End'),
    reason: z.string({ error: 'Give a reason.' }).trim().min(1, 'Give a reason, such as Holiday.').max(200, 'Reason must be at most 200 characters.'),
  });
export type ScheduleExceptionInput = z.infer<typeof scheduleExceptionSchema>;

export const exceptionRefSchema = clinicianRefSchema.extend({ exceptionId: z.uuid({ error: 'That exception reference is not valid.' }) });

export const clinicianVisitTypesSchema = clinicianRefSchema.extend({
  visitTypeIds: z.array(z.uuid({ error: 'Visit types must be chosen from the list.' })).max(200),
});
