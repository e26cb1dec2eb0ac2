import { AppError, validationFailed } from '@/lib/errors';
import { isOnGrid, slotAt, unavailableReason, workingIntervalsFor, type Slot, type SlotInput } from './slots';

export const slotTaken = () => new AppError('slot_taken', 'That time was just taken. Please choose another slot.');

/**
 * The slot a requested start gives, or the error that says why it cannot be booked. This check is
 * for clear answers only: the database's exclusion constraint is what guarantees no double booking.
 */
export function requireAvailableStart(start: Date, input: SlotInput, field = 'start'): Slot {
  const slot = slotAt(start, input.visit);
  if (!isOnGrid(start, input)) {
    throw validationFailed({ [field]: [`Start times are every ${input.stepMinutes} minutes; choose one of the available slots.`] });
  }
  const reason = unavailableReason(slot, input, workingIntervalsFor(input));
  switch (reason) {
    case null:
      return slot;
    case 'taken':
      throw slotTaken();
    case 'past':
      throw validationFailed({ [field]: ['That time has already passed; choose a later slot.'] });
    case 'beyond_horizon':
      throw validationFailed({ [field]: [`Bookings open ${input.horizonDays} days ahead; choose an earlier date.`] });
    case 'time_off':
      throw validationFailed({ [field]: ['The clinician is away at that time; choose another slot.'] });
    case 'outside_hours':
      throw validationFailed({ [field]: ["That time is outside the clinician's working hours; choose one of the available slots."] });
  }
}
