'use server';

import { revalidatePath } from 'next/cache';
import { headers } from 'next/headers';
import type { Result } from '@/lib/result';
import { requirePrincipal } from '@/server/access/principal';
import { baseUrlFrom } from '@/server/platform/base-url';
import type { AppointmentDetail, SlotView } from './appointment.schemas';
import { bookAppointment } from './book-appointment';
import { changeAppointment } from './change-appointment';
import { listSlots } from './list-slots';
import { createCalendarFeed, revokeCalendarFeed } from './manage-calendar-feeds';
import { addTimeOff, removeTimeOff } from './manage-time-off';
import { addToWaitlist, bookFromWaitlist, removeFromWaitlist } from './manage-waitlist';
import { failureOf } from '@/server/platform/form-state';

/*
 * The scheduling screens' server actions. Each asks for the principal first and lets that failure
 * escape (an anonymous caller gets an error response); use-case errors come back as Result values.
 */

function failure<T>(error: unknown): Result<T> {
  return failureOf(error, 'scheduling');
}

const refreshSchedules = () => {
  for (const path of ['/patient/appointments', '/clinician', '/clinician/schedule', '/admin/appointments']) revalidatePath(path);
};

/** Free slots of one clinic-local day. */
export async function loadSlotsAction(input: { clinicId: string; clinicianId: string; visitTypeId: string; date: string }): Promise<Result<{ slots: SlotView[] }>> {
  const principal = await requirePrincipal();
  try {
    const { slots } = await listSlots(principal, String(input?.clinicId ?? ''), { clinicianId: input?.clinicianId, visitTypeId: input?.visitTypeId, from: input?.date, to: input?.date });
    return { ok: true, data: { slots } };
  } catch (error) {
    return failure(error);
  }
}

export async function bookAppointmentAction(input: unknown): Promise<Result<AppointmentDetail>> {
  const principal = await requirePrincipal();
  try {
    const booked = await bookAppointment(principal, input);
    refreshSchedules();
    return { ok: true, data: booked };
  } catch (error) {
    return failure(error);
  }
}

/** Reschedule ({ start }), cancel or change the status ({ status }) of one appointment. */
export async function changeAppointmentAction(input: { appointmentId: string; change: unknown }): Promise<Result<AppointmentDetail>> {
  const principal = await requirePrincipal();
  try {
    const changed = await changeAppointment(principal, String(input?.appointmentId ?? ''), input?.change);
    refreshSchedules();
    return { ok: true, data: changed };
  } catch (error) {
    return failure(error);
  }
}

/** A new private calendar feed URL (shown once); any earlier URL stops working. */
export async function createCalendarFeedAction(): Promise<Result<{ url: string }>> {
  const principal = await requirePrincipal();
  try {
    const created = await createCalendarFeed(principal, baseUrlFrom(await headers()));
    revalidatePath('/clinician/schedule');
    return { ok: true, data: created };
  } catch (error) {
    return failure(error);
  }
}

export async function revokeCalendarFeedAction(): Promise<Result<{ revoked: true }>> {
  const principal = await requirePrincipal();
  try {
    await revokeCalendarFeed(principal);
    revalidatePath('/clinician/schedule');
    return { ok: true, data: { revoked: true } };
  } catch (error) {
    return failure(error);
  }
}

/** Changes that answer with a message for the screen; each records its audit event in the use-case. */
async function messageChange(run: () => Promise<unknown>, message: string): Promise<Result<{ message: string }>> {
  try {
    await run();
    refreshSchedules();
    return { ok: true, data: { message } };
  } catch (error) {
    return failure(error);
  }
}

export async function addToWaitlistAction(input: unknown): Promise<Result<{ message: string }>> {
  const principal = await requirePrincipal();
  return messageChange(() => addToWaitlist(principal, input), 'Added to the waitlist.');
}

export async function removeFromWaitlistAction(input: unknown): Promise<Result<{ message: string }>> {
  const principal = await requirePrincipal();
  return messageChange(() => removeFromWaitlist(principal, input), 'Removed from the waitlist.');
}

export async function bookFromWaitlistAction(input: unknown): Promise<Result<{ message: string }>> {
  const principal = await requirePrincipal();
  return messageChange(() => bookFromWaitlist(principal, input), 'Booked into the offered time.');
}

export async function addTimeOffAction(input: unknown): Promise<Result<{ message: string }>> {
  const principal = await requirePrincipal();
  return messageChange(() => addTimeOff(principal, input), 'Time off recorded: no new bookings in it.');
}

export async function removeTimeOffAction(input: unknown): Promise<Result<{ message: string }>> {
  const principal = await requirePrincipal();
  return messageChange(() => removeTimeOff(principal, input), 'Time off removed.');
}
