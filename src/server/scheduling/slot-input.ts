import type { ClinicSchedulingSettings, VisitTypeRow } from './schedule.repo';
import { blockedRangesOf, exceptionsOf, workingHoursOf } from './schedule.repo';
import type { SlotInput } from './slots';

const DAY = 86_400_000;

/** Everything the slot engine needs about one clinician, visit type and window, read from the database. */
export async function loadSlotInput(
  clinic: ClinicSchedulingSettings,
  clinicianId: string,
  visitType: VisitTypeRow,
  window: { from: Date; to: Date },
  now: Date,
  exceptAppointmentId?: string,
): Promise<SlotInput> {
  // A day either side: buffers and working ranges reach past the window's edges.
  const around = { from: new Date(window.from.getTime() - DAY), to: new Date(window.to.getTime() + DAY) };
  const [workingHours, exceptions, blocked] = await Promise.all([
    workingHoursOf(clinic.id, clinicianId),
    exceptionsOf(clinic.id, clinicianId, around.from, around.to),
    blockedRangesOf(clinicianId, around.from, around.to, exceptAppointmentId),
  ]);
  return {
    timeZone: clinic.timeZone,
    workingHours,
    exceptions,
    blocked,
    visit: visitType,
    stepMinutes: clinic.slotStepMinutes,
    from: window.from,
    to: window.to,
    now,
    horizonDays: clinic.bookingHorizonDays,
  };
}
