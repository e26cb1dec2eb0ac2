import { validationFailed } from '@/lib/errors';
import { formatIsoInZone } from '@/lib/time-zones';
import type { Principal } from '@/server/access/principal';
import { fieldErrorsOf } from '@/server/platform/json-route';
import { slotsQuerySchema, slotViewSchema, type SlotView } from './appointment.schemas';
import { requireBookableVisit } from './bookable-visit';
import { requireSchedulingActor } from './scheduling-access';
import { resolveRange } from './scheduling-range';
import { loadSlotInput } from './slot-input';
import { availableSlots } from './slots';

/** The widest window one slots request may cover. */
export const MAX_SLOT_WINDOW_DAYS = 31;

/** Free slots of one clinician for one visit type, as instants with the clinic's offset. */
export async function listSlots(principal: Principal, clinicId: string, raw: unknown, now = new Date()): Promise<{ timeZone: string; slots: SlotView[] }> {
  const { clinic } = await requireSchedulingActor(principal, { action: 'schedule.slots.list', entityType: 'clinic', entityId: clinicId }, clinicId);
  const parsed = slotsQuerySchema.safeParse(raw);
  if (!parsed.success) throw validationFailed(fieldErrorsOf(parsed.error));
  const { clinicianId, visitTypeId } = parsed.data;
  const window = resolveRange(parsed.data.from, parsed.data.to, clinic.timeZone, MAX_SLOT_WINDOW_DAYS);
  const visitType = await requireBookableVisit(clinic, clinicianId, visitTypeId);
  const slots = availableSlots(await loadSlotInput(clinic, clinicianId, visitType, window, now));
  return {
    timeZone: clinic.timeZone,
    slots: slots.map((slot) =>
      slotViewSchema.parse({ start: formatIsoInZone(slot.start, clinic.timeZone), end: formatIsoInZone(slot.end, clinic.timeZone), clinicianId, visitTypeId }),
    ),
  };
}
